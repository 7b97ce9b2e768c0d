/**
 * Phase 1 of an evaluation: compiling a program once into the lookup tables
 * the other phases use — which aggregates each event type feeds, windows in
 * milliseconds, targets and caps in integer units and cents, catalogue sets,
 * tier requirements and actions.
 */
import { compareText } from '../compareText';
import { BUSINESS_MODEL_IDS, EVENT_TYPES, REVERSAL_EVENT_TYPE } from '../ids';
import { CATALOG_ATTRIBUTES } from '../program/catalogs';
import type {
  ActionDefinition,
  MetricDefinition,
  MetricFilter,
  OptionRequirement,
  Program,
  TierRequirement,
} from '../program/types';
import { DAY_MS } from '../time';
import { createStringIndex } from './lookup';
import {
  FIELD_AMOUNT,
  FIELD_ONE,
  FIELD_QUANTITY,
  FieldCode,
  unitsPerOne,
} from './units';

/** Business models, in `BUSINESS_MODEL_IDS` order. */
export const MODELS = BUSINESS_MODEL_IDS.length;
/**
 * Aggregates are kept per slot: `aggregate × SLOTS_PER_AGGREGATE + model`,
 * with the last slot of each aggregate (`SHARED`) for those that are not per
 * business model.
 */
export const SLOTS_PER_AGGREGATE = MODELS + 1;
export const SHARED = MODELS;

/** How an aggregate turns its events into a value. */
export const KIND_SUM = 0;
export const KIND_COUNT = 1;
export const KIND_DISTINCT = 2;
export const KIND_RATIO = 3;
/** A ratio whose terms are matched by customer, each capped at 100 %. */
export const KIND_CUSTOMER_RATIO = 4;
export const KIND_GROWTH = 5;

/** Which side of an aggregate an event feeds. */
export const ROLE_MAIN = 0;
/** The denominator of a ratio. */
export const ROLE_DENOMINATOR = 1;

/** The rules of one catalogue entry for a metric tied to the catalogue. */
export interface CatalogEntryRule {
  /**
   * For a specialization with options: option id → index of the condition
   * (the option's requirement) that must hold, or -1 when it has none.
   * Null when the entry has no options.
   */
  options: Map<string, number> | null;
}

/** A metric's tie to a catalogue (see `MetricCatalog`). */
export interface CompiledCatalog {
  /** The event attribute naming the entry: playId, courseId, … */
  attribute: string;
  /** The entries that count, by id. */
  entries: Map<string, CatalogEntryRule>;
  /** The entries that count, in catalogue order (for `catalogEntry: next`). */
  order: string[];
  /** Display names of the entries. */
  names: Map<string, string>;
  /**
   * Each entry as an action proposes it (`NextBestAction.catalogEntry`),
   * frozen like the program, in catalogue order (as `order`).
   */
  proposals: ReadonlyArray<Readonly<{ id: string; name: string }>>;
  /** Position of each entry that counts in `order`. */
  positions: Map<string, number>;
}

/**
 * A metric of the program, or a hidden condition (a specialization option's
 * requirement), compiled. Both are aggregates over windows of events; only
 * metrics earn points.
 */
export interface CompiledAggregate {
  index: number;
  /** The metric id; for a condition `<specialization>/<option>`. */
  id: string;
  /** The metric's definition; undefined for conditions. */
  metric: MetricDefinition | undefined;
  /** The option requirement; undefined for metrics. */
  condition: OptionRequirement | undefined;
  kind: number;
  /** Milliseconds an event counts for: the window (two periods for growth). */
  lifeMs: number;
  /** The window (for growth: the length of each period). */
  windowMs: number;
  perModel: boolean;
  /** Business model index → whether the aggregate applies to it. */
  appliesTo: boolean[];
  /** Value for full credit (metrics) or the minimum (conditions). */
  target: number;
  /** Points at target, in hundredths. */
  maxCents: number;
  /** At most this many units of one event count. */
  capUnits: number;
  /** Units per 1 of the main field (the numerator, for ratios). */
  mainScale: number;
  /** Units per 1 of a ratio's denominator field. */
  denominatorScale: number;
  filter: { names: string[]; values: string[][] } | null;
  /** Distinct counts: null for customerId, else the attribute name. */
  distinctAttribute: string | null;
  catalog: CompiledCatalog | null;
  /** A distinct count whose entries depend on specialization options. */
  optionGated: boolean;
  pillar: number;
  /** 0 performance, 1 capability. */
  pillarKind: number;
  /** For conditions: the aggregates whose entries depend on it. */
  dependents: number[];
}

