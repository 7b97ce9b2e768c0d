/**
 * A plain reference evaluator: the rules of the README written as directly
 * as possible — every quantity recomputed from the events at the moment it
 * is needed, exact sums in BigInt, actions by re-evaluating with their
 * example event, the forecast by evaluating at the end of every day. Slow,
 * and not exported: the property tests check that the fast engine
 * (`src/engine`) gives exactly the same standing on random ledgers.
 */
import {
  Exemption,
  PointsAdjustment,
  readAdjustments,
  readExemptions,
} from '../adjustments';
import { compareText } from '../compareText';
import type { PerformanceEvent } from '../events';
import {
  BUSINESS_MODEL_IDS,
  BusinessModelId,
  EVENT_TYPES,
  REVERSAL_EVENT_TYPE,
} from '../ids';
import {
  AMOUNT_UNITS_PER_USD,
  EVENT_LIMITS,
  QUANTITY_UNITS_PER_ONE,
} from '../limits';
import { CATALOG_ATTRIBUTES } from '../program/catalogs';
import type {
  ActionLink,
  MetricDefinition,
  MetricFilter,
  OptionRequirement,
  Program,
  TierRequirement,
} from '../program/types';
import type {
  EventContribution,
  ExpiringPoints,
  ForecastCause,
  MetricDelta,
  MetricStanding,
  NextBestAction,
  PartnerProfile,
  RequirementProgress,
  Standing,
  StandingAdjustment,
  StandingExemption,
  UnmetRequirement,
} from '../standing';
import { DAY_MS, parseIsoStrict, toIso } from '../time';

const HORIZON_DAYS = 90;
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_799_999;

export interface ReferenceInput {
  program: Program;
  partner: PartnerProfile;
  events: readonly PerformanceEvent[];
  asOf: string;
  adjustments?: readonly PointsAdjustment[];
  exemptions?: readonly Exemption[];
  upcomingPrograms?: readonly Program[];
}

/** An aggregate: a metric, or a specialization option's requirement. */
interface Aggregate {
  id: string;
  metric?: MetricDefinition;
  condition?: OptionRequirement;
  /** Event type → role ('main' | 'den') and field. */
  feeds: Map<
    string,
    { role: 'main' | 'den'; field: 'one' | 'amount' | 'quantity' }
  >;
  filter?: MetricFilter;
  windowMs: number;
  lifeMs: number;
  perModel: boolean;
  models: BusinessModelId[];
}

/** One event counted by one aggregate in one slot, with when it counts. */
interface Contribution {
  event: PerformanceEvent;
  aggregate: Aggregate;
  slot: string;
  model: BusinessModelId | null;
  role: 'main' | 'den';
  units: bigint;
  /** Distinct value, customer, or undefined. */
  key?: string;
  /** Option-gated counts: the condition id (`<specialization>/<option>`). */
  condition?: string;
  start: number;
  middle: number;
  end: number;
  reversedEnd: boolean;
}

function instant(value: unknown): number | undefined {
  let ms: number | undefined;
  if (typeof value === 'string') {
    ms = parseIsoStrict(value);
  } else if (value instanceof Date) {
    ms = value.getTime();
  }
  return ms !== undefined && ms >= MIN_MS && ms <= MAX_MS ? ms : undefined;
}

function readable(e: PerformanceEvent): boolean {
  const q = e.quantity as unknown;
  const a = e.amount as unknown;
  const ok = (v: unknown, max: number) =>
    v === undefined || (typeof v === 'number' && v >= 0 && v <= max);
  return ok(q, EVENT_LIMITS.maxQuantity) && ok(a, EVENT_LIMITS.maxAmount);
}

function unitsOf(
  e: PerformanceEvent,
  field: 'one' | 'amount' | 'quantity',
): number {
  if (field === 'one') {
    return 1;
  }
  if (field === 'amount') {
    return e.amount === undefined
      ? 0
      : Math.round(e.amount * AMOUNT_UNITS_PER_USD);
  }
  return e.quantity === undefined
    ? QUANTITY_UNITS_PER_ONE
    : Math.round(e.quantity * QUANTITY_UNITS_PER_ONE);
}

function scaleOf(field: 'one' | 'amount' | 'quantity'): number {
  if (field === 'amount') {
    return AMOUNT_UNITS_PER_USD;
  }
  return field === 'quantity' ? QUANTITY_UNITS_PER_ONE : 1;
}

function filterPasses(
  filter: MetricFilter | undefined,
  attributes: PerformanceEvent['attributes'],
): boolean {
  if (!filter || Object.keys(filter.attributes).length === 0) {
    return true;
  }
  return Object.entries(filter.attributes).every(([name, allowed]) => {
    const v = attributes?.[name];
    return (
      v !== undefined &&
      (Array.isArray(allowed) ? allowed : [allowed]).includes(String(v))
    );
  });
}

function cents(value: number, target: number, maxCents: number): number {
  if (!(value > 0)) {
    return 0;
  }
  return value >= target ? maxCents : Math.round((maxCents * value) / target);
}

function sum(list: bigint[]): bigint {
  return list.reduce((a, b) => a + b, 0n);
}

