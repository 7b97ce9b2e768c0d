/*
 * Compile-time check: the API's engine types (generated from the scoring
 * package's TypeScript into the OpenAPI document, then back into TypeScript)
 * are exactly the scoring package's. `yarn tsc` fails if they drift.
 */
import type {
  PerformanceEvent,
  Program,
  SimulationResult,
  Standing,
} from '@partner-studio/scoring';
import type { components } from './partnerPoints.generated';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Schemas = components['schemas'];

export const engineTypesMatchTheApi: [
  Same<Standing, Schemas['Standing']>,
  Same<Program, Schemas['Program']>,
  Same<SimulationResult, Schemas['SimulationResult']>,
  Same<PerformanceEvent, Schemas['PerformanceEvent']>,
] = [true, true, true, true];
