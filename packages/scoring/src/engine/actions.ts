/**
 * Phase 5 of an evaluation: next-best actions. Each action's example event
 * is applied to the partner's state as a what-if (exactly as a simulation
 * would count it), its effect read — total, tier, metrics, unmet
 * requirements of the next tier — and undone. Output objects are built only
 * for the actions offered.
 */
import type { PerformanceEvent } from '../events';
import { BUSINESS_MODEL_IDS, BusinessModelId, EVENT_TYPES } from '../ids';
import type { ActionLink } from '../program/types';
import type {
  MetricDelta,
  NextBestAction,
  RequirementProgress,
} from '../standing';
import type {
  CompiledAction,
  CompiledProgram,
  CompiledRequirement,
  FeedRule,
} from './compile';
import * as compile from './compile';
import type { Ledger } from './ledger';
import type { Scoreboard } from './scoreboard';
import { describeRequirement } from './tiers';
import * as exact from './units';

// Under the CommonJS transform the backends and the bench run with, every
// use of an imported binding is a getter call; the hot paths read these once,
// as module constants.
const {
  CUSTOMER_EXISTING,
  CUSTOMER_NEW,
  KIND_CUSTOMER_RATIO,
  KIND_DISTINCT,
  KIND_GROWTH,
  KIND_RATIO,
  REQUIREMENT_INVITATION,
  ROLE_DENOMINATOR,
  SHARED,
  SLOTS_PER_AGGREGATE,
} = compile;
const { LIMB, highLimb, limbValue } = exact;

/** An action applied to one business model (or to none, for shared metrics). */
export interface ActionInstance {
  action: CompiledAction;
  /** Business model index, or -1 for a metric that is not per model. */
  model: number;
  /** The model index or SHARED: indexes the action's ids and titles. */
  variant: number;
  /** The slot of the action's own metric. */
  slot: number;
  /** The action's output id for this variant, and its place among all ids (the last tie-break). */
  id: string;
  rank: number;
  /** The business model the example event and the action name, if any. */
  businessModel: BusinessModelId | undefined;
  /** What the example event's type feeds. */
  feeds: readonly FeedRule[];
  /**
   * Title and link by the position of the proposed catalogue entry plus
   * one (0: none proposed): the same for every partner with the same
   * business models, so made once.
   */
  presentations: Array<Presentation | undefined>;
}

/** `#fill`'s answer when the action proposes no catalogue entry. */
const NO_CATALOG_ENTRY = -1;
/** `#fill`'s answer when the action cannot apply. */
const CANNOT_APPLY = -2;

/** How an action shows: its title and where it links to. */
export interface Presentation {
  title: string;
  link: ActionLink;
}

/** An unmet requirement of the next tier, with its points now. */
export interface OpenRequirement {
  requirement: CompiledRequirement;
  before: number;
  /** What is missing, in words (the same for every action). */
  description: string;
}

/** A catalogue entry an action proposes. */
export interface CatalogEntry {
  id: string;
  name: string;
}

/** A what-if event; its fields are overwritten for each action. */
function blankEvent(): PerformanceEvent {
  return {
    id: '',
    partnerId: '',
    type: EVENT_TYPES[0],
    occurredAt: '',
    businessModel: undefined,
    customerId: undefined,
    quantity: undefined,
    amount: undefined,
    attributes: undefined,
  };
}

/** What the offered actions are ranked by, position by position. */
class RankKeys {
  tier = new Float64Array(32);
  gain = new Float64Array(32);
  progress = new Float64Array(32);
  rank = new Float64Array(32);

  reserve(count: number): this {
    if (this.tier.length < count) {
      this.tier = new Float64Array(count);
      this.gain = new Float64Array(count);
      this.progress = new Float64Array(count);
      this.rank = new Float64Array(count);
    }
    return this;
  }

  /** Whether the action at `i` ranks before one with these keys: higher tier, more points, more progress, then smaller id. */
  before(
    i: number,
    tier: number,
    gain: number,
    progress: number,
    rank: number,
  ): boolean {
    if (this.tier[i] !== tier) {
      return this.tier[i] > tier;
    }
    if (this.gain[i] !== gain) {
      return this.gain[i] > gain;
    }
    if (this.progress[i] !== progress) {
      return this.progress[i] > progress;
    }
    return this.rank[i] < rank;
  }

