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
 * Is the rating a verified outcome: has the rater's partner completed, since
 * the person rated the tool, a Solutions Lab stage the tool helps with?
 * `completedByPartner` holds each partner's completed stage refs now (the
 * partners the Lab could be read for); a rating without a snapshot of the
 * stages at rating time, or of a partner the Lab did not answer for, is
 * not one.
 */
export function isVerifiedOutcome(
  rating: RatingRow,
  toolStages: readonly string[],
  completedByPartner: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  if (!rating.partnerRef || !rating.stagesAtRating) return false;
  const completed = completedByPartner.get(rating.partnerRef);
  if (!completed) return false;
  const before = new Set(rating.stagesAtRating);
  return toolStages.some(stage => completed.has(stage) && !before.has(stage));
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
