import type {
  HubRecommendations,
  HubToolSearchPage,
  HubToolSearchQuery,
  HubUsageReport,
  SolutionsHubApiComponents,
} from '@partner-studio/plugin-partner-studio-common';

/**
 * Parts of the Hub's HTTP contract the frontend names beyond the aliases in
 * `partner-studio-common`, all taken from the generated OpenAPI types.
 */

/** A sort order of `GET /tools`. */
export type ToolSearchSort = NonNullable<HubToolSearchQuery['sort']>;

/** The facets of a tool search, by parameter name. */
export type ToolFacets = HubToolSearchPage['facets'];

/** One recommended tool and why. */
export type ToolRecommendation = HubRecommendations['items'][number];

/** One tool of the usage report. */
export type ToolUsage = HubUsageReport['tools'][number];

/** Response of `PUT /tools/{namespace}/{name}/rating`. */
export type ToolRatingResponse =
  SolutionsHubApiComponents['schemas']['RatingResponse'];

/** `GET /api/scaffolder/partner-studio/archives/{taskId}`. */
export type WorkspaceArchive =
  SolutionsHubApiComponents['schemas']['WorkspaceArchive'];
