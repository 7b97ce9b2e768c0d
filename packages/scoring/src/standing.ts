import type { PerformanceEvent } from './events';
import type { BusinessModelId, TierId } from './ids';
import type {
  ActionLink,
  Aggregation,
  PillarKind,
  TierBenefit,
  TierRequirement,
} from './program/types';

/**
 * The partner being evaluated.
 *
 * @public
 */
export interface PartnerProfile {
  id: string;
  /**
   * Business models the partner runs (`BusinessModelId`s), primary first.
   * Only these earn per-business-model points; other strings are ignored, so
   * ids read from the catalog can be passed as they are.
   */
  businessModels: readonly (BusinessModelId | (string & {}))[];
  /**
   * One-time admission into the program. Events that occurred before it count
   * for nothing. Absent: all events count.
   */
  admittedAt?: string | Date;
  /** Whether the vendor invited the partner to Pinnacle. */
  pinnacleInvited?: boolean;
}

/**
 * The points one event earned for a metric.
 *
 * @public
 */
export interface EventContribution {
  eventId: string;
  points: number;
}

/**
 * A metric's state for one partner (and one business model, for
 * per-business-model metrics).
 *
 * @public
 */
export interface MetricStanding {
  id: string;
  name: string;
  description?: string;
  pillar: string;
  pillarKind: PillarKind;
  /** Set for per-business-model metrics: the model that earns these points. */
  businessModel?: BusinessModelId;
  aggregation: Aggregation;
  windowDays: number;
  /** Aggregated value over the window (sum, count, distinct count or ratio). */
  value: number;
  /** Value for full credit. */
  target: number;
  unit: string;
  /** min(1, value / target). */
  progress: number;
  /** maxPoints × progress, rounded half up to 0.01. */
  points: number;
  maxPoints: number;
  /**
   * The events that earned the points, in input order; their points sum
   * exactly (in hundredths) to `points`. Ratio metrics list numerator events;
   * distinct counts list each counted value's most recent event.
   */
  contributions: EventContribution[];
}

/**
 * A requirement of the next tier that is not met yet.
 *
 * @public
 */
export interface UnmetRequirement {
  id: string;
  type: TierRequirement['type'];
  /** What is missing, in words a partner understands. */
  description: string;
  /** Current points, for point requirements. */
  current?: number;
  /** Required points, for point requirements. */
  required?: number;
}

/**
 * What the partner needs for the tier above its current one.
 *
 * @public
 */
export interface NextTier {
  tier: TierId;
  tierName: string;
  threshold: number;
  /** max(0, threshold − totalPoints). */
  pointsNeeded: number;
  unmetRequirements: UnmetRequirement[];
}

/**
 * Something the partner can do now, with the points it would earn.
 *
 * @public
 */
export interface NextBestAction {
  /** Unique within the standing: the action id, plus `:<businessModel>` for per-model metrics. */
  id: string;
  /** Id of the action in the program definition. */
  actionId: string;
  metricId: string;
  businessModel?: BusinessModelId;
  title: string;
  description: string;
  link: ActionLink;
  /** Exact gain of the total if `exampleEvent` happened at `asOf`. */
  estimatedPoints: number;
  /** The event the action produces, ready to simulate. */
  exampleEvent: PerformanceEvent;
}

/**
 * Points that leave their window on `date` if nothing new happens, and the
 * standing that results. Covers asOf's UTC day and the 90 days after it.
 *
 * @public
 */
export interface ExpiringPoints {
  /**
   * The UTC day (`YYYY-MM-DD`) during which the points leave their windows;
   * `resultingTotalPoints` and `resultingTier` hold from the end of that day.
   */
  date: string;
  /** Total points lost that day (since the end of the previous day, or asOf). */
  points: number;
  /** Metrics whose points drop that day. */
  metricIds: string[];
  resultingTotalPoints: number;
  resultingTier: TierId;
  resultingTierName: string;
}

/**
 * How the total was pooled (all values in points).
 *
 * @public
 */
export interface PoolingBreakdown {
  /** Points of metrics that are not per business model. */
  sharedPoints: number;
  /** Points each business model earned, before the per-model cap. */
  earnedByBusinessModel: Record<BusinessModelId, number>;
  perBusinessModelCap?: number;
  totalCap?: number;
  /** shared + Σ min(cap, earned), before the total cap. */
  beforeTotalCap: number;
}

/**
 * A partner's program standing at `asOf`.
 *
 * @public
 */
export interface Standing {
  partnerId: string;
  /** Canonical UTC ISO timestamp. */
  asOf: string;
  programVersion: string;
  tier: TierId;
  tierName: string;
  totalPoints: number;
  /** Points each business model contributes to the total (after the per-model cap). */
  pointsByBusinessModel: Record<BusinessModelId, number>;
  /** Points per pillar id (sum of its metrics, before pooling caps). */
  pointsByPillar: Record<string, number>;
  pooling: PoolingBreakdown;
  metrics: MetricStanding[];
  /** Null at the top tier. */
  nextTier: NextTier | null;
  /** Ranked by estimatedPoints (desc), then id; only actions that gain points. */
  actions: NextBestAction[];
  /** Chronological; only dates at which the total drops. */
  expiring: ExpiringPoints[];
  /** Benefits of the current tier. */
  benefits: TierBenefit[];
}

/**
 * Change of one metric in a simulation.
 *
 * @public
 */
export interface MetricDelta {
  metricId: string;
  businessModel?: BusinessModelId;
  before: number;
  after: number;
  delta: number;
}

/**
 * Difference between a simulated standing and the baseline.
 *
 * @public
 */
export interface StandingDelta {
  totalPoints: number;
  tierChanged: boolean;
  tierBefore: TierId;
  tierAfter: TierId;
  /** Metrics whose points changed, in standing order. */
  metrics: MetricDelta[];
}

/**
 * Result of `simulateStanding`.
 *
 * @public
 */
export interface SimulationResult {
  /** Exactly `evaluateStanding` over events ∪ hypothetical events. */
  standing: Standing;
  /** `evaluateStanding` over the real events. */
  baseline: Standing;
  delta: StandingDelta;
}
