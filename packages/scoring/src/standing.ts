import type {
  Exemption,
  ExemptionTarget,
  PointsAdjustment,
} from './adjustments';
import type { PerformanceEvent } from './events';
import type { BusinessModelId, TierId } from './ids';
import type {
  ActionLink,
  Aggregation,
  PillarKind,
  Program,
  TierBenefit,
  TierRequirement,
} from './program/types';

/**
 * The partner being evaluated.
 *
 * @public
 */
export interface PartnerProfile {
  /**
   * The partner's id: an opaque string compared with each event's
   * `partnerId` (the points backend uses the partner's catalog entity ref).
   */
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
   * The events that earned the points, oldest first (then by event id), so
   * that the standing does not depend on the order of the ledger; their
   * points sum exactly (in hundredths) to `points`. Ratio metrics list
   * numerator events (per customer, each weighted by the share of it that
   * counts); distinct counts list each counted value's most recent event;
   * growth lists the current period's events.
   */
  contributions: EventContribution[];
  /** Set while an exemption waives the metric (see `Standing.exemptions`). */
  waivedBy?: string;
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
 * How an action moves a requirement of the next tier that is not met yet.
 *
 * @public
 */
export interface RequirementProgress {
  tier: TierId;
  requirementId: string;
  type: TierRequirement['type'];
  description: string;
  /** Points counted for the requirement now, and after the action. */
  before: number;
  after: number;
  required: number;
}

/**
 * Something the partner can do now, with what it would change: the total,
 * the metrics and requirements it moves, and the tier it reaches.
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
  /** The total after the action (what `simulateStanding` returns). */
  resultingTotalPoints: number;
  /** The tier after the action: above `Standing.tier` when it unlocks one. */
  resultingTier: TierId;
  resultingTierName: string;
  /** Every metric whose points the example event changes, in standing order. */
  metrics: MetricDelta[];
  /** The unmet requirements of the next tier that it moves. */
  requirements: RequirementProgress[];
  /** For `catalogEntry: next` actions: the catalogue entry it proposes. */
  catalogEntry?: { id: string; name: string };
}

/**
 * Why the forecast changes on a day (one per event, adjustment, exemption
 * or program version):
 * - `window`: the event leaves a window (or a growth metric's current
 *   period);
 * - `dated-event`: an event already in the ledger, dated that day, starts to
 *   count;
 * - `reversed`: the event stops counting because a reversal dated that day
 *   names it;
 * - `adjustment-starts` / `adjustment-ends`, `exemption-starts` /
 *   `exemption-ends`: by id;
 * - `program-version`: a new program version takes effect (`id` is the
 *   version).
 *
 * @public
 */
export interface ForecastCause {
  type:
    | 'window'
    | 'dated-event'
    | 'reversed'
    | 'adjustment-starts'
    | 'adjustment-ends'
    | 'exemption-starts'
    | 'exemption-ends'
    | 'program-version';
  id: string;
}

/**
 * A day on which the total or the tier changes if the partner does nothing
 * new: points leave their windows, events already in the ledger but dated
 * later start to count, reversals, adjustments and exemptions start or end,
 * or a new program version takes effect. Each entry is what evaluating at
 * the end of that day gives. Covers asOf's UTC day and the 90 days after it.
 *
 * @public
 */
export interface ExpiringPoints {
  /**
   * The UTC day (`YYYY-MM-DD`); `resultingTotalPoints` and `resultingTier`
   * hold from the end of that day.
   */
  date: string;
  /**
   * Total points lost that day (since the end of the previous day, or
   * asOf): negative when the total rises, 0 when only the tier changes.
   */
  points: number;
  /** Metrics whose points drop that day. */
  metricIds: string[];
  resultingTotalPoints: number;
  resultingTier: TierId;
  resultingTierName: string;
  /** What happens that day (see {@link ForecastCause}). */
  causes: ForecastCause[];
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
  /** Adjustments without a business model, in points. */
  sharedAdjustmentPoints: number;
  /** Adjustments of each business model, in points (added before its cap). */
  adjustmentPointsByBusinessModel: Record<BusinessModelId, number>;
  /**
   * shared + shared adjustments + Σ min(cap, max(0, earned + adjustments)),
   * before the total cap (and the floor at 0).
   */
  beforeTotalCap: number;
}

