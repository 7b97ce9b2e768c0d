import { parseEntityRef } from '@backstage/catalog-model';
import type {
  DecisionStatus,
  PartnerAdjustment,
  PartnerExemption,
} from '@partner-studio/plugin-partner-studio-common';
import {
  ProgramNames,
  formatDate,
  formatPointsDelta,
} from '@partner-studio/plugin-partner-studio-react';

/** What an adjustment or an exemption needs to be described. */
type AdjustmentLike = Pick<
  PartnerAdjustment,
  'points' | 'reason' | 'grantedAt' | 'expiresAt' | 'businessModel'
>;
type ExemptionLike = Pick<
  PartnerExemption,
  'description' | 'reason' | 'from' | 'until'
>;

/**
 * An adjustment in one sentence the partner reads:
 * "+20 points: Migration credit, granted 3 November 2026, expires 31 March 2027".
 */
export function adjustmentSentence(
  adjustment: AdjustmentLike,
  names: ProgramNames,
): string {
  const model = adjustment.businessModel
    ? ` (${names.businessModel(adjustment.businessModel)})`
    : '';
  const end = adjustment.expiresAt
    ? `expires ${formatDate(adjustment.expiresAt)}`
    : 'counts until revoked';
  return `${formatPointsDelta(adjustment.points)} points${model}: ${
    adjustment.reason
  }, granted ${formatDate(adjustment.grantedAt)}, ${end}`;
}

/**
 * An exemption in one sentence: what it waives, why, and for how long
 * ("Select: at least 2 certified people — waived: New partner, from
 * 3 November 2026 until 1 June 2027").
 */
export function exemptionSentence(exemption: ExemptionLike): string {
  const end = exemption.until
    ? `until ${formatDate(exemption.until)}`
    : 'until revoked';
  return `${exemption.description}: ${exemption.reason}, from ${formatDate(
    exemption.from,
  )} ${end}`;
}

/** A status in words (never colour alone). */
export const STATUS_LABELS: Record<DecisionStatus, string> = {
  active: 'Active',
  scheduled: 'Scheduled',
  expired: 'Expired',
  revoked: 'Revoked',
};

/** Only what still counts, or will, can be revoked. */
export function isRevocable(status: DecisionStatus): boolean {
  return status === 'active' || status === 'scheduled';
}

/** `user:default/paul.admin` → `paul.admin`: who, for the audit line. */
export function personName(userRef: string): string {
  try {
    return parseEntityRef(userRef, { defaultKind: 'user' }).name;
  } catch {
    return userRef;
  }
}

/**
 * Who recorded it and who revoked it, when and why, for callers who may see
 * the audit (the API sends `grantedBy`/`revokedBy` only to them).
 */
export function auditLine(
  record: Pick<
    PartnerAdjustment,
    'grantedBy' | 'revokedBy' | 'revokedAt' | 'revocationReason'
  >,
): string | undefined {
  const parts: string[] = [];
  if (record.grantedBy) {
    parts.push(`Granted by ${personName(record.grantedBy)}`);
  }
  if (record.revokedAt) {
    const by = record.revokedBy ? ` by ${personName(record.revokedBy)}` : '';
    const why = record.revocationReason ? `: ${record.revocationReason}` : '';
    parts.push(`Revoked ${formatDate(record.revokedAt)}${by}${why}`);
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * A day typed as `YYYY-MM-DD` → the start of that UTC day, as the API
 * takes it; anything else is sent as typed, for the server to say what is
 * wrong with it; empty → absent.
 */
export function dayToTimestamp(day: string): string | undefined {
  const text = day.trim();
  if (text === '') return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
}
