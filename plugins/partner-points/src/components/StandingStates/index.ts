export { StandingErrorState, hasStatus, errorReason } from './StandingStates';
export type { StandingErrorStateProps } from './StandingStates';
