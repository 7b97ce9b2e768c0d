export { ToolRatings } from './ToolRatings';
export type { ToolRatingsProps } from './ToolRatings';
