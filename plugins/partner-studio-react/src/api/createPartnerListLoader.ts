import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import type { PartnerListPage } from '@partner-studio/plugin-partner-studio-common';
import type { PartnerPageLoader } from '../hooks';
import { createPluginRequest, queryString } from './pluginRequest';

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
  const { pluginId = 'partner-points' } = options;
  const request = createPluginRequest(options);
  return ({ cursor, limit }) =>
    request<PartnerListPage>(
      pluginId,
      `/partners${queryString({ limit, cursor })}`,
    );
}
