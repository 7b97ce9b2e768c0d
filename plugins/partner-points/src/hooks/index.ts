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
export {
  useDecisions,
  useCohort,
  useDecisionPermissions,
  useCanReadOverview,
  useAnyStandingSignal,
  useOverview,
  useOverviewPartnerLoader,
} from './useProgramOperations';
