export { ToolResults, toolCount } from './ToolResults';
export type { ToolResultsProps } from './ToolResults';
export { ToolGrid } from './ToolGrid';
export type { ToolGridProps } from './ToolGrid';
