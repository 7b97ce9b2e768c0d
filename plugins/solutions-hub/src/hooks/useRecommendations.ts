import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { solutionsHubApiRef } from '../api';

/** `GET /recommendations`: tools for the caller's Lab stages and standing. */
export function useRecommendations(limit: number) {
  const api = useApi(solutionsHubApiRef);
  return useAsyncRetry(() => api.getRecommendations({ limit }), [api, limit]);
}