  move(from: number, to: number): void {
    this.tier[to] = this.tier[from];
    this.gain[to] = this.gain[from];
    this.progress[to] = this.progress[from];
    this.rank[to] = this.rank[from];
  }

  set(
    i: number,
    tier: number,
    gain: number,
    progress: number,
    rank: number,
  ): void {
    this.tier[i] = tier;
    this.gain[i] = gain;
    this.progress[i] = progress;
    this.rank[i] = rank;
  }
}

export class ActionAdvisor {
  readonly #compiled: CompiledProgram;
  readonly #ledger: Ledger;
  readonly #board: Scoreboard;
  readonly #scratch: PerformanceEvent = blankEvent();
  /** By the partner's business models in their order (see `instances`). */
  readonly #instancesByModels = new Map<number, ActionInstance[]>();
  readonly #requirementAfter: Float64Array;
  readonly #deltaOrder: Int32Array;

  constructor(compiled: CompiledProgram, ledger: Ledger, board: Scoreboard) {
    this.#compiled = compiled;
    this.#ledger = ledger;
    this.#board = board;
    this.#deltaOrder = new Int32Array(compiled.slotCount);
    this.#requirementAfter = new Float64Array(
      Math.max(1, ...compiled.requirements.map(r => r.length)),
    );
  }

  /** Every instance of every action the partner can take. */
  instances(): ActionInstance[] {
    const ledger = this.#ledger;
    // The same for every partner with the same business models, in the
    // same order (titles and instances follow it).
    const key = ledger.modelsKey;
    const known = this.#instancesByModels.get(key);
    if (known !== undefined) {
      return known;
    }
    const out: ActionInstance[] = [];
    this.#instancesByModels.set(key, out);
    const compiled = this.#compiled;
    const instance = (
      action: CompiledAction,
      model: number,
      variant: number,
    ): ActionInstance => ({
      action,
      model,
      variant,
      slot: action.metric * SLOTS_PER_AGGREGATE + variant,
      id: action.ids[variant],
      rank: action.ranks[variant],
      businessModel: model >= 0 ? BUSINESS_MODEL_IDS[model] : undefined,
      feeds: compiled.feeds[action.type],
      presentations: [],
    });
    for (const action of compiled.actions) {
      const aggregate = compiled.aggregates[action.metric];
      const base = action.metric * SLOTS_PER_AGGREGATE;
      if (!aggregate.perModel) {
        out.push(instance(action, -1, SHARED));
        continue;
      }
      for (const b of ledger.partnerModels) {
        if (ledger.slotActive[base + b] === 1) {
          out.push(instance(action, b, b));
        }
      }
    }
    return out;
  }

  /**
   * Writes an instance's example event into `event` (every field). Returns
   * the position in the catalogue of the proposed entry (`catalogEntry:
   * next`), NO_CATALOG_ENTRY when there is none to propose, or CANNOT_APPLY
   * (no catalogue entry left to hold, no customer with a shortfall). `step`
   * makes ids and new customers unique within a plan.
   */
  #fill(
    instance: ActionInstance,
    asOf: string,
    step: number | undefined,
    event: PerformanceEvent,
  ): number {
    const { action, variant } = instance;
    const def = action.def.example;
    const ledger = this.#ledger;
    const suffix = step === undefined ? '' : `:${step}`;
    event.id =
      step === undefined
        ? action.exampleIds[variant]
        : `${action.exampleIds[variant]}${suffix}`;
    event.partnerId = ledger.partnerId;
    event.type = EVENT_TYPES[action.type];
    event.occurredAt = asOf;
    event.businessModel = instance.businessModel;
    event.quantity = def.quantity;
    event.amount = def.amount;
    event.attributes = def.attributes;
    event.customerId = undefined;
    if (action.customer === CUSTOMER_NEW) {
      event.customerId =
        step === undefined
          ? action.newCustomerId
          : `${action.newCustomerId}${suffix}`;
    } else if (action.customer === CUSTOMER_EXISTING) {
      const customer = this.#customerWithLargestShortfall(instance.slot);
      if (customer === undefined) {
        return CANNOT_APPLY;
      }
      event.customerId = customer;
    }
    const attributes = action.nextEntryAttributes;
    if (attributes === null) {
      return NO_CATALOG_ENTRY;
    }
    const order = this.#compiled.aggregates[action.metric].catalog!.order;
    const map = ledger.entryMaps[instance.slot];
    for (let position = 0; position < order.length; position++) {
      const e = map?.get(order[position]);
      if (e === undefined || ledger.entryActive[e] === 0) {
        event.attributes = attributes[position];
        return position;
      }
    }
    return CANNOT_APPLY;
  }

  /** The catalogue entry at a position `#fill` returned, or undefined for none. */
  #catalogEntryAt(
    instance: ActionInstance,
    position: number,
  ): CatalogEntry | undefined {
    return position < 0
      ? undefined
      : this.#compiled.aggregates[instance.action.metric].catalog!.proposals[
          position
        ];
  }

  /**
   * The example event of an instance as a new object (and the catalogue
   * entry it proposes), or null when the action cannot apply.
   */
  example(
    instance: ActionInstance,
    asOf: string,
    step?: number,
  ): { event: PerformanceEvent; catalogEntry?: CatalogEntry } | null {
    const scratch = blankEvent();
    const position = this.#fill(instance, asOf, step, scratch);
    if (position === CANNOT_APPLY) {
      return null;
    }
    const event = copyEvent(scratch);
    const catalogEntry = this.#catalogEntryAt(instance, position);
    return catalogEntry === undefined ? { event } : { event, catalogEntry };
  }

  /**
   * The customer of a per-customer ratio slot with the most units missing
   * (ties: the smallest id), or undefined when none misses any.
   */
  #customerWithLargestShortfall(slot: number): string | undefined {
    const ledger = this.#ledger;
    let best = -1;
    let bestShortfall = 0;
    for (let e = ledger.slotFirstEntry[slot]; e >= 0; e = ledger.entryNext[e]) {
      const shortfall = ledger.shortfall(e);
      if (
        shortfall > 0 &&
        (best < 0 ||
          shortfall > bestShortfall ||
          (shortfall === bestShortfall &&
            ledger.entryKey[e] < ledger.entryKey[best]))
      ) {
        best = e;
        bestShortfall = shortfall;
      }
    }
    return best >= 0 ? ledger.entryKey[best] : undefined;
  }

  /**
   * Adds a hypothetical event at asOf to the state (aggregates and points).
   * Returns the range of contributions it made, for `undo`.
   */
  apply(event: PerformanceEvent): { from: number; to: number } {
    const ledger = this.#ledger;
    const from = ledger.contributionCount;
    const index = ledger.events.length + ledger.hypothetical.length;
    ledger.hypothetical.push(event);
    const record = ledger.recordTransitions;
    ledger.recordTransitions = false;
    ledger.addEvent(
      event,
      index,
      this.#compiled.typeIndex(event.type),
      ledger.asOfMs,
      false,
    );
    ledger.recordTransitions = record;
    this.#board.rescoreTouched();
    return { from, to: ledger.contributionCount };
  }

  /** Takes back a what-if: a direct one's deltas, or an applied event. */
  #takeBack(range: { from: number; to: number } | null): void {
    if (range !== null) {
      this.undo(range);
      return;
    }
    const board = this.#board;
    for (let k = 0; k < board.changeCount; k++) {
      board.shiftSlot(
        board.changeSlot[k],
        board.changeBefore[k] - board.changeAfter[k],
      );
    }
    board.changeCount = 0;
  }

  /**
   * A what-if without touching the aggregates: each slot's value
   * with the event is computed with the same arithmetic as adding it, its
   * points' change shifted into the sums (`#takeBack` shifts them back).
   * Returns false, changing nothing, when the event needs the general path:
   * it makes an option's requirement hold (which can change other counts).
   */
  #direct(event: PerformanceEvent, rules: readonly FeedRule[]): boolean {
    const compiled = this.#compiled;
    const ledger = this.#ledger;
    const board = this.#board;
    const model = ledger.modelOf(event);
    for (let k = 0; k < rules.length; k++) {
      const f = rules[k];
      if (!f.isMetric) {
        // an option's requirement: fine as long as it does not start to hold
        const slot = ledger.slotFor(event, f, model);
        const units = slot < 0 ? 0 : ledger.unitsFor(event, f);
        const condition = f.aggregate - compiled.metricCount;
        if (units > 0 && board.conditionHolds[condition] === 0) {
          const aggregate = compiled.aggregates[f.aggregate];
          const h = highLimb(units);
          const value =
            ((ledger.mainHigh[slot] + h) * LIMB +
              (ledger.mainLow[slot] + (units - h * LIMB))) /
            aggregate.mainScale;
          if (value >= aggregate.target) {
            return false;
          }
        }
      }
    }
    board.changeCount = 0;
    for (let k = 0; k < rules.length; k++) {
      const f = rules[k];
      if (!f.isMetric) {
        continue;
      }
      const slot = ledger.slotFor(event, f, model);
      if (slot < 0) {
        continue;
      }
      const value = this.#valueWith(event, f, slot);
      if (Number.isNaN(value)) {
        continue; // the event adds nothing to this metric
      }
      const before = board.slotCents[slot];
      const after = board.pointsOf(slot, value);
      if (after !== before) {
        board.recordChange(slot, before, after);
        board.shiftSlot(slot, after - before);
      }
    }
    return true;
  }

  /**
   * The value a metric slot would have with the event added (the state is
   * left as it was), with the same arithmetic as adding it; NaN when the
   * event adds nothing there.
   */
  #valueWith(event: PerformanceEvent, f: FeedRule, slot: number): number {
    const ledger = this.#ledger;
    const kind = f.kind;
    if (kind === KIND_DISTINCT) {
      const key = ledger.keyFor(event, f);
      if (key === undefined) {
        return NaN;
      }
      if (f.optionGated) {
        // `slotFor` has just set the condition the event's option needs
        return ledger.gatedDistinctWith(
          slot,
          key,
          event.attributes?.option,
          ledger.optionCondition,
          this.#board.conditionHolds,
        );
      }
      const e = ledger.entryMaps[slot]!.get(key);
      const count = ledger.mainLow[slot];
      return e !== undefined && ledger.entryActive[e] > 0 ? count : count + 1;
    }
    const units = ledger.unitsFor(event, f);
    if (units === 0) {
      return NaN;
    }
    const aggregate = this.#compiled.aggregates[f.aggregate];
    const denominatorAdded = f.role === ROLE_DENOMINATOR;
    if (kind === KIND_CUSTOMER_RATIO) {
      const customer = ledger.keyFor(event, f);
      return customer === undefined
        ? NaN
        : ledger.customerRatioWith(slot, customer, denominatorAdded, units);
    }
    const h = highLimb(units);
    const l = units - h * LIMB;
    const mainWith =
      (ledger.mainHigh[slot] + h) * LIMB + (ledger.mainLow[slot] + l);
    if (kind === KIND_RATIO) {
      const num = denominatorAdded
        ? limbValue(ledger.mainHigh, ledger.mainLow, slot)
        : mainWith;
      const den = denominatorAdded
        ? (ledger.auxHigh[slot] + h) * LIMB + (ledger.auxLow[slot] + l)
        : limbValue(ledger.auxHigh, ledger.auxLow, slot);
      return den > 0
        ? num / aggregate.mainScale / (den / aggregate.denominatorScale)
        : 0;
    }
    if (kind === KIND_GROWTH) {
      const previous = limbValue(ledger.auxHigh, ledger.auxLow, slot);
      return previous > 0 ? (mainWith - previous) / previous : 0;
    }
    return mainWith / aggregate.mainScale;
  }

  /** Removes what `apply` added (the last applied first). */
  undo(range: { from: number; to: number }): void {
    const ledger = this.#ledger;
    for (let c = range.to - 1; c >= range.from; c--) {
      ledger.setPhase(c, 0);
    }
    this.#board.rescoreTouched();
    ledger.contributionCount = range.from;
    ledger.hypothetical.pop();
  }

  /** Unmet requirements of the tier above `tier`, with their points now. */
  openRequirements(tier: number): OpenRequirement[] {
    const board = this.#board;
    const out: OpenRequirement[] = [];
    const requirements = this.#compiled.requirements;
    for (const r of tier + 1 < requirements.length
      ? requirements[tier + 1]
      : []) {
      if (r.kind !== REQUIREMENT_INVITATION && !board.requirementMet(r)) {
        const before = board.requirementCurrent(r);
        out.push({
          requirement: r,
          before,
          description: describeRequirement(r, before),
        });
      }
    }
    return out;
  }

  /** How the open requirements moved since `open` was taken, as the standing shows it. */
  requirementProgress(open: OpenRequirement[]): RequirementProgress[] {
    const out: RequirementProgress[] = [];
    for (const item of open) {
      const after = this.#board.requirementCurrent(item.requirement);
      if (after > item.before) {
        out.push(this.#progress(item, after));
      }
    }
    return out;
  }

  #progress(open: OpenRequirement, after: number): RequirementProgress {
    const requirement = open.requirement;
    return {
      tier: this.#compiled.program.tiers[requirement.tier].id,
      requirementId: requirement.def.id,
      type: requirement.def.type,
      description: open.description,
      before: open.before / 100,
      after: after / 100,
      required: requirement.minCents / 100,
    };
  }

  /** The metric deltas of the last rescore, in standing order. */
  metricDeltas(): MetricDelta[] {
    const board = this.#board;
    const partnerModels = this.#ledger.partnerModels;
    const count = board.changeCount;
    const out: MetricDelta[] = new Array(count);
    const keys = this.#deltaOrder;
    for (let k = 0; k < count; k++) {
      const slot = board.changeSlot[k];
      const b = slot % SLOTS_PER_AGGREGATE;
      const before = board.changeBefore[k];
      const after = board.changeAfter[k];
      const delta: MetricDelta = {
        metricId:
          this.#compiled.aggregates[(slot / SLOTS_PER_AGGREGATE) | 0].id,
        before: before / 100,
        after: after / 100,
        delta: (after - before) / 100,
      };
      if (b !== SHARED) {
        delta.businessModel = BUSINESS_MODEL_IDS[b];
      }
      // insertion by (metric, position of the model among the partner's)
      const key =
        ((slot / SLOTS_PER_AGGREGATE) | 0) * SLOTS_PER_AGGREGATE +
        (b === SHARED ? 0 : partnerModels.indexOf(b));
      let j = k;
      while (j > 0 && keys[j - 1] > key) {
        keys[j] = keys[j - 1];
        out[j] = out[j - 1];
        j--;
      }
      keys[j] = key;
      out[j] = delta;
    }
    return out;
  }

  /**
   * Title and link of an instance (a catalogue entry names itself); the
   * link is shared, frozen, like the program's own links.
   */
  presentation(
    instance: ActionInstance,
    catalogEntry: CatalogEntry | undefined,
  ): Presentation {
    const position =
      catalogEntry === undefined
        ? NO_CATALOG_ENTRY
        : this.#compiled.aggregates[
            instance.action.metric
          ].catalog!.positions.get(catalogEntry.id)!;
    return this.#presentationAt(instance, position);
  }

  /** `presentation` by the position `#fill` returned. */
  #presentationAt(instance: ActionInstance, position: number): Presentation {
    let known = instance.presentations[position + 1];
    if (known === undefined) {
      known = this.#present(instance, this.#catalogEntryAt(instance, position));
      instance.presentations[position + 1] = known;
    }
    return known;
  }

  #present(
    instance: ActionInstance,
    catalogEntry: CatalogEntry | undefined,
  ): Presentation {
    const { action, model } = instance;
    let title = action.def.title;
    let link = action.def.link;
    if (catalogEntry) {
      title = `${title}: ${catalogEntry.name}`;
      const list =
        this.#compiled.aggregates[action.metric].metric?.catalog?.list;
      if (link.kind === 'play' && list === 'plays') {
        link = Object.freeze({
          kind: 'play',
          ref: `play:${catalogEntry.id}`,
          label: catalogEntry.name,
        });
      } else if (link.kind === 'ignite' && list === 'igniteCourses') {
        link = Object.freeze({
          kind: 'ignite',
          ref: `course:${catalogEntry.id}`,
          label: catalogEntry.name,
        });
      }
    }
    if (model >= 0 && this.#ledger.partnerModels.length > 1) {
      title = `${title} (${this.#compiled.modelNames[model]})`;
    }
    return { title, link };
  }

  /**
   * The ranked next-best actions: those that raise the total, reach a higher
   * tier or move an unmet requirement of the next tier; by tier reached,
   * points, requirement progress, then id.
   */
  rank(asOf: string, totalCents: number, tier: number): NextBestAction[] {
    const compiled = this.#compiled;
    const board = this.#board;
    const open = this.openRequirements(tier);
    const after = this.#requirementAfter;
    const scratch = this.#scratch;
    // the actions offered, and what they are ranked by
    const instances = this.instances();
    const found: NextBestAction[] = [];
    const keys = this.#rankKeys.reserve(instances.length);
    for (const instance of instances) {
      const position = this.#fill(instance, asOf, undefined, scratch);
      if (position === CANNOT_APPLY) {
        continue;
      }
      const direct = this.#direct(scratch, instance.feeds);
      const range = direct ? null : this.apply(scratch);
      if (board.changeCount === 0) {
        // no metric's points change: nothing to offer
        this.#takeBack(range);
        continue;
      }
      const resultCents = board.total();
      const resultTier = board.tier(resultCents);
      const gain = resultCents - totalCents;
      let moved = 0;
      let progress = 0;
      for (let k = 0; k < open.length; k++) {
        const { requirement, before } = open[k];
        after[k] = board.requirementCurrent(requirement);
        if (after[k] > before) {
          moved++;
          progress += Math.min(after[k], requirement.minCents) - before;
        }
      }
      if (gain <= 0 && resultTier <= tier && moved === 0) {
        this.#takeBack(range);
        continue;
      }
      const a = instance.action;
      const catalogEntry = this.#catalogEntryAt(instance, position);
      const { title, link } = this.#presentationAt(instance, position);
      const requirements: RequirementProgress[] = [];
      for (let k = 0; k < open.length; k++) {
        if (after[k] > open[k].before) {
          requirements.push(this.#progress(open[k], after[k]));
        }
      }
      const action: NextBestAction = {
        id: instance.id,
        actionId: a.def.id,
        metricId: a.def.metric,
        title,
        description: a.def.description,
        link,
        estimatedPoints: gain / 100,
        exampleEvent: copyEvent(scratch),
        resultingTotalPoints: resultCents / 100,
        resultingTier: compiled.program.tiers[resultTier].id,
        resultingTierName: compiled.program.tiers[resultTier].name,
        metrics: this.metricDeltas(),
        requirements,
      };
      if (instance.businessModel !== undefined) {
        action.businessModel = instance.businessModel;
      }
      if (catalogEntry) {
        action.catalogEntry = catalogEntry;
      }
      this.#takeBack(range);
      // insertion by tier reached, points, requirement progress, id
      const rank = instance.rank;
      let j = found.length;
      while (j > 0 && !keys.before(j - 1, resultTier, gain, progress, rank)) {
        found[j] = found[j - 1];
        keys.move(j - 1, j);
        j--;
      }
      found[j] = action;
      keys.set(j, resultTier, gain, progress, rank);
    }
    return found;
  }

  readonly #rankKeys = new RankKeys();
}

/** A what-if event as the standing shows it: only the fields it has. */
function copyEvent(e: PerformanceEvent): PerformanceEvent {
  const out: PerformanceEvent = {
    id: e.id,
    partnerId: e.partnerId,
    type: e.type,
    occurredAt: e.occurredAt,
  };
  if (e.businessModel !== undefined) {
    out.businessModel = e.businessModel;
  }
  if (e.customerId !== undefined) {
    out.customerId = e.customerId;
  }
  if (e.quantity !== undefined) {
    out.quantity = e.quantity;
  }
  if (e.amount !== undefined) {
    out.amount = e.amount;
  }
  if (e.attributes !== undefined) {
    out.attributes = e.attributes;
  }
  return out;
}
