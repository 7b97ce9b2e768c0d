import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  GROUP_TYPES,
  PARTNER_ANNOTATIONS,
  TOOL_API_VERSION,
  TOOL_KIND,
} from '@partner-studio/plugin-partner-studio-common';
import {
  HubStore,
  IndexedTool,
  toIndexedTool,
} from '@partner-studio/plugin-solutions-hub-backend';
import { DemoPartner, generateDemoActivity } from './generateDemoActivity';

const DAY_MS = 86_400_000;

/** What one seeding pass did. */
export type DemoSeedResult =
  | { seeded: true; launches: number; ratings: number }
  | { seeded: false; reason: string };

/**
 * Writes the demo activity through the Hub's store, once: when the Hub has
 * no launches yet. The catalog may still be reading its locations when the
 * backend starts, so `run` retries until it lists tools and partners.
 */
export class DemoActivitySeeder {
  readonly #store: HubStore;
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #logger: LoggerService;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;

  static create(options: {
    store: HubStore;
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
    now?: () => number;
    sleep?: (ms: number) => Promise<void>;
  }): DemoActivitySeeder {
    return new DemoActivitySeeder(options);
  }

  private constructor(options: {
    store: HubStore;
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
    now?: () => number;
    sleep?: (ms: number) => Promise<void>;
  }) {
    this.#store = options.store;
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
    this.#sleep =
      options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
  }

  /** One pass: seeds when there is nothing yet and the catalog is ready. */
  async seedOnce(): Promise<DemoSeedResult> {
    if ((await this.#store.countLaunches()) > 0) {
      return { seeded: false, reason: 'the Hub already has launches' };
    }
    const [tools, partners] = await Promise.all([
      this.#tools(),
      this.#partners(),
    ]);
    if (tools.length === 0 || partners.length === 0) {
      return {
        seeded: false,
        reason: `the catalog lists ${tools.length} tools and ${partners.length} partners so far`,
      };
    }
    const now = this.#now();
    const anchorDay = Math.floor(now / DAY_MS) * DAY_MS;
    const activity = generateDemoActivity({ tools, partners, anchorDay });
    await this.#store.recordLaunches(activity.launches);
    for (const rating of activity.ratings) {
      await this.#store.upsertRating({
        toolRef: rating.toolRef,
        userRef: rating.userRef,
        partnerRef: rating.partnerRef,
        stars: rating.stars,
        comment: rating.comment,
        now: rating.ratedAt,
      });
    }
    return {
      seeded: true,
      launches: activity.launches.length,
      ratings: activity.ratings.length,
    };
  }

  /** Seeds, retrying with backoff (2 s doubling to 60 s) while the catalog fills. */
  async run(options: { maxAttempts?: number; signal?: AbortSignal } = {}) {
    const maxAttempts = options.maxAttempts ?? 12;
    let delay = 2_000;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (options.signal?.aborted) return;
      try {
        const result = await this.seedOnce();
        if (result.seeded) {
          this.#logger.info(
            `Demo data: ${result.launches} launches and ${result.ratings} ratings written`,
          );
          return;
        }
        if (result.reason === 'the Hub already has launches') {
          this.#logger.info(`Demo data: nothing to do, ${result.reason}`);
          return;
        }
        this.#logger.info(
          `Demo data: waiting, ${result.reason} (attempt ${attempt}/${maxAttempts})`,
        );
      } catch (error) {
        this.#logger.warn(
          `Demo data: seeding failed (attempt ${attempt}/${maxAttempts}): ${error}`,
        );
      }
      await this.#sleep(delay);
      delay = Math.min(delay * 2, 60_000);
    }
    this.#logger.warn('Demo data: gave up waiting for the catalog');
  }

  async #tools(): Promise<IndexedTool[]> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const { items } = await this.#catalog.getEntities(
      { filter: { kind: TOOL_KIND, apiVersion: TOOL_API_VERSION } },
      { credentials },
    );
    return items.flatMap(entity => {
      const parsed = toIndexedTool(entity);
      return parsed.ok ? [parsed.tool] : [];
    });
  }

  async #partners(): Promise<DemoPartner[]> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const { items } = await this.#catalog.getEntities(
      { filter: { kind: 'Group', 'spec.type': GROUP_TYPES.partner } },
      { credentials },
    );
    return items.map(group => ({
      ref: stringifyEntityRef(group),
      memberRefs: (group.relations ?? [])
        .filter(r => r.type === 'hasMember')
        .map(r => r.targetRef),
      unrestricted:
        group.metadata.annotations?.[PARTNER_ANNOTATIONS.pinnacleInvited] ===
        'true',
    }));
  }
}
