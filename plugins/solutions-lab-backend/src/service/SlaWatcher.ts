import type { LoggerService } from '@backstage/backend-plugin-api';
import type { LabStore } from '../database/LabStore';
import type { LabLiveUpdates, LabNotifier } from './LabNotifier';
import { DEFAULT_AT_RISK_FRACTION } from './sla';

/** The timeline's actor for what the Lab does by itself. */
export const SYSTEM_ACTOR = 'system';

/**
 * Tells the assigned expert and the program admins when an engagement's
 * stage becomes at risk or breaches its SLA: once per level and stage
 * visit, whichever replica runs it (the level is recorded with a
 * conditional update before anyone is told). Runs as a scheduled task.
 */
export class SlaWatcher {
  readonly #store: LabStore;
  readonly #notifier: LabNotifier;
  readonly #live: LabLiveUpdates;
  readonly #logger: LoggerService;
  readonly #now: () => number;
  readonly #atRiskFraction: number;
  readonly #batchSize: number;

  static create(options: {
    store: LabStore;
    notifier: LabNotifier;
    live: LabLiveUpdates;
    logger: LoggerService;
    now?: () => number;
    atRiskFraction?: number;
    batchSize?: number;
  }): SlaWatcher {
    return new SlaWatcher(options);
  }

  private constructor(options: {
    store: LabStore;
    notifier: LabNotifier;
    live: LabLiveUpdates;
    logger: LoggerService;
    now?: () => number;
    atRiskFraction?: number;
    batchSize?: number;
  }) {
    this.#store = options.store;
    this.#notifier = options.notifier;
    this.#live = options.live;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
    this.#atRiskFraction = options.atRiskFraction ?? DEFAULT_AT_RISK_FRACTION;
    this.#batchSize = options.batchSize ?? 100;
  }

  /** One pass: every escalation due now. */
  async run(
    options: { signal?: AbortSignal } = {},
  ): Promise<{ atRisk: number; breached: number }> {
    const told = { atRisk: 0, breached: 0 };
    // Bounded: each pass records a level for every row it returns, so a
    // row comes back only if another replica raced us to it.
    for (let pass = 0; pass < 1000 && !options.signal?.aborted; pass++) {
      const now = this.#now();
      const due = await this.#store.slaEscalations({
        now,
        atRiskFraction: this.#atRiskFraction,
        limit: this.#batchSize,
      });
      for (const { record, level } of due) {
        const marked = await this.#store.transaction(async tx => {
          const ok = await this.#store.markSlaNotified(record, level, tx);
          if (ok) {
            await this.#store.appendTimeline(
              [
                {
                  engagementId: record.id,
                  playbookId: record.playbookId,
                  partnerRef: record.partnerRef,
                  stageId: record.currentStageId,
                  kind: level === 'breached' ? 'sla-breached' : 'sla-at-risk',
                  actorRef: SYSTEM_ACTOR,
                  visibility: 'internal',
                  occurredAt: now,
                },
              ],
              tx,
            );
          }
          return ok;
        });
        if (!marked) continue;
        if (level === 'breached') told.breached++;
        else told.atRisk++;
        const escalated = { ...record, slaNotified: level };
        await this.#notifier.slaEscalated(escalated, level);
        try {
          await this.#live.changed(escalated, {
            kind: level === 'breached' ? 'sla-breached' : 'sla-at-risk',
            visibility: 'internal',
          });
        } catch (error) {
          this.#logger.warn(`Could not publish an SLA change: ${error}`);
        }
      }
      if (due.length < this.#batchSize) break;
    }
    return told;
  }
}
