import type { RatingAggregate, RatingRow } from '../database/HubStore';

/** A tool's ratings in numbers. */
export interface RatingSummary {
  count: number;
  /** Mean stars, one decimal; absent without ratings. */
  average?: number;
  /** Ratings per number of stars: `histogram[0]` is one star. */
  histogram: [number, number, number, number, number];
}

/**
 * A rating as other people see it: never who rated, nor their partner.
 * `mine` tells the viewer which one is theirs.
 */
export interface PublicRating {
  id: string;
  stars: number;
  comment?: string;
  createdAt: string;
  updatedAt: string;
  mine: boolean;
  /**
   * The rater's partner later completed, in the Solutions Lab, a stage the
   * tool helps with: the rating comes from a proven outcome.
   */
  verifiedOutcome: boolean;
}

/** When a partner's engagement completed a Lab stage. */
export interface StageCompletion {
  stageRef: string;
  /** Epoch ms. */
  completedAt: number;
}

/** The numbers of a tool's ratings. */
export function summarizeRatings(aggregate?: RatingAggregate): RatingSummary {
  if (!aggregate || aggregate.count === 0) {
    return { count: 0, histogram: [0, 0, 0, 0, 0] };
  }
  const total = aggregate.histogram.reduce((sum, n, i) => sum + n * (i + 1), 0);
  return {
    count: aggregate.count,
    average: Math.round((total / aggregate.count) * 10) / 10,
    histogram: [...aggregate.histogram],
  };
}

/**
 * Is the rating a verified outcome: did the rater's partner complete one of
 * the tool's Lab stages after rating it?
 */
export function isVerifiedOutcome(
  rating: RatingRow,
  toolStages: readonly string[],
  completionsByPartner: ReadonlyMap<string, readonly StageCompletion[]>,
): boolean {
  if (!rating.partnerRef) return false;
  const completions = completionsByPartner.get(rating.partnerRef) ?? [];
  return completions.some(
    c => toolStages.includes(c.stageRef) && c.completedAt > rating.createdAt,
  );
}

/** A stored rating as the viewer may see it. */
export function toPublicRating(
  rating: RatingRow,
  options: { viewerRef?: string; verifiedOutcome: boolean },
): PublicRating {
  return {
    id: String(rating.id),
    stars: rating.stars,
    ...(rating.comment !== undefined ? { comment: rating.comment } : {}),
    createdAt: new Date(rating.createdAt).toISOString(),
    updatedAt: new Date(rating.updatedAt).toISOString(),
    mine:
      options.viewerRef !== undefined && rating.userRef === options.viewerRef,
    verifiedOutcome: options.verifiedOutcome,
  };
}
