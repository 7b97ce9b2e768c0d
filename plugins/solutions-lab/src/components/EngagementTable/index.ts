export { EngagementTable } from './EngagementTable';
export type { EngagementTableProps } from './EngagementTable';
