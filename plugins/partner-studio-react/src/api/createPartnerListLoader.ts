import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { PartnerListPage } from '@partner-studio/plugin-partner-studio-common';
import type { PartnerPageLoader } from '../hooks';

/**
 * Options of {@link createPartnerListLoader}.
 *
 * @public
 */
export interface PartnerListLoaderOptions {
  discoveryApi: DiscoveryApi;
  fetchApi: FetchApi;
  /**
   * The backend plugin whose `GET /partners` lists the partners the caller
   * may read in it; default `partner-points`.
   */
  pluginId?: string;
}

/**
 * A {@link PartnerPageLoader} over `GET /api/<pluginId>/partners?limit=&cursor=`
 * with the signed-in user's token. Create it once (e.g. in `useMemo`), as the
 * picker starts over whenever its loader changes.
 *
 * @public
 */
export function createPartnerListLoader(
  options: PartnerListLoaderOptions,
): PartnerPageLoader {
  const { discoveryApi, fetchApi, pluginId = 'partner-points' } = options;
  return async ({ cursor, limit }) => {
    const params = new URLSearchParams();
    if (limit !== undefined) params.set('limit', String(limit));
    if (cursor) params.set('cursor', cursor);
    const query = params.toString();
    const baseUrl = await discoveryApi.getBaseUrl(pluginId);
    const response = await fetchApi.fetch(
      `${baseUrl}/partners${query ? `?${query}` : ''}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as PartnerListPage;
  };
}
