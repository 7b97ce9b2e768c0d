import type { DatabaseService } from '@backstage/backend-plugin-api';
import {
  applyPartnerCriteria,
  type PartnerListFilter,
} from '@partner-studio/plugin-partner-studio-node';
import { TIER_IDS, type TierId } from '@partner-studio/scoring';
import type { Knex } from 'knex';
import { oneOf, optionalNumber, toNumber } from './columns';
import type { StoreTransaction } from './PointsStore';

const STANDINGS = 'partner_points_standings';
const SNAPSHOTS = 'partner_points_snapshots';

/**
 * A partner's latest evaluated standing, in the columns the program
 * overview filters and sorts by.
 */
export interface StandingSummaryRow {
  partnerRef: string;
  title: string;
  businessModels: string[];
  primaryBusinessModel?: string;
  tier: TierId;
  /** The tier's position in the program, 0 for the lowest. */
  tierRank: number;
  totalPoints: number;
  nextTier?: TierId;
  pointsToNextTier?: number;
  /**
   * Steps of the plan to the next tier, when the plan reaches it within
   * the overview's bound (else absent).
   */
  planSteps?: number;
  /** The first day the forecast shows a lower tier (`YYYY-MM-DD`). */
  dropsOn?: string;
  dropsToTier?: TierId;
  revision: number;
  /** Epoch milliseconds. */
  evaluatedAt: number;
}

/** Which partners an overview query is about. */
export interface OverviewFilter {
  /** The caller's access: own scope and the policy's decision. */
  access: PartnerListFilter;
  /** Partners running this business model. */
  businessModel?: string;
  /** Partners at this tier now. */
  tier?: string;
}

/** The partners of one overview segment, and how they are ordered. */
export type OverviewSegment = 'all' | 'at-risk' | 'within-reach';

/** The column each segment is ordered by (then the partner ref). */
const SEGMENT_ORDER: Record<OverviewSegment, string> = {
  all: 'p.title',
  'at-risk': 'p.drops_on',
  'within-reach': 'p.points_to_next_tier',
};

/** Where a page of an overview segment starts: after this (sort key, ref). */
export interface SegmentPosition {
  key: string | number;
  ref: string;
}

/** Partners who moved from one tier to another between two moments. */
export interface TierTransitionCount {
  from?: TierId;
  to?: TierId;
  partners: number;
}

/**
 * SQL of the program overview: each partner's latest standing in a few
 * columns, and the counts, pages and tier movements over them. Every query
 * applies the caller's access filter (conditional decisions included) and
 * the overview's filters in SQL.
 */
export class OverviewStore {
  readonly #db: Knex;

  /** Over the plugin's database; {@link PointsStore.create} runs the migrations. */
  static async create(options: {
    database: DatabaseService;
  }): Promise<OverviewStore> {
    return new OverviewStore(await options.database.getClient());
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  /**
   * Records partners' standings; a row is replaced only by one evaluated at
   * the same or a newer ledger revision (replicas may settle out of order).
   */
  async upsertStandings(
    rows: StandingSummaryRow[],
    tx?: StoreTransaction,
  ): Promise<void> {
    const db = tx ?? this.#db;
    for (const row of rows) {
      await db(STANDINGS)
        .insert({
          partner_ref: row.partnerRef,
          title: row.title,
          business_models: `,${row.businessModels.join(',')},`,
          primary_business_model: row.primaryBusinessModel ?? null,
          tier: row.tier,
          tier_rank: row.tierRank,
          total_points: row.totalPoints,
          next_tier: row.nextTier ?? null,
          points_to_next_tier: row.pointsToNextTier ?? null,
          plan_steps: row.planSteps ?? null,
          drops_on: row.dropsOn ?? null,
          drops_to_tier: row.dropsToTier ?? null,
          revision: row.revision,
          evaluated_at: row.evaluatedAt,
        })
        .onConflict('partner_ref')
        .merge()
        .whereRaw(
          `${STANDINGS}.revision < excluded.revision OR (${STANDINGS}.revision = excluded.revision AND ${STANDINGS}.evaluated_at <= excluded.evaluated_at)`,
        );
    }
  }

  /** Removes the standings of partners that left the catalog. */
  async deleteStandingsExcept(partnerRefs: string[]): Promise<number> {
    const keep = new Set(partnerRefs);
    const rows = await this.#db(STANDINGS).select('partner_ref');
    const gone = rows
      .map(r => String(r.partner_ref))
      .filter(ref => !keep.has(ref));
    for (let i = 0; i < gone.length; i += 500) {
      await this.#db(STANDINGS)
        .whereIn('partner_ref', gone.slice(i, i + 500))
        .delete();
    }
    return gone.length;
  }

  async getStanding(
    partnerRef: string,
  ): Promise<StandingSummaryRow | undefined> {
    const row = await this.#db(STANDINGS)
      .where('partner_ref', partnerRef)
      .first();
    return row ? toSummary(row) : undefined;
  }

  /** How many partners are at each tier. */
  async countByTier(filter: OverviewFilter): Promise<Map<string, number>> {
    const rows: Array<{ tier: string; n: unknown }> = await this.#filtered(
      filter,
    )
      .groupBy('p.tier')
      .select('p.tier as tier')
      .count({ n: '*' });
    return new Map(rows.map(r => [r.tier, toNumber(r.n)]));
  }

