import type {
  DevelopmentLedgerContext,
  DevelopmentLedgerSeeder,
} from '@partner-studio/plugin-partner-points-backend/alpha';
import { demoDecisions, historyMoments } from './demoDecisions';
import {
  generateDemoEvents,
  KNOWN_DEMO_PARTNERS,
  startOfDayUtc,
} from './demoData';

const ANCHOR_KEY = 'anchor';
/** Events per ingestion request (the API's limit). */
const BATCH_SIZE = 10_000;

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Seeds the development ledger with the demo story, anchored to the current
 * day on every start.
 *
 * - **Re-anchoring.** The story is relative to its anchor day. When the day
 *   stored as the anchor is not today, the seeder first re-anchors: the
 *   plugin deletes everything this seeder recorded (and nothing else) and
 *   stores today, in one transaction. Then today's data is written. On a
 *   restart the same day nothing is deleted, and the writes are replays:
 *   event ids carry the anchor day and decisions' ids come from their keys,
 *   so the ledger stays idempotent by id — no id is ever reused with other
 *   content.
 * - **Order.** Events (through the normal ingestion path), then the program
 *   admins' decisions, then a year of weekly trend snapshots evaluated from
 *   both, then the cohort ranks from those snapshots.
 * - The catalog may not have read its locations when the backend starts:
 *   it retries with backoff until every known demo partner is listed (or it
 *   runs out of attempts), seeding the partners it finds each time.
 */
export class DemoDataSeeder implements DevelopmentLedgerSeeder {
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
  async seedOnce(context: DevelopmentLedgerContext): Promise<string[]> {
    const partners = await context.listPartners();
    if (partners.length === 0) return [];
    const now = this.#now();
    const anchor = startOfDayUtc(now);
    const { reanchored, partnerRefs } = await context.reanchor(
      ANCHOR_KEY,
      String(anchor),
    );
    if (reanchored) {
      context.logger.info(
        `Demo data: re-anchored to ${dayOf(anchor)}; removed the demo data of ${
          partnerRefs.length
        } partners`,
      );
    }

    const events = generateDemoEvents({
      partners,
      anchor,
      programs: context.programs,
    });
    let accepted = 0;
    let duplicates = 0;
    for (let i = 0; i < events.length; i += BATCH_SIZE) {
      const result = await context.ingest(events.slice(i, i + BATCH_SIZE));
      accepted += result.accepted;
      duplicates += result.duplicates.length;
    }

    const present = new Set(partners.map(p => p.entityRef));
    const decisions = demoDecisions(anchor);
    for (const {
      partnerRef,
      adjustment,
      revocation,
    } of decisions.adjustments) {
      if (!present.has(partnerRef)) continue;
      const { id } = await context.grantAdjustment(partnerRef, adjustment);
      if (revocation) {
        await context.revoke('adjustment', partnerRef, id, revocation);
      }
    }
    for (const { partnerRef, exemption, revocation } of decisions.exemptions) {
      if (!present.has(partnerRef)) continue;
      const { id } = await context.grantExemption(partnerRef, exemption);
      if (revocation) {
        await context.revoke('exemption', partnerRef, id, revocation);
      }
    }

    // The trend: once per anchor day (it is evaluated from the data above).
    const historyKey = `history-${dayOf(anchor)}`;
    let snapshots = 0;
    if (!(await context.getMeta(historyKey))) {
      const moments = historyMoments(anchor, now);
      for (const partner of partners) {
        if (context.signal.aborted) return [];
        snapshots += await context.backfillHistory(partner.entityRef, moments);
      }
      await context.setMetaIfAbsent(historyKey, String(now));
    }
    const ranked = await context.rankCohorts(new Date(now));

    context.logger.info(
      `Demo data: ${accepted} events ingested, ${duplicates} already present, for ${
        partners.length
      } partners (anchor ${dayOf(
        anchor,
      )}); ${snapshots} trend snapshots; ${ranked} partners ranked in their cohorts`,
    );
    return partners.map(p => p.entityRef);
  }

  /**
   * Seeds until every known demo partner has been seeded, retrying with
   * backoff (2 s doubling to 60 s).
   */
  async seed(context: DevelopmentLedgerContext): Promise<void> {
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
