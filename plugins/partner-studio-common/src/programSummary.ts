import type { Program } from '@partner-studio/scoring';
import type {
  MetricContributionsResponse,
  StandingSnapshot,
} from './partnerPoints';

/**
 * `GET /api/partner-points/program`: the program definition in force today —
 * tiers (thresholds, requirements, benefits), business models, pillars and
 * metrics (windows, targets, points), next-best actions, GTM plays, Ignite
 * courses and specializations. Exactly the scoring package's `Program`.
 */
export type ProgramSummaryResponse = Program;

/**
 * `GET /partners/{namespace}/{name}/history` with paging: the snapshots of one page,
 * oldest first, and a cursor for the page of older snapshots (absent on the
 * last page). A superset of `StandingHistoryResponse`.
 */
export interface StandingHistoryPage {
  items: StandingSnapshot[];
  nextCursor?: string;
}

/**
 * `GET /partners/{namespace}/{name}/metrics/{metricId}/contributions` with paging. A
 * superset of `MetricContributionsResponse`: `items` are sorted by
 * points (highest first), then event id.
 */
export interface MetricContributionsPage extends MetricContributionsResponse {
  nextCursor?: string;
}
