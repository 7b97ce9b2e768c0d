import { createApiRef } from '@backstage/core-plugin-api';
import {
  AdjustmentPage,
  CohortBenchmark,
  ExemptionPage,
  GrantAdjustmentRequest,
  GrantExemptionRequest,
  MetricContributionsPage,
  OverviewPartnerPage,
  OverviewQuery,
  PartnerAdjustment,
  PartnerExemption,
  ProgramOverview,
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
  /**
   * One page of a partner's points adjustments, newest first, with their
   * status now. Readable by whoever may read the partner's standing; who
   * granted and revoked them only for callers who may grant them.
   */
  listAdjustments(
    partnerRef: string,
    options?: PageOptions,
  ): Promise<AdjustmentPage>;
  /**
   * Grants a points adjustment (program admins). Rejects with a
   * `ResponseError` (400 naming the bad field, 403) and records nothing.
   */
  grantAdjustment(
    partnerRef: string,
    request: GrantAdjustmentRequest,
  ): Promise<PartnerAdjustment>;
  /** Revokes an adjustment, with a reason; 409 when it no longer counts. */
  revokeAdjustment(
    partnerRef: string,
    adjustmentId: string,
    reason: string,
  ): Promise<PartnerAdjustment>;
  /** One page of a partner's exemptions, newest first, with their status now. */
  listExemptions(
    partnerRef: string,
    options?: PageOptions,
  ): Promise<ExemptionPage>;
  /** Grants an exemption (program admins); as {@link PartnerPointsApi.grantAdjustment}. */
  grantExemption(
    partnerRef: string,
    request: GrantExemptionRequest,
  ): Promise<PartnerExemption>;
  /** Revokes an exemption, with a reason; 409 when it no longer counts. */
  revokeExemption(
    partnerRef: string,
    exemptionId: string,
    reason: string,
  ): Promise<PartnerExemption>;
  /**
   * The partner's percentiles among the partners of its business model,
   * never another partner's name or figures; `available: false` when the
   * cohort is too small or the partner is not ranked yet.
   */
  getCohort(partnerRef: string): Promise<CohortBenchmark>;
  /**
   * The program overview (program admins; 403 for anybody else): tier
   * distribution, partners at risk and within reach, tier movement.
   */
  getOverview(query?: OverviewFilters): Promise<ProgramOverview>;
  /** One page of the overview's partners of a segment (all, at-risk, within-reach). */
  listOverviewPartners(
    query?: OverviewFilters & Pick<OverviewQuery, 'segment'>,
    options?: PageOptions,
  ): Promise<OverviewPartnerPage>;
}

/**
 * The filters of the program overview: a business model, a tier, and for
 * the overview itself how many quarters of movement.
 *
 * @public
 */
export type OverviewFilters = Pick<OverviewQuery, 'businessModel' | 'tier'> & {
  quarters?: number;
};

/**
 * Utility API reference for the {@link PartnerPointsApi}.
 *
 * @public
 */
export const partnerPointsApiRef = createApiRef<PartnerPointsApi>({
  id: 'plugin.partner-points.service',
});
