import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { HubToolSummary } from '@partner-studio/plugin-partner-studio-common';
import { solutionsHubApiRef } from '../api';

/** A Hub item named by the program: a GTM play or an Ignite course. */
export interface HubItemId {
  kind: 'play' | 'course';
  id: string;
}

/** The most pages looked through (100 tools each) before giving up. */
const MAX_PAGES = 20;

/**
 * The tool of a play or course, by the program's id. `GET /tools` cannot
 * filter by play or course id, so this pages through the tools of the
 * category (sales plays, enablement courses: a few dozen) until it finds the
 * one whose `play.playId` or `course.courseId` matches; `undefined` when none
 * does.
 */
export function useItemTool(item: HubItemId) {
  const api = useApi(solutionsHubApiRef);
  const { kind, id } = item;
  return useAsyncRetry(async (): Promise<HubToolSummary | null> => {
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await api.searchTools({
        category: [kind === 'play' ? 'sales-play' : 'enablement-course'],
        sort: 'name',
        limit: 100,
        cursor,
      });
      const found = result.items.find(tool =>
        kind === 'play'
          ? tool.play?.playId === id
          : tool.course?.courseId === id,
      );
      if (found) return found;
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    return null;
  }, [api, kind, id]);
}
