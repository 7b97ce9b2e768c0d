import { Button, Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import { makeStyles } from '@material-ui/core/styles';
import type { HubToolSummary } from '@partner-studio/plugin-partner-studio-common';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  errorReason,
} from '@partner-studio/plugin-partner-studio-react';
import type { ToolSearchResults } from '../../hooks/useToolSearch';
import { ToolGrid } from './ToolGrid';

const useStyles = makeStyles(theme => ({
  header: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(1),
  },
  progress: {
    height: 2,
    marginBottom: theme.spacing(1),
  },
  more: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginTop: theme.spacing(3),
  },
}));

const numberFormat = new Intl.NumberFormat('en-GB');

/** `1 tool`, `5,000 tools`. */
export function toolCount(count: number): string {
  return `${numberFormat.format(count)} ${count === 1 ? 'tool' : 'tools'}`;
}

/** Props of {@link ToolResults}. */
export interface ToolResultsProps {
  results: ToolSearchResults;
  onToggleFavorite(tool: HubToolSummary): void;
  /** Clears the text and every filter; offered when nothing matches. */
  onReset(): void;
}

/**
 * The search's tools: how many match (announced as it changes), the cards,
 * and "Show more tools" for the next page. A new search keeps the previous
 * tools on screen, marked busy, until its answer arrives.
 */
export function ToolResults(props: ToolResultsProps) {
  const { results, onToggleFavorite, onReset } = props;
  const classes = useStyles();
  const { page, loading, loadingMore, error, moreError } = results;

  if (error) {
    return (
      <ErrorState
        error={error}
        title="The search could not run"
        statusMessages={{
          400: {
            title: 'The search could not run',
            description: errorReason(error),
            nextStep: (
              <Button variant="secondary" onPress={onReset}>
                Clear the search and filters
              </Button>
            ),
          },
        }}
        onRetry={results.retry}
      />
    );
  }
  if (!page) {
    return <LoadingState label="Loading tools" />;
  }
  const shown = page.items.length;
  return (
    <section aria-labelledby="solutions-hub-results-heading">
      <Box className={classes.header}>
        <Text as="h2" variant="title-small" id="solutions-hub-results-heading">
          Tools
        </Text>
        <Text variant="body-medium" color="secondary" aria-live="polite">
          {loading
            ? 'Searching…'
            : `${toolCount(page.totalCount)}${
                shown < page.totalCount ? `, showing ${shown}` : ''
              }`}
        </Text>
      </Box>
      <Box className={classes.progress}>
        {loading && <LinearProgress aria-label="Searching" />}
      </Box>
      {shown === 0 ? (
        <EmptyState
          title="No tool matches"
          description="No tool has every word you typed and a value of each filter you chose."
          nextStep={
            <Button variant="secondary" onPress={onReset}>
              Clear the search and filters
            </Button>
          }
        />
      ) : (
        <ToolGrid
          tools={page.items}
          label="Tools"
          onToggleFavorite={onToggleFavorite}
          busy={loading}
        />
      )}
      {page.nextCursor && (
        <Box className={classes.more}>
          {moreError && (
            <Text variant="body-medium" color="danger" role="alert">
              More tools could not be loaded: {errorReason(moreError)}
            </Text>
          )}
          <Button
            variant="secondary"
            isPending={loadingMore}
            onPress={results.loadMore}
          >
            {moreError ? 'Try again' : 'Show more tools'}
          </Button>
        </Box>
      )}
    </section>
  );
}
