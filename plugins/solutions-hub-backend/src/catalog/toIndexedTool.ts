import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { parseToolEntity } from '@partner-studio/plugin-partner-studio-common';
import type { IndexedTool } from '../search/types';

/** The result of {@link toIndexedTool}. */
export type ToIndexedToolResult =
  | { ok: true; tool: IndexedTool }
  | { ok: false; ref: string; problems: string[] };

/**
 * A catalog Tool entity as the search index holds it. The catalog refuses
 * malformed tools already (catalog-backend-module-solutions-hub); this parses
 * again so the index never holds one, whatever the catalog let through.
 */
export function toIndexedTool(entity: Entity): ToIndexedToolResult {
  const ref = stringifyEntityRef(entity);
  const parsed = parseToolEntity(entity);
  if (!parsed.ok) return { ok: false, ref, problems: parsed.problems };
  const tool = parsed.tool;
  return {
    ok: true,
    tool: {
      ref,
      namespace: tool.metadata.namespace ?? 'default',
      name: tool.metadata.name,
      title: tool.metadata.title,
      description: tool.metadata.description,
      tags: tool.metadata.tags ?? [],
      spec: tool.spec,
    },
  };
}
