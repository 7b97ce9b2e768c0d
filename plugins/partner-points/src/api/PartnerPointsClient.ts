import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
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

/** `?name=value&…` of the parameters that are set; empty when none is. */
function query(
  parameters?: Record<string, string | number | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters ?? {})) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function pageQuery(options?: PageOptions) {
  return { limit: options?.limit, cursor: options?.cursor };
}

function postJson(body: unknown): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
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
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
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
      `${partnerPath(partnerRef)}/history${query(pageQuery(options))}`,
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
      )}/contributions${query(pageQuery(options))}`,
    );
  }

  simulate(
    partnerRef: string,
    events: SimulateRequest['events'],
  ): Promise<SimulateResponse> {
    const body: SimulateRequest = { events };
    return this.request(`${partnerPath(partnerRef)}/simulate`, postJson(body));
  }

  getProgram(): Promise<ProgramSummaryResponse> {
    return this.request('/program');
  }

  listPartners(options?: PageOptions): Promise<PartnerListPage> {
    return this.request(`/partners${query(pageQuery(options))}`);
  }

  listAdjustments(
    partnerRef: string,
    options?: PageOptions,
  ): Promise<AdjustmentPage> {
    return this.request(
      `${partnerPath(partnerRef)}/adjustments${query(pageQuery(options))}`,
    );
  }

  grantAdjustment(
    partnerRef: string,
    request: GrantAdjustmentRequest,
  ): Promise<PartnerAdjustment> {
    return this.request(
      `${partnerPath(partnerRef)}/adjustments`,
      postJson(request),
    );
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
      postJson(body),
    );
  }

  listExemptions(
    partnerRef: string,
    options?: PageOptions,
  ): Promise<ExemptionPage> {
    return this.request(
      `${partnerPath(partnerRef)}/exemptions${query(pageQuery(options))}`,
    );
  }

  grantExemption(
    partnerRef: string,
    request: GrantExemptionRequest,
  ): Promise<PartnerExemption> {
    return this.request(
      `${partnerPath(partnerRef)}/exemptions`,
      postJson(request),
    );
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
      postJson(body),
    );
  }

  getCohort(partnerRef: string): Promise<CohortBenchmark> {
    return this.request(`${partnerPath(partnerRef)}/cohort`);
  }

  getOverview(filters?: OverviewFilters): Promise<ProgramOverview> {
    return this.request(`/overview${query(filters)}`);
  }

  listOverviewPartners(
    filters?: OverviewFilters & Pick<OverviewQuery, 'segment'>,
    options?: PageOptions,
  ): Promise<OverviewPartnerPage> {
    return this.request(
      `/overview/partners${query({
        businessModel: filters?.businessModel,
        tier: filters?.tier,
        segment: filters?.segment,
        ...pageQuery(options),
      })}`,
    );
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('partner-points');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
