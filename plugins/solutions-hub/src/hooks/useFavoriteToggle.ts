import { useCallback } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import type { HubToolSummary } from '@partner-studio/plugin-partner-studio-common';
import { errorReason } from '@partner-studio/plugin-partner-studio-react';
import { solutionsHubApiRef } from '../api';

/**
 * Marks or unmarks a tool as a favourite of the caller. The change shows at
 * once (`onChange(ref, favorite)`) and is undone, with an alert saying so,
 * when the backend refuses it.
 */
export function useFavoriteToggle(
  onChange: (ref: string, favorite: boolean) => void,
): (tool: HubToolSummary) => Promise<void> {
  const api = useApi(solutionsHubApiRef);
  const alertApi = useApi(alertApiRef);
  return useCallback(
    async (tool: HubToolSummary) => {
      const favorite = !tool.favorite;
      onChange(tool.ref, favorite);
      try {
        if (favorite) await api.addFavorite(tool);
        else await api.removeFavorite(tool);
      } catch (error) {
        onChange(tool.ref, !favorite);
        alertApi.post({
          severity: 'error',
          display: 'transient',
          message: `${tool.title} could not be ${
            favorite ? 'added to' : 'removed from'
          } your favourites: ${errorReason(error)}`,
        });
      }
    },
    [api, alertApi, onChange],
  );
}
