export { TierProgress } from './TierProgress';
export type { TierProgressProps, TierProgressTarget } from './TierProgress';
