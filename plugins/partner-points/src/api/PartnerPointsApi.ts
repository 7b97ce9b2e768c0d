import { createApiRef } from '@backstage/core-plugin-api';
import {
  MetricContributionsPage,
  PartnerListPage,
  PartnerStandingResponse,
  ProgramSummaryResponse,
  SimulateRequest,
  SimulateResponse,
  StandingHistoryPage,
} from '@partner-studio/plugin-partner-studio-common';

/**
 * Paging of list endpoints: `cursor` is the `nextCursor` of the previous page.
 *
 * @public
 */
export interface PageOptions {
  cursor?: string;
  limit?: number;
}

/**
 * The partner points backend, as the frontend sees it. Partners are named by
 * their group's entity ref, e.g. `group:default/northwind-cloud`.
 *
 * @public
 */
export interface PartnerPointsApi {
  /**
   * The standing of the caller's own partner. Rejects with a `ResponseError`
   * with status 404 when the caller belongs to no partner organisation.
   */
  getMyStanding(): Promise<PartnerStandingResponse>;
  /**
   * The standing of a given partner (the caller's own, or any for program
   * admins). 404 alike for a partner that does not exist and one the caller
   * may not see.
   */
  getStanding(partnerRef: string): Promise<PartnerStandingResponse>;
  /**
   * Snapshots of a partner's standing: the most recent page, oldest first;
   * `nextCursor` leads to older snapshots.
   */
  getHistory(
    partnerRef: string,
    options?: PageOptions,
  ): Promise<StandingHistoryPage>;
  /** The events that produced a metric's points, highest points first. */
  getMetricContributions(
    partnerRef: string,
    metricId: string,
    options?: PageOptions,
  ): Promise<MetricContributionsPage>;
  /** Projects the standing as if the given events had happened; stores nothing. */
  simulate(
    partnerRef: string,
    events: SimulateRequest['events'],
  ): Promise<SimulateResponse>;
  /** The program: tiers with thresholds and benefits, plays, Ignite courses. */
  getProgram(): Promise<ProgramSummaryResponse>;
  /**
   * One page of the partners the caller may read, sorted by title: every
   * partner for program admins, the caller's own for a partner's members,
   * none for anybody else.
   */
  listPartners(options?: PageOptions): Promise<PartnerListPage>;
}

/**
 * Utility API reference for the {@link PartnerPointsApi}.
 *
 * @public
 */
export const partnerPointsApiRef = createApiRef<PartnerPointsApi>({
  id: 'plugin.partner-points.service',
});
