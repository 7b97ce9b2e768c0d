export {
  StandingErrorState,
  NOT_A_MEMBER,
  standingErrorProps,
} from './StandingStates';
export type { StandingErrorStateProps } from './StandingStates';
