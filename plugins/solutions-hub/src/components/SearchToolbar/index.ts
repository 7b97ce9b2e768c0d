export { SearchToolbar, SEARCH_DEBOUNCE_MS } from './SearchToolbar';
export type { SearchToolbarProps } from './SearchToolbar';
