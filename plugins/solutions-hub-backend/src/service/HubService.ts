import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { cursorCodec } from '@partner-studio/plugin-partner-studio-node';
import type { Program } from '@partner-studio/scoring';
import { z } from 'zod';
import type { HubStore } from '../database/HubStore';
import type { ToolSearchIndex } from '../search/ToolSearchIndex';
import type { IndexedTool } from '../search/types';
import { LaunchTarget, resolveLaunchTarget } from './launchTarget';
import { popularityFromLaunches, POPULARITY_WINDOW_WEEKS } from './popularity';
import {
  isVerifiedOutcome,
  PublicRating,
  RatingSummary,
  summarizeRatings,
  toPublicRating,
} from './ratings';
import { evaluateToolLock, ToolLock, ToolLockContext } from './toolLocks';
import { buildUsageReport, reportPeriod, UsageReport } from './usage';

/** Longest rating comment, in characters. */
export const MAX_COMMENT_LENGTH = 2000;
/** Largest page of favourites and ratings. */
export const MAX_PAGE_SIZE = 100;
/** Longest usage report, in weeks. */
export const MAX_USAGE_WEEKS = 52;

const WEEK_MS = 7 * 86_400_000;

/** Where the service reads tools and puts popularity scores: the catalog sync. */
export interface ToolIndexSource {
  current(): ToolSearchIndex;
  setPopularity(popularity: ReadonlyMap<string, number>): void;
}

/** A page of a list. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** A favourite: the tool, or only its ref when the catalog no longer has it. */
export interface FavoriteTool {
  toolRef: string;
  tool?: IndexedTool;
  addedAt: string;
}

/** An expert's "verified" mark, as shown with a tool. */
export interface ToolVerification {
  verifiedBy: string;
  verifiedAt: string;
  note?: string;
}

const favoriteCursor = z.object({ c: z.number().int(), t: z.string() });
const ratingCursor = z.object({ u: z.number().int(), i: z.number().int() });

function pageSize(limit: number | undefined, fallback = 20): number {
  const size = limit ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InputError(
      `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`,
    );
  }
  return size;
}

/**
 * The Solutions Hub's logic that does not depend on who may see what: locks
 * and what unlocks them, launches and where they go, favourites, ratings
 * shown without their raters, verification marks, usage and popularity.
 *
 * Callers pass identities (user and partner entity refs) that the access
 * layer derived from the caller's credentials; the service never takes them
 * from a request.
 */
export class HubService {
  readonly #store: HubStore;
  readonly #index: ToolIndexSource;
  readonly #program: Program;
  readonly #now: () => number;

  static create(options: {
    store: HubStore;
    index: ToolIndexSource;
    /** The program whose tier thresholds locks use. */
    program: Program;
    now?: () => number;
  }): HubService {
    return new HubService(options);
  }

  private constructor(options: {
    store: HubStore;
    index: ToolIndexSource;
    program: Program;
    now?: () => number;
  }) {
    this.#store = options.store;
    this.#index = options.index;
    this.#program = options.program;
    this.#now = options.now ?? Date.now;
  }

  /** A tool by entity ref; 404 when the catalog has none. */
  getTool(toolRef: string): IndexedTool {
    const tool = this.#index.current().get(toolRef);
    if (!tool) throw new NotFoundError(`No tool ${toolRef}`);
    return tool;
  }

