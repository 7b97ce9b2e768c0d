export { CohortCard } from './CohortCard';
export type { CohortCardProps } from './CohortCard';
