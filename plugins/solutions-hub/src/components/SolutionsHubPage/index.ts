export { SolutionsHubPage } from './SolutionsHubPage';
export type { SolutionsHubPageProps } from './SolutionsHubPage';
