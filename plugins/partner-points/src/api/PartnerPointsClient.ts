import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  MetricContributionsPage,
  PartnerListPage,
  PartnerStandingResponse,
  ProgramSummaryResponse,
  SimulateRequest,
  SimulateResponse,
  StandingHistoryPage,
} from '@partner-studio/plugin-partner-studio-common';
import { PageOptions, PartnerPointsApi } from './PartnerPointsApi';

function query(options?: PageOptions): string {
  const params = new URLSearchParams();
  if (options?.limit !== undefined) params.set('limit', String(options.limit));
  if (options?.cursor) params.set('cursor', options.cursor);
  const text = params.toString();
  return text ? `?${text}` : '';
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
    return this.request(`${partnerPath(partnerRef)}/history${query(options)}`);
  }

  getMetricContributions(
    partnerRef: string,
    metricId: string,
    options?: PageOptions,
  ): Promise<MetricContributionsPage> {
    return this.request(
      `${partnerPath(partnerRef)}/metrics/${encodeURIComponent(
        metricId,
      )}/contributions${query(options)}`,
    );
  }

  simulate(
    partnerRef: string,
    events: SimulateRequest['events'],
  ): Promise<SimulateResponse> {
    const body: SimulateRequest = { events };
    return this.request(`${partnerPath(partnerRef)}/simulate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  getProgram(): Promise<ProgramSummaryResponse> {
    return this.request('/program');
  }

  listPartners(options?: PageOptions): Promise<PartnerListPage> {
    return this.request(`/partners${query(options)}`);
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
