export { ExpertQueue } from './ExpertQueue';
export type { ExpertQueueProps } from './ExpertQueue';
