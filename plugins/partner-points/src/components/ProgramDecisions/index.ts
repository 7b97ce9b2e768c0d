export { ProgramDecisionsCard } from './ProgramDecisionsCard';
export type { ProgramDecisionsCardProps } from './ProgramDecisionsCard';
export { StandingDecisions } from './StandingDecisions';
export { adjustmentSentence, exemptionSentence } from './decisionText';
