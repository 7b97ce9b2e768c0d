import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  partnerStandingReadPermission,
  type OverviewPartner,
  type OverviewPartnerPage,
  type OverviewSegment,
  type ProgramOverview,
} from '@partner-studio/plugin-partner-studio-common';
import {
  cursorCodec,
  type PartnerAccessService,
} from '@partner-studio/plugin-partner-studio-node';
import {
  EXPIRY_HORIZON_DAYS,
  TIER_IDS,
  type BusinessModelId,
  type TierId,
} from '@partner-studio/scoring';
import { z } from 'zod';
import type {
  OverviewFilter,
  OverviewStore,
  StandingSummaryRow,
  TierTransitionCount,
} from '../database/OverviewStore';
import { tierRank } from './standingDocument';

/** Where a page of a segment starts: its segment, sort key and partner. */
const segmentCursor = z.object({
  s: z.enum(['all', 'at-risk', 'within-reach']),
  k: z.union([z.string(), z.number()]),
  r: z.string(),
});

/** The filters of the overview's query. */
export interface OverviewQueryFilters {
  businessModel?: BusinessModelId;
  tier?: TierId;
}

/** The first instant (UTC) of the calendar quarter `offset` quarters from `ms`'s. */
function quarterStart(ms: number, offset: number): number {
  const date = new Date(ms);
  const quarter = Math.floor(date.getUTCMonth() / 3) + offset;
  return Date.UTC(date.getUTCFullYear(), quarter * 3, 1);
}

function quarterName(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/**
 * The program overview for program admins: the tier distribution, partners
 * at risk of dropping a tier (from the forecast) and within reach of the
 * next (from the plan), tier movements per quarter (from the snapshots).
 * Everything is counted and paged in SQL over the partners' latest
 * standings, filtered by the caller's access — the plugin's own scope AND
 * the policy's decision, conditional ones included — on every call.
 */
export class ProgramOverviewService {
  readonly #store: OverviewStore;
  readonly #access: PartnerAccessService;
  readonly #withinReachSteps: number;
  readonly #now: () => number;

  static create(options: {
    store: OverviewStore;
    access: PartnerAccessService;
    withinReachSteps: number;
    now?: () => number;
  }): ProgramOverviewService {
    return new ProgramOverviewService(options);
  }

  private constructor(options: {
    store: OverviewStore;
    access: PartnerAccessService;
    withinReachSteps: number;
    now?: () => number;
  }) {
    this.#store = options.store;
    this.#access = options.access;
    this.#withinReachSteps = options.withinReachSteps;
    this.#now = options.now ?? Date.now;
  }

  async overview(
    credentials: BackstageCredentials,
    query: OverviewQueryFilters & { quarters: number },
  ): Promise<ProgramOverview> {
    const filter = await this.#filter(credentials, query);
    const now = this.#now();
    const [byTier, atRisk, withinReach] = await Promise.all([
      this.#store.countByTier(filter),
      this.#store.countSegment(filter, 'at-risk', this.#withinReachSteps),
      this.#store.countSegment(filter, 'within-reach', this.#withinReachSteps),
    ]);
    const starts = Array.from({ length: query.quarters }, (_, i) =>
      quarterStart(now, i - query.quarters + 1),
    );
    const moments = [...starts, now];
    const movements = await this.#store.tierTransitions(filter, moments);
    return {
      asOf: new Date(now).toISOString(),
      partners: [...byTier.values()].reduce((sum, n) => sum + n, 0),
      tiers: TIER_IDS.map(tier => ({ tier, partners: byTier.get(tier) ?? 0 })),
      atRisk,
      withinReach,
      withinReachSteps: this.#withinReachSteps,
      horizonDays: EXPIRY_HORIZON_DAYS,
      quarters: movements.map((transitions, i) => ({
        quarter: quarterName(moments[i]),
        start: new Date(moments[i]).toISOString(),
        end: new Date(moments[i + 1]).toISOString(),
        ...movementCounts(transitions),
        transitions: transitions.flatMap(t =>
          t.to
            ? [
                {
                  ...(t.from ? { from: t.from } : {}),
                  to: t.to,
                  partners: t.partners,
                },
              ]
            : [],
        ),
      })),
    };
  }

  async listPartners(
    credentials: BackstageCredentials,
    query: OverviewQueryFilters & {
      segment: OverviewSegment;
      limit: number;
      cursor?: string;
    },
  ): Promise<OverviewPartnerPage> {
    const after = query.cursor
      ? cursorCodec.decode(query.cursor, segmentCursor)
      : undefined;
    if (after && after.s !== query.segment) {
      throw new InputError(
        `Invalid request. query.cursor: a cursor of the ${after.s} segment, not ${query.segment}`,
      );
    }
    const filter = await this.#filter(credentials, query);
    const rows = await this.#store.listSegment(filter, query.segment, {
      limit: query.limit + 1,
      after: after ? { key: after.k, ref: after.r } : undefined,
      withinReachSteps: this.#withinReachSteps,
    });
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toOverviewPartner),
      ...(rows.length > query.limit && last
        ? {
            nextCursor: cursorCodec.encode({
              s: query.segment,
              k: sortKey(query.segment, last),
              r: last.partnerRef,
            }),
          }
        : {}),
    };
  }

  async #filter(
    credentials: BackstageCredentials,
    query: OverviewQueryFilters,
  ): Promise<OverviewFilter> {
    const { filter } = await this.#access.listFilter(
      credentials,
      partnerStandingReadPermission,
    );
    return {
      access: filter,
      ...(query.businessModel ? { businessModel: query.businessModel } : {}),
      ...(query.tier ? { tier: query.tier } : {}),
    };
  }
}

function movementCounts(transitions: TierTransitionCount[]) {
  let promoted = 0;
  let demoted = 0;
  let unchanged = 0;
  for (const t of transitions) {
    if (!t.from || !t.to) continue;
    const change = tierRank(t.to) - tierRank(t.from);
    if (change > 0) promoted += t.partners;
    else if (change < 0) demoted += t.partners;
    else unchanged += t.partners;
  }
  return { promoted, demoted, unchanged };
}

function sortKey(segment: OverviewSegment, row: StandingSummaryRow) {
  if (segment === 'at-risk') return row.dropsOn ?? '';
  if (segment === 'within-reach') return row.pointsToNextTier ?? 0;
  return row.title;
}

function toOverviewPartner(row: StandingSummaryRow): OverviewPartner {
  return {
    partner: {
      entityRef: row.partnerRef,
      title: row.title,
      businessModels: row.businessModels,
    },
    tier: row.tier,
    totalPoints: row.totalPoints,
    ...(row.nextTier ? { nextTier: row.nextTier } : {}),
    ...(row.pointsToNextTier !== undefined
      ? { pointsToNextTier: row.pointsToNextTier }
      : {}),
    ...(row.planSteps !== undefined ? { planSteps: row.planSteps } : {}),
    ...(row.dropsOn ? { dropsOn: row.dropsOn } : {}),
    ...(row.dropsToTier ? { dropsToTier: row.dropsToTier } : {}),
    evaluatedAt: new Date(row.evaluatedAt).toISOString(),
  };
}