/** The program's aggregates: its metrics, then its option requirements. */
function aggregatesOf(program: Program): Aggregate[] {
  const programModels = program.businessModels.map(b => b.id);
  const out: Aggregate[] = program.metrics.map(m => {
    const feeds: Aggregate['feeds'] = new Map();
    const field = (f: 'amount' | 'quantity') => f;
    if (m.aggregation === 'ratio') {
      m.numerator.events.forEach(t =>
        feeds.set(t, { role: 'main', field: field(m.numerator.field) }),
      );
      m.denominator.events.forEach(t =>
        feeds.set(t, { role: 'den', field: field(m.denominator.field) }),
      );
    } else if (m.aggregation === 'sum' || m.aggregation === 'growth') {
      m.events.forEach(t => feeds.set(t, { role: 'main', field: m.field }));
    } else {
      m.events.forEach(t => feeds.set(t, { role: 'main', field: 'one' }));
    }
    return {
      id: m.id,
      metric: m,
      feeds,
      filter: m.filter,
      windowMs: m.windowDays * DAY_MS,
      lifeMs: (m.aggregation === 'growth' ? 2 : 1) * m.windowDays * DAY_MS,
      perModel: m.perBusinessModel,
      models: programModels.filter(
        b => !m.businessModels || m.businessModels.includes(b),
      ),
    };
  });
  for (const s of program.specializations) {
    for (const o of s.options ?? []) {
      if (!o.requires) {
        continue;
      }
      const r = o.requires;
      const feeds: Aggregate['feeds'] = new Map();
      r.events.forEach(t =>
        feeds.set(t, {
          role: 'main',
          field: r.aggregation === 'sum' && r.field ? r.field : 'one',
        }),
      );
      out.push({
        id: `${s.id}/${o.id}`,
        condition: r,
        feeds,
        filter: r.filter,
        windowMs: r.windowDays * DAY_MS,
        lifeMs: r.windowDays * DAY_MS,
        perModel: false,
        models: [],
      });
    }
  }
  return out;
}

/** Catalogue check of a metric: undefined = does not count; else the option condition id (or null). */
function catalogCheck(
  program: Program,
  metric: MetricDefinition,
  attributes: PerformanceEvent['attributes'],
): { condition: string | null } | undefined {
  const catalog = metric.catalog;
  if (!catalog) {
    return { condition: null };
  }
  const attribute = CATALOG_ATTRIBUTES[catalog.list];
  const raw = attributes?.[attribute];
  if (raw === undefined) {
    return undefined;
  }
  const list: Array<{
    id: string;
    kind?: string;
    track?: string;
    options?: Array<{ id: string; requires?: unknown }>;
  }> = program[catalog.list];
  const entry = list.find(x => x.id === String(raw));
  if (
    !entry ||
    (catalog.except ?? []).includes(entry.id) ||
    (catalog.kind !== undefined && entry.kind !== catalog.kind) ||
    (catalog.track !== undefined && entry.track !== catalog.track)
  ) {
    return undefined;
  }
  if (!entry.options || entry.options.length === 0) {
    return { condition: null };
  }
  const option = attributes?.option;
  const chosen =
    option === undefined
      ? undefined
      : entry.options.find(o => o.id === String(option));
  if (!chosen) {
    return undefined;
  }
  return { condition: chosen.requires ? `${entry.id}/${chosen.id}` : null };
}

interface Context {
  program: Program;
  partner: PartnerProfile;
  models: BusinessModelId[];
  admittedMs: number;
  aggregates: Aggregate[];
  contributions: Contribution[];
}

function partnerModels(
  program: Program,
  partner: PartnerProfile,
): BusinessModelId[] {
  const out: BusinessModelId[] = [];
  for (const id of partner.businessModels ?? []) {
    if (
      (BUSINESS_MODEL_IDS as readonly string[]).includes(id) &&
      program.businessModels.some(b => b.id === id) &&
      !out.includes(id as BusinessModelId)
    ) {
      out.push(id as BusinessModelId);
    }
  }
  return out;
}

