export {
  RecommendedTools,
  RecommendedToolsView,
  useNoRecommendationMessage,
} from './RecommendedTools';
export type {
  RecommendedToolsProps,
  RecommendedToolsViewProps,
} from './RecommendedTools';
export { recommendationReason } from './recommendationReason';
