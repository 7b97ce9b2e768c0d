import { gunzipSync, gzipSync } from 'node:zlib';
import type {
  PartnerStandingResponse,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import { TIER_IDS, type Standing, type TierId } from '@partner-studio/scoring';

/**
 * What the backend needs of a standing besides serving it: the tier and
 * points (signals, snapshots), points per pillar (the cohort benchmark), and
 * what the program overview filters by.
 */
export interface StandingFacts {
  tier: TierId;
  totalPoints: number;
  pointsByPillar: Record<string, number>;
  nextTier?: TierId;
  /** Points missing for the next tier's threshold. */
  pointsToNextTier?: number;
  /**
   * The most one ranked action adds now: with it, whether a plan of a few
   * steps could reach the next tier is known without planning.
   */
  bestActionPoints: number;
  /** The first day the forecast shows a lower tier, and that tier. */
  dropsOn?: string;
  dropsToTier?: TierId;
}

/**
 * A partner's standing, evaluated once per ledger revision and kept
 * serialized: the `PartnerStandingResponse` JSON, gzip-compressed (≈ 8 kB
 * for a partner with a hundred events, instead of a ~30 kB graph of small
 * objects for the garbage collector to walk).
 */
export interface StandingDocument {
  /** The partner's group entity ref. */
  partnerRef: string;
  /** The ledger revision the standing was evaluated at. */
  revision: number;
  /** When it was evaluated (epoch ms). */
  asOfMs: number;
  facts: StandingFacts;
  /** gzip of the JSON of `{ partner, standing }`. */
  gzippedJson: Buffer;
}

/** The position of a tier in the program, 0 for the lowest. */
export function tierRank(tier: string): number {
  return (TIER_IDS as readonly string[]).indexOf(tier);
}

/** The facts of a standing (see {@link StandingFacts}). */
export function standingFacts(standing: Standing): StandingFacts {
  const rank = tierRank(standing.tier);
  const drop = standing.expiring.find(
    day => tierRank(day.resultingTier) < rank,
  );
  return {
    tier: standing.tier,
    totalPoints: standing.totalPoints,
    pointsByPillar: standing.pointsByPillar,
    ...(standing.nextTier
      ? {
          nextTier: standing.nextTier.tier,
          pointsToNextTier: standing.nextTier.pointsNeeded,
        }
      : {}),
    bestActionPoints: Math.max(
      0,
      ...standing.actions.map(a => a.estimatedPoints),
    ),
    ...(drop ? { dropsOn: drop.date, dropsToTier: drop.resultingTier } : {}),
  };
}

/** Serializes a standing into a document. */
export function createStandingDocument(options: {
  partner: PartnerSummary;
  standing: Standing;
  revision: number;
  asOfMs: number;
}): StandingDocument {
  const { partner, standing, revision, asOfMs } = options;
  const body: PartnerStandingResponse = { partner, standing };
  return {
    partnerRef: partner.entityRef,
    revision,
    asOfMs,
    facts: standingFacts(standing),
    gzippedJson: gzipSync(JSON.stringify(body), {
      level: 1, // 2× faster than the default, ~5% larger
    }),
  };
}

/** The `{ partner, standing }` a standing document holds. */
export function parseStandingDocument(
  document: StandingDocument,
): PartnerStandingResponse {
  return JSON.parse(gunzipSync(document.gzippedJson).toString('utf8'));
}
