/**
 * Phase 6 of an evaluation: the forecast. Time passes with no new events:
 * day by day, the recorded transitions are applied to the partner's state
 * (contributions start, move to the previous period, leave their windows or
 * are reversed), adjustments and exemptions start and end, and a new program
 * version takes over on its effective day. Each day on which the total or
 * the tier changes is reported with the state at the end of that day — what
 * a fresh evaluation then would give.
 */
import type { ReadAdjustment, ReadExemption } from '../adjustments';
import type { Program } from '../program/types';
import type { ExpiringPoints, ForecastCause } from '../standing';
import * as time from '../time';
import type { CompiledProgram } from './compile';
import * as compile from './compile';
import type { Ledger } from './ledger';
import * as ledgers from './ledger';
import type { Scoreboard } from './scoreboard';

// Under the CommonJS transform the backends and the bench run with, every
// use of an imported binding is a getter call; the hot paths read these once,
// as module constants.
const { DAY_MS, fastIso } = time;
const { SHARED, SLOTS_PER_AGGREGATE } = compile;
const { CAUSE_DATED_EVENT, CAUSE_REVERSAL } = ledgers;

/** How far ahead the forecast looks, after asOf's own UTC day. */
export const EXPIRY_HORIZON_DAYS = 90;

/** The state at the end of a day, to compare the next program version with. */
export interface ForecastSnapshot {
  totalCents: number;
  tier: number;
  /** `metricId@model` → points in hundredths. */
  slotCents: Map<string, number>;
}

/** Everything the forecast needs besides the state itself. */
export interface ForecastInput {
  compiled: CompiledProgram;
  ledger: Ledger;
  board: Scoreboard;
  adjustments: readonly ReadAdjustment[];
  exemptions: readonly ReadExemption[];
  /** Later versions, by effective date; the first one in the horizon takes over. */
  upcoming: readonly { program: Program; effectiveMs: number }[];
  /**
   * For a version taking over: the previous version's state at the end of
   * the day before, and that day (it is reported whenever the switch changes
   * the total or the tier).
   */
  previous?: { snapshot: ForecastSnapshot; day: number };
  /** Continues the forecast with another version from its effective day. */
  continueWith: (
    program: Program,
    effectiveMs: number,
    snapshot: ForecastSnapshot,
    later: readonly { program: Program; effectiveMs: number }[],
  ) => ExpiringPoints[];
}

const CAUSE_ORDER: Record<ForecastCause['type'], number> = {
  window: 0,
  'dated-event': 1,
  reversed: 2,
  'adjustment-starts': 3,
  'adjustment-ends': 4,
  'exemption-starts': 5,
  'exemption-ends': 6,
  'program-version': 7,
};

function slotKey(compiled: CompiledProgram, slot: number): string {
  const q = (slot / SLOTS_PER_AGGREGATE) | 0;
  const b = slot % SLOTS_PER_AGGREGATE;
  return `${compiled.aggregates[q].id}@${b === SHARED ? 'shared' : b}`;
}

/** Points of every metric slot of the partner, by `metricId@model`. */
export function snapshotSlots(
  compiled: CompiledProgram,
  ledger: Ledger,
  board: Scoreboard,
): Map<string, number> {
  const out = new Map<string, number>();
  const slots = compiled.metricCount * SLOTS_PER_AGGREGATE;
  for (let slot = 0; slot < slots; slot++) {
    if (ledger.slotActive[slot] === 1) {
      out.set(slotKey(compiled, slot), board.slotCents[slot]);
    }
  }
  return out;
}

/** Scratch space of the forecast, reused from partner to partner. */
export class ForecastScratch {
  bucketStart: Int32Array = new Int32Array(EXPIRY_HORIZON_DAYS + 3);
  dayOf: Int32Array = new Int32Array(256);
  order: Int32Array = new Int32Array(256);
  fill: Int32Array = new Int32Array(EXPIRY_HORIZON_DAYS + 3);
  decisionDay: Uint8Array = new Uint8Array(EXPIRY_HORIZON_DAYS + 3);
  droppedMark: Int32Array;
  /** The metrics that dropped on a day, in definition order. */
  dropped: Int32Array;
  generation = 0;

  constructor(aggregateCount: number) {
    this.droppedMark = new Int32Array(aggregateCount);
    this.dropped = new Int32Array(aggregateCount);
  }

  /**
   * `YYYY-MM-DD` of the days of the horizon from `#datesFirstDay`, by day
   * after it ('' until needed): batch jobs evaluate every partner at the
   * same asOf, so the same few dates are asked for again and again.
   */
  #dates: string[] = new Array<string>(EXPIRY_HORIZON_DAYS + 2).fill('');
  #datesFirstDay = NaN;

  /** Keeps the dates of a horizon from `firstDay` (forgets others). */
  startHorizon(firstDay: number): void {
    if (firstDay !== this.#datesFirstDay) {
      this.#dates.fill('');
      this.#datesFirstDay = firstDay;
    }
  }

