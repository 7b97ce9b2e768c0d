import { engineFor } from './engine/evaluator';
import type { PerformanceEvent } from './events';
import type { Program } from './program/types';
import type {
  EvaluationOptions,
  MetricDelta,
  PartnerProfile,
  SimulationResult,
  Standing,
  TierPlan,
} from './standing';

/**
 * Input of {@link evaluateStanding}.
 *
 * @public
 */
export interface EvaluateStandingInput extends EvaluationOptions {
  program: Program;
  partner: PartnerProfile;
  /**
   * The partner's ledger; events of other partners are ignored. Events
   * dated after `asOf` do not count yet; within the forecast horizon they
   * are forecast on their day.
   */
  events: readonly PerformanceEvent[];
  /** The moment of evaluation: events after it count for nothing. */
  asOf: string | Date;
}

/**
 * A partner's standing at `asOf`: points per metric with the events that
 * earned them, pooled total (with adjustments), tier, what the next tier
 * needs, ranked next-best actions and the forecast of the next 90 days.
 * Pure and deterministic, and a function of the set of events (their order
 * does not matter); compiles the program once per program object.
 *
 * @public
 */
export function evaluateStanding(input: EvaluateStandingInput): Standing {
  return engineFor(input.program).evaluate(
    input.partner,
    input.events,
    input.asOf,
    input,
  );
}

/**
 * Input of {@link simulateStanding}.
 *
 * @public
 */
export interface SimulateStandingInput extends EvaluateStandingInput {
  /** Events that have not happened; added to `events`. */
  hypotheticalEvents: readonly PerformanceEvent[];
}

/**
 * What-if: the standing if `hypotheticalEvents` had happened too, next to the
 * real one. `standing` is exactly `evaluateStanding` over
 * `[...events, ...hypotheticalEvents]`.
 *
 * @public
 */
export function simulateStanding(
  input: SimulateStandingInput,
): SimulationResult {
  const engine = engineFor(input.program);
  const baseline = engine.evaluate(
    input.partner,
    input.events,
    input.asOf,
    input,
  );
  const standing = engine.evaluate(
    input.partner,
    [...input.events, ...input.hypotheticalEvents],
    input.asOf,
    input,
  );
  const metrics: MetricDelta[] = [];
  // Both standings list the same metrics in the same order (same partner).
  standing.metrics.forEach((after, i) => {
    const before = baseline.metrics[i];
    if (after.points === before.points) {
      return;
    }
    const delta: MetricDelta = {
      metricId: after.id,
      before: before.points,
      after: after.points,
      delta: Math.round((after.points - before.points) * 100) / 100,
    };
    if (after.businessModel) {
      delta.businessModel = after.businessModel;
    }
    metrics.push(delta);
  });
  return {
    standing,
    baseline,
    delta: {
      totalPoints:
        Math.round((standing.totalPoints - baseline.totalPoints) * 100) / 100,
      tierChanged: standing.tier !== baseline.tier,
      tierBefore: baseline.tier,
      tierAfter: standing.tier,
      metrics,
    },
  };
}

/**
 * Input of {@link planNextTier}.
 *
 * @public
 */
export type PlanNextTierInput = Omit<EvaluateStandingInput, 'upcomingPrograms'>;

/**
 * The plan to the next tier: the smallest set of actions (of the program's
 * next-best actions, repeated as needed) after which the partner is at the
 * next tier or above, respecting caps and gates, with the points and the
 * tier after each step. Each step's example event, simulated together with
 * the steps before it, gives exactly the step's total and tier.
 *
 * @public
 */
export function planNextTier(input: PlanNextTierInput): TierPlan {
  return engineFor(input.program).plan(
    input.partner,
    input.events,
    input.asOf,
    input,
  );
}
