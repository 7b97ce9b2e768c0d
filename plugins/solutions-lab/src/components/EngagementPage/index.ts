export { EngagementPage } from './EngagementPage';
