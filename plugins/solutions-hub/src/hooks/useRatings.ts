import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  HubPublicRating,
  HubRatingSummary,
} from '@partner-studio/plugin-partner-studio-common';
import { solutionsHubApiRef, ToolName } from '../api';

/** Ratings per page. */
const PAGE_SIZE = 10;

/** A tool's ratings, page by page. */
export interface RatingsState {
  summary?: HubRatingSummary;
  items: HubPublicRating[];
  loading: boolean;
  error?: Error;
  hasMore: boolean;
  loadMore(): void;
  /** Loads the ratings again from the first page (after rating). */
  reload(): void;
}

/** Pages through `GET /tools/{namespace}/{name}/ratings`, most recently updated first. */
export function useRatings(tool: ToolName): RatingsState {
  const api = useApi(solutionsHubApiRef);
  const { namespace, name } = tool;
  const [summary, setSummary] = useState<HubRatingSummary>();
  const [items, setItems] = useState<HubPublicRating[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);

  const load = useCallback(
    (from: string | undefined, id: number) => {
      setLoading(true);
      setError(undefined);
      api
        .listRatings({ namespace, name }, { cursor: from, limit: PAGE_SIZE })
        .then(
          page => {
            if (id !== generation.current) return;
            setSummary(page.summary);
            setItems(previous =>
              from ? [...previous, ...page.items] : page.items,
            );
            setCursor(page.nextCursor);
            setLoading(false);
          },
          (e: Error) => {
            if (id !== generation.current) return;
            setError(e);
            setLoading(false);
          },
        );
    },
    [api, namespace, name],
  );

  useEffect(() => {
    load(undefined, ++generation.current);
  }, [load, attempt]);

  const loadMore = useCallback(() => {
    if (cursor && !loading) load(cursor, generation.current);
  }, [cursor, loading, load]);

  const reload = useCallback(() => setAttempt(a => a + 1), []);

  return {
    summary,
    items,
    loading,
    error,
    hasMore: cursor !== undefined,
    loadMore,
    reload,
  };
}
