import { parseEntityRef } from '@backstage/catalog-model';
import {
  createPluginRequest,
  type PluginRequest,
  type PluginRequestOptions,
  queryString,
} from '@partner-studio/plugin-partner-studio-react';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
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
  RevokeRequest,
  PartnerListPage,
  PartnerStandingResponse,
  ProgramSummaryResponse,
  SimulateRequest,
  SimulateResponse,
  StandingHistoryPage,
} from '@partner-studio/plugin-partner-studio-common';
import {
  OverviewFilters,
  PageOptions,
  PartnerPointsApi,
} from './PartnerPointsApi';

function pageQuery(options?: PageOptions) {
  return { limit: options?.limit, cursor: options?.cursor };
}

/**
 * `group:default/northwind-cloud` → `/partners/default/northwind-cloud`: the
 * path of a partner's resources.
 */
function partnerPath(partnerRef: string): string {
  const { namespace, name } = parseEntityRef(partnerRef, {
    defaultKind: 'group',
  });
  return `/partners/${encodeURIComponent(namespace)}/${encodeURIComponent(
    name,
  )}`;
}

/**
 * HTTP client for the partner points backend (`/api/partner-points`).
 *
 * @public
 */
export class PartnerPointsClient implements PartnerPointsApi {
  readonly #request: PluginRequest;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#request = createPluginRequest(options);
  }

  getMyStanding(): Promise<PartnerStandingResponse> {
    return this.request('/standing');
  }

  getStanding(partnerRef: string): Promise<PartnerStandingResponse> {
    return this.request(`${partnerPath(partnerRef)}/standing`);
  }

  getHistory(
    partnerRef: string,
    options?: PageOptions,
  ): Promise<StandingHistoryPage> {
    return this.request(
      `${partnerPath(partnerRef)}/history${queryString(pageQuery(options))}`,
    );
  }

  getMetricContributions(
    partnerRef: string,
    metricId: string,
    options?: PageOptions,
  ): Promise<MetricContributionsPage> {
    return this.request(
      `${partnerPath(partnerRef)}/metrics/${encodeURIComponent(
        metricId,
      )}/contributions${queryString(pageQuery(options))}`,
    );
  }

  simulate(
    partnerRef: string,
    events: SimulateRequest['events'],
  ): Promise<SimulateResponse> {
    const body: SimulateRequest = { events };
    return this.request(`${partnerPath(partnerRef)}/simulate`, {
      method: 'POST',
      body,
    });
  }

  getProgram(): Promise<ProgramSummaryResponse> {
    return this.request('/program');
  }

  listPartners(options?: PageOptions): Promise<PartnerListPage> {
    return this.request(`/partners${queryString(pageQuery(options))}`);
  }

  listAdjustments(
    partnerRef: string,
    options?: PageOptions,
  ): Promise<AdjustmentPage> {
    return this.request(
      `${partnerPath(partnerRef)}/adjustments${queryString(
        pageQuery(options),
      )}`,
    );
  }

  grantAdjustment(
    partnerRef: string,
    request: GrantAdjustmentRequest,
  ): Promise<PartnerAdjustment> {
    return this.request(`${partnerPath(partnerRef)}/adjustments`, {
      method: 'POST',
      body: request,
    });
  }

  revokeAdjustment(
    partnerRef: string,
    adjustmentId: string,
    reason: string,
  ): Promise<PartnerAdjustment> {
    const body: RevokeRequest = { reason };
    return this.request(
      `${partnerPath(partnerRef)}/adjustments/${encodeURIComponent(
        adjustmentId,
      )}/revoke`,
      { method: 'POST', body },
    );
  }

  listExemptions(
    partnerRef: string,
    options?: PageOptions,
  ): Promise<ExemptionPage> {
    return this.request(
      `${partnerPath(partnerRef)}/exemptions${queryString(pageQuery(options))}`,
    );
  }

  grantExemption(
    partnerRef: string,
    request: GrantExemptionRequest,
  ): Promise<PartnerExemption> {
    return this.request(`${partnerPath(partnerRef)}/exemptions`, {
      method: 'POST',
      body: request,
    });
  }

  revokeExemption(
    partnerRef: string,
    exemptionId: string,
    reason: string,
  ): Promise<PartnerExemption> {
    const body: RevokeRequest = { reason };
    return this.request(
      `${partnerPath(partnerRef)}/exemptions/${encodeURIComponent(
        exemptionId,
      )}/revoke`,
      { method: 'POST', body },
    );
  }

  getCohort(partnerRef: string): Promise<CohortBenchmark> {
    return this.request(`${partnerPath(partnerRef)}/cohort`);
  }

  getOverview(filters?: OverviewFilters): Promise<ProgramOverview> {
    return this.request(`/overview${queryString(filters)}`);
  }

  listOverviewPartners(
    filters?: OverviewFilters & Pick<OverviewQuery, 'segment'>,
    options?: PageOptions,
  ): Promise<OverviewPartnerPage> {
    return this.request(
      `/overview/partners${queryString({
        businessModel: filters?.businessModel,
        tier: filters?.tier,
        segment: filters?.segment,
        ...pageQuery(options),
      })}`,
    );
  }

  private request<T>(
    path: string,
    options?: PluginRequestOptions<T>,
  ): Promise<T> {
    return this.#request<T>('partner-points', path, options);
  }
}
