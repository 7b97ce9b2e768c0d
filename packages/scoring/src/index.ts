/**
 * The partner program's rules engine: versioned program definitions, points,
 * tiers, explanations, next-best actions and forecasts. Pure TypeScript with
 * no I/O and no clock, shared by the widget, the backends and batch jobs.
 *
 * @packageDocumentation
 */

export {
  BUSINESS_MODEL_IDS,
  CUSTOMER_SUCCESS_OPTIONS,
  EVENT_TYPES,
  EVENT_TYPE_DOCS,
  IGNITE_TRACKS,
  PLAY_KINDS,
  REVERSAL_EVENT_TYPE,
  REVERSAL_REASONS,
  TIER_IDS,
} from './ids';
export type {
  BusinessModelId,
  EventField,
  EventType,
  EventTypeDoc,
  TierId,
} from './ids';
/** Milliseconds in a day: the one day-length constant of Partner Studio. */
export { DAY_MS } from './time';
export { EventValidationError, ProgramValidationError } from './issues';
export type { ValidationIssue } from './issues';
export { parseEvent, performanceEventSchema, safeParseEvent } from './events';
export type {
  EventAttributes,
  PerformanceEvent,
  SafeParseEventResult,
} from './events';
export { parseProgram } from './program/parseProgram';
export { defaultProgram, programInForce, programs } from './program/shipped';
export type * from './program/types';
export { createEvaluator, EXPIRY_HORIZON_DAYS } from './engine/evaluator';
export type { StandingEvaluator } from './engine/evaluator';
export { evaluateStanding, planNextTier, simulateStanding } from './evaluate';
export { describeExemptionTarget } from './engine/tiers';
export type {
  EvaluateStandingInput,
  PlanNextTierInput,
  SimulateStandingInput,
} from './evaluate';
export type * from './standing';
export {
  MAX_ADJUSTMENT_POINTS,
  exemptionSchema,
  pointsAdjustmentSchema,
} from './adjustments';
export type {
  Exemption,
  ExemptionTarget,
  PointsAdjustment,
} from './adjustments';
export {
  AMOUNT_UNITS_PER_USD,
  EVENT_LIMITS,
  QUANTITY_UNITS_PER_ONE,
} from './limits';
