export { RecommendedToolsCard } from './RecommendedToolsCard';
