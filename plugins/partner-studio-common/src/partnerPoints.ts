import type {
  PerformanceEvent,
  SimulationResult,
  Standing,
  TierId,
} from '@partner-studio/scoring';

/**
 * HTTP contract of the partner points backend (`/api/partner-points`), shared
 * by the backend router and the frontend client.
 */

/**
 * A partner organisation as the points API describes it. Its identity is
 * `entityRef`: two partner groups may share a name in different namespaces.
 */
export interface PartnerSummary {
  /** The partner group's entity ref, e.g. `group:default/northwind-cloud`. */
  entityRef: string;
  /** Display name of the partner organisation. */
  title: string;
  businessModels: string[];
  admittedAt?: string;
  pinnacleInvited: boolean;
}

/** `GET /standing` and `GET /partners/{namespace}/{name}/standing`. */
export interface PartnerStandingResponse {
  partner: PartnerSummary;
  standing: Standing;
}

/** One point of the standing's trend. */
export interface StandingSnapshot {
  takenAt: string;
  totalPoints: number;
  tier: TierId;
  /** Why the snapshot was taken. */
  reason: 'scheduled' | 'tier-change';
}

/** `GET /partners/{namespace}/{name}/history`. */
export interface StandingHistoryResponse {
  items: StandingSnapshot[];
}

/** `GET /partners/{namespace}/{name}/metrics/{metricId}/contributions`. */
export interface MetricContributionsResponse {
  metricId: string;
  items: Array<{ event: PerformanceEvent; points: number }>;
}

/** Body of `POST /partners/{namespace}/{name}/simulate`. */
export interface SimulateRequest {
  events: unknown[];
}

/** Response of `POST /partners/{namespace}/{name}/simulate`. */
export type SimulateResponse = SimulationResult;

/** Body of `POST /events`. */
export interface IngestEventsRequest {
  events: unknown[];
}

/** Response of `POST /events` and `POST /events/import`. */
export interface IngestEventsResponse {
  /** Events newly written to the ledger. */
  accepted: number;
  /** Ids already in the ledger with the same content; nothing changed for them. */
  duplicates: string[];
  /** Partners whose standing changed. */
  partnersAffected: string[];
}

/** Signal channel on which standing changes are published to a partner's members. */
export const PARTNER_POINTS_SIGNAL_CHANNEL = 'partner-points:standing';

/** The message published on {@link PARTNER_POINTS_SIGNAL_CHANNEL}. */
export interface StandingChangedSignal {
  /** The partner group's entity ref, e.g. `group:default/northwind-cloud`. */
  partnerRef: string;
  totalPoints: number;
  tier: TierId;
}
