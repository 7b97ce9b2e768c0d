import { useEffect, useRef, useState } from 'react';
import { SearchField, Select } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import type { ToolSearchSort } from '../../api/contractTypes';
import { useDebouncedCallback } from '../../hooks/useDebouncedCallback';
import { MAX_QUERY_LENGTH, SORTS } from '../../search/searchState';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

const SORT_LABELS: Record<ToolSearchSort, string> = {
  relevance: 'Best match',
  popularity: 'Most launched',
  name: 'Name (A–Z)',
  newest: 'Newest',
};

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: theme.spacing(2),
  },
  search: {
    flex: '1 1 320px',
    maxWidth: 640,
  },
  sort: {
    flex: '0 0 200px',
  },
}));

/** Props of {@link SearchToolbar}. */
export interface SearchToolbarProps {
  /** The search text in the URL. */
  query: string;
  sort: ToolSearchSort;
  /** Commits typed text: `typing` while the reader types, not on Enter or clear. */
  onQueryChange(q: string, options: { typing: boolean }): void;
  onSortChange(sort: ToolSearchSort): void;
}

/**
 * The search box and the sort. Typing runs the search once it pauses
 * ({@link SEARCH_DEBOUNCE_MS}); Enter runs it at once. When the URL's text
 * changes under it (back button, a link), the box follows.
 */
export function SearchToolbar(props: SearchToolbarProps) {
  const { query, sort, onQueryChange, onSortChange } = props;
  const classes = useStyles();
  const [text, setText] = useState(query);
  const committed = useRef(query);

  useEffect(() => {
    if (query !== committed.current) {
      committed.current = query;
      setText(query);
    }
  }, [query]);

  const commit = useDebouncedCallback((value: string, typing: boolean) => {
    committed.current = value.trim();
    onQueryChange(value, { typing });
  }, SEARCH_DEBOUNCE_MS);

  return (
    <Box className={classes.toolbar} role="search">
      <SearchField
        className={classes.search}
        label="Search tools"
        placeholder="SDKs, APIs, sandboxes, templates…"
        size="medium"
        value={text}
        maxLength={MAX_QUERY_LENGTH}
        onChange={value => {
          setText(value);
          commit.run(value, true);
        }}
        onSubmit={value => {
          commit.cancel();
          committed.current = value.trim();
          onQueryChange(value, { typing: false });
        }}
        onClear={() => {
          commit.cancel();
          committed.current = '';
          onQueryChange('', { typing: false });
        }}
      />
      <Select
        className={classes.sort}
        label="Sort by"
        size="medium"
        options={SORTS.map(id => ({ id, label: SORT_LABELS[id] }))}
        value={sort}
        onChange={key => {
          const next = SORTS.find(s => s === key);
          if (next) onSortChange(next);
        }}
      />
    </Box>
  );
}
