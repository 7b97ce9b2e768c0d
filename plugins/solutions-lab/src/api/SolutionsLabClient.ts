import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AddNoteBody,
  AssignmentBody,
  DecisionBody,
  EngagementDetail,
  EngagementListQuery,
  EngagementNote,
  EngagementPage,
  FunnelQuery,
  LabFunnel,
  LabPlaybookList,
  ProgramSummaryResponse,
  RequestEngagementBody,
  SetChecklistItemBody,
} from '@partner-studio/plugin-partner-studio-common';
import type { SolutionsLabApi } from './SolutionsLabApi';

type QueryValue = string | number | readonly string[] | undefined;

/** `?status=active&status=on-hold&limit=20`: arrays repeat the parameter. */
function queryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(name, item);
    } else {
      params.set(name, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function engagementPath(engagementId: string): string {
  return `/engagements/${encodeURIComponent(engagementId)}`;
}

/** The backends the client talks to. */
type PluginId = 'solutions-lab' | 'partner-points';

/**
 * HTTP client for the Solutions Lab backend (`/api/solutions-lab`), with
 * the caller's token (through `fetchApi`).
 *
 * @public
 */
export class SolutionsLabClient implements SolutionsLabApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  listPlaybooks(): Promise<LabPlaybookList> {
    return this.request('/playbooks');
  }

  listEngagements(query?: EngagementListQuery): Promise<EngagementPage> {
    return this.request(`/engagements${queryString(query)}`);
  }

  requestEngagement(body: RequestEngagementBody): Promise<EngagementDetail> {
    return this.request('/engagements', { method: 'POST', body });
  }

  getEngagement(engagementId: string): Promise<EngagementDetail> {
    return this.request(engagementPath(engagementId));
  }

  setChecklistItem(
    engagementId: string,
    itemId: string,
    body: SetChecklistItemBody,
  ): Promise<EngagementDetail> {
    return this.request(
      `${engagementPath(engagementId)}/checklist/${encodeURIComponent(itemId)}`,
      { method: 'POST', body },
    );
  }

  decide(engagementId: string, body: DecisionBody): Promise<EngagementDetail> {
    return this.request(`${engagementPath(engagementId)}/decisions`, {
      method: 'POST',
      body,
    });
  }

  addNote(engagementId: string, body: AddNoteBody): Promise<EngagementNote> {
    return this.request(`${engagementPath(engagementId)}/notes`, {
      method: 'POST',
      body,
    });
  }

  assign(
    engagementId: string,
    body: AssignmentBody,
  ): Promise<EngagementDetail> {
    return this.request(`${engagementPath(engagementId)}/assignment`, {
      method: 'PUT',
      body,
    });
  }

  getFunnel(query: FunnelQuery): Promise<LabFunnel> {
    return this.request(`/analytics/funnel${queryString(query)}`);
  }

  getProgram(): Promise<ProgramSummaryResponse> {
    return this.request('/program', { pluginId: 'partner-points' });
  }

  private async request<T>(
    path: string,
    options: {
      method?: 'GET' | 'POST' | 'PUT';
      body?: object;
      pluginId?: PluginId;
    } = {},
  ): Promise<T> {
    const { method = 'GET', body, pluginId = 'solutions-lab' } = options;
    const baseUrl = await this.discoveryApi.getBaseUrl(pluginId);
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