/** Every contribution of the partner's events, with when it counts. */
function contextOf(
  program: Program,
  partner: PartnerProfile,
  events: readonly PerformanceEvent[],
): Context {
  const models = partnerModels(program, partner);
  const admittedMs =
    partner.admittedAt === undefined ? -Infinity : instant(partner.admittedAt)!;
  const aggregates = aggregatesOf(program);
  const own = events.filter(
    e =>
      e.partnerId === partner.id &&
      (EVENT_TYPES as readonly string[]).includes(e.type),
  );
  const reversedAt = new Map<string, number>();
  for (const e of own) {
    if (e.type !== REVERSAL_EVENT_TYPE) {
      continue;
    }
    const target = e.attributes?.reversedEventId;
    const ms = instant(e.occurredAt);
    if (
      typeof target === 'string' &&
      target !== '' &&
      ms !== undefined &&
      ms >= admittedMs
    ) {
      reversedAt.set(target, Math.min(ms, reversedAt.get(target) ?? Infinity));
    }
  }
  const contributions: Contribution[] = [];
  for (const e of own) {
    if (e.type === REVERSAL_EVENT_TYPE) {
      continue;
    }
    const ms = instant(e.occurredAt);
    if (ms === undefined || ms < admittedMs || !readable(e)) {
      continue;
    }
    for (const aggregate of aggregates) {
      const feed = aggregate.feeds.get(e.type);
      if (!feed || !filterPasses(aggregate.filter, e.attributes)) {
        continue;
      }
      let condition: string | undefined;
      if (aggregate.metric) {
        const check = catalogCheck(program, aggregate.metric, e.attributes);
        if (!check) {
          continue;
        }
        condition = check.condition ?? undefined;
      }
      let model: BusinessModelId | null = null;
      if (aggregate.perModel) {
        const eligible = models.filter(b => aggregate.models.includes(b));
        if (e.businessModel === undefined) {
          if (eligible.length === 0) {
            continue;
          }
          model = eligible[0];
        } else if (eligible.includes(e.businessModel)) {
          model = e.businessModel;
        } else {
          continue;
        }
      }
      const m = aggregate.metric;
      let units = 1;
      let key: string | undefined;
      if (m?.aggregation === 'distinct') {
        const raw =
          m.distinctBy === 'customerId'
            ? e.customerId
            : e.attributes?.[m.distinctBy.slice('attributes.'.length)];
        if (raw === undefined || raw === '') {
          continue;
        }
        key = String(raw);
      } else {
        units = unitsOf(e, feed.field);
        if (!(units > 0)) {
          continue;
        }
        if (m?.aggregation === 'sum' && m.perEventCap !== undefined) {
          units = Math.min(units, Math.round(m.perEventCap * scaleOf(m.field)));
        }
        if (m?.aggregation === 'ratio' && m.perCustomer) {
          if (e.customerId === undefined || e.customerId === '') {
            continue;
          }
          key = e.customerId;
        }
      }
      const reversal = reversedAt.get(e.id) ?? Infinity;
      const end = Math.min(ms + aggregate.lifeMs, reversal);
      if (end <= ms) {
        continue;
      }
      contributions.push({
        event: e,
        aggregate,
        slot: `${aggregate.id}@${model ?? 'shared'}`,
        model,
        role: feed.role,
        units: BigInt(units),
        key,
        condition,
        start: ms,
        middle: m?.aggregation === 'growth' ? ms + aggregate.windowMs : end,
        end,
        reversedEnd: end === reversal && reversal < ms + aggregate.lifeMs,
      });
    }
  }
  return { program, partner, models, admittedMs, aggregates, contributions };
}

/** The partner's state at instant t. */
interface State {
  slots: Array<{
    aggregate: Aggregate;
    metric: MetricDefinition;
    model: BusinessModelId | null;
    key: string;
    value: number;
    cents: number;
  }>;
  conditions: Map<string, boolean>;
  totalCents: number;
  tier: number;
  modelEarned: Record<BusinessModelId, number>;
  sharedCents: number;
  adjustmentShared: number;
  adjustmentModel: Record<BusinessModelId, number>;
  modelCounted: Record<BusinessModelId, number>;
  beforeCap: number;
  pillarCents: Map<string, number>;
  gates: {
    kind: Map<string, number>;
    pillar: Map<string, number>;
    metric: Map<string, number>;
  };
  waivedMetrics: Set<string>;
  waivedRequirements: Set<string>;
  requirementMet: (tier: number, r: TierRequirement) => boolean;
  requirementCurrent: (r: TierRequirement) => number;
}

function activeAt(c: Contribution, t: number): 'current' | 'previous' | null {
  if (t < c.start || t >= c.end) {
    return null;
  }
  return t < c.middle ? 'current' : 'previous';
}

