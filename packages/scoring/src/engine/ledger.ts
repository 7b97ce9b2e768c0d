/**
 * Phase 2 of an evaluation: the single pass over a partner's events. Each
 * event that can count becomes one contribution per aggregate it feeds
 * (metric or option requirement), with the interval during which it counts:
 * from `occurredAt` until it leaves the window (or is reversed). The
 * contributions active at `asOf` are added to the aggregates; the moments
 * within the forecast horizon at which a contribution starts, moves to the
 * previous period (growth) or stops counting are recorded as transitions.
 *
 * The same state is then changed in place by what-ifs (actions, the plan)
 * and by the forecast's replay: `setPhase` adds or removes a contribution's
 * effect exactly.
 */
import type { PerformanceEvent } from '../events';
import * as limits from '../limits';
import type { PartnerProfile } from '../standing';
import * as time from '../time';
import type { CompiledProgram, FeedRule } from './compile';
import * as compile from './compile';
import * as exact from './units';

// Under the CommonJS transform the backends and the bench run with, every
// use of an imported binding is a getter call; the hot paths read these once,
// as module constants.
const { AMOUNT_UNITS_PER_USD, QUANTITY_UNITS_PER_ONE } = limits;
const {
  DAY_MS,
  canonicalDay,
  canonicalTimeOfDay,
  eventTimeMs,
  isCanonicalShape,
  isoClamped,
} = time;
const {
  KIND_COUNT,
  KIND_CUSTOMER_RATIO,
  KIND_DISTINCT,
  KIND_GROWTH,
  KIND_RATIO,
  KIND_SUM,
  ROLE_DENOMINATOR,
  SHARED,
  SLOTS_PER_AGGREGATE,
} = compile;
const {
  FIELD_AMOUNT,
  FIELD_QUANTITY,
  LIMB,
  addLimbs,
  highLimb,
  limbValue,
  readableNumbers,
} = exact;

/** `modelOf` for an event without a business model. */
export const NO_MODEL = -2;

/** A contribution does not count, counts (current period), or counts in the previous period (growth). */
export const PHASE_INACTIVE = 0;
export const PHASE_ACTIVE = 1;
export const PHASE_PREVIOUS = 2;

/** Why a transition happens. */
export const CAUSE_WINDOW = 0;
export const CAUSE_DATED_EVENT = 1;
export const CAUSE_REVERSAL = 2;

/** Up to this many reversed ids are compared directly rather than hashed. */
const DIRECT_REVERSALS = 8;

/** The earliest and latest instants an event may carry (years 0000–9999). */
const MIN_EVENT_MS = -62_167_219_200_000;
const MAX_EVENT_MS = 253_402_300_799_999;

function growInt32(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) {
    return a;
  }
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

