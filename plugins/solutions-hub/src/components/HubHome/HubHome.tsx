import { useCallback, useMemo } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { alertApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import { Alert, ToggleButton, ToggleButtonGroup } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import type { HubToolSearchPage } from '@partner-studio/plugin-partner-studio-common';
import { errorReason } from '@partner-studio/plugin-partner-studio-react';
import { solutionsHubApiRef } from '../../api';
import { useFavoriteOverrides } from '../../hooks/useFavoriteOverrides';
import { useFavoriteToggle } from '../../hooks/useFavoriteToggle';
import { useFavorites } from '../../hooks/useFavorites';
import { useRecommendations } from '../../hooks/useRecommendations';
import { useToolSearch } from '../../hooks/useToolSearch';
import { useToolSearchState } from '../../hooks/useToolSearchState';
import { usageRouteRef } from '../../routes';
import {
  FacetKey,
  HubView,
  emptyFilters,
  toToolQuery,
} from '../../search/searchState';
import { ActiveFilters } from '../ActiveFilters';
import { FacetFilters } from '../FacetFilters';
import { FavoritesList } from '../FavoritesList';
import { RecommendedTools } from '../RecommendedTools';
import { SearchToolbar } from '../SearchToolbar';
import { SourcesNotice } from '../SourcesNotice';
import { ToolResults } from '../ToolResults';

/** Recommendations asked for (four shown, the rest on request). */
const RECOMMENDATIONS = 12;

const useStyles = makeStyles(theme => ({
  layout: {
    display: 'grid',
    gridTemplateColumns: '260px minmax(0, 1fr)',
    gap: theme.spacing(4),
    alignItems: 'start',
    marginTop: theme.spacing(3),
  },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(3),
  },
}));

function isHubView(key: unknown): key is HubView {
  return key === 'all' || key === 'favorites';
}

/**
 * The Hub's home: the caller's recommendations, the search (text, facets
 * with counts, sort) and its tools, or the caller's favourites. The search
 * lives in the URL (see `useToolSearchState`).
 */
export function HubHome() {
  const classes = useStyles();
  const api = useApi(solutionsHubApiRef);
  const alertApi = useApi(alertApiRef);
  const usageRoute = useRouteRef(usageRouteRef);
  const { state, ignored, update } = useToolSearchState();
  const query = useMemo(() => toToolQuery(state), [state]);
  const results = useToolSearch(query);
  const recommendations = useRecommendations(RECOMMENDATIONS);
  const favorites = useFavorites(state.view === 'favorites');
  const { apply: applyFavorite, set: setFavorite } = useFavoriteOverrides();
  const toggleFavorite = useFavoriteToggle(setFavorite);

  const page = useMemo<HubToolSearchPage | undefined>(
    () =>
      results.page && {
        ...results.page,
        items: results.page.items.map(applyFavorite),
      },
    [results.page, applyFavorite],
  );
  const recommended = useMemo(
    () =>
      recommendations.value && {
        ...recommendations.value,
        items: recommendations.value.items.map(item => ({
          ...item,
          tool: applyFavorite(item.tool),
        })),
      },
    [recommendations.value, applyFavorite],
  );
  const favoriteItems = useMemo(
    () => ({
      ...favorites,
      items: favorites.items.map(item =>
        item.tool ? { ...item, tool: applyFavorite(item.tool) } : item,
      ),
    }),
    [favorites, applyFavorite],
  );

  const setFilter = useCallback(
    (key: FacetKey, values: string[]) =>
      update({ filters: { ...state.filters, [key]: values } }),
    [state.filters, update],
  );
  const reset = useCallback(
    () => update({ q: '', filters: emptyFilters() }),
    [update],
  );
  const removeGone = useCallback(
    async (toolRef: string) => {
      try {
        await api.removeFavorite(parseEntityRef(toolRef));
        favorites.retry();
      } catch (error) {
        alertApi.post({
          severity: 'error',
          display: 'transient',
          message: `${toolRef} could not be removed from your favourites: ${errorReason(
            error,
          )}`,
        });
      }
    },
    [api, alertApi, favorites],
  );

  // Vendor staff (no partner of their own) may see the usage report; the
  // usage page itself says so to anybody else.
  const vendorStaff = page?.sources.standing === 'not-applicable';

  return (
    <>
      <SourcesNotice
        sources={page?.sources ?? recommendations.value?.sources}
      />
      {ignored.length > 0 && (
        <Alert
          status="info"
          icon
          mb="4"
          title="Part of this link was left out"
          description={`These are not filters of the Hub: ${ignored
            .map(p => `${p.name}=${p.value}`)
            .join(', ')}.`}
        />
      )}
      <RecommendedTools
        state={{ ...recommendations, value: recommended }}
        onToggleFavorite={toggleFavorite}
      />
      <Box className={classes.top}>
        <ToggleButtonGroup
          aria-label="Show"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[state.view]}
          onSelectionChange={keys => {
            const [view] = [...keys];
            if (isHubView(view)) update({ view });
          }}
        >
          <ToggleButton id="all">All tools</ToggleButton>
          <ToggleButton id="favorites">Your favourites</ToggleButton>
        </ToggleButtonGroup>
        {vendorStaff && usageRoute && (
          <Link to={usageRoute()}>Usage of the Hub</Link>
        )}
      </Box>
      {state.view === 'favorites' ? (
        <FavoritesList
          favorites={favoriteItems}
          onToggleFavorite={toggleFavorite}
          onRemoveGone={removeGone}
          onShowAll={() => update({ view: 'all' })}
        />
      ) : (
        <>
          <SearchToolbar
            query={state.q}
            sort={state.sort}
            onQueryChange={(q, { typing }) => update({ q }, { typing })}
            onSortChange={sort => update({ sort })}
          />
          <ActiveFilters
            filters={state.filters}
            onRemove={(key, value) =>
              setFilter(
                key,
                state.filters[key].filter(v => v !== value),
              )
            }
            onClear={() => update({ filters: emptyFilters() })}
          />
          <Box className={classes.layout}>
            {page ? (
              <FacetFilters
                facets={page.facets}
                selected={state.filters}
                onChange={setFilter}
              />
            ) : (
              <div />
            )}
            <ToolResults
              results={{ ...results, page }}
              onToggleFavorite={toggleFavorite}
              onReset={reset}
            />
          </Box>
        </>
      )}
    </>
  );
}