  /** Whether the tool is locked for the caller and what unlocks it. */
  lockOf(tool: IndexedTool, context: ToolLockContext): ToolLock {
    return evaluateToolLock(tool, context, this.#program);
  }

  /** Where launching the tool takes the user. */
  launchTarget(tool: IndexedTool): LaunchTarget {
    return resolveLaunchTarget(tool.spec);
  }

  /**
   * Records a launch and answers where to go. A tool locked for the caller
   * is refused (403) with what unlocks it, and nothing is recorded.
   */
  async launch(input: {
    toolRef: string;
    userRef: string;
    partnerRef?: string;
    context: ToolLockContext;
  }): Promise<{ launchId: number; target: LaunchTarget }> {
    const tool = this.getTool(input.toolRef);
    const lock = this.lockOf(tool, input.context);
    if (lock.locked) {
      throw new NotAllowedError(
        `${tool.title} is locked: ${lock.unlockedBy
          .map(c => c.message)
          .join('; ')}`,
      );
    }
    const launchId = await this.#store.recordLaunch({
      toolRef: tool.ref,
      userRef: input.userRef,
      partnerRef: input.partnerRef,
      launchedAt: this.#now(),
    });
    return { launchId, target: this.launchTarget(tool) };
  }

  // Favourites

  /** Marks a tool as a favourite of the user (idempotent). */
  async addFavorite(userRef: string, toolRef: string): Promise<void> {
    this.getTool(toolRef);
    await this.#store.addFavorite(userRef, toolRef, this.#now());
  }

  /** Removes a favourite (idempotent, also for tools gone from the catalog). */
  async removeFavorite(userRef: string, toolRef: string): Promise<void> {
    await this.#store.removeFavorite(userRef, toolRef);
  }

  /** The user's favourites, newest first. */
  async listFavorites(
    userRef: string,
    options: { limit?: number; cursor?: string } = {},
  ): Promise<Page<FavoriteTool>> {
    const limit = pageSize(options.limit);
    const after = options.cursor
      ? cursorCodec.decode(options.cursor, favoriteCursor)
      : undefined;
    const rows = await this.#store.listFavorites(userRef, {
      limit: limit + 1,
      after: after ? { createdAt: after.c, toolRef: after.t } : undefined,
    });
    const page = rows.slice(0, limit);
    const index = this.#index.current();
    const last = page[page.length - 1];
    return {
      items: page.map(row => {
        const tool = index.get(row.toolRef);
        return {
          toolRef: row.toolRef,
          ...(tool ? { tool } : {}),
          addedAt: new Date(row.createdAt).toISOString(),
        };
      }),
      ...(rows.length > limit && last
        ? {
            nextCursor: cursorCodec.encode({
              c: last.createdAt,
              t: last.toolRef,
            }),
          }
        : {}),
    };
  }

  /** Which of these tools are the user's favourites. */
  async favoritesAmong(
    userRef: string,
    toolRefs: readonly string[],
  ): Promise<Set<string>> {
    return this.#store.favoriteRefsAmong(userRef, toolRefs);
  }

  // Ratings

  /**
   * Rates a tool 1 to 5 with an optional comment; a person's second rating
   * of a tool replaces the first. `stagesAtRating` are the Lab stages the
   * rater's partner has completed now (when the Lab could be read), kept
   * from the first rating for verified outcomes.
   */
  async rate(input: {
    toolRef: string;
    userRef: string;
    partnerRef?: string;
    stars: number;
    comment?: string;
    stagesAtRating?: readonly string[];
  }): Promise<{ rating: PublicRating; created: boolean }> {
    if (!Number.isInteger(input.stars) || input.stars < 1 || input.stars > 5) {
      throw new InputError('stars must be a whole number from 1 to 5');
    }
    const comment = input.comment?.trim();
    if (comment !== undefined && comment.length > MAX_COMMENT_LENGTH) {
      throw new InputError(
        `comment is longer than ${MAX_COMMENT_LENGTH} characters`,
      );
    }
    const tool = this.getTool(input.toolRef);
    const { rating, created } = await this.#store.upsertRating({
      toolRef: tool.ref,
      userRef: input.userRef,
      partnerRef: input.partnerRef,
      stars: input.stars,
      comment: comment || undefined,
      stagesAtRating: input.stagesAtRating,
      now: this.#now(),
    });
    return {
      rating: toPublicRating(rating, {
        viewerRef: input.userRef,
        verifiedOutcome: false,
      }),
      created,
    };
  }

  /** Withdraws the user's rating of a tool (idempotent). */
  async removeRating(userRef: string, toolRef: string): Promise<void> {
    await this.#store.deleteRating(toolRef, userRef);
  }

  /** The user's own rating of a tool, as they see it. */
  async ratingOf(
    toolRef: string,
    userRef: string,
  ): Promise<PublicRating | undefined> {
    const row = await this.#store.getRating(toolRef, userRef);
    return row
      ? toPublicRating(row, { viewerRef: userRef, verifiedOutcome: false })
      : undefined;
  }

  /**
   * Curation: removes someone's rating of a tool by its id; 404 when the
   * tool has no such rating.
   */
  async moderateRating(toolRef: string, ratingId: number): Promise<void> {
    const tool = this.getTool(toolRef);
    if (!(await this.#store.deleteRatingById(tool.ref, ratingId))) {
      throw new NotFoundError(`No rating ${ratingId} of ${tool.ref}`);
    }
  }

  /**
   * A tool's ratings, most recently updated first, without who rated or
   * their partner; the viewer's own is marked `mine`. `completedStages` is
   * asked, for the raters' partners of the page, which Lab stages each has
   * completed now (the partners it could read), to mark verified outcomes.
   */
  async ratingsOf(
    toolRef: string,
    options: {
      viewerRef?: string;
      limit?: number;
      cursor?: string;
      completedStages?: (
        partnerRefs: string[],
      ) => Promise<ReadonlyMap<string, ReadonlySet<string>>>;
    } = {},
  ): Promise<Page<PublicRating> & { summary: RatingSummary }> {
    const tool = this.getTool(toolRef);
    const limit = pageSize(options.limit);
    const after = options.cursor
      ? cursorCodec.decode(options.cursor, ratingCursor)
      : undefined;
    const [rows, aggregates] = await Promise.all([
      this.#store.listRatings(tool.ref, {
        limit: limit + 1,
        after: after ? { updatedAt: after.u, id: after.i } : undefined,
      }),
      this.#store.ratingAggregates([tool.ref]),
    ]);
    const page = rows.slice(0, limit);
    const raters = [
      ...new Set(page.flatMap(r => (r.partnerRef ? [r.partnerRef] : []))),
    ].sort();
    const completed =
      options.completedStages && raters.length > 0
        ? await options.completedStages(raters)
        : new Map<string, ReadonlySet<string>>();
    const last = page[page.length - 1];
    return {
      summary: summarizeRatings(aggregates.get(tool.ref)),
      items: page.map(row =>
        toPublicRating(row, {
          viewerRef: options.viewerRef,
          verifiedOutcome: isVerifiedOutcome(
            row,
            tool.spec.labStages,
            completed,
          ),
        }),
      ),
      ...(rows.length > limit && last
        ? { nextCursor: cursorCodec.encode({ u: last.updatedAt, i: last.id }) }
        : {}),
    };
  }

  /** The rating summaries of these tools (for result lists). */
  async ratingSummaries(
    toolRefs: readonly string[],
  ): Promise<Map<string, RatingSummary>> {
    const aggregates = await this.#store.ratingAggregates(toolRefs);
    return new Map(
      toolRefs.map(ref => [ref, summarizeRatings(aggregates.get(ref))]),
    );
  }

  // Verification marks

  /** An expert marks a tool verified (replacing an earlier mark). */
  async setVerified(
    toolRef: string,
    expertRef: string,
    note?: string,
  ): Promise<ToolVerification> {
    const tool = this.getTool(toolRef);
    const trimmed = note?.trim();
    if (trimmed !== undefined && trimmed.length > MAX_COMMENT_LENGTH) {
      throw new InputError(
        `note is longer than ${MAX_COMMENT_LENGTH} characters`,
      );
    }
    const verifiedAt = this.#now();
    await this.#store.setVerification({
      toolRef: tool.ref,
      verifiedBy: expertRef,
      verifiedAt,
      note: trimmed || undefined,
    });
    return {
      verifiedBy: expertRef,
      verifiedAt: new Date(verifiedAt).toISOString(),
      ...(trimmed ? { note: trimmed } : {}),
    };
  }

  /** Removes a tool's verification mark (idempotent). */
  async clearVerified(toolRef: string): Promise<void> {
    await this.#store.clearVerification(toolRef);
  }

  /** The verification marks of these tools. */
  async verificationsOf(
    toolRefs: readonly string[],
  ): Promise<Map<string, ToolVerification>> {
    const marks = await this.#store.verificationsOf(toolRefs);
    return new Map(
      [...marks].map(([ref, mark]) => [
        ref,
        {
          verifiedBy: mark.verifiedBy,
          verifiedAt: new Date(mark.verifiedAt).toISOString(),
          ...(mark.note ? { note: mark.note } : {}),
        },
      ]),
    );
  }

  // Usage and popularity

  /**
   * Launches per tool per week over the last `weeks` weeks (this week
   * included), distinct partners, and each tool's trend.
   */
  async usage(
    options: { weeks?: number; toolRefs?: readonly string[] } = {},
  ): Promise<UsageReport> {
    const weeks = options.weeks ?? 12;
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_USAGE_WEEKS) {
      throw new InputError(
        `weeks must be a whole number from 1 to ${MAX_USAGE_WEEKS}`,
      );
    }
    const period = {
      ...reportPeriod(weeks, this.#now()),
      toolRefs: options.toolRefs,
    };
    const [weekly, totals, distinctPartners] = await Promise.all([
      this.#store.weeklyLaunches(period),
      this.#store.launchTotals(period),
      this.#store.distinctLaunchingPartners(period),
    ]);
    return buildUsageReport({
      from: period.from,
      to: period.to,
      weekly,
      totals,
      distinctPartners,
    });
  }

  /**
   * Recomputes popularity from the last weeks' launches and puts it into
   * the search index (the popularity sort). Returns the scores.
   */
  async refreshPopularity(): Promise<Map<string, number>> {
    const now = this.#now();
    const weekly = await this.#store.weeklyLaunches({
      from: now - POPULARITY_WINDOW_WEEKS * WEEK_MS,
      to: now + 1,
    });
    const scores = popularityFromLaunches(weekly, now);
    this.#index.setPopularity(scores);
    return scores;
  }
}
