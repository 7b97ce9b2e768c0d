import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { toNumber } from './columns';

const RANKS = 'partner_points_cohort_ranks';

/** A partner's place in its cohort, as the latest ranking found it. */
export interface CohortRankRow {
  partnerRef: string;
  /** The cohort: partners with this primary business model. */
  businessModel: string;
  cohortSize: number;
  /** When the partner's ranked snapshot was taken (epoch ms). */
  snapshotTakenAt: number;
  /** When the ranking ran (epoch ms). */
  rankedAt: number;
  /** 0–100: the share of the rest of the cohort the partner is ahead of. */
  overallPercentile: number;
  /** The same, per pillar id. */
  pillarPercentiles: Record<string, number>;
}

/** SQL of the cohort ranks: one row per ranked partner, replaced by each ranking. */
export class CohortStore {
  readonly #db: Knex;
  readonly #rowsPerStatement: number;

  /** Over the plugin's database; {@link PointsStore.create} runs the migrations. */
  static async create(options: {
    database: DatabaseService;
  }): Promise<CohortStore> {
    return new CohortStore(await options.database.getClient());
  }

  private constructor(db: Knex) {
    this.#db = db;
    // 7 columns a row, within SQLite's and PostgreSQL's bind limits.
    this.#rowsPerStatement = String(db.client.config.client).includes('sqlite')
      ? 100
      : 2000;
  }

  /** Replaces every rank with these, in one transaction. */
  async replaceRanks(rows: CohortRankRow[]): Promise<void> {
    await this.#db.transaction(async tx => {
      await tx(RANKS).delete();
      for (let i = 0; i < rows.length; i += this.#rowsPerStatement) {
        await tx(RANKS).insert(
          rows.slice(i, i + this.#rowsPerStatement).map(row => ({
            partner_ref: row.partnerRef,
            business_model: row.businessModel,
            cohort_size: row.cohortSize,
            snapshot_taken_at: row.snapshotTakenAt,
            ranked_at: row.rankedAt,
            overall_percentile: row.overallPercentile,
            pillar_percentiles: JSON.stringify(row.pillarPercentiles),
          })),
        );
      }
    });
  }

  async getRank(partnerRef: string): Promise<CohortRankRow | undefined> {
    const row = await this.#db(RANKS).where('partner_ref', partnerRef).first();
    if (!row) return undefined;
    return {
      partnerRef: row.partner_ref,
      businessModel: row.business_model,
      cohortSize: toNumber(row.cohort_size),
      snapshotTakenAt: toNumber(row.snapshot_taken_at),
      rankedAt: toNumber(row.ranked_at),
      overallPercentile: toNumber(row.overall_percentile),
      pillarPercentiles: JSON.parse(row.pillar_percentiles),
    };
  }
}