function growInt8(a: Int8Array, need: number): Int8Array {
  if (need <= a.length) {
    return a;
  }
  const b = new Int8Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

function growFloat64(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) {
    return a;
  }
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Which slots a partner has, by its business models (see `Ledger.#layoutOf`). */
interface SlotLayout {
  slotActive: Uint8Array;
  metricSlots: readonly number[];
  defaultModel: Int8Array;
}

/**
 * The entry key of a value of an option-gated distinct count: the value and
 * the option it was earned under (one entry per pair).
 */
export function gatedEntryKey(value: string, option: unknown): string {
  return `${value}\u0000${String(option)}`;
}

/** An event's instant in epoch ms, or NaN when it is not a valid timestamp. */
export function eventInstant(value: unknown): number {
  let ms: number;
  if (typeof value === 'string') {
    ms = eventTimeMs(value);
  } else if (value instanceof Date) {
    ms = value.getTime();
  } else {
    return NaN;
  }
  return ms >= MIN_EVENT_MS && ms <= MAX_EVENT_MS ? ms : NaN;
}

/** Whether an event's attributes match an aggregate's filter. */
export function matchesFilter(
  attributes: Readonly<Record<string, unknown>> | undefined,
  filter: { names: string[]; values: string[][] },
): boolean {
  if (!attributes) {
    return false;
  }
  for (let k = 0; k < filter.names.length; k++) {
    const v = attributes[filter.names[k]];
    if (v === undefined || !filter.values[k].includes(String(v))) {
      return false;
    }
  }
  return true;
}

/**
 * The aggregates of one partner at one moment, with the contributions and
 * transitions that explain and move them. Reused from partner to partner
 * (not re-entrant; single-threaded JavaScript does not need it to be).
 */
export class Ledger {
  readonly compiled: CompiledProgram;

  // ---- per slot ----
  /** Whether the partner has the slot (its model, a metric that applies). */
  readonly slotActive: Uint8Array;
  /** The partner's metric slots, in standing order (metric, then model). */
  metricSlots: readonly number[] = [];
  /** Sum / count / distinct count / ratio numerator / current period (limbs). */
  readonly mainHigh: Float64Array;
  readonly mainLow: Float64Array;
  /** Ratio denominator / previous period (limbs). */
  readonly auxHigh: Float64Array;
  readonly auxLow: Float64Array;
  readonly slotFirstContribution: Int32Array;
  readonly slotLastContribution: Int32Array;
  readonly slotFirstEntry: Int32Array;
  readonly slotLastEntry: Int32Array;
  /** Distinct values / customers of a slot → entry. */
  readonly entryMaps: Array<Map<string, number> | undefined>;
  /** Option-gated distinct counts: value → group (one per distinct value). */
  readonly groupMaps: Array<Map<string, number> | undefined>;
  #usedMaps: number[] = [];

  // ---- the partner ----
  partnerId = '';
  /** The partner's business models (indices) that the program scores. */
  readonly partnerModels: number[] = [];
  /**
   * The partner's business models, in their order, as one number (digits
   * 1..MODELS in base MODELS + 1): what is the same for every partner with
   * the same models is cached by it.
   */
  modelsKey = 0;
  /** Per aggregate: the model events without one are credited to, or -1. */
  defaultModel: Int8Array;
  admittedMs = -Infinity;
  asOfMs = 0;
  /** The last millisecond of the forecast horizon. */
  horizonEndMs = 0;
  /** Whether transitions are recorded (only the forecast needs them). */
  recordTransitions = true;

  // ---- entries (distinct values, customers) ----
  entryCount = 0;
  entrySlot: Int32Array = new Int32Array(256);
  /** Active contributions of a distinct value. */
  entryActive: Float64Array = new Float64Array(256);
  entryNumHigh: Float64Array = new Float64Array(256);
  entryNumLow: Float64Array = new Float64Array(256);
  entryDenHigh: Float64Array = new Float64Array(256);
  entryDenLow: Float64Array = new Float64Array(256);
  /** Option-gated entries: the condition that must hold (-1: none). */
  entryCondition: Int32Array = new Int32Array(256);
  /** Option-gated entries: the distinct value they count for. */
  entryGroup: Int32Array = new Int32Array(256);
  entryNext: Int32Array = new Int32Array(256);
  entryKey: string[] = [];
  groupCount = 0;

  // ---- contributions ----
  contributionCount = 0;
  /** Index of the event (events beyond the input are hypothetical ones). */
  contributionEvent: Int32Array = new Int32Array(1024);
  contributionSlot: Int32Array = new Int32Array(1024);
  contributionRole: Int8Array = new Int8Array(1024);
  contributionUnits: Float64Array = new Float64Array(1024);
  contributionEntry: Int32Array = new Int32Array(1024);
  /** Counts from `start` (occurredAt) … */
  contributionStart: Float64Array = new Float64Array(1024);
  /** … in the current period until `middle` (growth; else = end) … */
  contributionMiddle: Float64Array = new Float64Array(1024);
  /** … and stops at `end` (window or reversal). */
  contributionEnd: Float64Array = new Float64Array(1024);
  contributionPhase: Int8Array = new Int8Array(1024);
  contributionNext: Int32Array = new Int32Array(1024);

  // ---- transitions within the forecast horizon ----
  transitionCount = 0;
  transitionMs: Float64Array = new Float64Array(256);
  transitionContribution: Int32Array = new Int32Array(256);
  transitionCause: Int8Array = new Int8Array(256);

  // ---- the events ----
  events: readonly PerformanceEvent[] = [];
  /** Hypothetical events (what-ifs), indexed after `events`. */
  readonly hypothetical: PerformanceEvent[] = [];

  /** Slots touched since the last `takeTouched`. */
  touched: Int32Array;
  touchedCount = 0;
  readonly #touchMark: Int32Array;
  #touchGeneration = 1;

  readonly #kind: Int8Array;
  /** Per event type: the longest time it counts for any aggregate it feeds. */
  readonly #typeLifeMs: Float64Array;

  constructor(compiled: CompiledProgram) {
    this.compiled = compiled;
    const slots = compiled.slotCount;
    this.slotActive = new Uint8Array(slots);
    this.mainHigh = new Float64Array(slots);
    this.mainLow = new Float64Array(slots);
    this.auxHigh = new Float64Array(slots);
    this.auxLow = new Float64Array(slots);
    this.slotFirstContribution = new Int32Array(slots).fill(-1);
    this.slotLastContribution = new Int32Array(slots).fill(-1);
    this.slotFirstEntry = new Int32Array(slots).fill(-1);
    this.slotLastEntry = new Int32Array(slots).fill(-1);
    this.entryMaps = new Array(slots).fill(undefined);
    this.groupMaps = new Array(slots).fill(undefined);
    for (const a of compiled.aggregates) {
      if (a.kind === KIND_DISTINCT || a.kind === KIND_CUSTOMER_RATIO) {
        for (let v = 0; v < SLOTS_PER_AGGREGATE; v++) {
          this.entryMaps[a.index * SLOTS_PER_AGGREGATE + v] = new Map();
          if (a.optionGated) {
            this.groupMaps[a.index * SLOTS_PER_AGGREGATE + v] = new Map();
          }
        }
      }
    }
    this.defaultModel = new Int8Array(compiled.aggregates.length);
    this.touched = new Int32Array(slots);
    this.#touchMark = new Int32Array(slots);
    this.#kind = Int8Array.from(compiled.aggregates, a => a.kind);
    this.#typeLifeMs = Float64Array.from(compiled.feeds, rules =>
      Math.max(0, ...rules.map(f => f.lifeMs)),
    );
  }

  /** Prepares the state for one partner and moment. */
  reset(
    partner: PartnerProfile,
    admittedMs: number,
    asOfMs: number,
    horizonEndMs: number,
  ): void {
    const compiled = this.compiled;
    this.partnerId = partner.id;
    this.admittedMs = admittedMs;
    this.asOfMs = asOfMs;
    this.horizonEndMs = horizonEndMs;
    this.partnerModels.length = 0;
    for (const id of partner.businessModels ?? []) {
      const b = compiled.modelIndex(id);
      if (
        b >= 0 &&
        compiled.programModels[b] &&
        !this.partnerModels.includes(b)
      ) {
        this.partnerModels.push(b);
      }
    }
    this.modelsKey = 0;
    for (const b of this.partnerModels) {
      this.modelsKey = this.modelsKey * SLOTS_PER_AGGREGATE + b + 1;
    }
    const layout = this.#layoutOf(this.modelsKey, this.partnerModels);
    this.slotActive.set(layout.slotActive);
    this.metricSlots = layout.metricSlots;
    this.defaultModel = layout.defaultModel;
    this.mainHigh.fill(0);
    this.mainLow.fill(0);
    this.auxHigh.fill(0);
    this.auxLow.fill(0);
    this.slotFirstContribution.fill(-1);
    this.slotLastContribution.fill(-1);
    this.slotFirstEntry.fill(-1);
    this.slotLastEntry.fill(-1);
    for (const slot of this.#usedMaps) {
      this.entryMaps[slot]!.clear();
      this.groupMaps[slot]?.clear();
    }
    this.#usedMaps.length = 0;
    // entryKey keeps its length (and its backing store): only the first
    // entryCount keys are read.
    this.entryCount = 0;
    this.groupCount = 0;
    this.contributionCount = 0;
    this.transitionCount = 0;
    this.hypothetical.length = 0;
    this.#reversedCount = 0;
    this.touchedCount = 0;
    this.#touchGeneration++;
  }

  /**
   * The slots a partner with these business models (in this order) has, its
   * metric slots in standing order, and the model events without one are
   * credited to: the same for every partner with the same models, so made
   * once per combination (there are a few dozen at most).
   */
  #layoutOf(key: number, models: readonly number[]): SlotLayout {
    const known = this.#layouts.get(key);
    if (known !== undefined) {
      return known;
    }
    const compiled = this.compiled;
    const slotActive = new Uint8Array(compiled.slotCount);
    const metricSlots: number[] = [];
    const defaultModel = new Int8Array(compiled.aggregates.length).fill(-1);
    for (const a of compiled.aggregates) {
      const isMetric = a.index < compiled.metricCount;
      if (a.perModel) {
        for (const b of models) {
          if (a.appliesTo[b]) {
            slotActive[a.index * SLOTS_PER_AGGREGATE + b] = 1;
            if (isMetric) {
              metricSlots.push(a.index * SLOTS_PER_AGGREGATE + b);
            }
            if (defaultModel[a.index] < 0) {
              defaultModel[a.index] = b;
            }
          }
        }
      } else {
        slotActive[a.index * SLOTS_PER_AGGREGATE + SHARED] = 1;
        if (isMetric) {
          metricSlots.push(a.index * SLOTS_PER_AGGREGATE + SHARED);
        }
      }
    }
    const layout = { slotActive, metricSlots, defaultModel };
    this.#layouts.set(key, layout);
    return layout;
  }

  readonly #layouts = new Map<number, SlotLayout>();

  /** The event at an index (input events first, then hypothetical ones). */
  eventAt(index: number): PerformanceEvent {
    const n = this.events.length;
    return index < n ? this.events[index] : this.hypothetical[index - n];
  }

  /**
   * The pass over the partner's events. Events of other partners, of
   * unknown types, with unreadable timestamps or numbers, before admission,
   * after the horizon or out of every window count for nothing. Reversals
   * are noted on the way and applied afterwards to the contributions of the
   * events they name (rare, so the common case is one pass and nothing
   * more).
   */
  accumulate(events: readonly PerformanceEvent[]): void {
    this.events = events;
    this.#reversalCount = 0;
    this.#pass(events);
    if (this.#reversalCount > 0) {
      this.#collectReversals(events);
      if (this.#reversedCount > 0) {
        this.#applyReversals();
      }
    }
  }

  /**
   * For asOf: per event type, the canonical timestamp at or before which an
   * event of that type counts for nothing (it left every window it feeds).
   * Batch jobs evaluate many partners at one asOf: computed once for it.
   */
  #bounds(): string[] {
    if (this.#boundsFor !== this.asOfMs) {
      this.#boundsFor = this.asOfMs;
      this.#boundsCache = Array.from(this.#typeLifeMs, life =>
        isoClamped(this.asOfMs - life),
      );
    }
    return this.#boundsCache;
  }

  #boundsFor = NaN;
  #boundsCache: string[] = [];

  #reversals: Int32Array = new Int32Array(16);
  #reversalCount = 0;

  #pass(events: readonly PerformanceEvent[]): void {
    const compiled = this.compiled;
    const typeOf = compiled.typeIndex;
    const feeds = compiled.feeds;
    const partnerId = this.partnerId;
    const reversalType = compiled.reversalType;
    const asOf = this.asOfMs;
    const earliest = asOf - compiled.longestLifeMs;
    const horizonEnd = this.horizonEndMs;
    const admitted = this.admittedMs;
    // Canonical timestamps compare like the instants they denote: events
    // older than every window of their type (most of a long ledger) are
    // skipped on one string comparison, before their date is read (about
    // 100 ns a timestamp). The horizon and admission are checked on the
    // instant, once read.
    const lowest = this.#bounds();
    const n = events.length;
    for (let i = 0; i < n; i++) {
      const e = events[i];
      if (e.partnerId !== partnerId) {
        continue;
      }
      const t = typeOf(e.type);
      if (t < 0) {
        continue;
      }
      if (t === reversalType) {
        if (this.#reversalCount >= this.#reversals.length) {
          this.#reversals = growInt32(this.#reversals, this.#reversalCount + 1);
        }
        this.#reversals[this.#reversalCount++] = i;
        continue;
      }
      if (feeds[t].length === 0) {
        continue;
      }
      const at = e.occurredAt;
      let ms: number;
      if (
        typeof at === 'string' &&
        at.length === 24 &&
        at.charCodeAt(23) === 90 /* Z */ &&
        at.charCodeAt(10) === 84 /* T */
      ) {
        // Of this length, only the canonical form is a valid timestamp, and
        // for valid ones the comparison is chronological.
        if (at <= lowest[t]) {
          continue;
        }
        if (!isCanonicalShape(at)) {
          continue;
        }
        ms = canonicalDay(at) * DAY_MS + canonicalTimeOfDay(at);
      } else {
        ms = eventInstant(at);
      }
      if (
        !(ms <= horizonEnd && ms > earliest && ms >= admitted) ||
        !readableNumbers(e.quantity, e.amount)
      ) {
        continue;
      }
      this.addEvent(e, i, t, ms, true);
    }
  }

  /**
   * Lists the reversed event ids with when each reversal takes effect: the
   * earliest readable reversal of each id. Reversals before admission count
   * for nothing, like every event; reversals cannot be reversed.
   */
  #collectReversals(events: readonly PerformanceEvent[]): void {
    const times = this.#reversedMs;
    this.#reversedCount = 0;
    this.#reversedIndex.clear();
    for (let k = 0; k < this.#reversalCount; k++) {
      const e = events[this.#reversals[k]];
      const target = e.attributes?.reversedEventId;
      const ms = eventInstant(e.occurredAt);
      if (
        typeof target !== 'string' ||
        target === '' ||
        !(ms <= this.horizonEndMs && ms >= this.admittedMs)
      ) {
        continue; // unreadable, beyond the horizon, or before admission
      }
      const known = this.#reversalOf(target);
      if (known >= 0) {
        if (ms < times[known]) {
          times[known] = ms;
        }
        continue;
      }
      const j = this.#reversedCount++;
      this.#reversedIds[j] = target;
      times[j] = ms;
      if (j === DIRECT_REVERSALS) {
        // from now on, by hash (see #reversalOf)
        for (let i = 0; i <= j; i++) {
          this.#reversedIndex.set(this.#reversedIds[i], i);
        }
      } else if (j > DIRECT_REVERSALS) {
        this.#reversedIndex.set(target, j);
      }
    }
  }

  /** Index of a reversed event id in `#reversedIds`, or -1. */
  #reversalOf(id: string): number {
    const count = this.#reversedCount;
    if (count > DIRECT_REVERSALS) {
      return this.#reversedIndex.get(id) ?? -1;
    }
    // A few reversals are compared directly: no hashing of every event id.
    for (let j = 0; j < count; j++) {
      if (this.#reversedIds[j] === id) {
        return j;
      }
    }
    return -1;
  }

  /** The reversed ids, and when each reversal takes effect (ms). */
  readonly #reversedIds: string[] = [];
  readonly #reversedMs: number[] = [];
  #reversedCount = 0;
  /** With more than DIRECT_REVERSALS of them: reversed id → index. */
  readonly #reversedIndex = new Map<string, number>();
  /** Contributions a reversal cut short (scratch of #applyReversals). */
  #affected: Uint8Array = new Uint8Array(1024);

  /**
   * Ends the contributions of reversed events at their reversal: removed now
   * if the reversal is at or before asOf, else forecast on its day (cause
   * 'reversed'); their transitions from the reversal on are dropped.
   */
  #applyReversals(): void {
    const asOf = this.asOfMs;
    const count = this.contributionCount;
    if (this.#affected.length < count) {
      this.#affected = new Uint8Array(
        Math.max(count, this.#affected.length * 2),
      );
    }
    const affected = this.#affected;
    affected.fill(0, 0, count);
    let any = false;
    // An event's contributions are consecutive: its id is looked up once.
    let lastEvent = -1;
    let reversal = -1;
    for (let c = 0; c < count; c++) {
      const eventIndex = this.contributionEvent[c];
      if (eventIndex !== lastEvent) {
        lastEvent = eventIndex;
        reversal = this.#reversalOf(this.events[eventIndex].id);
      }
      if (reversal < 0) {
        continue;
      }
      const reversalMs = this.#reversedMs[reversal];
      if (reversalMs >= this.contributionEnd[c]) {
        continue; // reversed after it stops counting
      }
      any = true;
      affected[c] = 1;
      const end = Math.max(this.contributionStart[c], reversalMs);
      if (reversalMs <= asOf && this.contributionPhase[c] !== PHASE_INACTIVE) {
        this.#setPhaseQuietly(c, PHASE_INACTIVE);
      }
      this.contributionEnd[c] = end;
      if (this.contributionMiddle[c] > end) {
        this.contributionMiddle[c] = end;
      }
    }
    if (!any || !this.recordTransitions) {
      return;
    }
    // Keep the transitions of affected contributions that still happen (its
    // start, a move to the previous period before the reversal) and end them
    // at the reversal instead of at the end of their window.
    let kept = 0;
    const total = this.transitionCount;
    for (let t = 0; t < total; t++) {
      const c = this.transitionContribution[t];
      const ms = this.transitionMs[t];
      if (affected[c] === 1) {
        const start = this.contributionStart[c];
        const end = this.contributionEnd[c];
        const isStart =
          this.transitionCause[t] === CAUSE_DATED_EVENT && ms === start;
        if (end <= start || (!isStart && ms >= end)) {
          continue;
        }
      }
      this.transitionMs[kept] = ms;
      this.transitionContribution[kept] = c;
      this.transitionCause[kept] = this.transitionCause[t];
      kept++;
    }
    this.transitionCount = kept;
    for (let c = 0; c < count; c++) {
      const end = this.contributionEnd[c];
      if (
        affected[c] === 1 &&
        end > this.contributionStart[c] &&
        end > asOf &&
        end <= this.horizonEndMs
      ) {
        this.#transition(end, c, CAUSE_REVERSAL);
      }
    }
  }

  #useMaps(slot: number): void {
    const map = this.entryMaps[slot]!;
    if (map.size === 0) {
      this.#usedMaps.push(slot);
    }
  }

  /** The entry of a distinct value or customer in a slot, created if needed. */
  #entry(slot: number, key: string, condition: number, group: number): number {
    const map = this.entryMaps[slot]!;
    const known = map.get(key);
    if (known !== undefined) {
      return known;
    }
    this.#useMaps(slot);
    const e = this.entryCount++;
    if (e >= this.entrySlot.length) {
      const need = e + 1;
      this.entrySlot = growInt32(this.entrySlot, need);
      this.entryActive = growFloat64(this.entryActive, need);
      this.entryNumHigh = growFloat64(this.entryNumHigh, need);
      this.entryNumLow = growFloat64(this.entryNumLow, need);
      this.entryDenHigh = growFloat64(this.entryDenHigh, need);
      this.entryDenLow = growFloat64(this.entryDenLow, need);
      this.entryCondition = growInt32(this.entryCondition, need);
      this.entryGroup = growInt32(this.entryGroup, need);
      this.entryNext = growInt32(this.entryNext, need);
    }
    map.set(key, e);
    this.entrySlot[e] = slot;
    this.entryActive[e] = 0;
    this.entryNumHigh[e] = 0;
    this.entryNumLow[e] = 0;
    this.entryDenHigh[e] = 0;
    this.entryDenLow[e] = 0;
    this.entryCondition[e] = condition;
    this.entryGroup[e] = group;
    this.entryNext[e] = -1;
    this.entryKey[e] = key;
    if (this.slotLastEntry[slot] < 0) {
      this.slotFirstEntry[slot] = e;
    } else {
      this.entryNext[this.slotLastEntry[slot]] = e;
    }
    this.slotLastEntry[slot] = e;
    return e;
  }

  #group(slot: number, value: string): number {
    const map = this.groupMaps[slot]!;
    const known = map.get(value);
    if (known !== undefined) {
      return known;
    }
    const g = this.groupCount++;
    map.set(value, g);
    return g;
  }

  /**
   * The slot an event feeds for an aggregate, or -1 when it does not count
   * there (filter, catalogue, business model). For a specialization with
   * options, `optionCondition` is then the condition its option needs (-1:
   * none). Shared by the ledger pass and the what-ifs, so both count alike.
   */
  slotFor(e: PerformanceEvent, f: FeedRule, model: number): number {
    this.optionCondition = -1;
    if (f.screened && !this.#passesScreens(e, f)) {
      return -1;
    }
    if (!f.perModel) {
      return f.slotBase + SHARED;
    }
    if (model === NO_MODEL) {
      const b = this.defaultModel[f.aggregate];
      return b < 0 ? -1 : f.slotBase + b;
    }
    return model < 0 || this.slotActive[f.slotBase + model] === 0
      ? -1
      : f.slotBase + model;
  }

  /**
   * The business model index of an event: NO_MODEL without one, -1 for a
   * value that is not a business model id.
   */
  modelOf(e: PerformanceEvent): number {
    const bm = e.businessModel;
    return bm === undefined ? NO_MODEL : this.compiled.modelIndex(bm);
  }

  /** An aggregate's filter and catalogue checks (with the option's condition). */
  #passesScreens(e: PerformanceEvent, f: FeedRule): boolean {
    const attributes = e.attributes;
    if (attributes === undefined) {
      return false; // filters and catalogues both read an attribute
    }
    if (f.filter !== null && !matchesFilter(attributes, f.filter)) {
      return false;
    }
    const catalog = f.catalog;
    if (catalog !== null) {
      const raw = attributes[catalog.attribute];
      if (raw === undefined) {
        return false;
      }
      const rule = catalog.entries.get(
        typeof raw === 'string' ? raw : String(raw),
      );
      if (rule === undefined) {
        return false;
      }
      if (rule.options !== null) {
        const option = attributes.option;
        const gate =
          option === undefined
            ? undefined
            : rule.options.get(
                typeof option === 'string' ? option : String(option),
              );
        if (gate === undefined) {
          return false;
        }
        this.optionCondition = gate;
      }
    }
    return true;
  }

  /** Set by `slotFor`: the condition the event's specialization option needs. */
  optionCondition = -1;

  /**
   * An event's units for an aggregate's field (1 for counts and distinct
   * counts), capped per event; 0 when it adds nothing.
   */
  unitsFor(e: PerformanceEvent, f: FeedRule): number {
    let units: number;
    const field = f.field;
    if (field === FIELD_AMOUNT) {
      const amount = e.amount;
      units =
        amount === undefined ? 0 : Math.round(amount * AMOUNT_UNITS_PER_USD);
    } else if (field === FIELD_QUANTITY) {
      const quantity = e.quantity;
      units =
        quantity === undefined
          ? QUANTITY_UNITS_PER_ONE
          : Math.round(quantity * QUANTITY_UNITS_PER_ONE);
    } else {
      return 1;
    }
    if (!(units > 0)) {
      return 0;
    }
    const cap = f.capUnits;
    return units > cap ? cap : units;
  }

  /** The distinct value (or customer) an event gives an aggregate, or undefined. */
  keyFor(e: PerformanceEvent, f: FeedRule): string | undefined {
    const attribute = f.keyAttribute;
    const raw = attribute === null ? e.customerId : e.attributes?.[attribute];
    if (raw === undefined || raw === '') {
      return undefined;
    }
    return typeof raw === 'string' ? raw : String(raw);
  }

  /**
   * Turns one event into contributions (one per aggregate it feeds) and adds
   * those active at asOf. `link` lists the contributions under their slots
   * (for the standing's explanations; what-ifs do not need it). Returns how
   * many contributions were made.
   */
  addEvent(
    e: PerformanceEvent,
    eventIndex: number,
    type: number,
    ms: number,
    link: boolean,
  ): number {
    const rules = this.compiled.feeds[type];
    const asOf = this.asOfMs;
    const model = this.modelOf(e);
    let made = 0;
    for (let k = 0; k < rules.length; k++) {
      const f = rules[k];
      const end = ms + f.lifeMs;
      if (end <= asOf) {
        continue; // left this window before asOf
      }
      const slot = this.slotFor(e, f, model);
      if (slot < 0) {
        continue;
      }
      const kind = f.kind;
      let units = 1;
      let entry = -1;
      if (kind === KIND_DISTINCT) {
        const key = this.keyFor(e, f);
        if (key === undefined) {
          continue;
        }
        entry = f.optionGated
          ? this.#entry(
              slot,
              gatedEntryKey(key, e.attributes?.option),
              this.optionCondition,
              this.#group(slot, key),
            )
          : this.#entry(slot, key, -1, -1);
      } else {
        units = this.unitsFor(e, f);
        if (units === 0) {
          continue;
        }
        if (kind === KIND_CUSTOMER_RATIO) {
          const customer = this.keyFor(e, f);
          if (customer === undefined) {
            continue;
          }
          entry = this.#entry(slot, customer, -1, -1);
        }
      }
      const middle = kind === KIND_GROWTH ? ms + f.windowMs : end;
      const c = this.contributionCount++;
      if (c >= this.contributionEvent.length) {
        this.#growContributions(c + 1);
      }
      this.contributionEvent[c] = eventIndex;
      this.contributionSlot[c] = slot;
      this.contributionRole[c] = f.role;
      this.contributionUnits[c] = units;
      this.contributionEntry[c] = entry;
      this.contributionStart[c] = ms;
      this.contributionMiddle[c] = middle;
      this.contributionEnd[c] = end;
      this.contributionPhase[c] = PHASE_INACTIVE;
      this.contributionNext[c] = -1;
      if (link) {
        const last = this.slotLastContribution[slot];
        if (last < 0) {
          this.slotFirstContribution[slot] = c;
        } else {
          this.contributionNext[last] = c;
        }
        this.slotLastContribution[slot] = c;
      }
      made++;
      if (ms <= asOf) {
        // it counts now (it has not left its window: checked above)
        const phase = middle <= asOf ? PHASE_PREVIOUS : PHASE_ACTIVE;
        this.#effect(c, phase, 1);
        this.contributionPhase[c] = phase;
        if (!link) {
          this.touch(slot);
        }
      }
      if (this.recordTransitions) {
        const horizonEnd = this.horizonEndMs;
        if (ms > asOf) {
          this.#transition(ms, c, CAUSE_DATED_EVENT);
        }
        if (middle < end && middle > asOf && middle <= horizonEnd) {
          this.#transition(middle, c, CAUSE_WINDOW);
        }
        if (end > asOf && end <= horizonEnd) {
          this.#transition(end, c, CAUSE_WINDOW);
        }
      }
    }
    return made;
  }

  #transition(ms: number, c: number, cause: number): void {
    const t = this.transitionCount++;
    if (t >= this.transitionMs.length) {
      this.transitionMs = growFloat64(this.transitionMs, t + 1);
      this.transitionContribution = growInt32(
        this.transitionContribution,
        t + 1,
      );
      this.transitionCause = growInt8(this.transitionCause, t + 1);
    }
    this.transitionMs[t] = ms;
    this.transitionContribution[t] = c;
    this.transitionCause[t] = cause;
  }

  #growContributions(need: number): void {
    this.contributionEvent = growInt32(this.contributionEvent, need);
    this.contributionSlot = growInt32(this.contributionSlot, need);
    this.contributionRole = growInt8(this.contributionRole, need);
    this.contributionUnits = growFloat64(this.contributionUnits, need);
    this.contributionEntry = growInt32(this.contributionEntry, need);
    this.contributionStart = growFloat64(this.contributionStart, need);
    this.contributionMiddle = growFloat64(this.contributionMiddle, need);
    this.contributionEnd = growFloat64(this.contributionEnd, need);
    this.contributionPhase = growInt8(this.contributionPhase, need);
    this.contributionNext = growInt32(this.contributionNext, need);
  }

  /** A contribution's phase at instant `t`. */
  phaseAt(c: number, t: number): number {
    if (t < this.contributionStart[c]) {
      return PHASE_INACTIVE;
    }
    if (t < this.contributionMiddle[c]) {
      return PHASE_ACTIVE;
    }
    return t < this.contributionEnd[c] ? PHASE_PREVIOUS : PHASE_INACTIVE;
  }

  /** Moves a contribution to a phase, changing its aggregate exactly. */
  setPhase(c: number, phase: number): void {
    if (this.contributionPhase[c] !== phase) {
      this.#setPhaseQuietly(c, phase);
      this.touch(this.contributionSlot[c]);
    }
  }

  /** setPhase without marking the slot (the first scoring reads every slot). */
  #setPhaseQuietly(c: number, phase: number): void {
    const old = this.contributionPhase[c];
    if (old === phase) {
      return;
    }
    if (old !== PHASE_INACTIVE) {
      this.#effect(c, old, -1);
    }
    if (phase !== PHASE_INACTIVE) {
      this.#effect(c, phase, 1);
    }
    this.contributionPhase[c] = phase;
  }

  #effect(c: number, phase: number, sign: number): void {
    const slot = this.contributionSlot[c];
    const kind = this.#kind[(slot / SLOTS_PER_AGGREGATE) | 0];
    const units = this.contributionUnits[c];
    switch (kind) {
      case KIND_DISTINCT: {
        const e = this.contributionEntry[c];
        const before = this.entryActive[e];
        this.entryActive[e] = before + sign;
        if (this.groupMaps[slot] === undefined) {
          if (sign > 0 && before === 0) {
            this.mainLow[slot] += 1;
          } else if (sign < 0 && before === 1) {
            this.mainLow[slot] -= 1;
          }
        }
        return;
      }
      case KIND_CUSTOMER_RATIO: {
        const e = this.contributionEntry[c];
        if (this.contributionRole[c] === ROLE_DENOMINATOR) {
          addLimbs(this.entryDenHigh, this.entryDenLow, e, units, sign);
          addLimbs(this.auxHigh, this.auxLow, slot, units, sign);
        } else {
          addLimbs(this.entryNumHigh, this.entryNumLow, e, units, sign);
        }
        return;
      }
      case KIND_GROWTH:
        if (phase === PHASE_PREVIOUS) {
          addLimbs(this.auxHigh, this.auxLow, slot, units, sign);
        } else {
          addLimbs(this.mainHigh, this.mainLow, slot, units, sign);
        }
        return;
      default:
        if (this.contributionRole[c] === ROLE_DENOMINATOR) {
          addLimbs(this.auxHigh, this.auxLow, slot, units, sign);
        } else {
          addLimbs(this.mainHigh, this.mainLow, slot, units, sign);
        }
    }
  }

  /** Marks a slot as changed. */
  touch(slot: number): void {
    if (this.#touchMark[slot] !== this.#touchGeneration) {
      this.#touchMark[slot] = this.#touchGeneration;
      this.touched[this.touchedCount++] = slot;
    }
  }

  /** Forgets the touched slots (after they have been rescored). */
  clearTouched(): void {
    this.touchedCount = 0;
    this.#touchGeneration++;
  }

  /**
   * The value of a slot's aggregate (metric value, or a condition's sum or
   * count). `conditionHolds` tells option-gated counts which conditions hold.
   */
  value(slot: number, conditionHolds: Uint8Array): number {
    const q = (slot / SLOTS_PER_AGGREGATE) | 0;
    const aggregate = this.compiled.aggregates[q];
    switch (aggregate.kind) {
      case KIND_SUM:
      case KIND_COUNT:
        return (
          limbValue(this.mainHigh, this.mainLow, slot) / aggregate.mainScale
        );
      case KIND_DISTINCT:
        return aggregate.optionGated
          ? this.#gatedDistinct(slot, conditionHolds)
          : this.mainLow[slot];
      case KIND_RATIO: {
        const den = limbValue(this.auxHigh, this.auxLow, slot);
        if (!(den > 0)) {
          return 0;
        }
        const num = limbValue(this.mainHigh, this.mainLow, slot);
        return num / aggregate.mainScale / (den / aggregate.denominatorScale);
      }
      case KIND_CUSTOMER_RATIO:
        return this.#customerRatio(slot);
      case KIND_GROWTH: {
        const previous = limbValue(this.auxHigh, this.auxLow, slot);
        if (!(previous > 0)) {
          return 0;
        }
        return (
          (limbValue(this.mainHigh, this.mainLow, slot) - previous) / previous
        );
      }
      default:
        throw new Error('unreachable');
    }
  }

  /**
   * What an option-gated distinct count would be with one more event of
   * `value` under `option`, whose option needs `condition` (-1: none); the
   * state is left as it was. The count moves only if no active entry of
   * that value and option exists, no other active entry already counts the
   * value, and the option's condition holds.
   */
  gatedDistinctWith(
    slot: number,
    value: string,
    option: unknown,
    condition: number,
    conditionHolds: Uint8Array,
  ): number {
    const count = this.#gatedDistinct(slot, conditionHolds);
    const same = this.entryMaps[slot]!.get(gatedEntryKey(value, option));
    if (same !== undefined && this.entryActive[same] > 0) {
      return count;
    }
    const metricCount = this.compiled.metricCount;
    const group = this.groupMaps[slot]!.get(value);
    if (group !== undefined) {
      for (let e = this.slotFirstEntry[slot]; e >= 0; e = this.entryNext[e]) {
        const needs = this.entryCondition[e];
        if (
          this.entryGroup[e] === group &&
          this.entryActive[e] > 0 &&
          (needs < 0 || conditionHolds[needs - metricCount] === 1)
        ) {
          return count; // the value counts already
        }
      }
    }
    return condition < 0 || conditionHolds[condition - metricCount] === 1
      ? count + 1
      : count;
  }

  /** Distinct values with an active entry whose option's requirement holds. */
  #gatedDistinct(slot: number, conditionHolds: Uint8Array): number {
    let count = 0;
    const seen: number[] = [];
    for (let e = this.slotFirstEntry[slot]; e >= 0; e = this.entryNext[e]) {
      const condition = this.entryCondition[e];
      if (
        this.entryActive[e] > 0 &&
        (condition < 0 ||
          conditionHolds[condition - this.compiled.metricCount] === 1) &&
        !seen.includes(this.entryGroup[e])
      ) {
        seen.push(this.entryGroup[e]);
        count++;
      }
    }
    return count;
  }

  /**
   * Σ over customers of min(numerator, denominator) ÷ Σ denominators, in
   * exact units (each customer's numerator counts up to its denominator).
   */
  #customerRatio(slot: number): number {
    const den = limbValue(this.auxHigh, this.auxLow, slot);
    if (!(den > 0)) {
      return 0;
    }
    let high = 0;
    let low = 0;
    for (let e = this.slotFirstEntry[slot]; e >= 0; e = this.entryNext[e]) {
      const shortfall = this.#compareNumDen(e);
      if (shortfall <= 0) {
        // numerator ≤ denominator: all of it counts
        high += this.entryNumHigh[e];
        low += this.entryNumLow[e];
      } else {
        high += this.entryDenHigh[e];
        low += this.entryDenLow[e];
      }
    }
    return (high * LIMB + low) / den;
  }

  /**
   * What a per-customer ratio slot's value would be with `units` more in a
   * customer's numerator or denominator (the state is left as it was). A
   * customer not in the slot yet has nothing in its denominator, so a
   * numerator for it changes nothing.
   */
  customerRatioWith(
    slot: number,
    customer: string,
    denominator: boolean,
    units: number,
  ): number {
    const h = highLimb(units);
    const l = units - h * LIMB;
    const e = this.entryMaps[slot]!.get(customer);
    if (denominator) {
      this.auxHigh[slot] += h;
      this.auxLow[slot] += l;
    }
    if (e !== undefined) {
      if (denominator) {
        this.entryDenHigh[e] += h;
        this.entryDenLow[e] += l;
      } else {
        this.entryNumHigh[e] += h;
        this.entryNumLow[e] += l;
      }
    }
    const value = this.#customerRatio(slot);
    if (e !== undefined) {
      if (denominator) {
        this.entryDenHigh[e] -= h;
        this.entryDenLow[e] -= l;
      } else {
        this.entryNumHigh[e] -= h;
        this.entryNumLow[e] -= l;
      }
    }
    if (denominator) {
      this.auxHigh[slot] -= h;
      this.auxLow[slot] -= l;
    }
    return value;
  }

  /**
   * Sign of (numerator − denominator) of a customer entry, exactly: both
   * limb pairs are first carried so that the low limb is in [0, LIMB).
   */
  #compareNumDen(e: number): number {
    const numCarry = Math.floor(this.entryNumLow[e] / LIMB);
    const numHigh = this.entryNumHigh[e] + numCarry;
    const numLow = this.entryNumLow[e] - numCarry * LIMB;
    const denCarry = Math.floor(this.entryDenLow[e] / LIMB);
    const denHigh = this.entryDenHigh[e] + denCarry;
    const denLow = this.entryDenLow[e] - denCarry * LIMB;
    if (numHigh !== denHigh) {
      return numHigh < denHigh ? -1 : 1;
    }
    if (numLow === denLow) {
      return 0;
    }
    return numLow < denLow ? -1 : 1;
  }

  /** A customer entry's denominator minus its numerator, in units (≥ 0 or negative). */
  shortfall(e: number): number {
    return (
      limbValue(this.entryDenHigh, this.entryDenLow, e) -
      limbValue(this.entryNumHigh, this.entryNumLow, e)
    );
  }

  /** The first UTC day (epoch day number) of the forecast. */
  get firstDay(): number {
    return Math.floor(this.asOfMs / DAY_MS);
  }
}
