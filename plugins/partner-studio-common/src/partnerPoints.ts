import type { TierId } from '@partner-studio/scoring';
import type { components, operations } from './api/partnerPoints.generated';

/**
 * The HTTP contract of the partner points backend (`/api/partner-points`).
 * The types are generated from its OpenAPI document
 * (`plugins/partner-points-backend/src/schema/openapi.yaml`, whose engine
 * types are in turn generated from the scoring package), so the router, the
 * document and the frontend client share one definition. These are names
 * for the parts clients use.
 */
export type {
  components as PartnerPointsApiComponents,
  operations as PartnerPointsApiOperations,
  paths as PartnerPointsApiPaths,
} from './api/partnerPoints.generated';

type Schemas = components['schemas'];
type Json<
  T extends keyof operations,
  S extends number = 200,
> = operations[T]['responses'] extends Record<
  S,
  { content: { 'application/json': infer B } }
>
  ? B
  : never;

/** A partner organisation as the points API describes it. */
export type PartnerSummary = Schemas['PartnerSummary'];

/** `GET /standing` and `GET /partners/{namespace}/{name}/standing`. */
export type PartnerStandingResponse = Schemas['PartnerStandingResponse'];

/** `GET /progress` and `GET /partners/{namespace}/{name}/progress`. */
export type PartnerProgressResponse = Schemas['PartnerProgressResponse'];

/** One point of the standing's trend. */
export type StandingSnapshot = Schemas['StandingSnapshot'];

/** `GET /partners/{namespace}/{name}/history`: one page, oldest first. */
export type StandingHistoryPage = Json<'GetPartnerHistory'>;

/** `GET /partners/{namespace}/{name}/metrics/{metricId}/contributions`. */
export type MetricContributionsPage = Json<'GetMetricContributions'>;

/** `GET /partners`: one page of the partners the caller may read. */
export type PartnerListPage = Json<'ListPartners'>;

/** `GET /program`: the program definition in force today. */
export type ProgramSummaryResponse = Schemas['Program'];

/** Body of `POST /partners/{namespace}/{name}/simulate`. */
export type SimulateRequest =
  operations['SimulatePartnerStanding']['requestBody']['content']['application/json'];

/** Response of `POST /partners/{namespace}/{name}/simulate`. */
export type SimulateResponse = Schemas['SimulateResponse'];

/** Response of `POST /events` and `POST /events/import`. */
export type IngestEventsResponse = Schemas['IngestEventsResponse'];

/** Whether an adjustment or exemption counts now. */
export type DecisionStatus = Schemas['DecisionStatus'];

/** A points adjustment of a partner, with its status and revocation. */
export type PartnerAdjustment = Schemas['Adjustment'];

/** An exemption of a partner, with what it waives, its status and revocation. */
export type PartnerExemption = Schemas['Exemption'];

/** `GET /partners/{namespace}/{name}/adjustments`: one page, newest first. */
export type AdjustmentPage = Json<'ListAdjustments'>;

/** `GET /partners/{namespace}/{name}/exemptions`: one page, newest first. */
export type ExemptionPage = Json<'ListExemptions'>;

/** Body of `POST /partners/{namespace}/{name}/adjustments`. */
export type GrantAdjustmentRequest = Schemas['GrantAdjustmentRequest'];

/** Body of `POST /partners/{namespace}/{name}/exemptions`. */
export type GrantExemptionRequest = Schemas['GrantExemptionRequest'];

/** Body of `POST …/adjustments/{id}/revoke` and `…/exemptions/{id}/revoke`. */
export type RevokeRequest = Schemas['RevokeRequest'];

/** `GET /partners/{namespace}/{name}/cohort`: percentiles in the partner's cohort. */
export type CohortBenchmark = Schemas['CohortBenchmark'];

/** `GET /overview`: the program overview. */
export type ProgramOverview = Schemas['ProgramOverview'];

/** One partner of the program overview's lists. */
export type OverviewPartner = Schemas['OverviewPartner'];

/** `GET /overview/partners`: one page. */
export type OverviewPartnerPage = Json<'ListOverviewPartners'>;

/** The query of `GET /overview` and `GET /overview/partners`. */
export type OverviewQuery = NonNullable<
  operations['ListOverviewPartners']['parameters']['query']
>;

/** Which partners `GET /overview/partners` lists, and in which order. */
export type OverviewSegment = NonNullable<OverviewQuery['segment']>;

/** Signal channel on which standing changes are published to a partner's members. */
export const PARTNER_POINTS_SIGNAL_CHANNEL = 'partner-points:standing';

/** The message published on {@link PARTNER_POINTS_SIGNAL_CHANNEL}. */
export interface StandingChangedSignal {
  /** The partner's group entity ref. */
  partnerRef: string;
  totalPoints: number;
  tier: TierId;
}
