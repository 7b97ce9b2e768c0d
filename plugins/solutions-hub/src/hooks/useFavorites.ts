import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { HubFavoritesPage } from '@partner-studio/plugin-partner-studio-common';
import { solutionsHubApiRef } from '../api';

/** One of the caller's favourites. */
export type Favorite = HubFavoritesPage['items'][number];

/** The caller's favourites, page by page. */
export interface FavoritesState {
  items: Favorite[];
  loading: boolean;
  error?: Error;
  hasMore: boolean;
  loadMore(): void;
  retry(): void;
}

/** Favourites per page. */
const PAGE_SIZE = 24;

/**
 * Pages through `GET /favorites`, the most recently added first, while
 * `enabled` (the favourites are on screen).
 */
export function useFavorites(enabled = true): FavoritesState {
  const api = useApi(solutionsHubApiRef);
  const [items, setItems] = useState<Favorite[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);

  const load = useCallback(
    (from: string | undefined, id: number) => {
      setLoading(true);
      setError(undefined);
      api.listFavorites({ cursor: from, limit: PAGE_SIZE }).then(
        page => {
          if (id !== generation.current) return;
          setItems(previous =>
            from ? [...previous, ...page.items] : page.items,
          );
          setCursor(page.nextCursor);
          setHasMore(page.nextCursor !== undefined);
          setLoading(false);
        },
        (e: Error) => {
          if (id !== generation.current) return;
          setError(e);
          setLoading(false);
        },
      );
    },
    [api],
  );

  useEffect(() => {
    const id = ++generation.current;
    setItems([]);
    if (enabled) load(undefined, id);
  }, [load, attempt, enabled]);

  const loadMore = useCallback(() => {
    if (cursor && !loading) load(cursor, generation.current);
  }, [cursor, loading, load]);

  const retry = useCallback(() => setAttempt(a => a + 1), []);

  return { items, loading, error, hasMore, loadMore, retry };
}
