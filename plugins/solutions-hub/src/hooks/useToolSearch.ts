import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  HubToolSearchPage,
  HubToolSearchQuery,
} from '@partner-studio/plugin-partner-studio-common';
import { solutionsHubApiRef } from '../api';

/** Tools per page: a screenful at 1920 px, small enough to answer fast. */
export const SEARCH_PAGE_SIZE = 24;

/** The loaded pages of one search. */
export interface ToolSearchResults {
  /** The first page's facets, counts and sources, with every loaded item. */
  page?: HubToolSearchPage;
  /** The first page of a new search is loading (the previous one stays shown). */
  loading: boolean;
  /** A further page is loading. */
  loadingMore: boolean;
  /** The first page failed. */
  error?: Error;
  /** A further page failed (the loaded ones stay shown). */
  moreError?: Error;
  /** Loads the next page, when there is one. */
  loadMore(): void;
  /** Loads the search again from its first page. */
  retry(): void;
}

/**
 * Pages through `GET /tools` for a search. A new search replaces the results
 * when its first page arrives (the previous results stay on screen while it
 * loads, so typing does not flash); answers to superseded searches are
 * dropped. "Show more" appends the next page by its cursor.
 */
export function useToolSearch(query: HubToolSearchQuery): ToolSearchResults {
  const api = useApi(solutionsHubApiRef);
  // The search is the same while its parameters are: effects follow the key.
  const key = JSON.stringify(query);
  const queryRef = useRef(query);
  queryRef.current = query;
  const [page, setPage] = useState<HubToolSearchPage>();
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<Error>();
  const [moreError, setMoreError] = useState<Error>();
  const [attempt, setAttempt] = useState(0);
  // The search whose answers are current; older answers are dropped.
  const current = useRef(0);

  useEffect(() => {
    const id = ++current.current;
    setLoading(true);
    setError(undefined);
    setMoreError(undefined);
    setLoadingMore(false);
    api.searchTools({ ...queryRef.current, limit: SEARCH_PAGE_SIZE }).then(
      first => {
        if (id !== current.current) return;
        setPage(first);
        setLoading(false);
      },
      (e: Error) => {
        if (id !== current.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [api, key, attempt]);

  const loadMore = useCallback(() => {
    const cursor = page?.nextCursor;
    if (!cursor || loadingMore) return;
    const id = current.current;
    setLoadingMore(true);
    setMoreError(undefined);
    api
      .searchTools({ ...queryRef.current, cursor, limit: SEARCH_PAGE_SIZE })
      .then(
        next => {
          if (id !== current.current) return;
          setPage(previous =>
            previous
              ? {
                  ...previous,
                  items: [...previous.items, ...next.items],
                  nextCursor: next.nextCursor,
                }
              : next,
          );
          setLoadingMore(false);
        },
        (e: Error) => {
          if (id !== current.current) return;
          setMoreError(e);
          setLoadingMore(false);
        },
      );
  }, [api, page?.nextCursor, loadingMore]);

  const retry = useCallback(() => setAttempt(a => a + 1), []);

  return {
    page,
    loading,
    loadingMore,
    error,
    moreError,
    loadMore,
    retry,
  };
}
