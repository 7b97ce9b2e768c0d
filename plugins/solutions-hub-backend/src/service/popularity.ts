import {
  FIRST_MONDAY_MS,
  WEEK_MS,
  type WeeklyLaunches,
} from '../database/HubStore';

/** Weeks of launches popularity looks at. */
export const POPULARITY_WINDOW_WEEKS = 12;

/** A launch loses half its weight every this many weeks. */
export const POPULARITY_HALF_LIFE_WEEKS = 2;

/** Monday 00:00 UTC of the week of `at`. */
export function weekStartOf(at: number): number {
  return (
    FIRST_MONDAY_MS + Math.floor((at - FIRST_MONDAY_MS) / WEEK_MS) * WEEK_MS
  );
}

/**
 * Popularity scores from weekly launches: each week's launches weighted by
 * how recent the week is (half the weight every two weeks), so a tool that
 * partners launch now outranks one that was popular last quarter.
 */
export function popularityFromLaunches(
  weekly: readonly WeeklyLaunches[],
  now: number,
): Map<string, number> {
  const currentWeek = weekStartOf(now);
  const scores = new Map<string, number>();
  for (const row of weekly) {
    const age = Math.max(
      0,
      Math.round((currentWeek - row.weekStart) / WEEK_MS),
    );
    if (age >= POPULARITY_WINDOW_WEEKS) continue;
    const weight = 0.5 ** (age / POPULARITY_HALF_LIFE_WEEKS);
    scores.set(
      row.toolRef,
      (scores.get(row.toolRef) ?? 0) + row.launches * weight,
    );
  }
  for (const [ref, score] of scores) {
    scores.set(ref, Math.round(score * 1000) / 1000);
  }
  return scores;
}
