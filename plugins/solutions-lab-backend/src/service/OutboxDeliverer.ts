import type {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { randomUUID } from 'node:crypto';
import type { LabStore } from '../database/LabStore';
import type { OutboxRecord } from '../database/records';

/** The plugin that keeps the points ledger. */
export const PARTNER_POINTS_PLUGIN_ID = 'partner-points';

/** Tuning of {@link OutboxDeliverer}. */
export interface OutboxDeliveryOptions {
  /** Events per request (partner points takes up to 10,000). Default 100. */
  batchSize?: number;
  /** How long a replica holds the events it is sending. Default 60 s. */
  leaseMs?: number;
  /** First retry delay; doubles per attempt. Default 5 s. */
  initialBackoffMs?: number;
  /** Longest delay between attempts. Default 10 minutes. */
  maxBackoffMs?: number;
  /** Longest delay for an event partner points refused (400/409). Default 1 hour. */
  refusedBackoffMs?: number;
  /** Per request. Default 10 s. */
  requestTimeoutMs?: number;
}

type Outcome =
  | { kind: 'delivered' }
  | { kind: 'refused'; status: number; message: string }
  | { kind: 'unavailable'; message: string };

/**
 * Delivers the outbox's points events to partner points' ingestion API
 * (`POST /api/partner-points/events`) with a service token: at least once
 * (an event leaves the outbox only after partner points said 200), counted
 * once (the ledger is idempotent by event id, and an event's payload never
 * changes), nothing lost while partner points is down (failed events are
 * retried with exponential backoff and jitter).
 *
 * Events are leased before they are sent, so replicas running at the same
 * time send disjoint events. A batch partner points refuses (400, 409) is
 * split so that one bad event does not hold back the others; the bad one is
 * kept, retried rarely and logged, never dropped.
 */
export class OutboxDeliverer {
  readonly #store: LabStore;
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;
  readonly #logger: LoggerService;
  readonly #fetch: typeof fetch;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #options: Required<OutboxDeliveryOptions>;
  /** One delivery at a time in this process; a kick during one runs another after it. */
  #running: Promise<unknown> = Promise.resolve();
  #kickPending = false;

  static create(deps: {
    store: LabStore;
    discovery: DiscoveryService;
    auth: AuthService;
    logger: LoggerService;
    fetch?: typeof fetch;
    now?: () => number;
    random?: () => number;
    options?: OutboxDeliveryOptions;
  }): OutboxDeliverer {
    return new OutboxDeliverer(deps);
  }

  private constructor(deps: {
    store: LabStore;
    discovery: DiscoveryService;
    auth: AuthService;
    logger: LoggerService;
    fetch?: typeof fetch;
    now?: () => number;
    random?: () => number;
    options?: OutboxDeliveryOptions;
  }) {
    this.#store = deps.store;
    this.#discovery = deps.discovery;
    this.#auth = deps.auth;
    this.#logger = deps.logger;
    this.#fetch = deps.fetch ?? fetch;
    this.#now = deps.now ?? Date.now;
    this.#random = deps.random ?? Math.random;
    this.#options = {
      batchSize: deps.options?.batchSize ?? 100,
      leaseMs: deps.options?.leaseMs ?? 60_000,
      initialBackoffMs: deps.options?.initialBackoffMs ?? 5_000,
      maxBackoffMs: deps.options?.maxBackoffMs ?? 10 * 60_000,
      refusedBackoffMs: deps.options?.refusedBackoffMs ?? 60 * 60_000,
      requestTimeoutMs: deps.options?.requestTimeoutMs ?? 10_000,
    };
  }

  /**
   * Delivers soon, in the background (after a decision queued events), so
   * points arrive within a second rather than at the next scheduled run.
   */
  kick(): void {
    if (this.#kickPending) return;
    this.#kickPending = true;
    void this.#exclusive(async () => {
      this.#kickPending = false;
      await this.#deliver();
    }).catch(error =>
      this.#logger.warn(`Points delivery failed, will retry: ${error}`),
    );
  }

  /** Delivers every due event; stops early while partner points is unavailable. */
  async deliverPending(
    options: { signal?: AbortSignal } = {},
  ): Promise<{ delivered: number; failed: number }> {
    return this.#exclusive(() => this.#deliver(options.signal));
  }

  async #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#running.then(fn, fn);
    this.#running = run.catch(() => undefined);
    return run;
  }

  async #deliver(
    signal?: AbortSignal,
  ): Promise<{ delivered: number; failed: number }> {
    const owner = randomUUID();
    const totals = { delivered: 0, failed: 0 };
    while (!signal?.aborted) {
      const batch = await this.#store.claimOutbox({
        now: this.#now(),
        limit: this.#options.batchSize,
        leaseMs: this.#options.leaseMs,
        owner,
      });
      if (batch.length === 0) break;
      const outcome = await this.#post(batch, signal);
      if (outcome.kind === 'delivered') {
        await this.#store.markDelivered(
          batch.map(e => e.eventId),
          this.#now(),
        );
        totals.delivered += batch.length;
        continue;
      }
      if (outcome.kind === 'unavailable') {
        await this.#retryLater(batch, outcome.message, owner, false);
        totals.failed += batch.length;
        this.#logger.warn(
          `Partner points is unavailable; ${batch.length} points events wait in the outbox: ${outcome.message}`,
        );
        break;
      }
      // Refused: find the events partner points will not take, one by one.
      for (const event of batch) {
        const single =
          batch.length === 1 ? outcome : await this.#post([event], signal);
        if (single.kind === 'delivered') {
          await this.#store.markDelivered([event.eventId], this.#now());
          totals.delivered++;
        } else {
          totals.failed++;
          await this.#retryLater(
            [event],
            single.kind === 'refused'
              ? `HTTP ${single.status}: ${single.message}`
              : single.message,
            owner,
            single.kind === 'refused',
          );
          if (single.kind === 'refused') {
            this.#logger.error(
              `Partner points refused points event ${event.eventId} (HTTP ${single.status}); it stays in the outbox and is retried: ${single.message}`,
            );
          }
        }
      }
    }
    return totals;
  }

  async #retryLater(
    events: readonly OutboxRecord[],
    message: string,
    owner: string,
    refused: boolean,
  ): Promise<void> {
    const now = this.#now();
    const cap = refused
      ? this.#options.refusedBackoffMs
      : this.#options.maxBackoffMs;
    await this.#store.markAttemptFailed(
      events.map(event => {
        const exponential =
          this.#options.initialBackoffMs * 2 ** Math.min(event.attempts, 20);
        // Full jitter in the upper half: replicas and events spread out.
        const delay = Math.min(cap, exponential) * (0.5 + this.#random() / 2);
        return {
          eventId: event.eventId,
          nextAttemptAt: now + Math.round(delay),
        };
      }),
      message,
      owner,
    );
  }

  async #post(
    events: readonly OutboxRecord[],
    signal?: AbortSignal,
  ): Promise<Outcome> {
    let response: Response;
    try {
      const baseUrl = await this.#discovery.getBaseUrl(
        PARTNER_POINTS_PLUGIN_ID,
      );
      const { token } = await this.#auth.getPluginRequestToken({
        onBehalfOf: await this.#auth.getOwnServiceCredentials(),
        targetPluginId: PARTNER_POINTS_PLUGIN_ID,
      });
      const timeout = AbortSignal.timeout(this.#options.requestTimeoutMs);
      response = await this.#fetch(`${baseUrl}/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        // The stored payloads, byte for byte: a replay is a duplicate.
        body: `{"events":[${events.map(e => e.payload).join(',')}]}`,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      return {
        kind: 'unavailable',
        message: error instanceof Error ? error.message : String(error),
      };
    }
    const text = await response.text().catch(() => '');
    if (response.ok) {
      this.#checkAnswer(events, text);
      return { kind: 'delivered' };
    }
    const message = `${response.status} ${response.statusText} ${text.slice(
      0,
      500,
    )}`.trim();
    if (
      response.status === 400 ||
      response.status === 409 ||
      response.status === 422
    ) {
      return { kind: 'refused', status: response.status, message };
    }
    // 401/403 (a token or policy problem), 404 (not installed yet), 413,
    // 429, 5xx: nothing is wrong with the events; try again later.
    return { kind: 'unavailable', message };
  }

  /** A 200 means all of the batch is in the ledger; a mismatch is worth a warning. */
  #checkAnswer(events: readonly OutboxRecord[], text: string): void {
    try {
      const answer = JSON.parse(text) as {
        accepted?: unknown;
        duplicates?: unknown;
      };
      const accepted =
        typeof answer.accepted === 'number' ? answer.accepted : 0;
      const duplicates = Array.isArray(answer.duplicates)
        ? answer.duplicates.length
        : 0;
      if (accepted + duplicates !== events.length) {
        this.#logger.warn(
          `Partner points answered ${accepted} accepted and ${duplicates} duplicates for ${events.length} points events`,
        );
      }
    } catch {
      this.#logger.warn('Partner points answered 200 without a JSON body');
    }
  }
}
