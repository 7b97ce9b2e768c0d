export { ActiveFilters } from './ActiveFilters';
export type { ActiveFiltersProps } from './ActiveFilters';