/** A tier requirement, compiled. */
export interface CompiledRequirement {
  tier: number;
  /** Position within the tier's requirements. */
  position: number;
  kind: number;
  /** Pillar kind (0/1), pillar index or metric index. */
  ref: number;
  minCents: number;
  def: TierRequirement;
  /**
   * What the requirement asks, in words (its description, or "At least N
   * points in …"), and the end of "(you have X of N points)": the parts of
   * `describeRequirement` that are the same for every partner.
   */
  asks: string;
  outOf: string;
  /**
   * The last description made and the points it was made for: an
   * evaluation describes the next tier's requirements twice (the standing's
   * `nextTier` and the actions' progress), and partners at the same points
   * share it. Strings are immutable, so sharing one is safe.
   */
  describedCents: number;
  described: string;
}

export const REQUIREMENT_PILLAR_KIND = 0;
export const REQUIREMENT_PILLAR = 1;
export const REQUIREMENT_METRIC = 2;
export const REQUIREMENT_INVITATION = 3;

/** How an action's example event gets its customer. */
export const CUSTOMER_NONE = 0;
export const CUSTOMER_NEW = 1;
export const CUSTOMER_EXISTING = 2;

const CUSTOMER_MODES: Record<ActionDefinition['example']['customer'], number> =
  { none: CUSTOMER_NONE, new: CUSTOMER_NEW, existing: CUSTOMER_EXISTING };

/** An action of the program, compiled. */
export interface CompiledAction {
  def: ActionDefinition;
  metric: number;
  type: number;
  customer: number;
  /** `catalogEntry: next`: the catalogue attribute to fill; else null. */
  nextEntryAttribute: string | null;
  /**
   * `catalogEntry: next`: the example's attributes for each entry, in
   * catalogue order (as `CompiledCatalog.order`).
   */
  nextEntryAttributes: ReadonlyArray<
    Readonly<Record<string, string | number | boolean>>
  > | null;
  /** The example's customer for `customer: new`. */
  newCustomerId: string;
  /** Example event ids by business model index, then SHARED. */
  exampleIds: string[];
  /** Position of each variant's id in the sorted list of all ids (tie-break). */
  ranks: number[];
  /** Output ids by business model index, then SHARED. */
  ids: string[];
  /** Titles by business model index (model name appended), then SHARED. */
  titles: string[];
}

/**
 * One aggregate an event type feeds, with everything the ledger pass reads
 * about that aggregate for each event (one object, so that a contribution
 * is made from one place in memory rather than from a dozen tables).
 */
export interface FeedRule {
  aggregate: number;
  /** `aggregate × SLOTS_PER_AGGREGATE`: the aggregate's first slot. */
  slotBase: number;
  role: number;
  field: FieldCode;
  kind: number;
  lifeMs: number;
  windowMs: number;
  perModel: boolean;
  /** At most this many units of one event count. */
  capUnits: number;
  /** Whether a filter or catalogue screens the events (see `slotFor`). */
  screened: boolean;
  filter: CompiledAggregate['filter'];
  catalog: CompiledCatalog | null;
  /**
   * Whether an entry per distinct value or customer is kept (distinct
   * counts, per-customer ratios), and the attribute naming it (null: the
   * customer).
   */
  keyed: boolean;
  keyAttribute: string | null;
  optionGated: boolean;
  /** A metric (earns points) rather than an option's condition. */
  isMetric: boolean;
}

export interface CompiledProgram {
  program: Program;
  /** Metrics first (same index as `program.metrics`), then conditions. */
  aggregates: CompiledAggregate[];
  metricCount: number;
  slotCount: number;
  /** Event type (index in EVENT_TYPES) → the aggregates it feeds. */
  feeds: FeedRule[][];
  typeIndex: (type: string) => number;
  modelIndex: (model: string) => number;
  reversalType: number;
  /** The longest time any event counts for (ms). */
  longestLifeMs: number;
  pillarCount: number;
  /** Points needed for each tier, in hundredths. */
  thresholdCents: Float64Array;
  requirements: CompiledRequirement[][];
  perModelCapCents: number;
  totalCapCents: number;
  actions: CompiledAction[];
  /** Index of each metric by id. */
  metricIndex: Map<string, number>;
  /** Business model index → name in this program. */
  modelNames: string[];
  /** Which business models the program scores. */
  programModels: boolean[];
}