  /** `YYYY-MM-DD` of an epoch day. */
  dateOf(day: number): string {
    const k = day - this.#datesFirstDay;
    if (!(k >= 0 && k < this.#dates.length)) {
      return fastIso(day * DAY_MS).slice(0, 10);
    }
    let date = this.#dates[k];
    if (date === '') {
      date = fastIso(day * DAY_MS).slice(0, 10);
      this.#dates[k] = date;
    }
    return date;
  }

  reserve(transitions: number): void {
    if (this.dayOf.length < transitions) {
      const size = Math.max(transitions, this.dayOf.length * 2);
      this.dayOf = new Int32Array(size);
      this.order = new Int32Array(size);
    }
  }
}

/** Replays the horizon; mutates the state. */
export function runForecast(
  input: ForecastInput,
  scratch: ForecastScratch,
): ExpiringPoints[] {
  const { compiled, ledger, board, adjustments, exemptions } = input;
  const tiers = compiled.program.tiers;
  const firstDay = Math.floor(ledger.asOfMs / DAY_MS);
  const lastDay = Math.floor(ledger.horizonEndMs / DAY_MS);
  let next: { program: Program; effectiveMs: number } | undefined;
  for (const u of input.upcoming) {
    if (u.effectiveMs > ledger.asOfMs && u.effectiveMs <= ledger.horizonEndMs) {
      next = u;
      break;
    }
  }
  const switchDay = next ? Math.floor(next.effectiveMs / DAY_MS) : lastDay + 1;
  const dayCount = Math.max(0, switchDay - firstDay);

  scratch.startHorizon(firstDay);

  // Transitions by day (counting sort).
  const n = ledger.transitionCount;
  scratch.reserve(n);
  const bucketStart = scratch.bucketStart;
  const dayOf = scratch.dayOf;
  const order = scratch.order;
  bucketStart.fill(0, 0, dayCount + 1);
  for (let k = 0; k < n; k++) {
    const d = Math.floor(ledger.transitionMs[k] / DAY_MS) - firstDay;
    dayOf[k] = d;
    if (d < dayCount) {
      bucketStart[d + 1]++;
    }
  }
  for (let d = 0; d < dayCount; d++) {
    bucketStart[d + 1] += bucketStart[d];
  }
  const fill = scratch.fill;
  // a loop rather than `set(subarray(…))`: no view object per partner
  for (let d = 0; d < dayCount; d++) {
    fill[d] = bucketStart[d];
  }
  for (let k = 0; k < n; k++) {
    if (dayOf[k] < dayCount) {
      order[fill[dayOf[k]]++] = k;
    }
  }

  // Days on which adjustments or exemptions start or end.
  const decisionDay = scratch.decisionDay;
  decisionDay.fill(0, 0, dayCount);
  const markDecision = (ms: number) => {
    if (ms > ledger.asOfMs && ms <= ledger.horizonEndMs) {
      const d = Math.floor(ms / DAY_MS) - firstDay;
      if (d < dayCount) {
        decisionDay[d] = 1;
      }
    }
  };
  for (const a of adjustments) {
    markDecision(a.fromMs);
    markDecision(a.untilMs);
  }
  for (const x of exemptions) {
    markDecision(x.fromMs);
    markDecision(x.untilMs);
  }

  const previous = input.previous;
  let prevTotal = previous ? previous.snapshot.totalCents : board.total();
  let prevTier = previous ? previous.snapshot.tier : board.tier(prevTotal);
  let prevEnd = ledger.asOfMs;
  const forcedDay = previous ? previous.day - firstDay : -1;
  const entries: ExpiringPoints[] = [];
  const droppedMark = scratch.droppedMark;

  for (let d = 0; d < dayCount; d++) {
    const from = bucketStart[d];
    const to = bucketStart[d + 1];
    const hasDecisions = decisionDay[d] === 1;
    if (from === to && !hasDecisions && d !== forcedDay) {
      continue;
    }
    const dayEnd = (firstDay + d + 1) * DAY_MS - 1;
    for (let k = from; k < to; k++) {
      const c = ledger.transitionContribution[order[k]];
      ledger.setPhase(c, ledger.phaseAt(c, dayEnd));
    }
    if (hasDecisions) {
      board.applyAdjustments(adjustments, dayEnd);
      board.applyExemptions(exemptions, dayEnd);
    }
    board.rescoreTouched();
    const total = board.total();
    const tier = board.tier(total);
    if (total !== prevTotal || tier !== prevTier) {
      let metricIds: string[];
      if (d === forcedDay && previous) {
        metricIds = droppedByKey(
          compiled,
          previous.snapshot.slotCents,
          snapshotSlots(compiled, ledger, board),
        );
      } else {
        // metrics with a slot that dropped, in definition order (insertion
        // sort: a day moves a handful of metrics)
        const generation = ++scratch.generation;
        const dropped = scratch.dropped;
        let count = 0;
        for (let k = 0; k < board.changeCount; k++) {
          if (board.changeAfter[k] < board.changeBefore[k]) {
            const q = (board.changeSlot[k] / SLOTS_PER_AGGREGATE) | 0;
            if (droppedMark[q] !== generation) {
              droppedMark[q] = generation;
              let j = count++;
              while (j > 0 && dropped[j - 1] > q) {
                dropped[j] = dropped[j - 1];
                j--;
              }
              dropped[j] = q;
            }
          }
        }
        metricIds = new Array(count);
        for (let k = 0; k < count; k++) {
          metricIds[k] = compiled.aggregates[dropped[k]].id;
        }
      }
      entries.push({
        date: scratch.dateOf(firstDay + d),
        points: (prevTotal - total) / 100,
        metricIds,
        resultingTotalPoints: total / 100,
        resultingTier: tiers[tier].id,
        resultingTierName: tiers[tier].name,
        causes: causesOf(
          input,
          from,
          to,
          order,
          prevEnd,
          dayEnd,
          d === forcedDay,
        ),
      });
    }
    prevTotal = total;
    prevTier = tier;
    prevEnd = dayEnd;
  }

  if (next) {
    const snapshot: ForecastSnapshot = {
      totalCents: prevTotal,
      tier: prevTier,
      slotCents: snapshotSlots(compiled, ledger, board),
    };
    const effectiveMs = next.effectiveMs;
    entries.push(
      ...input.continueWith(
        next.program,
        effectiveMs,
        snapshot,
        input.upcoming.filter(u => u.effectiveMs > effectiveMs),
      ),
    );
  }
  return entries;
}

/** The cause of a ledger transition, as the standing names it. */
function causeType(cause: number): ForecastCause['type'] {
  if (cause === CAUSE_DATED_EVENT) {
    return 'dated-event';
  }
  return cause === CAUSE_REVERSAL ? 'reversed' : 'window';
}

/**
 * Adds a cause in (cause order, id) order, once each: a day has a handful
 * of causes, so this beats sorting with a comparison callback.
 */
function addCause(
  causes: ForecastCause[],
  type: ForecastCause['type'],
  id: string,
): void {
  const rank = CAUSE_ORDER[type];
  let j = causes.length;
  while (j > 0) {
    const before = causes[j - 1];
    const beforeRank = CAUSE_ORDER[before.type];
    if (beforeRank < rank || (beforeRank === rank && before.id <= id)) {
      if (beforeRank === rank && before.id === id) {
        return; // already listed
      }
      break;
    }
    j--;
  }
  if (j === causes.length) {
    causes.push({ type, id });
  } else {
    causes.splice(j, 0, { type, id });
  }
}

/** Whether an instant falls in a day: after the end of the previous one reported, up to the day's end. */
function withinDay(ms: number, prevEnd: number, dayEnd: number): boolean {
  return ms > prevEnd && ms <= dayEnd;
}

/** What happened on a day: transitions, decisions, a new version; sorted, once each. */
function causesOf(
  input: ForecastInput,
  from: number,
  to: number,
  order: Int32Array,
  prevEnd: number,
  dayEnd: number,
  versionStarts: boolean,
): ForecastCause[] {
  const { ledger, adjustments, exemptions } = input;
  const causes: ForecastCause[] = [];
  for (let k = from; k < to; k++) {
    const t = order[k];
    addCause(
      causes,
      causeType(ledger.transitionCause[t]),
      ledger.eventAt(ledger.contributionEvent[ledger.transitionContribution[t]])
        .id,
    );
  }
  for (const a of adjustments) {
    if (withinDay(a.fromMs, prevEnd, dayEnd)) {
      addCause(causes, 'adjustment-starts', a.input.id);
    }
    if (withinDay(a.untilMs, prevEnd, dayEnd)) {
      addCause(causes, 'adjustment-ends', a.input.id);
    }
  }
  for (const x of exemptions) {
    if (withinDay(x.fromMs, prevEnd, dayEnd)) {
      addCause(causes, 'exemption-starts', x.input.id);
    }
    if (withinDay(x.untilMs, prevEnd, dayEnd)) {
      addCause(causes, 'exemption-ends', x.input.id);
    }
  }
  if (versionStarts) {
    addCause(causes, 'program-version', input.compiled.program.version);
  }
  return causes;
}

/**
 * Metric ids whose points are lower under the new version than under the
 * previous one (a metric the new version drops counts as dropping to 0),
 * in the new version's order, then the previous version's.
 */
function droppedByKey(
  compiled: CompiledProgram,
  before: Map<string, number>,
  after: Map<string, number>,
): string[] {
  const ids: string[] = [];
  const add = (key: string) => {
    const id = key.slice(0, key.lastIndexOf('@'));
    if (!ids.includes(id)) {
      ids.push(id);
    }
  };
  const known = new Set(compiled.program.metrics.map(m => m.id));
  for (const [key, cents] of after) {
    if (cents < (before.get(key) ?? 0)) {
      add(key);
    }
  }
  for (const [key, cents] of before) {
    if (cents > 0 && !after.has(key)) {
      add(key);
    }
  }
  // the new version's metrics first, in definition order
  const index = (id: string) =>
    known.has(id) ? compiled.metricIndex.get(id)! : compiled.metricCount;
  return ids
    .map((id, k) => ({ id, k }))
    .sort((x, y) => index(x.id) - index(y.id) || x.k - y.k)
    .map(x => x.id);
}