function stateAt(
  context: Context,
  t: number,
  adjustments: ReturnType<typeof readAdjustments>,
  exemptions: ReturnType<typeof readExemptions>,
): State {
  const { program, partner, models } = context;
  const byAggregate = new Map<Aggregate, Contribution[]>();
  for (const c of context.contributions) {
    if (activeAt(c, t) !== null) {
      const list = byAggregate.get(c.aggregate) ?? [];
      list.push(c);
      byAggregate.set(c.aggregate, list);
    }
  }
  const conditions = new Map<string, boolean>();
  for (const aggregate of context.aggregates) {
    const r = aggregate.condition;
    if (!r) {
      continue;
    }
    const list = byAggregate.get(aggregate) ?? [];
    const scale = r.aggregation === 'sum' && r.field ? scaleOf(r.field) : 1;
    const value = Number(sum(list.map(c => c.units))) / scale;
    conditions.set(aggregate.id, value >= r.min);
  }
  const slots: State['slots'] = [];
  for (const aggregate of context.aggregates) {
    const m = aggregate.metric;
    if (!m) {
      continue;
    }
    const slotModels: Array<BusinessModelId | null> = aggregate.perModel
      ? models.filter(b => aggregate.models.includes(b))
      : [null];
    for (const model of slotModels) {
      const key = `${m.id}@${model ?? 'shared'}`;
      const list = (byAggregate.get(aggregate) ?? []).filter(
        c => c.slot === key,
      );
      let value: number;
      switch (m.aggregation) {
        case 'sum':
          value = Number(sum(list.map(c => c.units))) / scaleOf(m.field);
          break;
        case 'count':
          value = list.length;
          break;
        case 'distinct': {
          const keys = new Set(
            list
              .filter(
                c => c.condition === undefined || conditions.get(c.condition),
              )
              .map(c => c.key),
          );
          value = keys.size;
          break;
        }
        case 'ratio': {
          const num = list.filter(c => c.role === 'main');
          const den = list.filter(c => c.role === 'den');
          const d = sum(den.map(c => c.units));
          if (d <= 0n) {
            value = 0;
          } else if (m.perCustomer) {
            let counted = 0n;
            const customers = new Set(list.map(c => c.key!));
            for (const customer of customers) {
              const n = sum(
                num.filter(c => c.key === customer).map(c => c.units),
              );
              const dd = sum(
                den.filter(c => c.key === customer).map(c => c.units),
              );
              counted += n < dd ? n : dd;
            }
            value = Number(counted) / Number(d);
          } else {
            value =
              Number(sum(num.map(c => c.units))) /
              scaleOf(m.numerator.field) /
              (Number(d) / scaleOf(m.denominator.field));
          }
          break;
        }
        default: {
          const current = sum(
            list.filter(c => activeAt(c, t) === 'current').map(c => c.units),
          );
          const previous = sum(
            list.filter(c => activeAt(c, t) === 'previous').map(c => c.units),
          );
          value =
            previous <= 0n
              ? 0
              : (Number(current) - Number(previous)) / Number(previous);
        }
      }
      slots.push({
        aggregate,
        metric: m,
        model,
        key,
        value,
        cents: cents(value, m.target, Math.round(m.maxPoints * 100)),
      });
    }
  }

  // Exemptions in force
  const waivedMetrics = new Set<string>();
  const waivedRequirements = new Set<string>();
  for (const x of exemptions) {
    if (!(x.fromMs <= t && t < x.untilMs)) {
      continue;
    }
    const target = x.input.target;
    if (target.kind === 'metric') {
      if (program.metrics.some(mm => mm.id === target.metricId)) {
        waivedMetrics.add(target.metricId);
      }
    } else {
      const req = program.tiers
        .find(tr => tr.id === target.tierId)
        ?.requirements.find(r => r.id === target.requirementId);
      if (req && req.type !== 'invitation') {
        waivedRequirements.add(`${target.tierId}/${req.id}`);
      }
    }
  }

  // Pooling
  const zero = () =>
    Object.fromEntries(BUSINESS_MODEL_IDS.map(b => [b, 0])) as Record<
      BusinessModelId,
      number
    >;
  const modelEarned = zero();
  let sharedCents = 0;
  const pillarCents = new Map(program.pillars.map(p => [p.id, 0]));
  const kindGate = new Map([
    ['performance', 0],
    ['capability', 0],
  ]);
  const pillarGate = new Map(program.pillars.map(p => [p.id, 0]));
  const metricGate = new Map(program.metrics.map(mm => [mm.id, 0]));
  for (const s of slots) {
    if (s.model) {
      modelEarned[s.model] += s.cents;
    } else {
      sharedCents += s.cents;
    }
    pillarCents.set(
      s.metric.pillar,
      pillarCents.get(s.metric.pillar)! + s.cents,
    );
    const gate = waivedMetrics.has(s.metric.id)
      ? Math.round(s.metric.maxPoints * 100)
      : s.cents;
    const kind = program.pillars.find(p => p.id === s.metric.pillar)!.kind;
    kindGate.set(kind, kindGate.get(kind)! + gate);
    pillarGate.set(s.metric.pillar, pillarGate.get(s.metric.pillar)! + gate);
    metricGate.set(s.metric.id, metricGate.get(s.metric.id)! + gate);
  }
  let adjustmentShared = 0;
  const adjustmentModel = zero();
  for (const a of adjustments) {
    if (!(a.fromMs <= t && t < a.untilMs)) {
      continue;
    }
    const bm = a.input.businessModel;
    if (bm === undefined) {
      adjustmentShared += a.cents;
    } else if (models.includes(bm)) {
      adjustmentModel[bm] += a.cents;
    }
  }
  const perModelCap =
    program.pooling.perBusinessModelCap === undefined
      ? Infinity
      : Math.round(program.pooling.perBusinessModelCap * 100);
  const totalCap =
    program.pooling.totalCap === undefined
      ? Infinity
      : Math.round(program.pooling.totalCap * 100);
  const modelCounted = zero();
  let beforeCap = sharedCents + adjustmentShared;
  for (const b of BUSINESS_MODEL_IDS) {
    modelCounted[b] = Math.min(
      perModelCap,
      Math.max(0, modelEarned[b] + adjustmentModel[b]),
    );
    beforeCap += modelCounted[b];
  }
  const totalCents = Math.min(totalCap, Math.max(0, beforeCap));

  const requirementCurrent = (r: TierRequirement): number => {
    switch (r.type) {
      case 'pillar-kind-points':
        return kindGate.get(r.pillarKind)!;
      case 'pillar-points':
        return pillarGate.get(r.pillar)!;
      case 'metric-points':
        return metricGate.get(r.metric)!;
      default:
        return 0;
    }
  };
  const requirementMet = (tier: number, r: TierRequirement): boolean => {
    if (r.type === 'invitation') {
      return partner.pinnacleInvited === true;
    }
    return (
      waivedRequirements.has(`${program.tiers[tier].id}/${r.id}`) ||
      requirementCurrent(r) >= Math.round(r.minPoints * 100)
    );
  };
  let tier = 0;
  for (let k = program.tiers.length - 1; k > 0; k--) {
    const tr = program.tiers[k];
    if (
      totalCents >= Math.round(tr.threshold * 100) &&
      tr.requirements.every(r => requirementMet(k, r))
    ) {
      tier = k;
      break;
    }
  }
  return {
    slots,
    conditions,
    totalCents,
    tier,
    modelEarned,
    sharedCents,
    adjustmentShared,
    adjustmentModel,
    modelCounted,
    beforeCap,
    pillarCents,
    gates: { kind: kindGate, pillar: pillarGate, metric: metricGate },
    waivedMetrics,
    waivedRequirements,
    requirementMet,
    requirementCurrent,
  };
}

