export { StageTracker } from './StageTracker';
export type { StageTrackerProps } from './StageTracker';
