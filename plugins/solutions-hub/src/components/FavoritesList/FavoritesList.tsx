import { Button, Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import type { HubToolSummary } from '@partner-studio/plugin-partner-studio-common';
import {
  EmptyState,
  ErrorState,
  LoadingState,
} from '@partner-studio/plugin-partner-studio-react';
import type { FavoritesState } from '../../hooks/useFavorites';
import { ToolGrid } from '../ToolResults/ToolGrid';

/** Props of {@link FavoritesList}. */
export interface FavoritesListProps {
  favorites: FavoritesState;
  onToggleFavorite(tool: HubToolSummary): void;
  /** Removes a favourite whose tool left the catalog. */
  onRemoveGone(toolRef: string): void;
  /** Back to every tool. */
  onShowAll(): void;
}

/** Loading, error or "no favourites yet", before any favourite is shown. */
function FirstPageState(props: {
  favorites: FavoritesState;
  onShowAll(): void;
}) {
  const { favorites, onShowAll } = props;
  if (favorites.error) {
    return (
      <ErrorState
        error={favorites.error}
        title="Your favourites could not be loaded"
        onRetry={favorites.retry}
      />
    );
  }
  if (favorites.loading) {
    return <LoadingState label="Loading your favourites" />;
  }
  return (
    <EmptyState
      title="No favourites yet"
      description="Mark a tool with its star to find it here again quickly."
      nextStep={
        <Button variant="secondary" onPress={onShowAll}>
          Browse all tools
        </Button>
      }
    />
  );
}

/**
 * The caller's favourites, the most recently added first. A favourite whose
 * tool left the catalog (or is no longer visible) is listed by its ref, with
 * a way to remove it.
 */
export function FavoritesList(props: FavoritesListProps) {
  const { favorites, onToggleFavorite, onRemoveGone, onShowAll } = props;
  const tools = favorites.items.flatMap(item => (item.tool ? [item.tool] : []));
  const gone = favorites.items.filter(item => !item.tool);
  const firstLoad = favorites.items.length === 0;
  return (
    <section aria-labelledby="solutions-hub-favorites-heading">
      <Text as="h2" variant="title-small" id="solutions-hub-favorites-heading">
        Your favourites
      </Text>
      <Box mt={1}>
        {firstLoad ? (
          <FirstPageState favorites={favorites} onShowAll={onShowAll} />
        ) : (
          <>
            <ToolGrid
              tools={tools}
              label="Your favourite tools"
              onToggleFavorite={onToggleFavorite}
            />
            {gone.length > 0 && (
              <Box mt={3}>
                <Text as="h3" variant="title-x-small">
                  No longer in the Hub
                </Text>
                <ul>
                  {gone.map(item => (
                    <li key={item.toolRef}>
                      <Text variant="body-medium">{item.toolRef} </Text>
                      <Button
                        variant="tertiary"
                        size="small"
                        aria-label={`Remove ${item.toolRef} from your favourites`}
                        onPress={() => onRemoveGone(item.toolRef)}
                      >
                        Remove
                      </Button>
                    </li>
                  ))}
                </ul>
              </Box>
            )}
            {favorites.error && (
              <ErrorState
                error={favorites.error}
                title="More favourites could not be loaded"
                onRetry={favorites.loadMore}
              />
            )}
            {favorites.hasMore && !favorites.error && (
              <Box mt={3} display="flex" justifyContent="center">
                <Button
                  variant="secondary"
                  isPending={favorites.loading}
                  onPress={favorites.loadMore}
                >
                  Show more favourites
                </Button>
              </Box>
            )}
          </>
        )}
      </Box>
    </section>
  );
}
