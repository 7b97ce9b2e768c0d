import type { LoggerService } from '@backstage/backend-plugin-api';
import type { PartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import type { Program } from '@partner-studio/scoring';
import type { PointsStore } from '../database/PointsStore';
import { MAX_BATCH_SIZE } from './events';
import {
  generateDemoEvents,
  KNOWN_DEMO_PARTNERS,
  startOfDayUtc,
} from './demoData';
import type { PointsService } from './PointsService';

const ANCHOR_KEY = 'demo-data-anchor';
/** Who the ledger says ingested the demo events. */
export const DEMO_DATA_INGESTER = 'plugin:partner-points/demo-data';

/** Options of {@link DemoDataSeeder.create}. */
export interface DemoDataSeederOptions {
  points: PointsService;
  store: PointsStore;
  directory: PartnerDirectoryService;
  logger: LoggerService;
  programs: readonly Program[];
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Seeds the ledger with the demo events through the regular ingestion path.
 *
 * The catalog may not have processed its locations when the backend starts,
 * so it retries with backoff until every known demo partner is in the
 * catalog (or it runs out of attempts), ingesting for the partners it finds
 * each time. The anchor day is stored on first run, so the events — and
 * therefore their ids and content — never change: re-runs are no-ops.
 */
export class DemoDataSeeder {
  readonly #points: PointsService;
  readonly #store: PointsStore;
  readonly #directory: PartnerDirectoryService;
  readonly #logger: LoggerService;
  readonly #programs: readonly Program[];
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;

  static create(options: DemoDataSeederOptions): DemoDataSeeder {
    return new DemoDataSeeder(options);
  }

  private constructor(options: DemoDataSeederOptions) {
    this.#points = options.points;
    this.#store = options.store;
    this.#directory = options.directory;
    this.#logger = options.logger;
    this.#programs = options.programs;
    this.#now = options.now ?? Date.now;
    this.#sleep =
      options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
  }

  /** One seeding pass; returns the ids of the partners it found. */
  async seedOnce(): Promise<string[]> {
    const partners = await this.#directory.listPartners();
    if (partners.length === 0) return [];
    const anchor = Number(
      await this.#store.setMetaIfAbsent(
        ANCHOR_KEY,
        String(startOfDayUtc(this.#now())),
      ),
    );
    const events = generateDemoEvents({
      partners,
      anchor,
      programs: this.#programs,
    });
    let accepted = 0;
    let duplicates = 0;
    for (let i = 0; i < events.length; i += MAX_BATCH_SIZE) {
      const result = await this.#points.ingest(
        events.slice(i, i + MAX_BATCH_SIZE),
        { ingestedBy: DEMO_DATA_INGESTER },
      );
      accepted += result.accepted;
      duplicates += result.duplicates.length;
    }
    this.#logger.info(
      `Demo data: ${accepted} events ingested, ${duplicates} already present, for ${
        partners.length
      } partners (anchor ${new Date(anchor).toISOString().slice(0, 10)})`,
    );
    return partners.map(p => p.id);
  }

  /**
   * Seeds until every known demo partner has been seeded, retrying with
   * backoff (2 s doubling to 60 s) for at most `maxAttempts` passes.
   */
  async run(options: { maxAttempts?: number; signal?: AbortSignal } = {}) {
    const maxAttempts = options.maxAttempts ?? 15;
    let delay = 2_000;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (options.signal?.aborted) return;
      try {
        const seeded = await this.seedOnce();
        const missing = KNOWN_DEMO_PARTNERS.filter(id => !seeded.includes(id));
        if (missing.length === 0) return;
        this.#logger.info(
          `Demo data: waiting for the catalog to list ${missing.join(
            ', ',
          )} (attempt ${attempt}/${maxAttempts})`,
        );
      } catch (error) {
        this.#logger.warn(
          `Demo data: seeding failed (attempt ${attempt}/${maxAttempts}): ${error}`,
        );
      }
      await this.#sleep(delay);
      delay = Math.min(delay * 2, 60_000);
    }
    this.#logger.warn(
      'Demo data: gave up waiting for every demo partner in the catalog',
    );
  }
}
