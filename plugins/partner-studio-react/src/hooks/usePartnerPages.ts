import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  PartnerListPage,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';

/**
 * Loads one page of partners: `GET /partners?limit=&cursor=` of a Partner
 * Studio backend (see {@link createPartnerListLoader}), or any function with
 * the same contract.
 *
 * @public
 */
export type PartnerPageLoader = (options: {
  cursor?: string;
  limit?: number;
}) => Promise<PartnerListPage>;

/**
 * What {@link usePartnerPages} returns.
 *
 * @public
 */
export interface PartnerPages {
  /** Every partner loaded so far, in the order of the pages. */
  partners: PartnerSummary[];
  /** The first page is loading. */
  loading: boolean;
  /** A further page is loading. */
  loadingMore: boolean;
  /** The last request failed; `retry` repeats it. */
  error?: Error;
  /** The backend has more pages. */
  hasMore: boolean;
  /** Loads the next page (ignored while one loads, or when there is none). */
  loadMore(): void;
  /** Repeats the request that failed. */
  retry(): void;
}

/** Entity refs compare case-insensitively in the catalog. */
function refKey(entityRef: string): string {
  return entityRef.toLocaleLowerCase('en-US');
}

/**
 * Pages through a partner list on demand: the first page at once, the next
 * one whenever `loadMore` is called. A new `loadPage` starts over.
 *
 * @public
 */
export function usePartnerPages(
  loadPage: PartnerPageLoader,
  options: { pageSize?: number } = {},
): PartnerPages {
  const { pageSize = 50 } = options;
  const [partners, setPartners] = useState<PartnerSummary[]>([]);
  const [nextCursor, setNextCursor] = useState<string | undefined>();
  const [hasMore, setHasMore] = useState(false);
  const [pending, setPending] = useState<'first' | 'more' | undefined>('first');
  const [error, setError] = useState<Error | undefined>();
  const failed = useRef<string | undefined>(undefined);
  // Answers to requests of an earlier `loadPage` are dropped.
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (cursor: string | undefined, current: number) => {
      setPending(cursor ? 'more' : 'first');
      setError(undefined);
      try {
        const page = await loadPage({ cursor, limit: pageSize });
        if (current !== generation.current) return;
        setPartners(previous => {
          const seen = new Set(previous.map(p => refKey(p.entityRef)));
          const fresh = page.items.filter(p => !seen.has(refKey(p.entityRef)));
          return cursor ? [...previous, ...fresh] : page.items;
        });
        setNextCursor(page.nextCursor);
        setHasMore(Boolean(page.nextCursor));
      } catch (e) {
        if (current !== generation.current) return;
        failed.current = cursor;
        setError(e instanceof Error ? e : new Error(String(e)));
      } finally {
        if (current === generation.current) setPending(undefined);
      }
    },
    [loadPage, pageSize],
  );

  useEffect(() => {
    const current = ++generation.current;
    setPartners([]);
    setNextCursor(undefined);
    setHasMore(false);
    fetchPage(undefined, current);
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (pending || !nextCursor) return;
    fetchPage(nextCursor, generation.current);
  }, [fetchPage, nextCursor, pending]);

  const retry = useCallback(() => {
    if (pending) return;
    fetchPage(failed.current, generation.current);
  }, [fetchPage, pending]);

  return {
    partners,
    loading: pending === 'first',
    loadingMore: pending === 'more',
    error,
    hasMore,
    loadMore,
    retry,
  };
}
