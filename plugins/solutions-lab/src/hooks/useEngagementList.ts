import { useCallback, useMemo, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  EngagementListQuery,
  EngagementSummary,
} from '@partner-studio/plugin-partner-studio-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { solutionsLabApiRef } from '../api';
import { useEngagementSignal } from './useEngagementSignal';

/** The engagements loaded so far, and whether the backend has more. */
export interface EngagementListValue {
  items: EngagementSummary[];
  hasMore: boolean;
}

/**
 * A list of engagements (`GET /engagements` with `query`), `pageSize` at a
 * time: `loadMore` adds a page. Live: any signalled engagement change
 * reloads the pages shown, so a decision elsewhere re-sorts the queue.
 */
export function useEngagementList(
  query: EngagementListQuery,
  options: { pageSize?: number; enabled?: boolean } = {},
) {
  const { pageSize = 25, enabled = true } = options;
  const api = useApi(solutionsLabApiRef);
  const [pageCount, setPageCount] = useState(1);
  // A stable key, so that a query object built in render does not reload.
  const key = JSON.stringify(query);
  const stableQuery = useMemo<EngagementListQuery>(
    () => JSON.parse(key),
    [key],
  );

  const state = useAsyncRetry(async (): Promise<
    EngagementListValue | undefined
  > => {
    if (!enabled) return undefined;
    const items: EngagementSummary[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < pageCount; page++) {
      const result = await api.listEngagements({
        ...stableQuery,
        limit: pageSize,
        cursor,
      });
      items.push(...result.items);
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    return { items, hasMore: cursor !== undefined };
  }, [api, stableQuery, pageSize, pageCount, enabled]);

  useEngagementSignal({ refresh: state.retry, enabled });
  const loadMore = useCallback(() => setPageCount(count => count + 1), []);
  return { ...state, loadMore };
}
