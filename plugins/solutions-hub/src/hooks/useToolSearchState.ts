import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import {
  IgnoredParameter,
  ToolSearchState,
  parseSearchState,
  toSearchParams,
} from '../search/searchState';

/** History entries written while typing carry this state. */
const TYPING_STATE = { solutionsHubTyping: true };

function isTypingEntry(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    'solutionsHubTyping' in state &&
    state.solutionsHubTyping === true
  );
}

/** How a change of the search is written to the history. */
export interface SearchUpdateOptions {
  /**
   * The change comes from typing in the search box: the first pause of a
   * typing run adds a history entry, later pauses replace it, so the back
   * button returns to the search before the typing, not to every prefix.
   */
  typing?: boolean;
}

/** The Hub's search in the URL, and a way to change it. */
export interface ToolSearchStateHandle {
  state: ToolSearchState;
  /** Parameters of the URL that could not be used (and were left out). */
  ignored: IgnoredParameter[];
  update(next: Partial<ToolSearchState>, options?: SearchUpdateOptions): void;
}

/**
 * The search of the Hub's home as its URL says it. Every change (a filter, the
 * sort, the view, typed text) is a navigation, so links are shareable and the
 * back and forward buttons move through searches.
 */
export function useToolSearchState(): ToolSearchStateHandle {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { state, ignored } = useMemo(() => parseSearchState(params), [params]);
  const typingEntry = isTypingEntry(location.state);

  const update = useCallback(
    (next: Partial<ToolSearchState>, options: SearchUpdateOptions = {}) => {
      const nextParams = toSearchParams({ ...state, ...next });
      if (nextParams.toString() === toSearchParams(state).toString()) return;
      setParams(nextParams, {
        replace: options.typing === true && typingEntry,
        state: options.typing ? TYPING_STATE : undefined,
      });
    },
    [state, setParams, typingEntry],
  );

  return { state, ignored, update };
}
