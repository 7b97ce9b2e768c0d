export { StandingSummary } from './StandingSummary';
export type { StandingSummaryProps } from './StandingSummary';
