export {
  useStanding,
  useStandingHistory,
  useProgram,
  usePartnerListLoader,
} from './useStanding';
export {
  useStandingSignal,
  isStandingChangedSignal,
  sameEntityRef,
} from './useStandingSignal';
