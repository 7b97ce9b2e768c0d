import {
  createExtensionPoint,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import type {
  IngestEventsResponse,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import type {
  BusinessModelId,
  ExemptionTarget,
  Program,
} from '@partner-studio/scoring';

/**
 * What a ledger seeder may do: ingest through the normal path (validated,
 * idempotent by event id, signalled; the ledger records the seeder as who
 * ingested), see the catalog's partners and the program, and keep small
 * facts of its own across restarts.
 *
 * @alpha
 */
export interface LedgerSeedContext {
  /** Who the ledger says recorded what the seeder writes: `plugin:partner-points/<seeder id>`. */
  readonly recordedBy: string;
  ingest(events: unknown[]): Promise<IngestEventsResponse>;
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
 * Fills the ledger with data through the ingestion path. Seeders run in the
 * background once the backend has started.
 *
 * @alpha
 */
export interface LedgerSeeder {
  id: string;
  seed(context: LedgerSeedContext): Promise<void>;
}

/**
 * Lets modules add ledger seeders to partner points (a production backend
 * installs none; development data uses
 * {@link partnerPointsDevelopmentDataExtensionPoint}).
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

/**
 * An adjustment a development seeder grants: its `key` (unique for the
 * seeder) makes the id, so a replay changes nothing; it may be backdated.
 *
 * @alpha
 */
export interface SeedAdjustment {
  key: string;
  points: number;
  reason: string;
  grantedAt: Date;
  expiresAt?: Date;
  businessModel?: BusinessModelId;
}

/**
 * An exemption a development seeder grants (see {@link SeedAdjustment}).
 *
 * @alpha
 */
export interface SeedExemption {
  key: string;
  target: ExemptionTarget;
  reason: string;
  from: Date;
  until?: Date;
}

/**
 * What a development seeder may do besides ingesting: things no production
 * writer may, each limited to what the seeder itself recorded.
 *
 * @alpha
 */
export interface DevelopmentLedgerContext extends LedgerSeedContext {
  /**
   * Re-anchors the seeder's data: unless the seeder's `key` already holds
   * `value`, deletes everything the seeder recorded — events it ingested,
   * adjustments and exemptions it granted and revocations of them or by
   * it, snapshots it wrote — and stores `value`, in one transaction (the
   * affected partners' revisions are bumped, so caches everywhere are
   * stale). Nothing anybody else recorded is touched. Returns whether it
   * re-anchored, and the partners whose data went.
   */
  reanchor(
    key: string,
    value: string,
  ): Promise<{ reanchored: boolean; partnerRefs: string[] }>;
  /** Grants an adjustment, possibly backdated; returns its id. */
  grantAdjustment(
    partnerRef: string,
    adjustment: SeedAdjustment,
  ): Promise<{ id: string }>;
  /** Grants an exemption, possibly backdated; returns its id. */
  grantExemption(
    partnerRef: string,
    exemption: SeedExemption,
  ): Promise<{ id: string }>;
  /** Revokes one of the seeder's adjustments or exemptions at a given moment. */
  revoke(
    kind: 'adjustment' | 'exemption',
    partnerRef: string,
    id: string,
    revocation: { reason: string; revokedAt: Date },
  ): Promise<void>;
  /**
   * Writes the partner's scheduled snapshots at these moments of the past,
   * evaluated from the ledger and decisions as they are now (replacing the
   * seeder's earlier ones): a trend from the first start.
   */
  backfillHistory(partnerRef: string, moments: Date[]): Promise<number>;
  /**
   * Ranks the cohorts as the scheduled run does after its snapshots, from
   * the snapshots of the week before `asOf` (default now: the seeder's own
   * clock, so that a story anchored on another day ranks its own history).
   */
  rankCohorts(asOf?: Date): Promise<number>;
}

/**
 * Fills a development ledger (demo data).
 *
 * @alpha
 */
export interface DevelopmentLedgerSeeder {
  id: string;
  seed(context: DevelopmentLedgerContext): Promise<void>;
}

/**
 * Development data for partner points. The plugin registers this extension
 * point only when `NODE_ENV` is not `production`: a module that needs it
 * cannot start in a production backend.
 *
 * @alpha
 */
export interface PartnerPointsDevelopmentDataExtensionPoint {
  addDevelopmentSeeder(seeder: DevelopmentLedgerSeeder): void;
}

/** @alpha */
export const partnerPointsDevelopmentDataExtensionPoint =
  createExtensionPoint<PartnerPointsDevelopmentDataExtensionPoint>({
    id: 'partner-points.development-data',
  });
