/**
 * The Solutions Hub: the self-service catalog of development tooling for
 * partner developers — search with facets, favourites, recommendations for
 * the partner's Lab stage, locked tools with what unlocks them, tool pages
 * with launch and ratings, template downloads, and the usage report.
 *
 * This entry point serves the legacy frontend system; the new frontend
 * system's plugin is the default export of `./alpha`.
 *
 * @packageDocumentation
 */
export {
  solutionsHubPlugin,
  SolutionsHubPage,
  SolutionsHubRecommendedCard,
} from './plugin';
export { solutionsHubApiRef, SolutionsHubClient } from './api';
export type {
  HubPageOptions,
  SolutionsHubApi,
  ToolName,
  WorkspaceArchiveContent,
} from './api';
export {
  rootRouteRef,
  toolRouteRef,
  playRouteRef,
  courseRouteRef,
  downloadRouteRef,
  usageRouteRef,
  programStandingRouteRef,
  labRouteRef,
  labPlaybookRouteRef,
  scaffolderTemplateRouteRef,
  scaffolderTaskRouteRef,
} from './routes';
