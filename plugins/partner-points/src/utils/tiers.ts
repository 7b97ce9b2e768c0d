import { TIER_IDS, TierId } from '@partner-studio/scoring';
import type { ExpiringPoints, Standing } from '@partner-studio/scoring';

/** Rank of a tier, 0 for Community; unknown tiers rank lowest. */
export function tierRank(tier: string): number {
  return (TIER_IDS as readonly string[]).indexOf(tier as TierId);
}

/**
 * The first date at which expiring points drop the partner below its current
 * tier, if any within the forecast horizon.
 */
export function firstTierDrop(standing: Standing): ExpiringPoints | undefined {
  const current = tierRank(standing.tier);
  return standing.expiring.find(
    entry => tierRank(entry.resultingTier) < current,
  );
}

/**
 * The points to earn before `drop.date` to keep the current tier: what the
 * total would lack below the current tier's threshold after the expiry.
 * `undefined` when the current threshold is unknown.
 */
export function pointsToKeepTier(
  drop: ExpiringPoints,
  currentThreshold: number | undefined,
): number | undefined {
  if (currentThreshold === undefined) {
    return undefined;
  }
  return Math.max(
    0,
    Math.round((currentThreshold - drop.resultingTotalPoints) * 100) / 100,
  );
}
