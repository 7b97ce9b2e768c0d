import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { solutionsLabApiRef } from '../api';
import { useEngagementSignal } from './useEngagementSignal';

/** The playbooks of the installation (they change with a redeploy only). */
export function usePlaybooks() {
  const api = useApi(solutionsLabApiRef);
  return useAsync(() => api.listPlaybooks(), [api]);
}

/** The partner program in force, from partner points. */
export function useProgram() {
  const api = useApi(solutionsLabApiRef);
  return useAsync(() => api.getProgram(), [api]);
}

/**
 * One engagement, reloaded whenever a change of it is signalled (or on each
 * poll without signals). While reloading, the previous value stays.
 */
export function useEngagement(engagementId: string) {
  const api = useApi(solutionsLabApiRef);
  const state = useAsyncRetry(
    () => api.getEngagement(engagementId),
    [api, engagementId],
  );
  const live = useEngagementSignal({ engagementId, refresh: state.retry });
  return { ...state, live };
}
