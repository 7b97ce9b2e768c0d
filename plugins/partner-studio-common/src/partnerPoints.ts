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

/** Signal channel on which standing changes are published to a partner's members. */
export const PARTNER_POINTS_SIGNAL_CHANNEL = 'partner-points:standing';

/** The message published on {@link PARTNER_POINTS_SIGNAL_CHANNEL}. */
export interface StandingChangedSignal {
  /** The partner's group entity ref. */
  partnerRef: string;
  totalPoints: number;
  tier: TierId;
}