  /** How many partners the filter holds in a segment. */
  async countSegment(
    filter: OverviewFilter,
    segment: OverviewSegment,
    withinReachSteps: number,
  ): Promise<number> {
    const query = this.#filtered(filter);
    this.#segment(query, segment, withinReachSteps);
    const [row] = await query.count({ n: '*' });
    return toNumber(row?.n ?? 0);
  }

  /** One page of a segment, in its order (see {@link OverviewSegment}). */
  async listSegment(
    filter: OverviewFilter,
    segment: OverviewSegment,
    page: { limit: number; after?: SegmentPosition; withinReachSteps: number },
  ): Promise<StandingSummaryRow[]> {
    const query = this.#filtered(filter).select('p.*');
    this.#segment(query, segment, page.withinReachSteps);
    const column = SEGMENT_ORDER[segment];
    query
      .orderBy([
        { column, order: 'asc' },
        { column: 'p.partner_ref', order: 'asc' },
      ])
      .limit(page.limit);
    if (page.after) {
      const { key, ref } = page.after;
      query.where(q =>
        q
          .where(column, '>', key)
          .orWhere(q2 =>
            q2.where(column, key).where('p.partner_ref', '>', ref),
          ),
      );
    }
    return (await query).map(toSummary);
  }

  /**
   * Tier movements between consecutive moments: for each pair, how many
   * partners went from which tier (their latest snapshot at or before the
   * first moment; absent: no snapshot yet) to which (at or before the
   * second). Counted in SQL, one query per pair.
   */
  async tierTransitions(
    filter: OverviewFilter,
    moments: number[],
  ): Promise<TierTransitionCount[][]> {
    const out: TierTransitionCount[][] = [];
    for (let i = 0; i + 1 < moments.length; i++) {
      const tierAt = (moment: number) =>
        this.#db(`${SNAPSHOTS} as s`)
          .select('s.tier')
          .whereRaw('s.partner_ref = p.partner_ref')
          .where('s.taken_at', '<=', moment)
          .orderBy([
            { column: 's.taken_at', order: 'desc' },
            { column: 's.id', order: 'desc' },
          ])
          .limit(1);
      const inner = this.#filtered(filter).select({
        tier_from: tierAt(moments[i]),
        tier_to: tierAt(moments[i + 1]),
      });
      const rows = await this.#db
        .from(inner.as('m'))
        .groupBy('m.tier_from', 'm.tier_to')
        .select('m.tier_from', 'm.tier_to')
        .count({ n: '*' });
      out.push(
        rows.map(r => ({
          ...(r.tier_from
            ? { from: oneOf(TIER_IDS, r.tier_from, 'tier') }
            : {}),
          ...(r.tier_to ? { to: oneOf(TIER_IDS, r.tier_to, 'tier') } : {}),
          partners: toNumber(r.n),
        })),
      );
    }
    return out;
  }

  #filtered(filter: OverviewFilter): Knex.QueryBuilder {
    const query = this.#db(`${STANDINGS} as p`);
    if (!filter.access.all) {
      applyPartnerCriteria(query, filter.access.criteria, 'p.partner_ref');
    }
    if (filter.businessModel) {
      query.where('p.business_models', 'like', `%,${filter.businessModel},%`);
    }
    if (filter.tier) query.where('p.tier', filter.tier);
    return query;
  }

  #segment(
    query: Knex.QueryBuilder,
    segment: OverviewSegment,
    withinReachSteps: number,
  ) {
    if (segment === 'at-risk') query.whereNotNull('p.drops_on');
    if (segment === 'within-reach') {
      query
        .whereNotNull('p.plan_steps')
        .where('p.plan_steps', '<=', withinReachSteps);
    }
  }
}

function toSummary(row: Record<string, unknown>): StandingSummaryRow {
  const models = String(row.business_models)
    .split(',')
    .filter(m => m.length > 0);
  const pointsToNext = optionalNumber(row.points_to_next_tier);
  const planSteps = optionalNumber(row.plan_steps);
  return {
    partnerRef: String(row.partner_ref),
    title: String(row.title),
    businessModels: models,
    ...(row.primary_business_model
      ? { primaryBusinessModel: String(row.primary_business_model) }
      : {}),
    tier: oneOf(TIER_IDS, row.tier, 'tier'),
    tierRank: toNumber(row.tier_rank),
    totalPoints: toNumber(row.total_points),
    ...(row.next_tier
      ? { nextTier: oneOf(TIER_IDS, row.next_tier, 'next_tier') }
      : {}),
    ...(pointsToNext !== undefined ? { pointsToNextTier: pointsToNext } : {}),
    ...(planSteps !== undefined ? { planSteps } : {}),
    ...(row.drops_on ? { dropsOn: String(row.drops_on) } : {}),
    ...(row.drops_to_tier
      ? { dropsToTier: oneOf(TIER_IDS, row.drops_to_tier, 'drops_to_tier') }
      : {}),
    revision: toNumber(row.revision),
    evaluatedAt: toNumber(row.evaluated_at),
  };
}