function describe(
  program: Program,
  r: TierRequirement,
  currentCents: number,
): string {
  if (r.type === 'invitation') {
    return r.description ?? 'An invitation from the vendor is required.';
  }
  const have = `you have ${currentCents / 100} of ${
    Math.round(r.minPoints * 100) / 100
  } points`;
  if (r.description) {
    return `${r.description} (${have})`;
  }
  if (r.type === 'pillar-kind-points') {
    return `At least ${r.minPoints} points in ${r.pillarKind} pillars (${have})`;
  }
  if (r.type === 'pillar-points') {
    const name = program.pillars.find(p => p.id === r.pillar)?.name ?? r.pillar;
    return `At least ${r.minPoints} points in ${name} (${have})`;
  }
  const name = program.metrics.find(m => m.id === r.metric)?.name ?? r.metric;
  return `At least ${r.minPoints} points in ${name} (${have})`;
}

function contributionsOf(
  context: Context,
  state: State,
  slot: State['slots'][number],
  t: number,
): EventContribution[] {
  const m = slot.metric;
  const list = context.contributions.filter(
    c =>
      c.slot === slot.key &&
      c.aggregate === slot.aggregate &&
      activeAt(c, t) === 'current',
  );
  let picked: Array<{ c: Contribution; weight: number }>;
  const chrono = (a: Contribution, b: Contribution) =>
    a.start - b.start || compareText(a.event.id, b.event.id);
  if (m.aggregation === 'distinct') {
    const best = new Map<string, Contribution>();
    for (const c of list) {
      if (c.condition !== undefined && !state.conditions.get(c.condition)) {
        continue;
      }
      const known = best.get(c.key!);
      if (
        !known ||
        c.start > known.start ||
        (c.start === known.start && c.event.id < known.event.id)
      ) {
        best.set(c.key!, c);
      }
    }
    picked = [...best.values()].map(c => ({ c, weight: 1 }));
  } else {
    const num = list.filter(c => c.role === 'main');
    picked = num.map(c => {
      let weight = Number(c.units);
      if (m.aggregation === 'ratio' && m.perCustomer) {
        const n = Number(
          sum(num.filter(x => x.key === c.key).map(x => x.units)),
        );
        const d = Number(
          sum(
            list
              .filter(x => x.role === 'den' && x.key === c.key)
              .map(x => x.units),
          ),
        );
        weight = n <= d ? weight : (weight * d) / n;
      }
      return { c, weight };
    });
  }
  picked.sort((a, b) => chrono(a.c, b.c));
  const total = picked.reduce((s, p) => s + p.weight, 0);
  let running = 0;
  let previous = 0;
  return picked.map(p => {
    running += p.weight;
    const cumulative =
      total > 0 ? Math.round((slot.cents * running) / total) : 0;
    const out = {
      eventId: p.c.event.id,
      points: (cumulative - previous) / 100,
    };
    previous = cumulative;
    return out;
  });
}

/** The action examples, as the README defines them. */
function exampleEvents(
  context: Context,
  asOf: string,
  t: number,
): Array<{
  id: string;
  action: Program['actions'][number];
  model: BusinessModelId | null;
  event: PerformanceEvent;
  catalogEntry?: { id: string; name: string };
}> {
  const { program, partner, models } = context;
  const out: ReturnType<typeof exampleEvents> = [];
  for (const action of program.actions) {
    const metric = program.metrics.find(m => m.id === action.metric)!;
    const instances: Array<BusinessModelId | null> = metric.perBusinessModel
      ? models.filter(
          b => !metric.businessModels || metric.businessModels.includes(b),
        )
      : [null];
    for (const model of instances) {
      const id = model ? `${action.id}:${model}` : action.id;
      const slotKey = `${metric.id}@${model ?? 'shared'}`;
      const event: PerformanceEvent = {
        id: `example:${id}`,
        partnerId: partner.id,
        type: action.example.type,
        occurredAt: asOf,
      };
      if (model) {
        event.businessModel = model;
      }
      const active = context.contributions.filter(
        c =>
          c.slot === slotKey &&
          activeAt(c, t) !== null &&
          c.aggregate.metric === metric,
      );
      if (action.example.customer === 'new') {
        event.customerId = `example-customer:${action.id}`;
      } else if (action.example.customer === 'existing') {
        let best: string | undefined;
        let bestShortfall = 0;
        const customers = [...new Set(active.map(c => c.key!))].sort();
        for (const customer of customers) {
          const n = Number(
            sum(
              active
                .filter(c => c.key === customer && c.role === 'main')
                .map(c => c.units),
            ),
          );
          const d = Number(
            sum(
              active
                .filter(c => c.key === customer && c.role === 'den')
                .map(c => c.units),
            ),
          );
          if (d - n > bestShortfall) {
            best = customer;
            bestShortfall = d - n;
          }
        }
        if (best === undefined) {
          continue;
        }
        event.customerId = best;
      }
      if (action.example.quantity !== undefined) {
        event.quantity = action.example.quantity;
      }
      if (action.example.amount !== undefined) {
        event.amount = action.example.amount;
      }
      let catalogEntry: { id: string; name: string } | undefined;
      if (action.example.catalogEntry === 'next' && metric.catalog) {
        const catalog = metric.catalog;
        const held = new Set(active.map(c => c.key));
        const list: Array<{
          id: string;
          name: string;
          kind?: string;
          track?: string;
        }> = program[catalog.list];
        const entry = list.find(
          x =>
            !(catalog.except ?? []).includes(x.id) &&
            (catalog.kind === undefined || x.kind === catalog.kind) &&
            (catalog.track === undefined || x.track === catalog.track) &&
            filterPasses(metric.filter, {
              [CATALOG_ATTRIBUTES[catalog.list]]: x.id,
            }) &&
            !held.has(x.id),
        );
        if (!entry) {
          continue;
        }
        catalogEntry = { id: entry.id, name: entry.name };
        event.attributes = {
          ...action.example.attributes,
          [CATALOG_ATTRIBUTES[catalog.list]]: entry.id,
        };
      } else if (action.example.attributes !== undefined) {
        event.attributes = action.example.attributes;
      }
      out.push({ id, action, model, event, catalogEntry });
    }
  }
  return out;
}

