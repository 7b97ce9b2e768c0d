import { createHash } from 'node:crypto';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';
import type { PartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import type { Program } from '@partner-studio/scoring';
import type { AdjustmentsStore } from '../database/AdjustmentsStore';
import type { PointsStore } from '../database/PointsStore';
import type {
  DevelopmentLedgerContext,
  LedgerSeedContext,
} from '../extensions';
import type { AdjustmentsService } from './AdjustmentsService';
import type { CohortService } from './CohortService';
import type { PointsService } from './PointsService';

/**
 * Who the ledger says recorded what a seeder wrote. No user or service
 * principal has this form (users are `user:…`, services `plugin:<id>` or
 * `external:…`), so a seeder's rows are told apart from everybody else's.
 */
export function seederIdentity(seederId: string): string {
  return `plugin:partner-points/${seederId}`;
}

/** Ids of a seeder's decisions: stable per key, bounded in length. */
function seededId(seederId: string, key: string): string {
  return `seed-${createHash('sha256')
    .update(`${seederId}\u0000${key}`)
    .digest('hex')
    .slice(0, 40)}`;
}

/** What the contexts are made of. */
export interface DevelopmentLedgerOptions {
  points: PointsService;
  adjustments: AdjustmentsService;
  pointsStore: PointsStore;
  adjustmentsStore: AdjustmentsStore;
  cohorts: CohortService;
  directory: PartnerDirectoryService;
  programs: readonly Program[];
  now?: () => number;
}

/**
 * The contexts seeders work in. A production seeder gets ingestion only; a
 * development seeder (registered through the development extension point,
 * which only exists outside production) may also backdate decisions and
 * snapshots, and re-anchor — delete what it recorded itself, and nothing
 * else.
 */
export class DevelopmentLedger {
  readonly #options: DevelopmentLedgerOptions;
  readonly #now: () => number;

  static create(options: DevelopmentLedgerOptions): DevelopmentLedger {
    return new DevelopmentLedger(options);
  }

  private constructor(options: DevelopmentLedgerOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** The context of a production seeder: ingestion through the normal path. */
  seedContext(
    seederId: string,
    logger: LoggerService,
    signal: AbortSignal,
  ): LedgerSeedContext {
    const { points, pointsStore, directory, programs } = this.#options;
    const recordedBy = seederIdentity(seederId);
    return {
      recordedBy,
      ingest: events => points.ingest(events, { ingestedBy: recordedBy }),
      listPartners: () => directory.listPartners(),
      programs,
      getMeta: key => pointsStore.getMeta(`${seederId}:${key}`),
      setMetaIfAbsent: (key, value) =>
        pointsStore.setMetaIfAbsent(`${seederId}:${key}`, value),
      logger,
      signal,
    };
  }

  /** The context of a development seeder. */
  developmentContext(
    seederId: string,
    logger: LoggerService,
    signal: AbortSignal,
  ): DevelopmentLedgerContext {
    const base = this.seedContext(seederId, logger, signal);
    const actor = { recordedBy: base.recordedBy };
    const { adjustments, cohorts, points } = this.#options;
    return {
      ...base,
      reanchor: (key, value) =>
        this.#reanchor(`${seederId}:${key}`, value, base.recordedBy),
      grantAdjustment: async (partnerRef, adjustment) => {
        const id = seededId(seederId, adjustment.key);
        await adjustments.seedAdjustment(
          await this.#partner(partnerRef),
          {
            id,
            points: adjustment.points,
            reason: adjustment.reason,
            grantedAt: adjustment.grantedAt.getTime(),
            ...(adjustment.expiresAt
              ? { expiresAt: adjustment.expiresAt.getTime() }
              : {}),
            ...(adjustment.businessModel
              ? { businessModel: adjustment.businessModel }
              : {}),
          },
          actor,
        );
        return { id };
      },
      grantExemption: async (partnerRef, exemption) => {
        const id = seededId(seederId, exemption.key);
        await adjustments.seedExemption(
          await this.#partner(partnerRef),
          {
            id,
            target: exemption.target,
            reason: exemption.reason,
            startsAt: exemption.from.getTime(),
            ...(exemption.until ? { endsAt: exemption.until.getTime() } : {}),
          },
          actor,
        );
        return { id };
      },
      revoke: async (kind, partnerRef, id, revocation) => {
        const { adjustmentsStore } = this.#options;
        const decision =
          kind === 'adjustment'
            ? await adjustmentsStore.getAdjustment(partnerRef, id)
            : await adjustmentsStore.getExemption(partnerRef, id);
        // A seeder revokes only what it granted.
        if (decision?.grantedBy !== base.recordedBy) {
          throw new NotFoundError(`No ${kind} ${id} of this seeder`);
        }
        await adjustments.seedRevocation(
          kind,
          await this.#partner(partnerRef),
          id,
          {
            reason: revocation.reason,
            revokedAt: revocation.revokedAt.getTime(),
          },
          actor,
        );
      },
      backfillHistory: async (partnerRef, moments) =>
        points.backfillSnapshots(
          await this.#partner(partnerRef),
          moments.map(m => m.getTime()),
          base.recordedBy,
        ),
      rankCohorts: asOf => cohorts.rank(asOf),
    };
  }

  async #partner(partnerRef: string): Promise<PartnerSummary> {
    const partner = await this.#options.directory.getPartner(partnerRef);
    if (!partner)
      throw new NotFoundError(`No partner ${partnerRef} in the catalog`);
    return partner;
  }

  async #reanchor(
    metaKey: string,
    value: string,
    recordedBy: string,
  ): Promise<{ reanchored: boolean; partnerRefs: string[] }> {
    const { pointsStore, adjustmentsStore, points } = this.#options;
    const current = await pointsStore.getMeta(metaKey);
    if (current === value) return { reanchored: false, partnerRefs: [] };
    const now = this.#now();
    const outcome = await pointsStore.transaction(async tx => {
      // Compare and set: of two replicas starting at once, one re-anchors.
      if (!(await pointsStore.swapMeta(metaKey, current, value, tx))) {
        return { reanchored: false, partnerRefs: [] };
      }
      const ledger = await pointsStore.deleteSeeded(recordedBy, now, tx);
      const decisions = await adjustmentsStore.deleteSeeded(recordedBy, tx);
      const onlyDecisions = decisions.filter(ref => !ledger.includes(ref));
      await pointsStore.bumpRevisionsSettled(onlyDecisions, now, tx);
      return {
        reanchored: true,
        partnerRefs: [...new Set([...ledger, ...decisions])].sort(),
      };
    });
    // Not settled or signalled: the seeder writes today's data next.
    points.dropCached(outcome.partnerRefs);
    return outcome;
  }
}
