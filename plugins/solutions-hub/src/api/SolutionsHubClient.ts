import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  createPluginRequest,
  type PluginRequest,
  type PluginRequestOptions,
  queryString,
} from '@partner-studio/plugin-partner-studio-react';
import type {
  HubFavoritesPage,
  ProgramSummaryResponse,
  HubToolDetail,
  HubLaunchResponse,
  HubRatingRequest,
  HubRatingsPage,
  HubRecommendations,
  HubToolSearchPage,
  HubToolSearchQuery,
  HubUsageReport,
  HubVerification,
} from '@partner-studio/plugin-partner-studio-common';
import type { ToolRatingResponse, WorkspaceArchive } from './contractTypes';
import type {
  HubPageOptions,
  SolutionsHubApi,
  ToolName,
  WorkspaceArchiveContent,
} from './SolutionsHubApi';

/** The backends this client talks to, by plugin id. */
type BackendPluginId = 'solutions-hub' | 'scaffolder' | 'partner-points';

/** A request to one of those plugins (default: the Hub). */
interface RequestOptions<T> extends PluginRequestOptions<T> {
  pluginId?: BackendPluginId;
}

function toolPath(tool: ToolName): string {
  return `/tools/${encodeURIComponent(tool.namespace)}/${encodeURIComponent(
    tool.name,
  )}`;
}

function archivePath(taskId: string): string {
  return `/partner-studio/archives/${encodeURIComponent(taskId)}`;
}

/**
 * The file name of an attachment: RFC 6266's `filename*` (UTF-8) when
 * given, else `filename`.
 */
export function attachmentFileName(
  contentDisposition: string | null,
): string | undefined {
  if (!contentDisposition) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(
    contentDisposition,
  );
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name || undefined;
}

const noContent = async (): Promise<void> => undefined;

/**
 * HTTP client for the Solutions Hub backend (`/api/solutions-hub`), the
 * workspace downloads of the scaffolder module and the program's names in
 * partner points, with the user's token (the fetch API).
 *
 * @public
 */
export class SolutionsHubClient implements SolutionsHubApi {
  readonly #request: PluginRequest;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#request = createPluginRequest(options);
  }

  searchTools(query: HubToolSearchQuery): Promise<HubToolSearchPage> {
    return this.request(`/tools${queryString({ ...query })}`);
  }

  getTool(tool: ToolName): Promise<HubToolDetail> {
    return this.request(toolPath(tool));
  }

  launchTool(tool: ToolName): Promise<HubLaunchResponse> {
    return this.request(`${toolPath(tool)}/launches`, { method: 'POST' });
  }

  addFavorite(tool: ToolName): Promise<void> {
    return this.request(`${toolPath(tool)}/favorite`, {
      method: 'PUT',
      read: noContent,
    });
  }

  removeFavorite(tool: ToolName): Promise<void> {
    return this.request(`${toolPath(tool)}/favorite`, {
      method: 'DELETE',
      read: noContent,
    });
  }

  listFavorites(options: HubPageOptions = {}): Promise<HubFavoritesPage> {
    return this.request(`/favorites${queryString({ ...options })}`);
  }

  getRecommendations(
    options: { limit?: number } = {},
  ): Promise<HubRecommendations> {
    return this.request(`/recommendations${queryString({ ...options })}`);
  }

  listRatings(
    tool: ToolName,
    options: HubPageOptions = {},
  ): Promise<HubRatingsPage> {
    return this.request(
      `${toolPath(tool)}/ratings${queryString({ ...options })}`,
    );
  }

  rateTool(
    tool: ToolName,
    rating: HubRatingRequest,
  ): Promise<ToolRatingResponse> {
    return this.request(`${toolPath(tool)}/rating`, {
      method: 'PUT',
      body: rating,
    });
  }

  removeRating(tool: ToolName): Promise<void> {
    return this.request(`${toolPath(tool)}/rating`, {
      method: 'DELETE',
      read: noContent,
    });
  }

  verifyTool(
    tool: ToolName,
    options: { note?: string } = {},
  ): Promise<HubVerification> {
    return this.request(`${toolPath(tool)}/verification`, {
      method: 'PUT',
      body: options.note ? { note: options.note } : {},
    });
  }

  unverifyTool(tool: ToolName): Promise<void> {
    return this.request(`${toolPath(tool)}/verification`, {
      method: 'DELETE',
      read: noContent,
    });
  }

  getUsage(
    options: { weeks?: number; tools?: string[] } = {},
  ): Promise<HubUsageReport> {
    return this.request(
      `/usage${queryString({ weeks: options.weeks, tool: options.tools })}`,
    );
  }

  getWorkspaceArchive(taskId: string): Promise<WorkspaceArchive> {
    return this.request(archivePath(taskId), { pluginId: 'scaffolder' });
  }

  downloadWorkspaceArchive(taskId: string): Promise<WorkspaceArchiveContent> {
    return this.request(`${archivePath(taskId)}/content`, {
      pluginId: 'scaffolder',
      read: async response => ({
        fileName: attachmentFileName(
          response.headers.get('Content-Disposition'),
        ),
        content: await response.blob(),
      }),
    });
  }

  getProgram(): Promise<ProgramSummaryResponse> {
    return this.request('/program', { pluginId: 'partner-points' });
  }

  private request<T>(
    path: string,
    { pluginId = 'solutions-hub', ...options }: RequestOptions<T> = {},
  ): Promise<T> {
    return this.#request<T>(pluginId, path, options);
  }
}
