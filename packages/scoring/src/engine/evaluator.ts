import type { PerformanceEvent } from '../events';
import { BUSINESS_MODEL_IDS, BusinessModelId, EVENT_TYPES } from '../ids';
import type {
  ActionDefinition,
  MetricDefinition,
  Program,
  TierBenefit,
} from '../program/types';
import type {
  EventContribution,
  ExpiringPoints,
  MetricStanding,
  NextBestAction,
  NextTier,
  PartnerProfile,
  Standing,
  UnmetRequirement,
} from '../standing';
import {
  DAY_MS,
  MIN_ISO,
  canonicalIso,
  eventTimeMs,
  fastIso,
  isoClamped,
  toEpochMs,
  toIso,
} from '../time';
import { createStringIndex } from './lookup';

/**
 * Evaluates partners against one precompiled program.
 *
 * @public
 */
export type StandingEvaluator = (
  partner: PartnerProfile,
  events: readonly PerformanceEvent[],
  asOf: string | Date,
) => Standing;

/** How far ahead `expiring` looks. */
export const EXPIRY_HORIZON_DAYS = 90;

const MODELS = BUSINESS_MODEL_IDS.length; // 4
const STRIDE = MODELS + 1; // slot = metric * STRIDE + model, or + MODELS for shared
const SHARED = MODELS;

const AGG_SUM = 0;
const AGG_COUNT = 1;
const AGG_DISTINCT = 2;
const AGG_RATIO = 3;

const ROLE_MAIN = 0;
const ROLE_NUM = 1;
const ROLE_DEN = 2;

const FIELD_ONE = 0;
const FIELD_QUANTITY = 1;
const FIELD_AMOUNT = 2;

const REQ_PILLAR_KIND = 0;
const REQ_PILLAR = 1;
const REQ_METRIC = 2;
const REQ_INVITATION = 3;

interface Feeds {
  n: number;
  metric: Int32Array;
  role: Int8Array;
  field: Int8Array;
}

interface CompiledRequirement {
  kind: number;
  ref: number;
  minCents: number;
  def: Program['tiers'][number]['requirements'][number];
}

interface CompiledAction {
  def: ActionDefinition;
  metric: number;
  type: number;
  attributes: Readonly<Record<string, string | number | boolean>> | undefined;
  value: [number, number, number]; // by field: one, quantity, amount
  customerId: string | undefined;
  /** By business model index, then SHARED: output id, example id, title. */
  ids: string[];
  exampleIds: string[];
  titles: string[];
  /** Position of each id in the sorted list of all action ids (tie-break). */
  ranks: number[];
}

/** Points are handled as integer hundredths ("cents") internally. */
function pointsCents(value: number, target: number, maxCents: number): number {
  if (!(value > 0)) {
    return 0;
  }
  return value >= target ? maxCents : Math.round((maxCents * value) / target);
}

function toCents(points: number): number {
  return Math.round(points * 100);
}

function growInt32(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) {
    return a;
  }
  const b = new Int32Array(Math.max(need, a.length * 2));
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

