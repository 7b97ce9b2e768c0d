import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@partner-studio/plugin-solutions-hub-backend',
  'migrations',
);

const FAVORITES = 'solutions_hub_favorites';
const RATINGS = 'solutions_hub_ratings';
const LAUNCHES = 'solutions_hub_launches';
const VERIFICATIONS = 'solutions_hub_verifications';

/** Usage weeks start on Monday 00:00 UTC. 1970-01-05 was a Monday. */
export const FIRST_MONDAY_MS = 4 * 86_400_000;
/** One week, in milliseconds. */
export const WEEK_MS = 7 * 86_400_000;

/** A user's favourite tool. */
export interface FavoriteRow {
  toolRef: string;
  /** Epoch ms. */
  createdAt: number;
}

/** A rating as stored: who rated is known here and nowhere past the service. */
export interface RatingRow {
  /** Surrogate key: cursors carry this, never the rater. */
  id: number;
  toolRef: string;
  userRef: string;
  partnerRef?: string;
  stars: number;
  comment?: string;
  createdAt: number;
  updatedAt: number;
  /**
   * The Lab stage refs the rater's partner had completed when the person
   * first rated the tool; absent when they could not be read then.
   */
  stagesAtRating?: string[];
}

/** Ratings of a tool, summed in SQL. */
export interface RatingAggregate {
  count: number;
  /** Ratings per number of stars, index 0 is one star. */
  histogram: [number, number, number, number, number];
}

/** A launch to record. */
export interface LaunchInput {
  toolRef: string;
  userRef: string;
  partnerRef?: string;
  /** Epoch ms. */
  launchedAt: number;
}

/** Launches of a tool in one week. */
export interface WeeklyLaunches {
  toolRef: string;
  /** Monday 00:00 UTC of the week, epoch ms. */
  weekStart: number;
  launches: number;
  distinctPartners: number;
  distinctUsers: number;
}

/** Launches of a tool over a period. */
export interface LaunchTotals {
  toolRef: string;
  launches: number;
  distinctPartners: number;
  distinctUsers: number;
  /** Epoch ms of the latest launch in the period. */
  lastLaunchedAt: number;
}

/** An expert's "verified" mark on a tool. */
export interface VerificationRow {
  toolRef: string;
  verifiedBy: string;
  verifiedAt: number;
  note?: string;
}

/** A period of launches: `from ≤ launchedAt < to`, epoch ms. */
export interface LaunchPeriod {
  from: number;
  to: number;
  /** Only these tools; all tools when absent. */
  toolRefs?: readonly string[];
}

function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

function toStageList(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed)
    ? parsed.filter((v): v is string => typeof v === 'string')
    : undefined;
}

function toRating(row: Record<string, unknown>): RatingRow {
  const stagesAtRating = toStageList(row.stages_at_rating);
  return {
    id: toNumber(row.id),
    toolRef: String(row.tool_ref),
    userRef: String(row.user_ref),
    ...(row.partner_ref ? { partnerRef: String(row.partner_ref) } : {}),
    stars: toNumber(row.stars),
    ...(row.comment !== null && row.comment !== undefined
      ? { comment: String(row.comment) }
      : {}),
    createdAt: toNumber(row.created_at),
    updatedAt: toNumber(row.updated_at),
    ...(stagesAtRating ? { stagesAtRating } : {}),
  };
}

/**
 * SQL for the Hub's favourites, ratings, launches and verification marks.
 * Knows nothing of access, locks or HTTP. Every list filters and pages in
 * SQL (keyset cursors), every aggregate sums in SQL.
 */
export class HubStore {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<HubStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new HubStore(client);
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  // Favourites

  /** Marks a favourite; returns false when it already was one. */
  async addFavorite(
    userRef: string,
    toolRef: string,
    now: number,
  ): Promise<boolean> {
    const inserted = await this.#db(FAVORITES)
      .insert({ user_ref: userRef, tool_ref: toolRef, created_at: now })
      .onConflict(['user_ref', 'tool_ref'])
      .ignore()
      .returning('tool_ref');
    return inserted.length > 0;
  }

  /** Removes a favourite; returns false when it was none. */
  async removeFavorite(userRef: string, toolRef: string): Promise<boolean> {
    const deleted = await this.#db(FAVORITES)
      .where({ user_ref: userRef, tool_ref: toolRef })
      .delete();
    return deleted > 0;
  }