function toCents(points: number): number {
  return Math.round(points * 100);
}

function fieldCode(field: 'amount' | 'quantity'): FieldCode {
  return field === 'amount' ? FIELD_AMOUNT : FIELD_QUANTITY;
}

function compileFilter(
  filter: MetricFilter | undefined,
): CompiledAggregate['filter'] {
  const attributes = filter?.attributes;
  if (!attributes || Object.keys(attributes).length === 0) {
    return null;
  }
  return {
    names: Object.keys(attributes),
    values: Object.values(attributes).map(v => (Array.isArray(v) ? v : [v])),
  };
}

/** Compiles a program; `program` must come from `parseProgram`. */
export function compileProgram(program: Program): CompiledProgram {
  const metricIndex = new Map(program.metrics.map((m, i) => [m.id, i]));
  const pillarIndex = new Map(program.pillars.map((p, i) => [p.id, i]));
  const programModels = BUSINESS_MODEL_IDS.map(id =>
    program.businessModels.some(b => b.id === id),
  );
  const aggregates: CompiledAggregate[] = [];
  const feedLists: Array<Array<[number, number, FieldCode]>> = EVENT_TYPES.map(
    () => [],
  );
  const addFeed = (
    types: readonly string[],
    aggregate: number,
    role: number,
    field: FieldCode,
  ) => {
    for (const type of types) {
      feedLists[EVENT_TYPES.indexOf(type as never)].push([
        aggregate,
        role,
        field,
      ]);
    }
  };

  // Conditions: one per specialization option with a requirement.
  const conditionIndex = new Map<string, number>();
  const conditions: Array<{
    id: string;
    requirement: OptionRequirement;
  }> = [];
  for (const specialization of program.specializations) {
    for (const option of specialization.options ?? []) {
      if (option.requires) {
        const id = `${specialization.id}/${option.id}`;
        conditionIndex.set(id, program.metrics.length + conditions.length);
        conditions.push({ id, requirement: option.requires });
      }
    }
  }

  const compileCatalog = (m: MetricDefinition): CompiledCatalog | null => {
    const catalog = m.catalog;
    if (!catalog) {
      return null;
    }
    const except = new Set(catalog.except ?? []);
    const attribute = CATALOG_ATTRIBUTES[catalog.list];
    // A filter on the catalogue attribute narrows the entries further.
    const filtered = m.filter?.attributes[attribute];
    const only =
      filtered === undefined
        ? undefined
        : new Set(Array.isArray(filtered) ? filtered : [filtered]);
    const list: Array<{
      id: string;
      name: string;
      kind?: string;
      track?: string;
      options?: Array<{ id: string }>;
    }> = program[catalog.list];
    const entries = new Map<string, CatalogEntryRule>();
    const order: string[] = [];
    const names = new Map<string, string>();
    for (const entry of list) {
      if (
        except.has(entry.id) ||
        (only !== undefined && !only.has(entry.id)) ||
        (catalog.kind !== undefined && entry.kind !== catalog.kind) ||
        (catalog.track !== undefined && entry.track !== catalog.track)
      ) {
        continue;
      }
      let options: Map<string, number> | null = null;
      if (entry.options && entry.options.length > 0) {
        options = new Map();
        for (const option of entry.options) {
          options.set(
            option.id,
            conditionIndex.get(`${entry.id}/${option.id}`) ?? -1,
          );
        }
      }
      entries.set(entry.id, { options });
      order.push(entry.id);
      names.set(entry.id, entry.name);
    }
    return {
      attribute,
      entries,
      order,
      names,
      proposals: order.map(id => Object.freeze({ id, name: names.get(id)! })),
      positions: new Map(order.map((id, position) => [id, position])),
    };
  };

  program.metrics.forEach((m, i) => {
    const pillar = pillarIndex.get(m.pillar) ?? 0;
    const catalog = compileCatalog(m);
    let kind: number;
    let mainScale = 1;
    let denominatorScale = 1;
    let capUnits = Infinity;
    let lifeMs = m.windowDays * DAY_MS;
    switch (m.aggregation) {
      case 'sum':
        kind = KIND_SUM;
        mainScale = unitsPerOne(fieldCode(m.field));
        capUnits =
          m.perEventCap === undefined
            ? Infinity
            : Math.round(m.perEventCap * mainScale);
        addFeed(m.events, i, ROLE_MAIN, fieldCode(m.field));
        break;
      case 'count':
        kind = KIND_COUNT;
        addFeed(m.events, i, ROLE_MAIN, FIELD_ONE);
        break;
      case 'distinct':
        kind = KIND_DISTINCT;
        addFeed(m.events, i, ROLE_MAIN, FIELD_ONE);
        break;
      case 'ratio':
        kind = m.perCustomer ? KIND_CUSTOMER_RATIO : KIND_RATIO;
        mainScale = unitsPerOne(fieldCode(m.numerator.field));
        denominatorScale = unitsPerOne(fieldCode(m.denominator.field));
        addFeed(m.numerator.events, i, ROLE_MAIN, fieldCode(m.numerator.field));
        addFeed(
          m.denominator.events,
          i,
          ROLE_DENOMINATOR,
          fieldCode(m.denominator.field),
        );
        break;
      case 'growth':
        kind = KIND_GROWTH;
        mainScale = unitsPerOne(fieldCode(m.field));
        lifeMs = 2 * m.windowDays * DAY_MS;
        addFeed(m.events, i, ROLE_MAIN, fieldCode(m.field));
        break;
      default:
        throw new Error('unreachable');
    }
    const optionGated =
      kind === KIND_DISTINCT &&
      catalog !== null &&
      [...catalog.entries.values()].some(rule => rule.options !== null);
    aggregates.push({
      index: i,
      id: m.id,
      metric: m,
      condition: undefined,
      kind,
      lifeMs,
      windowMs: m.windowDays * DAY_MS,
      perModel: m.perBusinessModel,
      appliesTo: BUSINESS_MODEL_IDS.map(
        (id, b) =>
          programModels[b] &&
          (!m.businessModels || m.businessModels.includes(id)),
      ),
      target: m.target,
      maxCents: toCents(m.maxPoints),
      capUnits,
      mainScale,
      denominatorScale,
      filter: compileFilter(m.filter),
      distinctAttribute:
        m.aggregation === 'distinct' && m.distinctBy !== 'customerId'
          ? m.distinctBy.slice('attributes.'.length)
          : null,
      catalog,
      optionGated,
      pillar,
      pillarKind: program.pillars[pillar].kind === 'performance' ? 0 : 1,
      dependents: [],
    });
  });

  conditions.forEach(({ id, requirement }, k) => {
    const index = program.metrics.length + k;
    const field =
      requirement.aggregation === 'sum' && requirement.field
        ? fieldCode(requirement.field)
        : FIELD_ONE;
    aggregates.push({
      index,
      id,
      metric: undefined,
      condition: requirement,
      kind: requirement.aggregation === 'sum' ? KIND_SUM : KIND_COUNT,
      lifeMs: requirement.windowDays * DAY_MS,
      windowMs: requirement.windowDays * DAY_MS,
      perModel: false,
      appliesTo: BUSINESS_MODEL_IDS.map(() => false),
      target: requirement.min,
      maxCents: 0,
      capUnits: Infinity,
      mainScale: unitsPerOne(field),
      denominatorScale: 1,
      filter: compileFilter(requirement.filter),
      distinctAttribute: null,
      catalog: null,
      optionGated: false,
      pillar: 0,
      pillarKind: 0,
      dependents: [],
    });
    addFeed(requirement.events, index, ROLE_MAIN, field);
  });
  for (const aggregate of aggregates) {
    for (const rule of aggregate.catalog?.entries.values() ?? []) {
      for (const condition of rule.options?.values() ?? []) {
        if (
          condition >= 0 &&
          !aggregates[condition].dependents.includes(aggregate.index)
        ) {
          aggregates[condition].dependents.push(aggregate.index);
        }
      }
    }
  }

  const feeds: FeedRule[][] = feedLists.map(list =>
    list.map(([q, role, field]) => {
      const a = aggregates[q];
      return {
        aggregate: q,
        slotBase: q * SLOTS_PER_AGGREGATE,
        role,
        field,
        kind: a.kind,
        lifeMs: a.lifeMs,
        windowMs: a.windowMs,
        perModel: a.perModel,
        capUnits: a.capUnits,
        screened: a.filter !== null || a.catalog !== null,
        filter: a.filter,
        catalog: a.catalog,
        keyed: a.kind === KIND_DISTINCT || a.kind === KIND_CUSTOMER_RATIO,
        keyAttribute: a.kind === KIND_DISTINCT ? a.distinctAttribute : null,
        optionGated: a.optionGated,
        isMetric: q < program.metrics.length,
      };
    }),
  );

  const requirement = (
    r: TierRequirement,
    tier: number,
    position: number,
    kind: number,
    ref: number,
    asks: string,
  ): CompiledRequirement => {
    const minCents = r.type === 'invitation' ? 0 : toCents(r.minPoints);
    return {
      tier,
      position,
      kind,
      ref,
      minCents,
      def: r,
      // as worded before: an invitation's description even when empty
      asks:
        r.type === 'invitation' ? r.description ?? asks : r.description || asks,
      outOf: `of ${minCents / 100} points`,
      describedCents: NaN,
      described: '',
    };
  };
  const requirements: CompiledRequirement[][] = program.tiers.map((t, tier) =>
    t.requirements.map((r, position) => {
      switch (r.type) {
        case 'pillar-kind-points':
          return requirement(
            r,
            tier,
            position,
            REQUIREMENT_PILLAR_KIND,
            r.pillarKind === 'performance' ? 0 : 1,
            `At least ${r.minPoints} points in ${r.pillarKind} pillars`,
          );
        case 'pillar-points':
          return requirement(
            r,
            tier,
            position,
            REQUIREMENT_PILLAR,
            pillarIndex.get(r.pillar) ?? 0,
            `At least ${r.minPoints} points in ${
              program.pillars.find(p => p.id === r.pillar)?.name ?? r.pillar
            }`,
          );
        case 'metric-points':
          return requirement(
            r,
            tier,
            position,
            REQUIREMENT_METRIC,
            metricIndex.get(r.metric) ?? 0,
            `At least ${r.minPoints} points in ${
              program.metrics.find(m => m.id === r.metric)?.name ?? r.metric
            }`,
          );
        default:
          return requirement(
            r,
            tier,
            position,
            REQUIREMENT_INVITATION,
            0,
            'An invitation from the vendor is required.',
          );
      }
    }),
  );

  const modelNames = BUSINESS_MODEL_IDS.map(
    id => program.businessModels.find(b => b.id === id)?.name ?? id,
  );
  const actions: CompiledAction[] = program.actions.map(a => {
    const metric = metricIndex.get(a.metric)!;
    const catalog = aggregates[metric].catalog;
    const ids = BUSINESS_MODEL_IDS.map(model => `${a.id}:${model}`);
    ids.push(a.id);
    const titles = modelNames.map(name => `${a.title} (${name})`);
    titles.push(a.title);
    const nextEntryAttribute =
      a.example.catalogEntry === 'next' && catalog ? catalog.attribute : null;
    return {
      def: a,
      metric,
      type: EVENT_TYPES.indexOf(a.example.type),
      nextEntryAttributes:
        nextEntryAttribute === null
          ? null
          : catalog!.order.map(entry =>
              Object.freeze({
                ...a.example.attributes,
                [nextEntryAttribute]: entry,
              }),
            ),
      newCustomerId: `example-customer:${a.id}`,
      exampleIds: ids.map(id => `example:${id}`),
      customer: CUSTOMER_MODES[a.example.customer],
      nextEntryAttribute,
      ranks: ids.map(() => 0),
      ids,
      titles,
    };
  });
  const allIds = actions.flatMap(a => a.ids.map((id, v) => ({ a, v, id })));
  allIds.sort((x, y) => compareText(x.id, y.id));
  allIds.forEach((x, rank) => {
    x.a.ranks[x.v] = rank;
  });

  return {
    program,
    aggregates,
    metricCount: program.metrics.length,
    slotCount: aggregates.length * SLOTS_PER_AGGREGATE,
    feeds,
    typeIndex: createStringIndex(EVENT_TYPES),
    modelIndex: createStringIndex(BUSINESS_MODEL_IDS),
    reversalType: EVENT_TYPES.indexOf(REVERSAL_EVENT_TYPE),
    longestLifeMs: Math.max(...aggregates.map(a => a.lifeMs)),
    pillarCount: program.pillars.length,
    thresholdCents: Float64Array.from(program.tiers, t => toCents(t.threshold)),
    requirements,
    perModelCapCents:
      program.pooling.perBusinessModelCap === undefined
        ? Infinity
        : toCents(program.pooling.perBusinessModelCap),
    totalCapCents:
      program.pooling.totalCap === undefined
        ? Infinity
        : toCents(program.pooling.totalCap),
    actions,
    metricIndex,
    modelNames,
    programModels,
  };
}
