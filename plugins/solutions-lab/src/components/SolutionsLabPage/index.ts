export { SolutionsLabPage } from './SolutionsLabPage';
export type { SolutionsLabPageProps } from './SolutionsLabPage';
