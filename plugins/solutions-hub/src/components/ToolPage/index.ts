export { ToolPage, useNoSuchToolMessage } from './ToolPage';
export { ToolView } from './ToolView';
export type { ToolViewProps } from './ToolView';
