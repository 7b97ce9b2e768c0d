export { FacetFilters, FACET_LABELS, useFacetValueLabel } from './FacetFilters';
export type { FacetFiltersProps } from './FacetFilters';
