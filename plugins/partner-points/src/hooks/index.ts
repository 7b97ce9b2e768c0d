export {
  useStanding,
  useStandingHistory,
  useProgram,
  useReadablePartners,
} from './useStanding';
export {
  useStandingSignal,
  isStandingChangedSignal,
} from './useStandingSignal';
