import type { components, operations } from '../api/solutionsHub.generated';

/**
 * The HTTP contract of the Solutions Hub backend (`/api/solutions-hub`).
 * The types are generated from its OpenAPI document
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

/** A tool in a result list: its fields, lock, rating summary and favourite mark. */
export type HubToolSummary = Schemas['ToolSummary'];

/** `GET /tools/{namespace}/{name}`: a tool with its play or course details. */
export type HubToolDetail = Schemas['ToolDetail'];

/** `GET /tools`: one page of a search, with the facet counts. */
export type HubToolSearchPage = Schemas['ToolSearchPage'];

/** Query parameters of `GET /tools`. */
export type HubToolSearchQuery = NonNullable<
  operations['SearchTools']['parameters']['query']
>;

/** One facet value and its count. */
export type HubFacetCount = Schemas['FacetCount'];

/** Whether a tool is locked for the caller and what unlocks it. */
export type HubToolLock = Schemas['Lock'];

/** One condition a locked tool waits for. */
export type HubUnlockCondition = Schemas['UnlockCondition'];

/** What the answer knows of the caller from partner points and the Lab. */
export type HubSources = Schemas['Sources'];

/** Where launching a tool goes. */
export type HubLaunchTarget = Schemas['LaunchTarget'];

/** `POST /tools/{namespace}/{name}/launches`. */
export type HubLaunchResponse = Schemas['LaunchResponse'];

/** `GET /favorites`. */
export type HubFavoritesPage = Schemas['FavoritesPage'];

/** `GET /recommendations`. */
export type HubRecommendations = Schemas['Recommendations'];

/** A rating as others see it (never who rated, nor their partner). */
export type HubPublicRating = Schemas['PublicRating'];

/** Body of `PUT /tools/{namespace}/{name}/rating`. */
export type HubRatingRequest = Schemas['RatingRequest'];

/** `GET /tools/{namespace}/{name}/ratings`. */
export type HubRatingsPage = Schemas['RatingsPage'];

/** A tool's ratings in numbers. */
export type HubRatingSummary = Schemas['RatingSummary'];

/** An expert's "verified" mark. */
export type HubVerification = Schemas['Verification'];

/** `GET /usage`. */
export type HubUsageReport = Schemas['UsageReport'];

/** A sales play's enablement, incentive and the partner's progress. */
export type HubPlayDetail = Schemas['PlayDetail'];

/** An Ignite course and how many of the partner's people completed it. */
export type HubCourseDetail = Schemas['CourseDetail'];