  /**
   * A user's favourites, newest first; `after` is the last row of the
   * previous page. Returns up to `limit` rows.
   */
  async listFavorites(
    userRef: string,
    options: { limit: number; after?: FavoriteRow },
  ): Promise<FavoriteRow[]> {
    const query = this.#db(FAVORITES)
      .select('tool_ref', 'created_at')
      .where('user_ref', userRef)
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'tool_ref', order: 'desc' },
      ])
      .limit(options.limit);
    const after = options.after;
    if (after) {
      query.andWhere(inner =>
        inner
          .where('created_at', '<', after.createdAt)
          .orWhere(same =>
            same
              .where('created_at', after.createdAt)
              .andWhere('tool_ref', '<', after.toolRef),
          ),
      );
    }
    const rows = await query;
    return rows.map(row => ({
      toolRef: String(row.tool_ref),
      createdAt: toNumber(row.created_at),
    }));
  }

  /** Which of these tools the user has marked as favourites. */
  async favoriteRefsAmong(
    userRef: string,
    toolRefs: readonly string[],
  ): Promise<Set<string>> {
    if (toolRefs.length === 0) return new Set();
    const rows = await this.#db(FAVORITES)
      .select('tool_ref')
      .where('user_ref', userRef)
      .whereIn('tool_ref', [...toolRefs]);
    return new Set(rows.map(row => String(row.tool_ref)));
  }

  // Ratings

  /**
   * Creates or replaces a person's rating of a tool (one per person per
   * tool). Returns the stored row and whether it was new. The stages
   * completed at rating time are kept from the first rating: an edit does
   * not move when the person rated.
   */
  async upsertRating(input: {
    toolRef: string;
    userRef: string;
    partnerRef?: string;
    stars: number;
    comment?: string;
    stagesAtRating?: readonly string[];
    now: number;
  }): Promise<{ rating: RatingRow; created: boolean }> {
    return this.#db.transaction(async tx => {
      const existing = await tx(RATINGS)
        .select('id')
        .where({ tool_ref: input.toolRef, user_ref: input.userRef })
        .first();
      await tx(RATINGS)
        .insert({
          tool_ref: input.toolRef,
          user_ref: input.userRef,
          partner_ref: input.partnerRef ?? null,
          stars: input.stars,
          comment: input.comment ?? null,
          created_at: input.now,
          updated_at: input.now,
          stages_at_rating: input.stagesAtRating
            ? JSON.stringify(input.stagesAtRating)
            : null,
        })
        .onConflict(['tool_ref', 'user_ref'])
        .merge(['partner_ref', 'stars', 'comment', 'updated_at']);
      const row = await tx(RATINGS)
        .where({ tool_ref: input.toolRef, user_ref: input.userRef })
        .first();
      return { rating: toRating(row), created: !existing };
    });
  }

  /** Deletes a person's rating of a tool; returns false when there was none. */
  async deleteRating(toolRef: string, userRef: string): Promise<boolean> {
    const deleted = await this.#db(RATINGS)
      .where({ tool_ref: toolRef, user_ref: userRef })
      .delete();
    return deleted > 0;
  }

  /** Deletes a rating by id, if it is one of the tool's; returns whether it was. */
  async deleteRatingById(toolRef: string, id: number): Promise<boolean> {
    const deleted = await this.#db(RATINGS)
      .where({ tool_ref: toolRef, id })
      .delete();
    return deleted > 0;
  }

  /** A person's rating of a tool. */
  async getRating(
    toolRef: string,
    userRef: string,
  ): Promise<RatingRow | undefined> {
    const row = await this.#db(RATINGS)
      .where({ tool_ref: toolRef, user_ref: userRef })
      .first();
    return row ? toRating(row) : undefined;
  }

  /**
   * Ratings of a tool, most recently updated first; `after` is the last row
   * of the previous page.
   */
  async listRatings(
    toolRef: string,
    options: {
      limit: number;
      after?: { updatedAt: number; id: number };
      /** Only ratings with a comment. */
      withComment?: boolean;
    },
  ): Promise<RatingRow[]> {
    const query = this.#db(RATINGS)
      .where('tool_ref', toolRef)
      .orderBy([
        { column: 'updated_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(options.limit);
    if (options.withComment) query.whereNotNull('comment');
    const after = options.after;
    if (after) {
      query.andWhere(inner =>
        inner
          .where('updated_at', '<', after.updatedAt)
          .orWhere(same =>
            same
              .where('updated_at', after.updatedAt)
              .andWhere('id', '<', after.id),
          ),
      );
    }
    return (await query).map(toRating);
  }

  /** Rating counts per tool and number of stars, for these tools. */
  async ratingAggregates(
    toolRefs: readonly string[],
  ): Promise<Map<string, RatingAggregate>> {
    const result = new Map<string, RatingAggregate>();
    if (toolRefs.length === 0) return result;
    const rows = await this.#db(RATINGS)
      .select('tool_ref', 'stars', this.#db.raw('count(*) as n'))
      .whereIn('tool_ref', [...toolRefs])
      .groupBy('tool_ref', 'stars');
    for (const row of rows) {
      const ref = String(row.tool_ref);
      const aggregate = result.get(ref) ?? {
        count: 0,
        histogram: [0, 0, 0, 0, 0],
      };
      const stars = toNumber(row.stars);
      const n = toNumber(row.n);
      if (stars >= 1 && stars <= 5) aggregate.histogram[stars - 1] += n;
      aggregate.count += n;
      result.set(ref, aggregate);
    }
    return result;
  }

  // Launches

  /** Records a launch; returns its id. */
  async recordLaunch(launch: LaunchInput): Promise<number> {
    const [row] = await this.#db(LAUNCHES)
      .insert({
        tool_ref: launch.toolRef,
        user_ref: launch.userRef,
        partner_ref: launch.partnerRef ?? null,
        launched_at: launch.launchedAt,
      })
      .returning('id');
    return toNumber(typeof row === 'object' ? row.id : row);
  }

  /** Records many launches in one transaction (demo data, imports). */
  async recordLaunches(launches: readonly LaunchInput[]): Promise<void> {
    if (launches.length === 0) return;
    await this.#db.transaction(async tx => {
      // 4 columns per row: within SQLite's and PostgreSQL's bind limits.
      for (let i = 0; i < launches.length; i += 500) {
        await tx(LAUNCHES).insert(
          launches.slice(i, i + 500).map(launch => ({
            tool_ref: launch.toolRef,
            user_ref: launch.userRef,
            partner_ref: launch.partnerRef ?? null,
            launched_at: launch.launchedAt,
          })),
        );
      }
    });
  }

  /** Number of launches ever recorded. */
  async countLaunches(): Promise<number> {
    const [row] = await this.#db(LAUNCHES).count({ n: '*' });
    return toNumber(row.n);
  }

  #launchesIn(period: LaunchPeriod) {
    const query = this.#db(LAUNCHES)
      .where('launched_at', '>=', period.from)
      .andWhere('launched_at', '<', period.to);
    if (period.toolRefs) query.whereIn('tool_ref', [...period.toolRefs]);
    return query;
  }

  /**
   * Launches per tool per week (weeks start Monday 00:00 UTC), with the
   * distinct partners and users of each week. Weeks without launches are
   * not listed.
   */
  async weeklyLaunches(period: LaunchPeriod): Promise<WeeklyLaunches[]> {
    if (period.toolRefs?.length === 0) return [];
    const week = this.#db.raw('CAST((launched_at - ?) / ? AS BIGINT)', [
      FIRST_MONDAY_MS,
      WEEK_MS,
    ]);
    const rows = await this.#launchesIn(period)
      .select(
        'tool_ref',
        { week },
        this.#db.raw('count(*) as launches'),
        this.#db.raw('count(distinct partner_ref) as partners'),
        this.#db.raw('count(distinct user_ref) as users'),
      )
      // By the output name: PostgreSQL would not take the expression with
      // its bindings repeated as the same expression.
      .groupBy('tool_ref', 'week')
      .orderBy([{ column: 'tool_ref' }, { column: 'week' }]);
    return rows.map(row => ({
      toolRef: String(row.tool_ref),
      weekStart: FIRST_MONDAY_MS + toNumber(row.week) * WEEK_MS,
      launches: toNumber(row.launches),
      distinctPartners: toNumber(row.partners),
      distinctUsers: toNumber(row.users),
    }));
  }

  /** Launches per tool over a period, most launched first. */
  async launchTotals(period: LaunchPeriod): Promise<LaunchTotals[]> {
    if (period.toolRefs?.length === 0) return [];
    const rows = await this.#launchesIn(period)
      .select(
        'tool_ref',
        this.#db.raw('count(*) as launches'),
        this.#db.raw('count(distinct partner_ref) as partners'),
        this.#db.raw('count(distinct user_ref) as users'),
        this.#db.raw('max(launched_at) as last'),
      )
      .groupBy('tool_ref')
      .orderBy([{ column: 'launches', order: 'desc' }, { column: 'tool_ref' }]);
    return rows.map(row => ({
      toolRef: String(row.tool_ref),
      launches: toNumber(row.launches),
      distinctPartners: toNumber(row.partners),
      distinctUsers: toNumber(row.users),
      lastLaunchedAt: toNumber(row.last),
    }));
  }

  /** Distinct partners that launched any of the tools in the period. */
  async distinctLaunchingPartners(period: LaunchPeriod): Promise<number> {
    if (period.toolRefs?.length === 0) return 0;
    const [row] = await this.#launchesIn(period).countDistinct({
      n: 'partner_ref',
    });
    return toNumber(row.n);
  }

  // Verification marks

  /** Marks a tool verified (replacing an earlier mark). */
  async setVerification(mark: VerificationRow): Promise<void> {
    await this.#db(VERIFICATIONS)
      .insert({
        tool_ref: mark.toolRef,
        verified_by: mark.verifiedBy,
        verified_at: mark.verifiedAt,
        note: mark.note ?? null,
      })
      .onConflict('tool_ref')
      .merge();
  }

  /** Removes a tool's mark; returns false when it had none. */
  async clearVerification(toolRef: string): Promise<boolean> {
    return (
      (await this.#db(VERIFICATIONS).where('tool_ref', toolRef).delete()) > 0
    );
  }

  /** The marks of these tools. */
  async verificationsOf(
    toolRefs: readonly string[],
  ): Promise<Map<string, VerificationRow>> {
    const result = new Map<string, VerificationRow>();
    if (toolRefs.length === 0) return result;
    const rows = await this.#db(VERIFICATIONS).whereIn('tool_ref', [
      ...toolRefs,
    ]);
    for (const row of rows) {
      result.set(String(row.tool_ref), {
        toolRef: String(row.tool_ref),
        verifiedBy: String(row.verified_by),
        verifiedAt: toNumber(row.verified_at),
        ...(row.note ? { note: String(row.note) } : {}),
      });
    }
    return result;
  }
}
