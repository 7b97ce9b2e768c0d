export { RecommendedTools } from './RecommendedTools';
export type { RecommendedToolsProps } from './RecommendedTools';