function growInt8(a: Int8Array, need: number): Int8Array {
  if (need <= a.length) {
    return a;
  }
  const b = new Int8Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

function describeRequirement(
  req: CompiledRequirement,
  program: Program,
  currentCents: number,
): string {
  const def = req.def;
  if (def.type === 'invitation') {
    return def.description ?? 'An invitation from the vendor is required.';
  }
  const have = `you have ${currentCents / 100} of ${req.minCents / 100} points`;
  if (def.description) {
    return `${def.description} (${have})`;
  }
  if (def.type === 'pillar-kind-points') {
    return `At least ${def.minPoints} points in ${def.pillarKind} pillars (${have})`;
  }
  if (def.type === 'pillar-points') {
    const name =
      program.pillars.find(p => p.id === def.pillar)?.name ?? def.pillar;
    return `At least ${def.minPoints} points in ${name} (${have})`;
  }
  const name =
    program.metrics.find(m => m.id === def.metric)?.name ?? def.metric;
  return `At least ${def.minPoints} points in ${name} (${have})`;
}

/**
 * The date part of a canonical timestamp as the integer YYYYMMDD: ordered
 * like the dates, and cheaper to compare than strings.
 */
function dayKey(s: string): number {
  return (
    (s.charCodeAt(0) * 1000 +
      s.charCodeAt(1) * 100 +
      s.charCodeAt(2) * 10 +
      s.charCodeAt(3) -
      53328) *
      10000 +
    (s.charCodeAt(5) * 10 + s.charCodeAt(6) - 528) * 100 +
    s.charCodeAt(8) * 10 +
    s.charCodeAt(9) -
    528
  );
}

/**
 * Precompiles a program into a fast evaluator: a map from event type to the
 * metrics it feeds, numeric arrays for windows, targets and caps, and reused
 * scratch buffers, so that evaluating a partner is a single pass over its
 * events with no allocation per event (apart from the contributions it
 * returns).
 *
 * The returned function is pure as far as callers can tell: same inputs, same
 * standing. It is not re-entrant (scratch buffers are reused), which does not
 * matter in single-threaded JavaScript.
 *
 * @public
 */
export function createEvaluator(program: Program): StandingEvaluator {
  const metrics: readonly MetricDefinition[] = program.metrics;
  const M = metrics.length;
  const SLOTS = M * STRIDE;
  const pillarIndex = new Map(program.pillars.map((p, i) => [p.id, i]));
  const P = program.pillars.length;
  const pillarKinds = program.pillars.map(p => p.kind);
  const pillarKind = Int8Array.from(program.pillars, p =>
    p.kind === 'performance' ? 0 : 1,
  );
  const typeIndex = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
  const typeOf = createStringIndex(EVENT_TYPES);
  const modelOf = createStringIndex(BUSINESS_MODEL_IDS);
  const modelIndex = new Map<string, number>(
    BUSINESS_MODEL_IDS.map((b, i) => [b, i]),
  );
  const programModels = new Set(program.businessModels.map(b => b.id));
  const modelNames = new Map(program.businessModels.map(b => [b.id, b.name]));

  const agg = new Int8Array(M);
  const windowMs = new Float64Array(M);
  const perModel = new Uint8Array(M);
  const applies = new Uint8Array(M * MODELS);
  const target = new Float64Array(M);
  const maxCents = new Float64Array(M);
  const perEventCap = new Float64Array(M);
  const metricPillar = new Int32Array(M);
  const filterNames: Array<string[] | null> = [];
  const filterValues: Array<string[][] | null> = [];
  const distinctAttr: Array<string | null> = [];
  const hasFilter = new Uint8Array(M);
  const metricIndex = new Map<string, number>();

  const feedLists: Array<Array<[number, number, number]>> = EVENT_TYPES.map(
    () => [],
  );
  metrics.forEach((m, i) => {
    metricIndex.set(m.id, i);
    windowMs[i] = m.windowDays * DAY_MS;
    perModel[i] = m.perBusinessModel ? 1 : 0;
    for (let b = 0; b < MODELS; b++) {
      const id = BUSINESS_MODEL_IDS[b];
      applies[i * MODELS + b] =
        programModels.has(id) &&
        (!m.businessModels || m.businessModels.includes(id))
          ? 1
          : 0;
    }
    target[i] = m.target;
    maxCents[i] = toCents(m.maxPoints);
    perEventCap[i] = Infinity;
    metricPillar[i] = pillarIndex.get(m.pillar) ?? 0;
    const filter = m.filter?.attributes;
    if (filter && Object.keys(filter).length) {
      hasFilter[i] = 1;
      filterNames.push(Object.keys(filter));
      filterValues.push(
        Object.values(filter).map(v => (Array.isArray(v) ? v : [v])),
      );
    } else {
      filterNames.push(null);
      filterValues.push(null);
    }
    distinctAttr.push(null);
    const field = (f: 'amount' | 'quantity') =>
      f === 'amount' ? FIELD_AMOUNT : FIELD_QUANTITY;
    switch (m.aggregation) {
      case 'sum':
        agg[i] = AGG_SUM;
        perEventCap[i] = m.perEventCap ?? Infinity;
        for (const t of m.events) {
          feedLists[typeIndex.get(t)!].push([i, ROLE_MAIN, field(m.field)]);
        }
        break;
      case 'count':
        agg[i] = AGG_COUNT;
        for (const t of m.events) {
          feedLists[typeIndex.get(t)!].push([i, ROLE_MAIN, FIELD_ONE]);
        }
        break;
      case 'distinct':
        agg[i] = AGG_DISTINCT;
        distinctAttr[i] =
          m.distinctBy === 'customerId'
            ? null
            : m.distinctBy.slice('attributes.'.length);
        for (const t of m.events) {
          feedLists[typeIndex.get(t)!].push([i, ROLE_MAIN, FIELD_ONE]);
        }
        break;
      case 'ratio':
        agg[i] = AGG_RATIO;
        for (const t of m.numerator.events) {
          feedLists[typeIndex.get(t)!].push([
            i,
            ROLE_NUM,
            field(m.numerator.field),
          ]);
        }
        for (const t of m.denominator.events) {
          feedLists[typeIndex.get(t)!].push([
            i,
            ROLE_DEN,
            field(m.denominator.field),
          ]);
        }
        break;
      default:
        throw new Error('unreachable');
    }
  });
  const feeds: Feeds[] = feedLists.map(list => ({
    n: list.length,
    metric: Int32Array.from(list, f => f[0]),
    role: Int8Array.from(list, f => f[1]),
    field: Int8Array.from(list, f => f[2]),
  }));

  const tiers = program.tiers;
  const T = tiers.length;
  const thresholdCents = Float64Array.from(tiers, t => toCents(t.threshold));
  const tierReqs: CompiledRequirement[][] = tiers.map(t =>
    t.requirements.map(r => {
      switch (r.type) {
        case 'pillar-kind-points':
          return {
            kind: REQ_PILLAR_KIND,
            ref: r.pillarKind === 'performance' ? 0 : 1,
            minCents: toCents(r.minPoints),
            def: r,
          };
        case 'pillar-points':
          return {
            kind: REQ_PILLAR,
            ref: pillarIndex.get(r.pillar) ?? 0,
            minCents: toCents(r.minPoints),
            def: r,
          };
        case 'metric-points':
          return {
            kind: REQ_METRIC,
            ref: metricIndex.get(r.metric) ?? 0,
            minCents: toCents(r.minPoints),
            def: r,
          };
        default:
          return { kind: REQ_INVITATION, ref: 0, minCents: 0, def: r };
      }
    }),
  );
  const capModelCents =
    program.pooling.perBusinessModelCap === undefined
      ? Infinity
      : toCents(program.pooling.perBusinessModelCap);
  const capTotalCents =
    program.pooling.totalCap === undefined
      ? Infinity
      : toCents(program.pooling.totalCap);

  const actions: CompiledAction[] = program.actions.map(a => {
    const ids: string[] = [];
    const titles: string[] = [];
    for (let b = 0; b < MODELS; b++) {
      const model = BUSINESS_MODEL_IDS[b];
      ids.push(`${a.id}:${model}`);
      titles.push(`${a.title} (${modelNames.get(model) ?? model})`);
    }
    ids.push(a.id);
    titles.push(a.title);
    return {
      def: a,
      metric: metricIndex.get(a.metric)!,
      type: typeIndex.get(a.example.type)!,
      attributes: a.example.attributes,
      value: [1, a.example.quantity ?? 1, a.example.amount ?? 0],
      customerId:
        a.example.customer === 'new' ? `example-customer:${a.id}` : undefined,
      ids,
      exampleIds: ids.map(id => `example:${id}`),
      titles,
      ranks: ids.map(() => 0),
    };
  });
  {
    const all = actions.flatMap(a => a.ids.map((id, v) => ({ a, v, id })));
    all.sort((x, y) => {
      if (x.id === y.id) {
        return 0;
      }
      return x.id < y.id ? -1 : 1;
    });
    all.forEach((x, i) => {
      x.a.ranks[x.v] = i;
    });
  }

  // ---- scratch state, reused across evaluations ----
  const slotActive = new Uint8Array(SLOTS);
  const acc = new Float64Array(SLOTS); // sum, count, distinct count, numerator
  const den = new Float64Array(SLOTS); // ratio denominator
  const slotCents = new Float64Array(SLOTS);
  const head = new Int32Array(SLOTS); // contribution list per slot
  const tail = new Int32Array(SLOTS);
  const defaultModel = new Int8Array(M);
  const partnerModels: number[] = [];
  // Window bounds as canonical ISO strings: canonical UTC timestamps compare
  // chronologically as strings, which is much cheaper than parsing each one.
  // To compare cheaply, the day part (YYYYMMDD as an integer) is compared
  // first and the full strings only on the same day.
  const windowStart: string[] = new Array<string>(M).fill(MIN_ISO);
  const expiryStart: string[] = new Array<string>(M).fill(MIN_ISO);
  const windowStartDay = new Int32Array(M);
  const expiryStartDay = new Int32Array(M);
  let boundsFor = NaN;
  const distinctMaps: Array<Map<string, number> | undefined> = new Array(
    SLOTS,
  ).fill(undefined);
  for (let m = 0; m < M; m++) {
    if (agg[m] === AGG_DISTINCT) {
      for (let v = 0; v < STRIDE; v++) {
        distinctMaps[m * STRIDE + v] = new Map();
      }
    }
  }
  const usedMaps: number[] = [];
  // contributions (linked per slot)
  let cEvent: Int32Array = new Int32Array(1024);
  let cWeight: Float64Array = new Float64Array(1024);
  let cNext: Int32Array = new Int32Array(1024);
  let cEntry: Int32Array = new Int32Array(1024);
  // distinct values
  let eCount: Int32Array = new Int32Array(256);
  let eBest: Int32Array = new Int32Array(256);
  const eBestAt: string[] = [];
  let eN = 0;
  // removals within the expiry horizon
  let xMs: Float64Array = new Float64Array(256);
  let xSlot: Int32Array = new Int32Array(256);
  let xRole: Int8Array = new Int8Array(256);
  let xValue: Float64Array = new Float64Array(256);
  let xEntry: Int32Array = new Int32Array(256);
  let xN = 0;
  // pooled sums
  const modelEarned = new Float64Array(MODELS);
  const pillarCents = new Float64Array(P);
  const kindCents = new Float64Array(2);
  const metricCents = new Float64Array(M);
  let sharedCents = 0;
  let beforeCapCents = 0;
  let totalCents = 0;
  // actions
  const tmpModel = new Float64Array(MODELS);
  const touchedSlots = new Int32Array(EVENT_TYPES.length * M + 1);
  const touchedCents = new Float64Array(EVENT_TYPES.length * M + 1);
  // expiry replay
  const wAcc = new Float64Array(SLOTS);
  const wDen = new Float64Array(SLOTS);
  const wCents = new Float64Array(SLOTS);
  let wCount: Int32Array = new Int32Array(256);
  const wModel = new Float64Array(MODELS);
  const wPillar = new Float64Array(P);
  const wKind = new Float64Array(2);
  const wMetric = new Float64Array(M);
  const mark = new Int32Array(SLOTS).fill(-1);
  const metricMark = new Int32Array(M).fill(-1);
  let markGen = 0;
  const touched = new Int32Array(SLOTS);
  const dropped = new Int32Array(M);
  // one bucket per UTC day, from asOf's day to the last day of the horizon
  const BUCKETS = EXPIRY_HORIZON_DAYS + 1;
  const bucketStart = new Int32Array(BUCKETS + 1);
  const bucketNext = new Int32Array(BUCKETS);
  const bucketDate: string[] = new Array<string>(BUCKETS).fill('');
  let xOrder: Int32Array = new Int32Array(256);
  let xDay: Int32Array = new Int32Array(256);
  // asOf parsing cache
  let lastAsOfInput: string | Date | undefined;
  let lastAsOfMs = NaN;
  let lastAsOf = '';
  let lastAsOfAt = '';

  function matchesFilter(
    attributes: Readonly<Record<string, unknown>> | undefined,
    m: number,
  ): boolean {
    if (!attributes) {
      return false;
    }
    const names = filterNames[m]!;
    const values = filterValues[m]!;
    for (let k = 0; k < names.length; k++) {
      const v = attributes[names[k]];
      if (v === undefined || !values[k].includes(String(v))) {
        return false;
      }
    }
    return true;
  }

  function poolTotal(earned: Float64Array, shared: number): number {
    let before = shared;
    for (let b = 0; b < MODELS; b++) {
      before += earned[b] < capModelCents ? earned[b] : capModelCents;
    }
    return before < capTotalCents ? before : capTotalCents;
  }

  function requirementCurrent(
    r: CompiledRequirement,
    pillars: Float64Array,
    kinds: Float64Array,
    metricsCents: Float64Array,
  ): number {
    switch (r.kind) {
      case REQ_PILLAR_KIND:
        return kinds[r.ref];
      case REQ_PILLAR:
        return pillars[r.ref];
      case REQ_METRIC:
        return metricsCents[r.ref];
      default:
        return 0;
    }
  }

  function requirementMet(
    r: CompiledRequirement,
    pillars: Float64Array,
    kinds: Float64Array,
    metricsCents: Float64Array,
    invited: boolean,
  ): boolean {
    if (r.kind === REQ_INVITATION) {
      return invited;
    }
    return requirementCurrent(r, pillars, kinds, metricsCents) >= r.minCents;
  }

  /** The highest tier whose threshold and requirements hold. */
  function tierFor(
    total: number,
    pillars: Float64Array,
    kinds: Float64Array,
    metricsCents: Float64Array,
    invited: boolean,
  ): number {
    for (let t = T - 1; t > 0; t--) {
      if (total < thresholdCents[t]) {
        continue;
      }
      const reqs = tierReqs[t];
      let ok = true;
      for (let k = 0; k < reqs.length && ok; k++) {
        ok = requirementMet(reqs[k], pillars, kinds, metricsCents, invited);
      }
      if (ok) {
        return t;
      }
    }
    return 0;
  }

  function slotValue(
    slot: number,
    m: number,
    a: Float64Array,
    d: Float64Array,
  ): number {
    if (agg[m] === AGG_RATIO) {
      return d[slot] > 0 ? a[slot] / d[slot] : 0;
    }
    return a[slot];
  }

  /** Prepares the scratch state for one partner. */
  function reset(partner: PartnerProfile, asOfMs: number): void {
    partnerModels.length = 0;
    for (const id of partner.businessModels ?? []) {
      const b = modelIndex.get(id);
      if (
        b !== undefined &&
        programModels.has(BUSINESS_MODEL_IDS[b]) &&
        !partnerModels.includes(b)
      ) {
        partnerModels.push(b);
      }
    }
    slotActive.fill(0);
    acc.fill(0);
    den.fill(0);
    head.fill(-1);
    tail.fill(-1);
    for (const slot of usedMaps) {
      distinctMaps[slot]!.clear();
    }
    usedMaps.length = 0;
    if (boundsFor !== asOfMs) {
      // Batch jobs evaluate many partners at the same asOf: compute once.
      // The horizon ends with the last millisecond of the 90th UTC day
      // after asOf's day.
      const asOfDayStart = Math.floor(asOfMs / DAY_MS) * DAY_MS;
      const horizonMs = asOfDayStart + (EXPIRY_HORIZON_DAYS + 1) * DAY_MS - 1;
      for (let d = 0; d < BUCKETS; d++) {
        bucketDate[d] = fastIso(asOfDayStart + d * DAY_MS).slice(0, 10);
      }
      for (let m = 0; m < M; m++) {
        windowStart[m] = isoClamped(asOfMs - windowMs[m]);
        expiryStart[m] = isoClamped(horizonMs - windowMs[m]);
        windowStartDay[m] = dayKey(windowStart[m]);
        expiryStartDay[m] = dayKey(expiryStart[m]);
      }
      boundsFor = asOfMs;
    }
    for (let m = 0; m < M; m++) {
      defaultModel[m] = -1;
      if (perModel[m]) {
        for (const b of partnerModels) {
          if (applies[m * MODELS + b]) {
            slotActive[m * STRIDE + b] = 1;
            if (defaultModel[m] < 0) {
              defaultModel[m] = b;
            }
          }
        }
      } else {
        slotActive[m * STRIDE + SHARED] = 1;
      }
    }
    eN = 0;
    eBestAt.length = 0; // do not retain the previous partner's strings
    xN = 0;
  }

  function growContributions(need: number): void {
    cEvent = growInt32(cEvent, need);
    cWeight = growFloat64(cWeight, need);
    cNext = growInt32(cNext, need);
    cEntry = growInt32(cEntry, need);
  }

  function growRemovals(need: number): void {
    xMs = growFloat64(xMs, need);
    xSlot = growInt32(xSlot, need);
    xRole = growInt8(xRole, need);
    xValue = growFloat64(xValue, need);
    xEntry = growInt32(xEntry, need);
  }

  /**
   * The single pass over the events: windowed aggregation per slot, the
   * contribution lists, and the removals that fall within the expiry horizon.
   */
  function accumulate(
    events: readonly PerformanceEvent[],
    partnerId: string,
    asOfMs: number,
    asOfAt: string,
    admitted: boolean,
    admittedAt: string,
  ): void {
    let c = 0;
    let en = 0;
    let x = 0;
    const asOfDay = dayKey(asOfAt);
    const admittedDay = dayKey(admittedAt);
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
      const feed = feeds[t];
      let at = e.occurredAt;
      if (
        typeof at !== 'string' ||
        at.length !== 24 ||
        at.charCodeAt(23) !== 90 /* Z */
      ) {
        // Not canonical (not from parseEvent): normalise, or skip if invalid.
        const canonical = canonicalIso(at);
        if (canonical === undefined) {
          continue;
        }
        at = canonical;
      }
      const day = dayKey(at);
      if (
        day > asOfDay ||
        (day === asOfDay && at > asOfAt) ||
        (admitted &&
          (day < admittedDay || (day === admittedDay && at < admittedAt)))
      ) {
        continue;
      }
      for (let k = 0; k < feed.n; k++) {
        const m = feed.metric[k];
        const startDay = windowStartDay[m];
        if (day < startDay || (day === startDay && at <= windowStart[m])) {
          continue;
        }
        if (hasFilter[m] === 1 && !matchesFilter(e.attributes, m)) {
          continue;
        }
        let slot: number;
        if (perModel[m] === 1) {
          const bm = e.businessModel;
          let b: number;
          if (bm === undefined) {
            b = defaultModel[m];
            if (b < 0) {
              continue;
            }
          } else {
            b = modelOf(bm);
            if (b < 0 || slotActive[m * STRIDE + b] === 0) {
              continue;
            }
          }
          slot = m * STRIDE + b;
        } else {
          slot = m * STRIDE + SHARED;
        }
        let value = 0;
        let entry = -1;
        const role = feed.role[k];
        if (agg[m] === AGG_DISTINCT) {
          const attr = distinctAttr[m];
          const raw = attr === null ? e.customerId : e.attributes?.[attr];
          if (raw === undefined || raw === '') {
            continue;
          }
          const key = typeof raw === 'string' ? raw : String(raw);
          const map = distinctMaps[slot]!;
          const known = map.get(key);
          if (known === undefined) {
            if (map.size === 0) {
              usedMaps.push(slot);
            }
            entry = en++;
            if (entry >= eCount.length) {
              eCount = growInt32(eCount, en);
              eBest = growInt32(eBest, en);
            }
            map.set(key, entry);
            eCount[entry] = 1;
            eBest[entry] = i;
            eBestAt[entry] = at;
            acc[slot] += 1;
          } else {
            entry = known;
            eCount[entry]++;
            // Credit the most recent event of each distinct value.
            if (at > eBestAt[entry]) {
              eBest[entry] = i;
              eBestAt[entry] = at;
            }
          }
        } else {
          const field = feed.field[k];
          if (field === FIELD_ONE) {
            value = 1;
          } else if (field === FIELD_AMOUNT) {
            value = e.amount ?? 0;
          } else {
            value = e.quantity ?? 1;
          }
          if (!(value > 0)) {
            continue;
          }
          if (value > perEventCap[m]) {
            value = perEventCap[m];
          }
          if (role === ROLE_DEN) {
            den[slot] += value;
          } else {
            acc[slot] += value;
          }
        }
        if (role !== ROLE_DEN) {
          if (c >= cEvent.length) {
            growContributions(c + 1);
          }
          cEvent[c] = i;
          cWeight[c] = value;
          cEntry[c] = entry;
          cNext[c] = -1;
          if (tail[slot] < 0) {
            head[slot] = c;
          } else {
            cNext[tail[slot]] = c;
          }
          tail[slot] = c;
          c++;
        }
        const expiryDay = expiryStartDay[m];
        if (day < expiryDay || (day === expiryDay && at <= expiryStart[m])) {
          // Leaves its window within the horizon: record the removal.
          const expiresAt = eventTimeMs(at) + windowMs[m];
          if (expiresAt > asOfMs) {
            if (x >= xMs.length) {
              growRemovals(x + 1);
            }
            xMs[x] = expiresAt;
            xSlot[x] = slot;
            xRole[x] = role;
            xValue[x] = value;
            xEntry[x] = entry;
            x++;
          }
        }
      }
    }
    eN = en;
    xN = x;
  }

  /** Points per slot (with contributions), pooled into the total. */
  function score(events: readonly PerformanceEvent[]): MetricStanding[] {
    modelEarned.fill(0);
    pillarCents.fill(0);
    kindCents.fill(0);
    metricCents.fill(0);
    sharedCents = 0;
    const out: MetricStanding[] = [];
    for (let m = 0; m < M; m++) {
      const def = metrics[m];
      const pm = perModel[m] === 1;
      const count = pm ? partnerModels.length : 1;
      for (let j = 0; j < count; j++) {
        const b = pm ? partnerModels[j] : SHARED;
        const slot = m * STRIDE + b;
        if (slotActive[slot] === 0) {
          continue;
        }
        const value = slotValue(slot, m, acc, den);
        const cents = pointsCents(value, target[m], maxCents[m]);
        slotCents[slot] = cents;
        if (b === SHARED) {
          sharedCents += cents;
        } else {
          modelEarned[b] += cents;
        }
        const p = metricPillar[m];
        pillarCents[p] += cents;
        kindCents[pillarKind[p]] += cents;
        metricCents[m] += cents;

        // Contributions by cumulative rounding: each event gets
        // round(cents × running / total) − round(cents × previous / total),
        // so they sum exactly to the metric's points.
        const contributions: EventContribution[] = [];
        const total = acc[slot];
        const distinct = agg[m] === AGG_DISTINCT;
        let running = 0;
        let prev = 0;
        for (let c = head[slot]; c >= 0; c = cNext[c]) {
          let w: number;
          if (distinct) {
            if (eBest[cEntry[c]] !== cEvent[c]) {
              continue;
            }
            w = 1;
          } else {
            w = cWeight[c];
          }
          running += w;
          const cum = Math.round((cents * running) / total);
          contributions.push({
            eventId: events[cEvent[c]].id,
            points: (cum - prev) / 100,
          });
          prev = cum;
        }
        const standing: MetricStanding = {
          id: def.id,
          name: def.name,
          pillar: def.pillar,
          pillarKind: pillarKinds[p],
          aggregation: def.aggregation,
          windowDays: def.windowDays,
          value,
          target: def.target,
          unit: def.unit,
          progress: value > 0 ? Math.min(1, value / def.target) : 0,
          points: cents / 100,
          maxPoints: def.maxPoints,
          contributions,
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
    beforeCapCents = sharedCents;
    for (let b = 0; b < MODELS; b++) {
      beforeCapCents += Math.min(modelEarned[b], capModelCents);
    }
    totalCents = Math.min(beforeCapCents, capTotalCents);
    return out;
  }

  function nextTierAfter(tierIdx: number, invited: boolean): NextTier | null {
    if (tierIdx + 1 >= T) {
      return null;
    }
    const next = tiers[tierIdx + 1];
    const unmet: UnmetRequirement[] = [];
    for (const r of tierReqs[tierIdx + 1]) {
      if (requirementMet(r, pillarCents, kindCents, metricCents, invited)) {
        continue;
      }
      const current = requirementCurrent(
        r,
        pillarCents,
        kindCents,
        metricCents,
      );
      const item: UnmetRequirement = {
        id: r.def.id,
        type: r.def.type,
        description: describeRequirement(r, program, current),
      };
      if (r.kind !== REQ_INVITATION) {
        item.current = current / 100;
        item.required = r.minCents / 100;
      }
      unmet.push(item);
    }
    return {
      tier: next.id,
      tierName: next.name,
      threshold: next.threshold,
      pointsNeeded: Math.max(0, thresholdCents[tierIdx + 1] - totalCents) / 100,
      unmetRequirements: unmet,
    };
  }

  /**
   * Exact gain of the total (in cents) if the action's example event were
   * added at asOf for business model `b` (-1: the default attribution).
   */
  function actionGain(a: CompiledAction, b: number): number {
    const feed = feeds[a.type];
    let touchedN = 0;
    for (let k = 0; k < feed.n; k++) {
      const m = feed.metric[k];
      if (filterNames[m] !== null && !matchesFilter(a.attributes, m)) {
        continue;
      }
      let slot: number;
      if (perModel[m] === 1) {
        const bb = b >= 0 ? b : defaultModel[m];
        if (bb < 0 || slotActive[m * STRIDE + bb] === 0) {
          continue;
        }
        slot = m * STRIDE + bb;
      } else {
        slot = m * STRIDE + SHARED;
      }
      let value: number;
      if (agg[m] === AGG_DISTINCT) {
        const attr = distinctAttr[m];
        const raw = attr === null ? a.customerId : a.attributes?.[attr];
        if (raw === undefined || raw === '') {
          continue;
        }
        const map = distinctMaps[slot];
        value =
          map !== undefined && map.has(String(raw)) ? acc[slot] : acc[slot] + 1;
      } else {
        let v = a.value[feed.field[k]];
        if (!(v > 0)) {
          continue;
        }
        if (v > perEventCap[m]) {
          v = perEventCap[m];
        }
        const role = feed.role[k];
        if (agg[m] === AGG_RATIO) {
          const num = role === ROLE_NUM ? acc[slot] + v : acc[slot];
          const d = role === ROLE_DEN ? den[slot] + v : den[slot];
          value = d > 0 ? num / d : 0;
        } else {
          value = acc[slot] + v;
        }
      }
      touchedSlots[touchedN] = slot;
      touchedCents[touchedN] = pointsCents(value, target[m], maxCents[m]);
      touchedN++;
    }
    if (touchedN === 0) {
      return 0;
    }
    tmpModel.set(modelEarned);
    let shared = sharedCents;
    for (let k = 0; k < touchedN; k++) {
      const slot = touchedSlots[k];
      const d = touchedCents[k] - slotCents[slot];
      const bb = slot % STRIDE;
      if (bb === SHARED) {
        shared += d;
      } else {
        tmpModel[bb] += d;
      }
    }
    return poolTotal(tmpModel, shared) - totalCents;
  }

  const gains: number[] = [];
  const ranks: number[] = [];
  const order: number[] = [];

  /** Next-best actions that gain points, ranked by gain then id. */
  function rankActions(partnerId: string, asOf: string): NextBestAction[] {
    const found: NextBestAction[] = [];
    gains.length = 0;
    ranks.length = 0;
    for (const a of actions) {
      const m = a.metric;
      const pm = perModel[m] === 1;
      const count = pm ? partnerModels.length : 1;
      for (let j = 0; j < count; j++) {
        const b = pm ? partnerModels[j] : -1;
        if (b >= 0 && slotActive[m * STRIDE + b] === 0) {
          continue;
        }
        const gain = actionGain(a, b);
        if (gain <= 0) {
          continue;
        }
        const variant = b >= 0 ? b : SHARED;
        const exampleEvent: PerformanceEvent = {
          id: a.exampleIds[variant],
          partnerId,
          type: EVENT_TYPES[a.type],
          occurredAt: asOf,
        };
        if (b >= 0) {
          exampleEvent.businessModel = BUSINESS_MODEL_IDS[b];
        }
        if (a.customerId !== undefined) {
          exampleEvent.customerId = a.customerId;
        }
        if (a.def.example.quantity !== undefined) {
          exampleEvent.quantity = a.def.example.quantity;
        }
        if (a.def.example.amount !== undefined) {
          exampleEvent.amount = a.def.example.amount;
        }
        if (a.attributes !== undefined) {
          exampleEvent.attributes = a.attributes;
        }
        const action: NextBestAction = {
          id: a.ids[variant],
          actionId: a.def.id,
          metricId: a.def.metric,
          title:
            b >= 0 && partnerModels.length > 1
              ? a.titles[variant]
              : a.def.title,
          description: a.def.description,
          link: a.def.link,
          estimatedPoints: gain / 100,
          exampleEvent,
        };
        if (b >= 0) {
          action.businessModel = BUSINESS_MODEL_IDS[b];
        }
        found.push(action);
        gains.push(gain);
        ranks.push(a.ranks[variant]);
      }
    }
    // Insertion sort by gain (desc), then id (asc): a few dozen items, and
    // much cheaper than Array#sort with a comparator at this size.
    const n = found.length;
    order.length = n;
    for (let k = 0; k < n; k++) {
      const g = gains[k];
      const r = ranks[k];
      let q = k;
      while (q > 0) {
        const o = order[q - 1];
        if (gains[o] > g || (gains[o] === g && ranks[o] < r)) {
          break;
        }
        order[q] = o;
        q--;
      }
      order[q] = k;
    }
    const out: NextBestAction[] = new Array(found.length);
    for (let k = 0; k < found.length; k++) {
      out[k] = found[order[k]];
    }
    return out;
  }

  /**
   * Replays the recorded removals day by day (as if time passed with no new
   * events) and reports each UTC day by whose end the total has dropped.
   */
  function forecast(asOfMs: number, invited: boolean): ExpiringPoints[] {
    const expiring: ExpiringPoints[] = [];
    if (xN === 0) {
      return expiring;
    }
    // Group the removals by UTC day (counting sort; order within a day does
    // not matter since a day is applied as a whole).
    if (xOrder.length < xN) {
      xOrder = new Int32Array(Math.max(xN, xOrder.length * 2));
      xDay = new Int32Array(xOrder.length);
    }
    const firstDay = Math.floor(asOfMs / DAY_MS);
    bucketStart.fill(0);
    for (let r = 0; r < xN; r++) {
      // Removals lie in (asOf, end of the horizon] by construction.
      const d = Math.min(
        BUCKETS - 1,
        Math.max(0, Math.floor(xMs[r] / DAY_MS) - firstDay),
      );
      xDay[r] = d;
      bucketStart[d + 1]++;
    }
    for (let d = 0; d < BUCKETS; d++) {
      bucketStart[d + 1] += bucketStart[d];
      bucketNext[d] = bucketStart[d];
    }
    for (let r = 0; r < xN; r++) {
      xOrder[bucketNext[xDay[r]]++] = r;
    }
    wAcc.set(acc);
    wDen.set(den);
    wCents.set(slotCents);
    if (wCount.length < eN) {
      wCount = new Int32Array(Math.max(eN, wCount.length * 2));
    }
    for (let q = 0; q < eN; q++) {
      wCount[q] = eCount[q];
    }
    wModel.set(modelEarned);
    wPillar.set(pillarCents);
    wKind.set(kindCents);
    wMetric.set(metricCents);
    let wShared = sharedCents;
    let prevTotal = totalCents;
    let k = 0;
    while (k < xN) {
      const day = xDay[xOrder[k]];
      const gen = ++markGen;
      let touchedN = 0;
      while (k < xN && xDay[xOrder[k]] === day) {
        const r = xOrder[k++];
        const slot = xSlot[r];
        const m = (slot / STRIDE) | 0;
        if (agg[m] === AGG_DISTINCT) {
          if (--wCount[xEntry[r]] === 0) {
            wAcc[slot] -= 1;
          }
        } else if (xRole[r] === ROLE_DEN) {
          wDen[slot] -= xValue[r];
        } else {
          wAcc[slot] -= xValue[r];
        }
        if (mark[slot] !== gen) {
          mark[slot] = gen;
          touched[touchedN++] = slot;
        }
      }
      let droppedN = 0;
      for (let q = 0; q < touchedN; q++) {
        const slot = touched[q];
        const m = (slot / STRIDE) | 0;
        const cents = pointsCents(
          slotValue(slot, m, wAcc, wDen),
          target[m],
          maxCents[m],
        );
        const d = cents - wCents[slot];
        if (d === 0) {
          continue;
        }
        wCents[slot] = cents;
        const bb = slot % STRIDE;
        if (bb === SHARED) {
          wShared += d;
        } else {
          wModel[bb] += d;
        }
        const p = metricPillar[m];
        wPillar[p] += d;
        wKind[pillarKind[p]] += d;
        wMetric[m] += d;
        if (d < 0 && metricMark[m] !== gen) {
          metricMark[m] = gen;
          dropped[droppedN++] = m;
        }
      }
      const total = poolTotal(wModel, wShared);
      if (total < prevTotal) {
        const t = tierFor(total, wPillar, wKind, wMetric, invited);
        // metric ids in definition order (insertion sort: usually one)
        for (let q = 1; q < droppedN; q++) {
          const v = dropped[q];
          let r = q;
          while (r > 0 && dropped[r - 1] > v) {
            dropped[r] = dropped[r - 1];
            r--;
          }
          dropped[r] = v;
        }
        const ids: string[] = new Array(droppedN);
        for (let q = 0; q < droppedN; q++) {
          ids[q] = metrics[dropped[q]].id;
        }
        expiring.push({
          date: bucketDate[day],
          points: (prevTotal - total) / 100,
          metricIds: ids,
          resultingTotalPoints: total / 100,
          resultingTier: tiers[t].id,
          resultingTierName: tiers[t].name,
        });
      }
      prevTotal = total;
    }
    return expiring;
  }

  return function evaluate(
    partner: PartnerProfile,
    events: readonly PerformanceEvent[],
    asOfInput: string | Date,
  ): Standing {
    if (
      asOfInput !== lastAsOfInput ||
      (asOfInput instanceof Date && asOfInput.getTime() !== lastAsOfMs)
    ) {
      // Batch jobs evaluate many partners at the same asOf: parse it once.
      lastAsOfMs = toEpochMs(asOfInput, 'asOf');
      lastAsOf = toIso(lastAsOfMs);
      lastAsOfAt = isoClamped(lastAsOfMs);
      lastAsOfInput = asOfInput;
    }
    const asOfMs = lastAsOfMs;
    const asOf = lastAsOf;
    const admitted = partner.admittedAt !== undefined;
    const admittedMs = admitted
      ? toEpochMs(partner.admittedAt!, 'partner.admittedAt')
      : -Infinity;
    const invited = partner.pinnacleInvited === true;
    const partnerId = partner.id;

    reset(partner, asOfMs);
    accumulate(
      events,
      partnerId,
      asOfMs,
      lastAsOfAt,
      admitted,
      admitted ? isoClamped(admittedMs) : MIN_ISO,
    );
    const metricStandings = score(events);
    const tierIdx = tierFor(
      totalCents,
      pillarCents,
      kindCents,
      metricCents,
      invited,
    );
    const nextTier = nextTierAfter(tierIdx, invited);
    // Before admission an example event would count for nothing either.
    const rankedActions =
      asOfMs < admittedMs ? [] : rankActions(partnerId, asOf);
    const expiring = forecast(asOfMs, invited);

    const pointsByBusinessModel = {} as Record<BusinessModelId, number>;
    const earnedByBusinessModel = {} as Record<BusinessModelId, number>;
    for (let b = 0; b < MODELS; b++) {
      pointsByBusinessModel[BUSINESS_MODEL_IDS[b]] =
        Math.min(modelEarned[b], capModelCents) / 100;
      earnedByBusinessModel[BUSINESS_MODEL_IDS[b]] = modelEarned[b] / 100;
    }
    const pointsByPillar: Record<string, number> = {};
    for (let p = 0; p < P; p++) {
      pointsByPillar[program.pillars[p].id] = pillarCents[p] / 100;
    }
    const tier = tiers[tierIdx];
    const benefits: TierBenefit[] = tier.benefits;
    const standing: Standing = {
      partnerId,
      asOf,
      programVersion: program.version,
      tier: tier.id,
      tierName: tier.name,
      totalPoints: totalCents / 100,
      pointsByBusinessModel,
      pointsByPillar,
      pooling: {
        sharedPoints: sharedCents / 100,
        earnedByBusinessModel,
        beforeTotalCap: beforeCapCents / 100,
      },
      metrics: metricStandings,
      nextTier,
      actions: rankedActions,
      expiring,
      benefits,
    };
    if (program.pooling.perBusinessModelCap !== undefined) {
      standing.pooling.perBusinessModelCap =
        program.pooling.perBusinessModelCap;
    }
    if (program.pooling.totalCap !== undefined) {
      standing.pooling.totalCap = program.pooling.totalCap;
    }
    return standing;
  };
}
