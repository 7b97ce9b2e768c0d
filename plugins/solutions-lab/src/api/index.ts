export { solutionsLabApiRef } from './SolutionsLabApi';
export type { SolutionsLabApi } from './SolutionsLabApi';
export { SolutionsLabClient } from './SolutionsLabClient';
