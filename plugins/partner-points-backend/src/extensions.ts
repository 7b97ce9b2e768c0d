import {
  createExtensionPoint,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import type {
  IngestEventsResponse,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import type { Program } from '@partner-studio/scoring';

/**
 * What a ledger seeder may do: ingest through the normal path (validated,
 * idempotent by event id, signalled), see the catalog's partners and the
 * program, and keep small facts of its own across restarts.
 *
 * @alpha
 */
export interface LedgerSeedContext {
  ingest(
    events: unknown[],
    options: { ingestedBy: string },
  ): Promise<IngestEventsResponse>;
  listPartners(): Promise<PartnerSummary[]>;
  programs: readonly Program[];
  /** A value this seeder stored, by key. */
  getMeta(key: string): Promise<string | undefined>;
  /** Stores a value unless one is stored; returns the value in force. */
  setMetaIfAbsent(key: string, value: string): Promise<string>;
  logger: LoggerService;
  /** Aborted when the backend stops. */
  signal: AbortSignal;
}

/**
 * Fills the ledger with data, e.g. demo data in development. Seeders run in
 * the background once the backend has started.
 *
 * @alpha
 */
export interface LedgerSeeder {
  id: string;
  seed(context: LedgerSeedContext): Promise<void>;
}

/**
 * Lets modules add ledger seeders to partner points (the demo data module
 * does; a production backend installs none).
 *
 * @alpha
 */
export interface PartnerPointsSeedingExtensionPoint {
  addSeeder(seeder: LedgerSeeder): void;
}

/** @alpha */
export const partnerPointsSeedingExtensionPoint =
  createExtensionPoint<PartnerPointsSeedingExtensionPoint>({
    id: 'partner-points.seeding',
  });
