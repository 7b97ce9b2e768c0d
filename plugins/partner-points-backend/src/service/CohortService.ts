import type {
  CohortBenchmark,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import type { PartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import {
  BUSINESS_MODEL_IDS,
  type BusinessModelId,
} from '@partner-studio/scoring';
import type { CohortRankRow, CohortStore } from '../database/CohortStore';
import type { PointsStore, RankedSnapshotRow } from '../database/PointsStore';

/**
 * The percentile of `value` among `values` (which hold it): the share of
 * the others it is ahead of, ties counted half, 0–100. Alone: 100.
 */
export function percentileOf(value: number, values: number[]): number {
  const others = values.length - 1;
  if (others <= 0) return 100;
  let below = 0;
  let equal = -1; // itself
  for (const v of values) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return Math.round(((below + equal / 2) / others) * 100);
}

function isBusinessModel(value: string): value is BusinessModelId {
  return (BUSINESS_MODEL_IDS as readonly string[]).includes(value);
}

/**
 * The cohort benchmark: where a partner stands among the partners with the
 * same primary business model, overall and per pillar. Ranked from each
 * partner's latest scheduled snapshot after the scheduled run (never by
 * evaluating partners on request); a partner only ever reads its own
 * percentiles, and a cohort below the configured minimum is not shown.
 */
export class CohortService {
  readonly #cohorts: CohortStore;
  readonly #snapshots: PointsStore;
  readonly #directory: PartnerDirectoryService;
  readonly #minimumSize: number;
  readonly #maxSnapshotAgeMs: number;
  readonly #now: () => number;

  static create(options: {
    cohorts: CohortStore;
    snapshots: PointsStore;
    directory: PartnerDirectoryService;
    /** The smallest cohort shown; default 5. */
    minimumSize?: number;
    /** Snapshots older than this are left out of the ranking; default 7 days. */
    maxSnapshotAgeMs?: number;
    now?: () => number;
  }): CohortService {
    return new CohortService(options);
  }

  private constructor(options: Parameters<typeof CohortService.create>[0]) {
    this.#cohorts = options.cohorts;
    this.#snapshots = options.snapshots;
    this.#directory = options.directory;
    this.#minimumSize = options.minimumSize ?? 5;
    this.#maxSnapshotAgeMs = options.maxSnapshotAgeMs ?? 7 * 86_400_000;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Ranks every catalog partner in its cohort from the latest scheduled
   * snapshots and stores the ranks (replacing the previous ranking).
   * Returns how many partners were ranked. `asOf` (default now) is when
   * the ranking is taken to run.
   */
  async rank(asOf?: Date): Promise<number> {
    const now = asOf?.getTime() ?? this.#now();
    const [partners, snapshots] = await Promise.all([
      this.#directory.listPartners(),
      this.#snapshots.latestScheduledSnapshots(now - this.#maxSnapshotAgeMs),
    ]);
    // The cohort is the partner's primary business model in the catalog now.
    const cohortOf = new Map<string, BusinessModelId>();
    for (const partner of partners) {
      const model = partner.businessModels[0];
      if (model && isBusinessModel(model))
        cohortOf.set(partner.entityRef, model);
    }
    const cohorts = new Map<BusinessModelId, RankedSnapshotRow[]>();
    for (const snapshot of snapshots) {
      const model = cohortOf.get(snapshot.partnerRef);
      if (!model) continue;
      const members = cohorts.get(model) ?? [];
      members.push(snapshot);
      cohorts.set(model, members);
    }

    const ranks: CohortRankRow[] = [];
    for (const [model, members] of cohorts) {
      const totals = members.map(m => m.totalPoints);
      const pillarIds = [
        ...new Set(members.flatMap(m => Object.keys(m.pointsByPillar))),
      ].sort();
      const pillarValues = new Map(
        pillarIds.map(id => [id, members.map(m => m.pointsByPillar[id] ?? 0)]),
      );
      for (const member of members) {
        ranks.push({
          partnerRef: member.partnerRef,
          businessModel: model,
          cohortSize: members.length,
          snapshotTakenAt: member.takenAt,
          rankedAt: now,
          overallPercentile: percentileOf(member.totalPoints, totals),
          pillarPercentiles: Object.fromEntries(
            pillarIds.map(id => [
              id,
              percentileOf(
                member.pointsByPillar[id] ?? 0,
                pillarValues.get(id) ?? [],
              ),
            ]),
          ),
        });
      }
    }
    await this.#cohorts.replaceRanks(ranks);
    return ranks.length;
  }

  /** The partner's own benchmark: percentiles and the cohort's size only. */
  async benchmark(partner: PartnerSummary): Promise<CohortBenchmark> {
    const rank = await this.#cohorts.getRank(partner.entityRef);
    const base = {
      partnerRef: partner.entityRef,
      minimumSize: this.#minimumSize,
    };
    if (!rank || !isBusinessModel(rank.businessModel)) {
      return { ...base, available: false, reason: 'not-ranked-yet' };
    }
    if (rank.cohortSize < this.#minimumSize) {
      return {
        ...base,
        available: false,
        reason: 'cohort-too-small',
        businessModel: rank.businessModel,
      };
    }
    return {
      ...base,
      available: true,
      businessModel: rank.businessModel,
      cohortSize: rank.cohortSize,
      snapshotTakenAt: new Date(rank.snapshotTakenAt).toISOString(),
      rankedAt: new Date(rank.rankedAt).toISOString(),
      overall: { percentile: rank.overallPercentile },
      pillars: Object.entries(rank.pillarPercentiles).map(
        ([pillarId, percentile]) => ({ pillarId, percentile }),
      ),
    };
  }
}
