export { useStanding, useStandingHistory, useProgram } from './useStanding';
export {
  useStandingSignal,
  isStandingChangedSignal,
} from './useStandingSignal';
