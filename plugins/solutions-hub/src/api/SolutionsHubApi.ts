import { createApiRef } from '@backstage/core-plugin-api';
import type {
  HubFavoritesPage,
  ProgramSummaryResponse,
  HubToolDetail,
  HubLaunchResponse,
  HubRatingRequest,
  HubRatingsPage,
  HubRecommendations,
  HubToolSearchPage,
  HubToolSearchQuery,
  HubUsageReport,
  HubVerification,
} from '@partner-studio/plugin-partner-studio-common';
import type { ToolRatingResponse, WorkspaceArchive } from './contractTypes';

/**
 * A tool, by its entity ref's namespace and name (`tool:default/compute-sdk-go`
 * is `{ namespace: 'default', name: 'compute-sdk-go' }`). A `HubToolSummary`
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
  /**
   * The name the server gives the file (`Content-Disposition`); undefined
   * when the header cannot be read (a backend on another origin that does
   * not expose it) — the archive's `fileName` is the same name.
   */
  fileName?: string;
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
  searchTools(query: HubToolSearchQuery): Promise<HubToolSearchPage>;
  /** `GET /tools/{namespace}/{name}`. */
  getTool(tool: ToolName): Promise<HubToolDetail>;
  /**
   * `POST /tools/{namespace}/{name}/launches`: records a launch and answers
   * where to go. A tool locked for the caller is a 403 saying what unlocks it.
   */
  launchTool(tool: ToolName): Promise<HubLaunchResponse>;
  /** `PUT /tools/{namespace}/{name}/favorite`. */
  addFavorite(tool: ToolName): Promise<void>;
  /** `DELETE /tools/{namespace}/{name}/favorite`. */
  removeFavorite(tool: ToolName): Promise<void>;
  /** `GET /favorites`: the caller's favourites, the most recently added first. */
  listFavorites(options?: HubPageOptions): Promise<HubFavoritesPage>;
  /** `GET /recommendations`: tools for the caller's Lab stages and standing. */
  getRecommendations(options?: { limit?: number }): Promise<HubRecommendations>;
  /** `GET /tools/{namespace}/{name}/ratings`. */
  listRatings(
    tool: ToolName,
    options?: HubPageOptions,
  ): Promise<HubRatingsPage>;
  /** `PUT /tools/{namespace}/{name}/rating`: the caller's rating, created or replaced. */
  rateTool(
    tool: ToolName,
    rating: HubRatingRequest,
  ): Promise<ToolRatingResponse>;
  /** `DELETE /tools/{namespace}/{name}/rating`. */
  removeRating(tool: ToolName): Promise<void>;
  /** `PUT /tools/{namespace}/{name}/verification` (vendor experts, program admins). */
  verifyTool(
    tool: ToolName,
    options?: { note?: string },
  ): Promise<HubVerification>;
  /** `DELETE /tools/{namespace}/{name}/verification` (vendor experts, program admins). */
  unverifyTool(tool: ToolName): Promise<void>;
  /** `GET /usage` (vendor experts, program admins). */
  getUsage(options?: {
    weeks?: number;
    tools?: string[];
  }): Promise<HubUsageReport>;
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
