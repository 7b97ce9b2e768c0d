export { ErrorState } from './ErrorState';
export type { ErrorStateProps } from './ErrorState';
export { errorReason, hasStatus } from './errors';
