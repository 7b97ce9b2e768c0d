import type { components, operations } from '../api/solutionsHub.generated';

/**
 * The HTTP contract of the Solutions Hub backend (`/api/solutions-hub`) and
 * of the workspace downloads its scaffolder module serves. The types are
 * generated from the OpenAPI document
 * (`plugins/solutions-hub-backend/src/schema/openapi.yaml`), so the router,
 * the document and the frontend client share one definition. These are
 * names for the parts clients use.
 */
export type {
  components as SolutionsHubApiComponents,
  operations as SolutionsHubApiOperations,
  paths as SolutionsHubApiPaths,
} from '../api/solutionsHub.generated';

type Schemas = components['schemas'];

/** `GET /tools`: the query parameters. */
export type ToolSearchParameters = NonNullable<
  operations['SearchTools']['parameters']['query']
>;

/** A sort order of `GET /tools`. */
export type ToolSearchSort = NonNullable<ToolSearchParameters['sort']>;

/** `GET /tools`: one page of tools and the facet counts of the whole search. */
export type ToolSearchPage = Schemas['ToolSearchPage'];

/** A facet's value and how many tools choosing it would give. */
export type ToolFacetCount = Schemas['FacetCount'];

/** The facets of a tool search, by parameter name. */
export type ToolFacets = ToolSearchPage['facets'];

/** A tool as lists show it, with whether it is locked for the caller. */
export type ToolSummary = Schemas['ToolSummary'];

/** `GET /tools/{namespace}/{name}`: one tool, with ratings, verification, play or course. */
export type ToolDetail = Schemas['ToolDetail'];

/** Where a tool launches: a URL or a software template in the portal's scaffolder. */
export type ToolLaunch = Schemas['LaunchTarget'];

/** `POST /tools/{namespace}/{name}/launches`. */
export type ToolLaunchResponse = Schemas['LaunchResponse'];

/** Whether a tool is locked for the caller, and every condition that unlocks it. */
export type ToolLock = Schemas['Lock'];

/** One condition that unlocks a tool: a tier, or a Lab stage. */
export type ToolUnlockCondition = Schemas['UnlockCondition'];

/** Whether partner points (tier) and the Lab (stages) could be read. */
export type HubSources = Schemas['Sources'];

/** A tool's ratings: count, average, stars histogram. */
export type ToolRatingSummary = Schemas['RatingSummary'];

/** A rating, without who rated or their partner. */
export type ToolRating = Schemas['PublicRating'];

/** `GET /tools/{namespace}/{name}/ratings`: one page. */
export type ToolRatingsPage = Schemas['RatingsPage'];

/** Body of `PUT /tools/{namespace}/{name}/rating`. */
export type ToolRatingRequest = Schemas['RatingRequest'];

/** Response of `PUT /tools/{namespace}/{name}/rating`. */
export type ToolRatingResponse = Schemas['RatingResponse'];

/** An expert's "verified" mark on a tool. */
export type ToolVerification = Schemas['Verification'];

/** A sales play's enablement, incentives and the partner's progress. */
export type PlayDetail = Schemas['PlayDetail'];

/** An Ignite course and how many of the partner's people completed it. */
export type CourseDetail = Schemas['CourseDetail'];

/** `GET /favorites`: one page. */
export type FavoritesPage = Schemas['FavoritesPage'];

/** `GET /recommendations`. */
export type ToolRecommendations = Schemas['Recommendations'];

/** One recommended tool and why. */
export type ToolRecommendation = ToolRecommendations['items'][number];

/** `GET /usage`: launches per tool per week, distinct partners, trend. */
export type ToolUsageReport = Schemas['UsageReport'];

/** One tool of the usage report. */
export type ToolUsage = ToolUsageReport['tools'][number];

/** `GET /api/scaffolder/partner-studio/archives/{taskId}`. */
export type WorkspaceArchive = Schemas['WorkspaceArchive'];
