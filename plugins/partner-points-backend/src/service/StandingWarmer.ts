import { setTimeout as wait } from 'node:timers/promises';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';
import type { PartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import type { PointsService } from './PointsService';
import { describeCacheStats } from './StandingCache';

/** How long the warm-up waits for a catalog that lists no partner. */
const MAX_EMPTY_WAIT_MS = 10 * 60_000;

/** Options of {@link StandingWarmer.create}. */
export interface StandingWarmerOptions {
  points: PointsService;
  directory: PartnerDirectoryService;
  logger: LoggerService;
  /** Partners evaluated per page; default 100. */
  pageSize?: number;
  /** Partners of a page evaluated at once (database reads overlap); default 4. */
  concurrency?: number;
  /** Waits; resolves early when the signal aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/**
 * Warms a replica's standing cache after start, in the background: once the
 * catalog answers, every partner's standing is evaluated once, a page at a
 * time (yielding between pages, so requests are served meanwhile), so that
 * the replica's first reads are as fast as warm ones. A partner read before
 * its turn is evaluated by the read, and the warm-up then finds it cached.
 */
export class StandingWarmer {
  readonly #points: PointsService;
  readonly #directory: PartnerDirectoryService;
  readonly #logger: LoggerService;
  readonly #pageSize: number;
  readonly #concurrency: number;
  readonly #sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  #warm = false;

  static create(options: StandingWarmerOptions): StandingWarmer {
    return new StandingWarmer(options);
  }

  private constructor(options: StandingWarmerOptions) {
    this.#points = options.points;
    this.#directory = options.directory;
    this.#logger = options.logger;
    this.#pageSize = options.pageSize ?? 100;
    this.#concurrency = options.concurrency ?? 4;
    this.#sleep =
      options.sleep ??
      ((ms, signal) =>
        wait(ms, undefined, { signal }).catch(() => {
          // aborted: the backend stops
        }));
  }

  /** Whether the warm-up has finished. */
  get warm(): boolean {
    return this.#warm;
  }

  /** Warms the cache; resolves when done or aborted. */
  async run(signal: AbortSignal): Promise<void> {
    const started = Date.now();
    const partners = await this.#waitForCatalog(signal);
    if (!partners) return;
    const capacity = this.#points.cacheStats().maxPartners;
    const todo = partners.slice(0, capacity);
    if (todo.length < partners.length) {
      this.#logger.warn(
        `The standing cache holds ${capacity} partners, the catalog lists ${partners.length}: warming the first ${capacity}; raise partnerPoints.standingCache.maxPartners`,
      );
    }
    const tally = { evaluated: 0, failed: 0 };
    for (let i = 0; i < todo.length; i += this.#pageSize) {
      if (signal.aborted) return;
      await this.#warmPage(todo.slice(i, i + this.#pageSize), tally, signal);
      // Let requests waiting behind the page go first.
      await new Promise(resolve => setImmediate(resolve));
    }
    this.#warm = true;
    this.#logger.info(
      `Standing cache warmed: ${tally.evaluated} partners evaluated${
        tally.failed > 0
          ? ` (${tally.failed} failed, evaluated on first read)`
          : ''
      } in ${((Date.now() - started) / 1000).toFixed(
        1,
      )} s; cache holds ${describeCacheStats(
        this.#points.cacheStats(),
      )}; heap ${Math.round(process.memoryUsage().heapUsed / 1024 / 1024)} MB`,
    );
  }

  /** Evaluates a page of partners, a few at a time. */
  async #warmPage(
    page: PartnerSummary[],
    tally: { evaluated: number; failed: number },
    signal: AbortSignal,
  ): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < page.length && !signal.aborted) {
        const partner = page[next++];
        if (this.#points.isCached(partner.entityRef)) continue;
        try {
          await this.#points.getStandingDocument(partner);
          tally.evaluated++;
        } catch (error) {
          tally.failed++;
          this.#logger.debug(
            `Warm-up: the standing of ${partner.entityRef} failed: ${error}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: this.#concurrency }, worker));
  }

  /**
   * The catalog's partners, once it lists some (retrying with backoff: a
   * catalog that has just started lists none until it has read its
   * locations). One that lists none for ten minutes has none to warm.
   */
  async #waitForCatalog(signal: AbortSignal) {
    let delay = 1_000;
    let waited = 0;
    while (!signal.aborted) {
      try {
        const partners = await this.#directory.listPartners();
        if (partners.length > 0 || waited >= MAX_EMPTY_WAIT_MS) {
          return partners;
        }
      } catch (error) {
        this.#logger.debug(
          `Warm-up: the catalog does not answer yet: ${error}`,
        );
      }
      await this.#sleep(delay, signal);
      waited += delay;
      delay = Math.min(delay * 2, 30_000);
    }
    return undefined;
  }
}
