export { StandingHeadline } from './StandingHeadline';
export type { StandingHeadlineProps } from './StandingHeadline';
