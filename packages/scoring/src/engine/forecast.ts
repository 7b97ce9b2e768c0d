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
import { DAY_MS, fastIso } from '../time';
import { CompiledProgram, SHARED, SLOTS_PER_AGGREGATE } from './compile';
import { CAUSE_DATED_EVENT, CAUSE_REVERSAL, Ledger } from './ledger';
import type { Scoreboard } from './scoreboard';

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

/** Replays the horizon; mutates the state. */
export function runForecast(input: ForecastInput): ExpiringPoints[] {
  const { compiled, ledger, board, adjustments, exemptions } = input;
  const tiers = compiled.program.tiers;
  const firstDay = Math.floor(ledger.asOfMs / DAY_MS);
  const lastDay = Math.floor(ledger.horizonEndMs / DAY_MS);
  const next = input.upcoming.find(
    u => u.effectiveMs > ledger.asOfMs && u.effectiveMs <= ledger.horizonEndMs,
  );
  const switchDay = next ? Math.floor(next.effectiveMs / DAY_MS) : lastDay + 1;
  const endDay = switchDay - 1;

  // Transitions by day (counting sort).
  const dayCount = Math.max(0, endDay - firstDay + 1);
  const bucketStart = new Int32Array(dayCount + 1);
  const n = ledger.transitionCount;
  const dayOf = new Int32Array(n);
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
  const order = new Int32Array(bucketStart[dayCount]);
  const fill = bucketStart.slice(0, dayCount);
  for (let k = 0; k < n; k++) {
    if (dayOf[k] < dayCount) {
      order[fill[dayOf[k]]++] = k;
    }
  }

  // Days on which adjustments or exemptions start or end.
  const decisionDays = new Set<number>();
  const addDecisionDay = (ms: number) => {
    if (ms > ledger.asOfMs && ms <= ledger.horizonEndMs) {
      const d = Math.floor(ms / DAY_MS) - firstDay;
      if (d < dayCount) {
        decisionDays.add(d);
      }
    }
  };
  for (const a of adjustments) {
    addDecisionDay(a.fromMs);
    addDecisionDay(a.untilMs);
  }
  for (const x of exemptions) {
    addDecisionDay(x.fromMs);
    addDecisionDay(x.untilMs);
  }

  const previous = input.previous;
  let prevTotal = previous ? previous.snapshot.totalCents : board.total();
  let prevTier = previous ? previous.snapshot.tier : board.tier(prevTotal);
  let prevEnd = ledger.asOfMs;
  const forcedDay = previous ? previous.day - firstDay : -1;
  const entries: ExpiringPoints[] = [];
  const dropped = new Set<number>();
  const causes = new Map<string, ForecastCause>();
  const addCause = (type: ForecastCause['type'], id: string) => {
    causes.set(`${CAUSE_ORDER[type]}\u0000${id}`, { type, id });
  };

  for (let d = 0; d < dayCount; d++) {
    const hasTransitions = bucketStart[d + 1] > bucketStart[d];
    const hasDecisions = decisionDays.has(d);
    if (!hasTransitions && !hasDecisions && d !== forcedDay) {
      continue;
    }
    const dayEnd = (firstDay + d + 1) * DAY_MS - 1;
    causes.clear();
    dropped.clear();
    for (let k = bucketStart[d]; k < bucketStart[d + 1]; k++) {
      const t = order[k];
      const c = ledger.transitionContribution[t];
      ledger.setPhase(c, ledger.phaseAt(c, dayEnd));
      const cause = ledger.transitionCause[t];
      addCause(
        cause === CAUSE_DATED_EVENT
          ? 'dated-event'
          : cause === CAUSE_REVERSAL
          ? 'reversed'
          : 'window',
        ledger.eventAt(ledger.contributionEvent[c]).id,
      );
    }
    if (hasDecisions) {
      for (const a of adjustments) {
        if (a.fromMs > prevEnd && a.fromMs <= dayEnd) {
          addCause('adjustment-starts', a.input.id);
        }
        if (a.untilMs > prevEnd && a.untilMs <= dayEnd) {
          addCause('adjustment-ends', a.input.id);
        }
      }
      for (const x of exemptions) {
        if (x.fromMs > prevEnd && x.fromMs <= dayEnd) {
          addCause('exemption-starts', x.input.id);
        }
        if (x.untilMs > prevEnd && x.untilMs <= dayEnd) {
          addCause('exemption-ends', x.input.id);
        }
      }
      board.applyAdjustments(adjustments, dayEnd);
      board.applyExemptions(exemptions, dayEnd);
    }
    board.rescoreTouched();
    for (const change of board.changes) {
      if (change.after < change.before) {
        dropped.add((change.slot / SLOTS_PER_AGGREGATE) | 0);
      }
    }
    const total = board.total();
    const tier = board.tier(total);
    let droppedIds: string[];
    if (d === forcedDay && previous) {
      addCause('program-version', compiled.program.version);
      droppedIds = droppedByKey(
        compiled,
        previous.snapshot.slotCents,
        snapshotSlots(compiled, ledger, board),
      );
    } else {
      droppedIds = [...dropped]
        .sort((x, y) => x - y)
        .map(q => compiled.aggregates[q].id);
    }
    if (total !== prevTotal || tier !== prevTier) {
      entries.push({
        date: fastIso((firstDay + d) * DAY_MS).slice(0, 10),
        points: (prevTotal - total) / 100,
        metricIds: droppedIds,
        resultingTotalPoints: total / 100,
        resultingTier: tiers[tier].id,
        resultingTierName: tiers[tier].name,
        causes: [...causes.entries()]
          .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
          .map(([, cause]) => cause),
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
    entries.push(
      ...input.continueWith(
        next.program,
        next.effectiveMs,
        snapshot,
        input.upcoming.filter(u => u.effectiveMs > next.effectiveMs),
      ),
    );
  }
  return entries;
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
