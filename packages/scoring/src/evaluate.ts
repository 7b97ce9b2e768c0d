import { createEvaluator, StandingEvaluator } from './engine/evaluator';
import type { PerformanceEvent } from './events';
import type { Program } from './program/types';
import type {
  MetricDelta,
  PartnerProfile,
  SimulationResult,
  Standing,
} from './standing';

const evaluators = new WeakMap<Program, StandingEvaluator>();

function evaluatorFor(program: Program): StandingEvaluator {
  let evaluator = evaluators.get(program);
  if (!evaluator) {
    evaluator = createEvaluator(program);
    evaluators.set(program, evaluator);
  }
  return evaluator;
}

/**
 * Input of {@link evaluateStanding}.
 *
 * @public
 */
export interface EvaluateStandingInput {
  program: Program;
  partner: PartnerProfile;
  /** The partner's ledger; events of other partners are ignored. */
  events: readonly PerformanceEvent[];
  /** The moment of evaluation: events after it count for nothing. */
  asOf: string | Date;
}

/**
 * A partner's standing at `asOf`: points per metric with the events that
 * earned them, pooled total, tier, what the next tier needs, ranked
 * next-best actions and the points that will expire in the next 90 days.
 * Pure and deterministic; compiles the program once per program object.
 *
 * @public
 */
export function evaluateStanding(input: EvaluateStandingInput): Standing {
  return evaluatorFor(input.program)(input.partner, input.events, input.asOf);
}

/**
 * Input of {@link simulateStanding}.
 *
 * @public
 */
export interface SimulateStandingInput extends EvaluateStandingInput {
  /** Events that have not happened; appended after `events`. */
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
  const evaluate = evaluatorFor(input.program);
  const baseline = evaluate(input.partner, input.events, input.asOf);
  const standing = evaluate(
    input.partner,
    [...input.events, ...input.hypotheticalEvents],
    input.asOf,
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
