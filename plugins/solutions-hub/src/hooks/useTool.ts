import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { solutionsHubApiRef, ToolName } from '../api';

/** `GET /tools/{namespace}/{name}`, reloadable. */
export function useTool(tool: ToolName) {
  const api = useApi(solutionsHubApiRef);
  const { namespace, name } = tool;
  return useAsyncRetry(
    () => api.getTool({ namespace, name }),
    [api, namespace, name],
  );
}
