import type {
  LedgerSeedContext,
  LedgerSeeder,
} from '@partner-studio/plugin-partner-points-backend/alpha';
import {
  generateDemoEvents,
  KNOWN_DEMO_PARTNERS,
  startOfDayUtc,
} from './demoData';

const ANCHOR_KEY = 'anchor';
/** Who the ledger says ingested the demo events. */
export const DEMO_DATA_INGESTER = 'plugin:partner-points/demo-data';
/** Events per ingestion request (the API's limit). */
const BATCH_SIZE = 10_000;

/**
 * Seeds the ledger with the demo events through the regular ingestion path.
 *
 * The catalog may not have processed its locations when the backend starts,
 * so it retries with backoff until every known demo partner is in the
 * catalog (or it runs out of attempts), ingesting for the partners it finds
 * each time. The anchor day is stored on first run, so the events — and
 * therefore their ids and content — never change: re-runs are no-ops.
 */
export class DemoDataSeeder implements LedgerSeeder {
  readonly id = 'demo-data';
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #maxAttempts: number;

  static create(
    options: {
      now?: () => number;
      sleep?: (ms: number) => Promise<void>;
      maxAttempts?: number;
    } = {},
  ): DemoDataSeeder {
    return new DemoDataSeeder(options);
  }

  private constructor(options: {
    now?: () => number;
    sleep?: (ms: number) => Promise<void>;
    maxAttempts?: number;
  }) {
    this.#now = options.now ?? Date.now;
    this.#sleep =
      options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
    this.#maxAttempts = options.maxAttempts ?? 15;
  }

  /** One seeding pass; returns the refs of the partners it found. */
  async seedOnce(context: LedgerSeedContext): Promise<string[]> {
    const partners = await context.listPartners();
    if (partners.length === 0) return [];
    const anchor = Number(
      await context.setMetaIfAbsent(
        ANCHOR_KEY,
        String(startOfDayUtc(this.#now())),
      ),
    );
    const events = generateDemoEvents({
      partners,
      anchor,
      programs: context.programs,
    });
    let accepted = 0;
    let duplicates = 0;
    for (let i = 0; i < events.length; i += BATCH_SIZE) {
      const result = await context.ingest(events.slice(i, i + BATCH_SIZE), {
        ingestedBy: DEMO_DATA_INGESTER,
      });
      accepted += result.accepted;
      duplicates += result.duplicates.length;
    }
    context.logger.info(
      `Demo data: ${accepted} events ingested, ${duplicates} already present, for ${
        partners.length
      } partners (anchor ${new Date(anchor).toISOString().slice(0, 10)})`,
    );
    return partners.map(p => p.entityRef);
  }

  /**
   * Seeds until every known demo partner has been seeded, retrying with
   * backoff (2 s doubling to 60 s).
   */
  async seed(context: LedgerSeedContext): Promise<void> {
    let delay = 2_000;
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt++) {
      if (context.signal.aborted) return;
      try {
        const seeded = await this.seedOnce(context);
        const missing = KNOWN_DEMO_PARTNERS.filter(
          ref => !seeded.includes(ref),
        );
        if (missing.length === 0) return;
        context.logger.info(
          `Demo data: waiting for the catalog to list ${missing.join(
            ', ',
          )} (attempt ${attempt}/${this.#maxAttempts})`,
        );
      } catch (error) {
        context.logger.warn(
          `Demo data: seeding failed (attempt ${attempt}/${
            this.#maxAttempts
          }): ${error}`,
        );
      }
      await this.#sleep(delay);
      delay = Math.min(delay * 2, 60_000);
    }
    context.logger.warn(
      'Demo data: gave up waiting for every demo partner in the catalog',
    );
  }
}
