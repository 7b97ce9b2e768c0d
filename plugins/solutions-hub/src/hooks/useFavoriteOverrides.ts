import { useCallback, useState } from 'react';
import type { HubToolSummary } from '@partner-studio/plugin-partner-studio-common';

/**
 * Favourites the reader changed on this page, applied over every list it
 * shows (search, recommendations, favourites), so a star toggled in one list
 * shows in the others without reloading them. An unmarked favourite keeps
 * its card until the list is loaded again, so it can be marked back.
 */
export function useFavoriteOverrides(): {
  apply(tool: HubToolSummary): HubToolSummary;
  set(ref: string, favorite: boolean): void;
} {
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(
    new Map(),
  );
  const set = useCallback(
    (ref: string, favorite: boolean) =>
      setOverrides(previous => new Map(previous).set(ref, favorite)),
    [],
  );
  const apply = useCallback(
    (tool: HubToolSummary) => {
      const favorite = overrides.get(tool.ref);
      return favorite === undefined || favorite === tool.favorite
        ? tool
        : { ...tool, favorite };
    },
    [overrides],
  );
  return { apply, set };
}
