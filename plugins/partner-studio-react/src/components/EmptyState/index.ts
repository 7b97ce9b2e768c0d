export { EmptyState } from './EmptyState';
export type { EmptyStateProps, StateMessage } from './EmptyState';
