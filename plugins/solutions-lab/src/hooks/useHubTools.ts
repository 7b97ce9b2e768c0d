import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** What the Lab shows of a Hub tool. */
export interface HubToolInfo {
  entityRef: string;
  title: string;
  description?: string;
}

/**
 * The Hub tools a stage names (entity refs), with their titles from the
 * catalog, where the Hub's tools live. A tool the catalog does not have (or
 * the caller may not see) is left out of the map; callers show its ref.
 */
export function useHubTools(toolRefs: readonly string[]) {
  const catalogApi = useApi(catalogApiRef);
  const key = [...new Set(toolRefs.map(r => r.toLocaleLowerCase('en-US')))]
    .sort()
    .join(',');
  return useAsync(async (): Promise<Map<string, HubToolInfo>> => {
    const refs = key ? key.split(',') : [];
    const tools = new Map<string, HubToolInfo>();
    if (refs.length === 0) return tools;
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: refs,
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'metadata.description',
      ],
    });
    for (const entity of items) {
      if (!entity) continue;
      const entityRef = stringifyEntityRef(entity);
      tools.set(entityRef.toLocaleLowerCase('en-US'), {
        entityRef,
        title: entity.metadata.title ?? entity.metadata.name,
        description: entity.metadata.description,
      });
    }
    return tools;
  }, [catalogApi, key]);
}

/** The tool of a ref in a map from {@link useHubTools}. */
export function toolOf(
  tools: Map<string, HubToolInfo> | undefined,
  toolRef: string,
): HubToolInfo | undefined {
  return tools?.get(toolRef.toLocaleLowerCase('en-US'));
}
