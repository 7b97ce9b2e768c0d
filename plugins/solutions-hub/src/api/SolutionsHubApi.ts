import { createApiRef } from '@backstage/core-plugin-api';
import type {
  FavoritesPage,
  ProgramSummaryResponse,
  ToolDetail,
  ToolLaunchResponse,
  ToolRatingRequest,
  ToolRatingResponse,
  ToolRatingsPage,
  ToolRecommendations,
  ToolSearchPage,
  ToolSearchParameters,
  ToolUsageReport,
  ToolVerification,
  WorkspaceArchive,
} from '@partner-studio/plugin-partner-studio-common';

/**
 * A tool, by its entity ref's namespace and name (`tool:default/compute-sdk-go`
 * is `{ namespace: 'default', name: 'compute-sdk-go' }`). A `ToolSummary`
 * is one.
 *
 * @public
 */
export interface ToolName {
  namespace: string;
  name: string;
}

/**
 * Paging of list endpoints: `cursor` is the `nextCursor` of the previous page.
 *
 * @public
 */
export interface HubPageOptions {
  cursor?: string;
  limit?: number;
}

/**
 * A downloaded workspace archive.
 *
 * @public
 */
export interface WorkspaceArchiveContent {
  /** The name the server gives the file (`Content-Disposition`). */
  fileName: string;
  content: Blob;
}

/**
 * The Solutions Hub backend (`/api/solutions-hub`), the workspace downloads
 * of its scaffolder module (`/api/scaffolder/partner-studio/archives`) and
 * the program definition (`/api/partner-points/program`, for the names of
 * tiers and business models), as the frontend sees them. Every method rejects
 * with a `ResponseError` when the backend answers with an error; "missing"
 * and "not yours" are the same 404.
 *
 * @public
 */
export interface SolutionsHubApi {
  /** `GET /tools`: one page of a ranked, faceted search. */
  searchTools(query: ToolSearchParameters): Promise<ToolSearchPage>;
  /** `GET /tools/{namespace}/{name}`. */
  getTool(tool: ToolName): Promise<ToolDetail>;
  /**
   * `POST /tools/{namespace}/{name}/launches`: records a launch and answers
   * where to go. A tool locked for the caller is a 403 saying what unlocks it.
   */
  launchTool(tool: ToolName): Promise<ToolLaunchResponse>;
  /** `PUT /tools/{namespace}/{name}/favorite`. */
  addFavorite(tool: ToolName): Promise<void>;
  /** `DELETE /tools/{namespace}/{name}/favorite`. */
  removeFavorite(tool: ToolName): Promise<void>;
  /** `GET /favorites`: the caller's favourites, the most recently added first. */
  listFavorites(options?: HubPageOptions): Promise<FavoritesPage>;
  /** `GET /recommendations`: tools for the caller's Lab stages and standing. */
  getRecommendations(options?: {
    limit?: number;
  }): Promise<ToolRecommendations>;
  /** `GET /tools/{namespace}/{name}/ratings`. */
  listRatings(
    tool: ToolName,
    options?: HubPageOptions,
  ): Promise<ToolRatingsPage>;
  /** `PUT /tools/{namespace}/{name}/rating`: the caller's rating, created or replaced. */
  rateTool(
    tool: ToolName,
    rating: ToolRatingRequest,
  ): Promise<ToolRatingResponse>;
  /** `DELETE /tools/{namespace}/{name}/rating`. */
  removeRating(tool: ToolName): Promise<void>;
  /** `PUT /tools/{namespace}/{name}/verification` (vendor experts, program admins). */
  verifyTool(
    tool: ToolName,
    options?: { note?: string },
  ): Promise<ToolVerification>;
  /** `DELETE /tools/{namespace}/{name}/verification` (vendor experts, program admins). */
  unverifyTool(tool: ToolName): Promise<void>;
  /** `GET /usage` (vendor experts, program admins). */
  getUsage(options?: {
    weeks?: number;
    tools?: string[];
  }): Promise<ToolUsageReport>;
  /** `GET /api/scaffolder/partner-studio/archives/{taskId}`. */
  getWorkspaceArchive(taskId: string): Promise<WorkspaceArchive>;
  /** `GET /api/scaffolder/partner-studio/archives/{taskId}/content`, with the user's token. */
  downloadWorkspaceArchive(taskId: string): Promise<WorkspaceArchiveContent>;
  /** `GET /api/partner-points/program`: tiers, business models, plays and courses with their names. */
  getProgram(): Promise<ProgramSummaryResponse>;
}

/**
 * Utility API reference for the {@link SolutionsHubApi}.
 *
 * @public
 */
export const solutionsHubApiRef = createApiRef<SolutionsHubApi>({
  id: 'plugin.solutions-hub.service',
});
