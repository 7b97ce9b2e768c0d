import type { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
  hubToolReadPermission,
  parseToolEntity,
  PRODUCT_AREAS,
  SUPPORT_LEVELS,
  TOOL_CATEGORIES,
  TOOL_KIND,
  type ToolEntity,
} from '@partner-studio/plugin-partner-studio-common';
import { Readable } from 'node:stream';

/** The search document type of a Solutions Hub tool. */
export const TOOL_DOCUMENT_TYPE = 'solutions-hub-tool';

/** A tool in the portal's global search. */
export interface ToolDocument extends IndexableDocument {
  /** The tool's entity ref (`tool:default/compute-sdk-go`). */
  entityRef: string;
  /** Category id (`sdk`, `sales-play`, …). */
  category: string;
  productArea: string;
  supportLevel: string;
  tags: string[];
  /** The owning group's entity ref. */
  owner: string;
}

/**
 * Collates the catalog's Tool entities into search documents that open the
 * tool's Hub page (`/solutions-hub/tools/:namespace/:name`).
 *
 * Each document carries the tool's entity ref as its resource ref and the
 * collator's visibility permission is the Hub's `solutions-hub.tool.read`:
 * the search backend asks the permission framework for every result, and a
 * conditional decision (the Partner Studio policy's for partner members) is
 * applied by the Solutions Hub backend, which owns the tool resource type. A
 * partner therefore finds exactly the tools the Hub lists for it.
 *
 * Reads the catalog with the search plugin's own service credentials, page
 * by page; a Tool the catalog let through malformed is left out, as the Hub
 * leaves it out of its index.
 */
export class ToolCollatorFactory implements DocumentCollatorFactory {
  readonly type = TOOL_DOCUMENT_TYPE;
  readonly visibilityPermission = hubToolReadPermission;

  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #batchSize: number;

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    /** Entities asked of the catalog at once (default 500). */
    batchSize?: number;
  }): ToolCollatorFactory {
    return new ToolCollatorFactory(options);
  }

  private constructor(options: {
    catalog: CatalogService;
    auth: AuthService;
    batchSize?: number;
  }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#batchSize = options.batchSize ?? 500;
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(this.#documents());
  }

  async *#documents(): AsyncGenerator<ToolDocument> {
    let cursor: string | undefined;
    do {
      const credentials = await this.#auth.getOwnServiceCredentials();
      const page = await this.#catalog.queryEntities(
        cursor
          ? { cursor, limit: this.#batchSize }
          : {
              filter: { kind: TOOL_KIND },
              limit: this.#batchSize,
              orderFields: { field: 'metadata.name', order: 'asc' },
            },
        { credentials },
      );
      cursor = page.pageInfo.nextCursor;
      for (const entity of page.items) {
        const parsed = parseToolEntity(entity);
        if (parsed.ok) yield toolDocument(parsed.tool);
      }
    } while (cursor);
  }
}

/** One tool as a search document. */
export function toolDocument(tool: ToolEntity): ToolDocument {
  const namespace = tool.metadata.namespace ?? 'default';
  const { name } = tool.metadata;
  const { spec } = tool;
  const words = [
    tool.metadata.description,
    TOOL_CATEGORIES[spec.category].label,
    PRODUCT_AREAS[spec.productArea].label,
    SUPPORT_LEVELS[spec.supportLevel].label,
    ...(tool.metadata.tags ?? []),
  ];
  return {
    title: tool.metadata.title,
    text: words.join(' · '),
    location: `/solutions-hub/tools/${encodeURIComponent(
      namespace,
    )}/${encodeURIComponent(name)}`,
    entityRef: stringifyEntityRef(tool),
    category: spec.category,
    productArea: spec.productArea,
    supportLevel: spec.supportLevel,
    tags: tool.metadata.tags ?? [],
    owner: spec.owner,
    authorization: { resourceRef: stringifyEntityRef(tool) },
  };
}
