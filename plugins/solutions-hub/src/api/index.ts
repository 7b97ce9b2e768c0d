export { solutionsHubApiRef } from './SolutionsHubApi';
export type {
  HubPageOptions,
  SolutionsHubApi,
  ToolName,
  WorkspaceArchiveContent,
} from './SolutionsHubApi';
export { SolutionsHubClient } from './SolutionsHubClient';
