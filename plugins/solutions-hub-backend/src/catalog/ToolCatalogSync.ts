import type {
  AuthService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  TOOL_API_VERSION,
  TOOL_KIND,
} from '@partner-studio/plugin-partner-studio-common';
import { ToolSearchIndex } from '../search/ToolSearchIndex';
import type { IndexedTool } from '../search/types';
import { toIndexedTool } from './toIndexedTool';

/**
 * Default page size of catalog reads. Each page costs the catalog about the
 * same whatever its size (at 5,000 tools, pages of 100 made an unchanged
 * pass take 1.7–2 s instead of 0.6–0.7 s, with no shorter steps).
 */
const DEFAULT_PAGE_SIZE = 500;

/** What one sync pass did. */
export interface ToolSyncResult {
  /** Whether a new index was swapped in. */
  changed: boolean;
  /** Tools in the index after the pass. */
  tools: number;
  /** Tools read again because they are new or changed. */
  fetched: number;
  /** Tools gone from the catalog since the last pass. */
  removed: number;
  /** Refs of Tool entities the index refused (malformed), with why. */
  refused: Array<{ ref: string; problems: string[] }>;
}

/**
 * Keeps this replica's tool search index in sync with the catalog.
 *
 * Every pass lists the catalog's Tool entities with only their refs and
 * etags (paged), reads in full only the new and changed ones, and builds and
 * swaps in a new index when anything changed, so a search always runs on
 * one whole, consistent index. It reads with the plugin's own service
 * credentials.
 *
 * The installed catalog (`@backstage/plugin-catalog-backend` 4.x) publishes
 * no entity-change events (only `experimental.catalog.errors` and
 * `experimental.catalog.conflict` on the events bus), so each replica runs
 * the pass on a schedule of its own (scope `local`); `refresh()` can also be
 * called when something says the catalog changed.
 */
export class ToolCatalogSync {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #logger: LoggerService;
  readonly #pageSize: number;
  #index: ToolSearchIndex = ToolSearchIndex.build([]);
  #etags = new Map<string, string>();
  #tools = new Map<string, IndexedTool>();
  #popularity: ReadonlyMap<string, number> = new Map();
  #running?: Promise<ToolSyncResult>;
  #synced = false;
  readonly #buildSliceMs: number | undefined;

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
    pageSize?: number;
    /** How long building a new index may hold the event loop at a time (ms). */
    buildSliceMs?: number;
  }): ToolCatalogSync {
    return new ToolCatalogSync(options);
  }

  private constructor(options: {
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
    pageSize?: number;
    buildSliceMs?: number;
  }) {
    this.#catalog = options.catalog;
    this.#buildSliceMs = options.buildSliceMs;
    this.#auth = options.auth;
    this.#logger = options.logger;
    this.#pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  }

  /** The index in force: empty until the first pass completed. */
  current(): ToolSearchIndex {
    return this.#index;
  }

  /** Whether a pass has completed since the start. */
  get synced(): boolean {
    return this.#synced;
  }

  /** Sets the popularity scores, on the current index and on every later one. */
  setPopularity(popularity: ReadonlyMap<string, number>): void {
    this.#popularity = popularity;
    this.#index.setPopularity(popularity);
  }

  /** Runs the pass on the scheduler, on this replica. */
  async start(options: {
    scheduler: SchedulerService;
    schedule: SchedulerServiceTaskScheduleDefinition;
  }): Promise<void> {
    await options.scheduler.scheduleTask({
      id: 'solutions-hub-catalog-sync',
      scope: 'local',
      ...options.schedule,
      fn: async () => {
        const result = await this.refresh();
        if (result.changed) {
          this.#logger.info(
            `Tool index: ${result.tools} tools (${result.fetched} read, ${result.removed} removed)`,
          );
        }
      },
    });
  }

  /** One sync pass; a call during a pass waits for that pass. */
  refresh(): Promise<ToolSyncResult> {
    if (!this.#running) {
      this.#running = this.#pass().finally(() => {
        this.#running = undefined;
      });
    }
    return this.#running;
  }

  async #pass(): Promise<ToolSyncResult> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const filter = { kind: TOOL_KIND, apiVersion: TOOL_API_VERSION };

    // 1. Refs and etags only, page by page.
    const etags = new Map<string, string>();
    let cursor: string | undefined;
    do {
      const page = await this.#catalog.queryEntities(
        cursor
          ? {
              cursor,
              limit: this.#pageSize,
              fields: [
                'kind',
                'metadata.namespace',
                'metadata.name',
                'metadata.etag',
              ],
            }
          : {
              filter,
              limit: this.#pageSize,
              fields: [
                'kind',
                'metadata.namespace',
                'metadata.name',
                'metadata.etag',
              ],
            },
        { credentials },
      );
      for (const entity of page.items) {
        etags.set(stringifyEntityRef(entity), entity.metadata.etag ?? '');
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor);

    const changedRefs = [...etags].flatMap(([ref, etag]) =>
      this.#etags.get(ref) === etag ? [] : [ref],
    );
    const removedRefs = [...this.#etags.keys()].filter(ref => !etags.has(ref));
    if (this.#synced && changedRefs.length === 0 && removedRefs.length === 0) {
      return {
        changed: false,
        tools: this.#index.size,
        fetched: 0,
        removed: 0,
        refused: [],
      };
    }

    // 2. The new and changed tools in full.
    const tools = new Map(this.#tools);
    for (const ref of removedRefs) tools.delete(ref);
    const refused: ToolSyncResult['refused'] = [];
    for (let i = 0; i < changedRefs.length; i += this.#pageSize) {
      const refs = changedRefs.slice(i, i + this.#pageSize);
      const { items } = await this.#catalog.getEntitiesByRefs(
        { entityRefs: refs },
        { credentials },
      );
      items.forEach((entity, position) => {
        const ref = refs[position];
        if (!entity) {
          // Deleted between the two reads: the next pass settles it.
          tools.delete(ref);
          etags.delete(ref);
          return;
        }
        const parsed = toIndexedTool(entity);
        if (parsed.ok) {
          tools.set(ref, parsed.tool);
        } else {
          tools.delete(ref);
          refused.push({ ref, problems: parsed.problems });
        }
      });
    }
    for (const { ref, problems } of refused) {
      this.#logger.warn(
        `Tool ${ref} left out of the index: ${problems.join('; ')}`,
      );
    }

    // 3. Swap in a whole new index, built while the current one answers.
    const popularity = this.#popularity;
    const index = await ToolSearchIndex.buildInSlices([...tools.values()], {
      popularity,
      sliceMs: this.#buildSliceMs,
    });
    if (this.#popularity !== popularity) {
      // new scores arrived during the build
      index.setPopularity(this.#popularity);
    }
    this.#index = index;
    this.#tools = tools;
    this.#etags = etags;
    this.#synced = true;
    return {
      changed: true,
      tools: index.size,
      fetched: changedRefs.length,
      removed: removedRefs.length,
      refused,
    };
  }
}
