/**
 * The Solutions Hub backend: tool search over the catalog's Tool entities,
 * favourites, ratings, launches and usage.
 *
 * @packageDocumentation
 */
export { solutionsHubPlugin as default } from './plugin';
export { HubStore } from './database/HubStore';
export type {
  FavoriteRow,
  LaunchInput,
  LaunchPeriod,
  LaunchTotals,
  RatingAggregate,
  RatingRow,
  VerificationRow,
  WeeklyLaunches,
} from './database/HubStore';
export { ToolSearchIndex } from './search/ToolSearchIndex';
export * from './search/types';
export { ToolCatalogSync } from './catalog/ToolCatalogSync';
export type { ToolSyncResult } from './catalog/ToolCatalogSync';
export { toIndexedTool } from './catalog/toIndexedTool';
export { HubService } from './service/HubService';
export type {
  FavoriteTool,
  Page,
  ToolIndexSource,
  ToolVerification,
} from './service/HubService';
export type {
  ToolLock,
  ToolLockContext,
  ToolUnlockCondition,
} from './service/toolLocks';
export type { LaunchTarget } from './service/launchTarget';
export type { PublicRating, RatingSummary } from './service/ratings';
export type { ToolUsage, UsageReport, UsageTrend } from './service/usage';