/**
 * An adjustment counting at asOf, as the standing shows it.
 *
 * @public
 */
export interface StandingAdjustment {
  id: string;
  points: number;
  reason: string;
  /** Canonical UTC timestamps. */
  grantedAt: string;
  expiresAt?: string;
  businessModel?: BusinessModelId;
  /** False for a business model the partner does not run: it counts for nothing. */
  counted: boolean;
}

/**
 * An exemption in force at asOf, as the standing shows it.
 *
 * @public
 */
export interface StandingExemption {
  id: string;
  target: ExemptionTarget;
  reason: string;
  /** Canonical UTC timestamps. */
  from: string;
  until?: string;
  /** What it waives, in words. */
  description: string;
  /**
   * False when its target does not exist in this program version, or cannot
   * be waived (an invitation): it then changes nothing.
   */
  applied: boolean;
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
  /**
   * Actions that raise the total, reach a higher tier or move an unmet
   * requirement of the next tier: ranked by the tier they reach (highest
   * first), then the points they add, then how far they move unmet
   * requirements, then id.
   */
  actions: NextBestAction[];
  /** Chronological: every day on which the total or the tier changes. */
  expiring: ExpiringPoints[];
  /** Benefits of the current tier. */
  benefits: TierBenefit[];
  /** Adjustments counting at asOf, with their reasons. */
  adjustments: StandingAdjustment[];
  /** Exemptions in force at asOf, with their reasons. */
  exemptions: StandingExemption[];
}

/**
 * Change of one metric (of one business model) in a simulation or action.
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

/**
 * Optional inputs of an evaluation besides the ledger.
 *
 * @public
 */
export interface EvaluationOptions {
  /** Points adjustments (see {@link PointsAdjustment}). */
  adjustments?: readonly PointsAdjustment[];
  /** Exemptions (see {@link Exemption}). */
  exemptions?: readonly Exemption[];
  /**
   * Program versions that may take effect after asOf (e.g. every shipped
   * version): the forecast switches to each on its `effectiveFrom` day.
   * Versions in force at asOf or earlier are ignored.
   */
  upcomingPrograms?: readonly Program[];
}

/**
 * One step of a {@link TierPlan}: an action and the standing after it (and
 * the steps before it).
 *
 * @public
 */
export interface PlanStep {
  /** The action, as the standing would list it at this point of the plan. */
  action: Omit<
    NextBestAction,
    'resultingTotalPoints' | 'resultingTier' | 'resultingTierName'
  >;
  /** Points this step adds to the total. */
  points: number;
  totalPoints: number;
  tier: TierId;
  tierName: string;
}

/**
 * The smallest set of actions that reaches the next tier, respecting caps
 * and gates (see `planNextTier`).
 *
 * @public
 */
export interface TierPlan {
  partnerId: string;
  asOf: string;
  programVersion: string;
  fromTier: TierId;
  totalPoints: number;
  /** The tier the plan aims at; null at the top tier. */
  targetTier: TierId | null;
  targetTierName: string | null;
  /** Whether the steps reach the target tier. */
  reachable: boolean;
  /**
   * Why it is not reachable by actions alone: requirements no action moves
   * (an invitation, a requirement whose metrics are at their maximum…).
   */
  blockedBy: UnmetRequirement[];
  /**
   * Whether the plan is proved to be the smallest (the search is bounded;
   * past the bound the plan is the greedy one, which may be longer).
   */
  minimal: boolean;
  steps: PlanStep[];
}
