/**
 * The standing's explanations: each metric's value and points with the
 * events that earned them (oldest first, shares by cumulative rounding so
 * that they add up exactly), and the pooling breakdown.
 */
import { BUSINESS_MODEL_IDS, BusinessModelId } from '../ids';
import type {
  EventContribution,
  MetricStanding,
  PoolingBreakdown,
} from '../standing';
import type { CompiledProgram } from './compile';
import * as compile from './compile';
import type { Ledger } from './ledger';
import * as ledgers from './ledger';
import type { Scoreboard } from './scoreboard';
import * as exact from './units';

// Under the CommonJS transform the backends and the bench run with, every
// use of an imported binding is a getter call; the hot paths read these once,
// as module constants.
const {
  KIND_CUSTOMER_RATIO,
  KIND_DISTINCT,
  MODELS,
  ROLE_DENOMINATOR,
  SHARED,
  SLOTS_PER_AGGREGATE,
} = compile;
const { PHASE_ACTIVE } = ledgers;
const { limbValue } = exact;

/** Scratch space for building explanations, reused across partners. */
export class Explainer {
  readonly #ledger: Ledger;
  readonly #board: Scoreboard;
  readonly #compiled: CompiledProgram;
  /** Scratch: the contributions credited for one slot, and their weights. */
  #picked = new Int32Array(256);
  #weights = new Float64Array(256);
  #best = new Int32Array(256);

  constructor(compiled: CompiledProgram, ledger: Ledger, board: Scoreboard) {
    this.#compiled = compiled;
    this.#ledger = ledger;
    this.#board = board;
  }

  /** Every metric slot of the partner, in definition then model order. */
  metricStandings(): MetricStanding[] {
    const compiled = this.#compiled;
    const ledger = this.#ledger;
    const out: MetricStanding[] = [];
    for (let q = 0; q < compiled.metricCount; q++) {
      const aggregate = compiled.aggregates[q];
      const def = aggregate.metric!;
      const count = aggregate.perModel ? ledger.partnerModels.length : 1;
      for (let j = 0; j < count; j++) {
        const b = aggregate.perModel ? ledger.partnerModels[j] : SHARED;
        const slot = q * SLOTS_PER_AGGREGATE + b;
        if (ledger.slotActive[slot] === 0) {
          continue;
        }
        const value = ledger.value(slot, this.#board.conditionHolds);
        const cents = this.#board.slotCents[slot];
        const pillar = compiled.program.pillars[aggregate.pillar];
        const standing: MetricStanding = {
          id: def.id,
          name: def.name,
          pillar: def.pillar,
          pillarKind: pillar.kind,
          aggregation: def.aggregation,
          windowDays: def.windowDays,
          value,
          target: def.target,
          unit: def.unit,
          progress: value > 0 ? Math.min(1, value / def.target) : 0,
          points: cents / 100,
          maxPoints: def.maxPoints,
          contributions: this.#contributions(slot, cents),
        };
        if (def.description !== undefined) {
          standing.description = def.description;
        }
        if (b !== SHARED) {
          standing.businessModel = BUSINESS_MODEL_IDS[b];
        }
        out.push(standing);
      }
    }
    return out;
  }

  /** The contributions that earned a slot's points. */
  #contributions(slot: number, cents: number): EventContribution[] {
    const ledger = this.#ledger;
    const q = (slot / SLOTS_PER_AGGREGATE) | 0;
    const aggregate = this.#compiled.aggregates[q];
    if (this.#picked.length < ledger.contributionCount) {
      this.#picked = new Int32Array(
        Math.max(ledger.contributionCount, this.#picked.length * 2),
      );
      this.#weights = new Float64Array(this.#picked.length);
    }
    const picked = this.#picked;
    let count: number;
    if (aggregate.kind === KIND_DISTINCT) {
      count = this.#pickLatestPerValue(slot, aggregate.optionGated);
    } else {
      count = 0;
      for (
        let c = ledger.slotFirstContribution[slot];
        c >= 0;
        c = ledger.contributionNext[c]
      ) {
        if (
          ledger.contributionPhase[c] === PHASE_ACTIVE &&
          ledger.contributionRole[c] !== ROLE_DENOMINATOR
        ) {
          picked[count++] = c;
        }
      }
    }
    if (count === 0) {
      return [];
    }
    this.#sortChronologically(picked, count);
    const weights = this.#weights;
    let total = 0;
    for (let k = 0; k < count; k++) {
      const w = this.#weight(picked[k], aggregate.kind);
      weights[k] = w;
      total += w;
    }
    // Cumulative rounding: the k-th event gets
    // round(P × w₁..ₖ / W) − round(P × w₁..ₖ₋₁ / W) hundredths.
    const out: EventContribution[] = new Array(count);
    let running = 0;
    let previous = 0;
    for (let k = 0; k < count; k++) {
      running += weights[k];
      const cumulative = total > 0 ? Math.round((cents * running) / total) : 0;
      out[k] = {
        eventId: ledger.eventAt(ledger.contributionEvent[picked[k]]).id,
        points: (cumulative - previous) / 100,
      };
      previous = cumulative;
    }
    return out;
  }