function stateOf(
  program: Program,
  partner: PartnerProfile,
  events: readonly PerformanceEvent[],
  t: number,
  adjustments: ReturnType<typeof readAdjustments>,
  exemptions: ReturnType<typeof readExemptions>,
): { context: Context; state: State } {
  const context = contextOf(program, partner, events);
  return { context, state: stateAt(context, t, adjustments, exemptions) };
}

/** The standing, by the book. */
export function referenceStanding(input: ReferenceInput): Standing {
  const { program, partner } = input;
  const asOfMs = parseIsoStrict(input.asOf)!;
  const asOf = toIso(asOfMs);
  const adjustments = readAdjustments(input.adjustments);
  const exemptions = readExemptions(input.exemptions);
  const { context, state } = stateOf(
    program,
    partner,
    input.events,
    asOfMs,
    adjustments,
    exemptions,
  );
  const tiers = program.tiers;

  const exemptionList: StandingExemption[] = exemptions
    .filter(x => x.fromMs <= asOfMs && asOfMs < x.untilMs)
    .map(x => {
      const target = x.input.target;
      let description: string;
      let applied = false;
      if (target.kind === 'metric') {
        const metric = program.metrics.find(m => m.id === target.metricId);
        applied = metric !== undefined;
        description = metric
          ? `${metric.name} counts as at its target for tier requirements`
          : `Metric ${target.metricId} is not part of program ${program.version}`;
      } else {
        const tier = tiers.find(tr => tr.id === target.tierId);
        const r = tier?.requirements.find(rr => rr.id === target.requirementId);
        if (!tier || !r) {
          description = `Requirement ${target.requirementId} of ${target.tierId} is not part of program ${program.version}`;
        } else if (r.type === 'invitation') {
          description = `${tier.name}'s invitation cannot be waived; the partner must be invited`;
        } else {
          applied = true;
          description = `${tier.name}: ${r.description ?? r.id} — waived`;
        }
      }
      const item: StandingExemption = {
        id: x.input.id,
        target: x.input.target,
        reason: x.input.reason,
        from: x.from,
        description,
        applied,
      };
      if (x.until !== undefined) {
        item.until = x.until;
      }
      return item;
    });

  const metrics: MetricStanding[] = state.slots.map(slot => {
    const m = slot.metric;
    const standing: MetricStanding = {
      id: m.id,
      name: m.name,
      pillar: m.pillar,
      pillarKind: program.pillars.find(p => p.id === m.pillar)!.kind,
      aggregation: m.aggregation,
      windowDays: m.windowDays,
      value: slot.value,
      target: m.target,
      unit: m.unit,
      progress: slot.value > 0 ? Math.min(1, slot.value / m.target) : 0,
      points: slot.cents / 100,
      maxPoints: m.maxPoints,
      contributions: contributionsOf(context, state, slot, asOfMs),
    };
    if (m.description !== undefined) {
      standing.description = m.description;
    }
    if (slot.model) {
      standing.businessModel = slot.model;
    }
    const waiver = exemptionList.find(
      x =>
        x.applied && x.target.kind === 'metric' && x.target.metricId === m.id,
    );
    if (waiver) {
      standing.waivedBy = waiver.id;
    }
    return standing;
  });

  const unmetOf = (tier: number): UnmetRequirement[] =>
    tiers[tier].requirements
      .filter(r => !state.requirementMet(tier, r))
      .map(r => {
        const current = state.requirementCurrent(r);
        const item: UnmetRequirement = {
          id: r.id,
          type: r.type,
          description: describe(program, r, current),
        };
        if (r.type !== 'invitation') {
          item.current = current / 100;
          item.required = Math.round(r.minPoints * 100) / 100;
        }
        return item;
      });

  const next =
    state.tier + 1 < tiers.length ? tiers[state.tier + 1] : undefined;

  // Actions: re-evaluate with each example event.
  const actions: NextBestAction[] = [];
  if (asOfMs >= context.admittedMs) {
    const open: Array<{
      tier: number;
      r: Exclude<TierRequirement, { type: 'invitation' }>;
      before: number;
    }> = [];
    const k = state.tier + 1;
    for (const r of k < tiers.length ? tiers[k].requirements : []) {
      if (r.type !== 'invitation' && !state.requirementMet(k, r)) {
        open.push({ tier: k, r, before: state.requirementCurrent(r) });
      }
    }
    const ranked: Array<{
      action: NextBestAction;
      tier: number;
      gain: number;
      progress: number;
      id: string;
    }> = [];
    for (const example of exampleEvents(context, asOf, asOfMs)) {
      const after = stateOf(
        program,
        partner,
        [...input.events, example.event],
        asOfMs,
        adjustments,
        exemptions,
      ).state;
      const gain = after.totalCents - state.totalCents;
      const requirements: RequirementProgress[] = open
        .filter(o => after.requirementCurrent(o.r) > o.before)
        .map(o => ({
          tier: tiers[o.tier].id,
          requirementId: o.r.id,
          type: o.r.type,
          description: describe(program, o.r, o.before),
          before: o.before / 100,
          after: after.requirementCurrent(o.r) / 100,
          required: Math.round(o.r.minPoints * 100) / 100,
        }));
      if (gain <= 0 && after.tier <= state.tier && requirements.length === 0) {
        continue;
      }
      const deltas: MetricDelta[] = [];
      after.slots.forEach((s, i) => {
        const before = state.slots[i];
        if (s.cents !== before.cents) {
          const d: MetricDelta = {
            metricId: s.metric.id,
            before: before.cents / 100,
            after: s.cents / 100,
            delta: (s.cents - before.cents) / 100,
          };
          if (s.model) {
            d.businessModel = s.model;
          }
          deltas.push(d);
        }
      });
      let title = example.action.title;
      let link: ActionLink = example.action.link;
      const list = program.metrics.find(m => m.id === example.action.metric)!
        .catalog?.list;
      if (example.catalogEntry) {
        title = `${title}: ${example.catalogEntry.name}`;
        if (link.kind === 'play' && list === 'plays') {
          link = {
            kind: 'play',
            ref: `play:${example.catalogEntry.id}`,
            label: example.catalogEntry.name,
          };
        } else if (link.kind === 'ignite' && list === 'igniteCourses') {
          link = {
            kind: 'ignite',
            ref: `course:${example.catalogEntry.id}`,
            label: example.catalogEntry.name,
          };
        }
      }
      if (example.model && context.models.length > 1) {
        title = `${title} (${
          program.businessModels.find(b => b.id === example.model)!.name
        })`;
      }
      const action: NextBestAction = {
        id: example.id,
        actionId: example.action.id,
        metricId: example.action.metric,
        title,
        description: example.action.description,
        link,
        estimatedPoints: gain / 100,
        exampleEvent: example.event,
        resultingTotalPoints: after.totalCents / 100,
        resultingTier: tiers[after.tier].id,
        resultingTierName: tiers[after.tier].name,
        metrics: deltas,
        requirements,
      };
      if (example.model) {
        action.businessModel = example.model;
      }
      if (example.catalogEntry) {
        action.catalogEntry = example.catalogEntry;
      }
      ranked.push({
        action,
        tier: after.tier,
        gain,
        progress: Math.round(
          requirements.reduce(
            (s, r) => s + Math.min(r.after, r.required) - r.before,
            0,
          ) * 100,
        ),
        id: example.id,
      });
    }
    ranked.sort(
      (a, b) =>
        b.tier - a.tier ||
        b.gain - a.gain ||
        b.progress - a.progress ||
        compareText(a.id, b.id),
    );
    actions.push(...ranked.map(r => r.action));
  }

  // Forecast: evaluate at the end of every day of the horizon.
  const versions = [
    { program, from: -Infinity },
    ...(input.upcomingPrograms ?? [])
      .map(p => ({ program: p, from: parseIsoStrict(p.effectiveFrom)! }))
      .filter(v => v.from > asOfMs && v.program.version !== program.version)
      .sort((a, b) => a.from - b.from),
  ];
  const inForce = (t: number) =>
    versions.filter(v => v.from <= t).pop()!.program;
  const expiring: ExpiringPoints[] = [];
  const firstDay = Math.floor(asOfMs / DAY_MS);
  let previous = { program, context, state };
  let prevEnd = asOfMs;
  for (let d = firstDay; d <= firstDay + HORIZON_DAYS; d++) {
    const t = (d + 1) * DAY_MS - 1;
    const p = inForce(t);
    const now =
      p === previous.program
        ? {
            program: p,
            context: previous.context,
            state: stateAt(previous.context, t, adjustments, exemptions),
          }
        : (() => {
            const r = stateOf(
              p,
              partner,
              input.events,
              t,
              adjustments,
              exemptions,
            );
            return { program: p, context: r.context, state: r.state };
          })();
    const causes = new Map<string, ForecastCause>();
    const order = [
      'window',
      'dated-event',
      'reversed',
      'adjustment-starts',
      'adjustment-ends',
      'exemption-starts',
      'exemption-ends',
      'program-version',
    ];
    const add = (type: ForecastCause['type'], id: string) =>
      causes.set(`${order.indexOf(type)}\u0000${id}`, { type, id });
    const from = prevEnd;
    const within = (ms: number) => ms > from && ms <= t;
    for (const c of now.context.contributions) {
      if (within(c.start)) {
        add('dated-event', c.event.id);
      }
      if (c.middle < c.end && within(c.middle)) {
        add('window', c.event.id);
      }
      if (within(c.end)) {
        add(c.reversedEnd ? 'reversed' : 'window', c.event.id);
      }
    }
    for (const a of adjustments) {
      if (within(a.fromMs)) add('adjustment-starts', a.input.id);
      if (within(a.untilMs)) add('adjustment-ends', a.input.id);
    }
    for (const x of exemptions) {
      if (within(x.fromMs)) add('exemption-starts', x.input.id);
      if (within(x.untilMs)) add('exemption-ends', x.input.id);
    }
    if (now.program !== previous.program) {
      add('program-version', now.program.version);
    }
    if (
      now.state.totalCents !== previous.state.totalCents ||
      now.state.tier !== previous.state.tier
    ) {
      const before = new Map(previous.state.slots.map(s => [s.key, s.cents]));
      const after = new Map(now.state.slots.map(s => [s.key, s.cents]));
      const dropped: string[] = [];
      const mark = (key: string) => {
        const id = key.slice(0, key.lastIndexOf('@'));
        if (!dropped.includes(id)) dropped.push(id);
      };
      for (const [key, c] of after) {
        if (c < (before.get(key) ?? 0)) mark(key);
      }
      for (const [key, c] of before) {
        if (c > 0 && !after.has(key)) mark(key);
      }
      const index = (id: string) => {
        const i = now.program.metrics.findIndex(m => m.id === id);
        return i < 0 ? now.program.metrics.length : i;
      };
      const metricIds = dropped
        .map((id, k) => ({ id, k }))
        .sort((a, b) => index(a.id) - index(b.id) || a.k - b.k)
        .map(x => x.id);
      const tier = now.program.tiers[now.state.tier];
      expiring.push({
        date: toIso(d * DAY_MS).slice(0, 10),
        points: (previous.state.totalCents - now.state.totalCents) / 100,
        metricIds,
        resultingTotalPoints: now.state.totalCents / 100,
        resultingTier: tier.id,
        resultingTierName: tier.name,
        causes: [...causes.entries()]
          .sort((a, b) => compareText(a[0], b[0]))
          .map(([, c]) => c),
      });
    }
    previous = now;
    prevEnd = t;
  }

  const adjustmentList: StandingAdjustment[] = adjustments
    .filter(a => a.fromMs <= asOfMs && asOfMs < a.untilMs)
    .map(a => {
      const item: StandingAdjustment = {
        id: a.input.id,
        points: a.cents / 100,
        reason: a.input.reason,
        grantedAt: a.grantedAt,
        counted:
          a.input.businessModel === undefined ||
          context.models.includes(a.input.businessModel),
      };
      if (a.expiresAt !== undefined) item.expiresAt = a.expiresAt;
      if (a.input.businessModel !== undefined)
        item.businessModel = a.input.businessModel;
      return item;
    });

  const byModel = (f: (b: BusinessModelId) => number) =>
    Object.fromEntries(BUSINESS_MODEL_IDS.map(b => [b, f(b) / 100])) as Record<
      BusinessModelId,
      number
    >;
  const tier = tiers[state.tier];
  const standing: Standing = {
    partnerId: partner.id,
    asOf,
    programVersion: program.version,
    tier: tier.id,
    tierName: tier.name,
    totalPoints: state.totalCents / 100,
    pointsByBusinessModel: byModel(b => state.modelCounted[b]),
    pointsByPillar: Object.fromEntries(
      program.pillars.map(p => [p.id, state.pillarCents.get(p.id)! / 100]),
    ),
    pooling: {
      sharedPoints: state.sharedCents / 100,
      earnedByBusinessModel: byModel(b => state.modelEarned[b]),
      sharedAdjustmentPoints: state.adjustmentShared / 100,
      adjustmentPointsByBusinessModel: byModel(b => state.adjustmentModel[b]),
      beforeTotalCap: state.beforeCap / 100,
    },
    metrics,
    nextTier: next
      ? {
          tier: next.id,
          tierName: next.name,
          threshold: next.threshold,
          pointsNeeded:
            Math.max(0, Math.round(next.threshold * 100) - state.totalCents) /
            100,
          unmetRequirements: unmetOf(state.tier + 1),
        }
      : null,
    actions,
    expiring,
    benefits: tier.benefits,
    adjustments: adjustmentList,
    exemptions: exemptionList,
  };
  if (program.pooling.perBusinessModelCap !== undefined) {
    standing.pooling.perBusinessModelCap = program.pooling.perBusinessModelCap;
  }
  if (program.pooling.totalCap !== undefined) {
    standing.pooling.totalCap = program.pooling.totalCap;
  }
  return standing;
}
