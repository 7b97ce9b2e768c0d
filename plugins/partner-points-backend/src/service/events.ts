import { createHash } from 'node:crypto';
import { InputError } from '@backstage/errors';
import type { PerformanceEvent } from '@partner-studio/scoring';

/** The most events one ingestion request may carry. */
export const MAX_BATCH_SIZE = 10_000;

/** One problem of a batch: where (`events[3].occurredAt`, `row 5.amount`) and what. */
export interface BatchIssue {
  path: string;
  message: string;
}

/**
 * Carries every problem of a rejected batch. Attached as the `cause` of the
 * `InputError`, so the error body lists them in `error.cause.issues`.
 */
export class BatchValidationError extends Error {
  readonly issues: BatchIssue[];

  constructor(issues: BatchIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the batch`,
    );
    this.name = 'BatchValidationError';
    this.issues = issues;
  }
}

/**
 * A 400 listing every problem, in the message (one per line) and as
 * structured `cause.issues`.
 */
export function batchInputError(
  what: string,
  issues: BatchIssue[],
): InputError {
  const lines = issues.map(i => `${i.path}: ${i.message}`);
  return new InputError(
    `${what}; nothing was written. ${issues.length} problem${
      issues.length === 1 ? '' : 's'
    }:\n${lines.join('\n')}`,
    new BatchValidationError(issues),
  );
}

/** Joins a label (`events[3]`) and a field path (`attributes.play`). */
export function issuePath(label: string, path: string): string {
  if (!path) return label;
  return path.startsWith('[') ? `${label}${path}` : `${label}.${path}`;
}

/**
 * The canonical JSON of a parsed event: fixed key order, sorted attribute
 * keys, absent fields omitted. Two events with the same facts have the same
 * canonical JSON, whatever order their keys came in.
 */
export function canonicalEventJson(event: PerformanceEvent): string {
  const ordered: Record<string, unknown> = {
    id: event.id,
    partnerId: event.partnerId,
    type: event.type,
    occurredAt: event.occurredAt,
  };
  if (event.businessModel !== undefined) {
    ordered.businessModel = event.businessModel;
  }
  if (event.customerId !== undefined) ordered.customerId = event.customerId;
  if (event.quantity !== undefined) ordered.quantity = event.quantity;
  if (event.amount !== undefined) ordered.amount = event.amount;
  if (event.attributes !== undefined) {
    const keys = Object.keys(event.attributes).sort();
    ordered.attributes = Object.fromEntries(
      keys.map(key => [key, event.attributes![key]]),
    );
  }
  return JSON.stringify(ordered);
}

/** SHA-256 (hex) of a canonical event JSON. */
export function contentHash(canonicalJson: string): string {
  return createHash('sha256').update(canonicalJson).digest('hex');
}