  /** A contribution's weight: its units, or its counted share per customer. */
  #weight(c: number, kind: number): number {
    const ledger = this.#ledger;
    if (kind === KIND_DISTINCT) {
      return 1;
    }
    const units = ledger.contributionUnits[c];
    if (kind !== KIND_CUSTOMER_RATIO) {
      return units;
    }
    const e = ledger.contributionEntry[c];
    const num = limbValue(ledger.entryNumHigh, ledger.entryNumLow, e);
    const den = limbValue(ledger.entryDenHigh, ledger.entryDenLow, e);
    return num <= den ? units : (units * den) / num;
  }

  /**
   * Distinct counts credit each counted value's most recent event (the
   * smallest id among events at the same instant); option-gated counts only
   * values earned through an option whose requirement holds. Writes them
   * into `#picked` and returns how many.
   */
  #pickLatestPerValue(slot: number, gated: boolean): number {
    const ledger = this.#ledger;
    const holds = this.#board.conditionHolds;
    const metricCount = this.#compiled.metricCount;
    const size = Math.max(ledger.entryCount, ledger.groupCount);
    if (this.#best.length < size) {
      this.#best = new Int32Array(Math.max(size, this.#best.length * 2));
    }
    const best = this.#best;
    for (let e = ledger.slotFirstEntry[slot]; e >= 0; e = ledger.entryNext[e]) {
      best[gated ? ledger.entryGroup[e] : e] = -1;
    }
    for (
      let c = ledger.slotFirstContribution[slot];
      c >= 0;
      c = ledger.contributionNext[c]
    ) {
      if (ledger.contributionPhase[c] !== PHASE_ACTIVE) {
        continue;
      }
      const e = ledger.contributionEntry[c];
      if (gated) {
        const condition = ledger.entryCondition[e];
        if (condition >= 0 && holds[condition - metricCount] !== 1) {
          continue;
        }
      }
      const key = gated ? ledger.entryGroup[e] : e;
      const current = best[key];
      if (current < 0 || this.#later(c, current)) {
        best[key] = c;
      }
    }
    const picked = this.#picked;
    let count = 0;
    for (let e = ledger.slotFirstEntry[slot]; e >= 0; e = ledger.entryNext[e]) {
      const key = gated ? ledger.entryGroup[e] : e;
      if (best[key] >= 0) {
        picked[count++] = best[key];
        best[key] = -1;
      }
    }
    return count;
  }

  /** Whether contribution a is more recent than b (ties: the smaller id). */
  #later(a: number, b: number): boolean {
    const ledger = this.#ledger;
    const ta = ledger.contributionStart[a];
    const tb = ledger.contributionStart[b];
    if (ta !== tb) {
      return ta > tb;
    }
    return (
      ledger.eventAt(ledger.contributionEvent[a]).id <
      ledger.eventAt(ledger.contributionEvent[b]).id
    );
  }

  /** Insertion sort by (occurredAt, id): linear for ledgers in time order. */
  #sortChronologically(list: Int32Array, count: number): void {
    const ledger = this.#ledger;
    for (let k = 1; k < count; k++) {
      const c = list[k];
      const t = ledger.contributionStart[c];
      let id: string | undefined;
      let j = k;
      while (j > 0) {
        const p = list[j - 1];
        const tp = ledger.contributionStart[p];
        if (tp < t) {
          break;
        }
        if (tp === t) {
          id ??= ledger.eventAt(ledger.contributionEvent[c]).id;
          if (ledger.eventAt(ledger.contributionEvent[p]).id <= id) {
            break;
          }
        }
        list[j] = p;
        j--;
      }
      list[j] = c;
    }
  }

  /** Points by business model (after adjustments and cap), by pillar, pooling. */
  pooling(): {
    pointsByBusinessModel: Record<BusinessModelId, number>;
    pointsByPillar: Record<string, number>;
    pooling: PoolingBreakdown;
  } {
    const board = this.#board;
    const compiled = this.#compiled;
    const pointsByBusinessModel = {} as Record<BusinessModelId, number>;
    const earnedByBusinessModel = {} as Record<BusinessModelId, number>;
    const adjustmentPointsByBusinessModel = {} as Record<
      BusinessModelId,
      number
    >;
    for (let b = 0; b < MODELS; b++) {
      const id = BUSINESS_MODEL_IDS[b];
      pointsByBusinessModel[id] = board.modelCounted(b) / 100;
      earnedByBusinessModel[id] = board.modelEarned[b] / 100;
      adjustmentPointsByBusinessModel[id] = board.adjustmentModel[b] / 100;
    }
    const pointsByPillar: Record<string, number> = {};
    // A loop rather than forEach: the program's arrays are frozen, and
    // forEach, find and some take a slow path on frozen arrays.
    const pillars = compiled.program.pillars;
    for (let i = 0; i < pillars.length; i++) {
      pointsByPillar[pillars[i].id] = board.pillarCents[i] / 100;
    }
    const pooling: PoolingBreakdown = {
      sharedPoints: board.sharedCents / 100,
      earnedByBusinessModel,
      sharedAdjustmentPoints: board.adjustmentShared / 100,
      adjustmentPointsByBusinessModel,
      beforeTotalCap: board.beforeTotalCap() / 100,
    };
    const rule = compiled.program.pooling;
    if (rule.perBusinessModelCap !== undefined) {
      pooling.perBusinessModelCap = rule.perBusinessModelCap;
    }
    if (rule.totalCap !== undefined) {
      pooling.totalCap = rule.totalCap;
    }
    return { pointsByBusinessModel, pointsByPillar, pooling };
  }
}
