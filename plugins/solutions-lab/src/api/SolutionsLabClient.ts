import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  createPluginRequest,
  type PluginRequest,
  type PluginRequestOptions,
  queryString,
} from '@partner-studio/plugin-partner-studio-react';
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
  readonly #request: PluginRequest;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#request = createPluginRequest(options);
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

  private request<T>(
    path: string,
    {
      pluginId = 'solutions-lab',
      ...options
    }: PluginRequestOptions<T> & { pluginId?: PluginId } = {},
  ): Promise<T> {
    return this.#request<T>(pluginId, path, options);
  }
}
