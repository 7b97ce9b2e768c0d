export { ActionList } from './ActionList';
export type { ActionListItem, ActionListProps } from './ActionList';
