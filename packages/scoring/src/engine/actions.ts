/**
 * Phase 5 of an evaluation: next-best actions. Each action's example event
 * is applied to the partner's state as a what-if (exactly as a simulation
 * would count it), its effect read — total, tier, metrics, unmet
 * requirements of the next tier — and undone. Output objects are built only
 * for the actions offered.
 */
import type { PerformanceEvent } from '../events';
import { BUSINESS_MODEL_IDS, EVENT_TYPES } from '../ids';
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

export class ActionAdvisor {
  readonly #compiled: CompiledProgram;
  readonly #ledger: Ledger;
  readonly #board: Scoreboard;
  readonly #scratch: PerformanceEvent = blankEvent();
  readonly #instancesByModels = new Map<string, ActionInstance[]>();
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
    // The same for every partner with the same business models.
    const key = ledger.partnerModels.join(',');
    const known = this.#instancesByModels.get(key);
    if (known !== undefined) {
      return known;
    }
    const out: ActionInstance[] = [];
    this.#instancesByModels.set(key, out);
    for (const action of this.#compiled.actions) {
      const aggregate = this.#compiled.aggregates[action.metric];
      if (!aggregate.perModel) {
        out.push({ action, model: -1 });
        continue;
      }
      for (const b of ledger.partnerModels) {
        if (ledger.slotActive[action.metric * SLOTS_PER_AGGREGATE + b] === 1) {
          out.push({ action, model: b });
        }
      }
    }
    return out;
  }

  /** The slot of an instance's own metric. */
  #slotOf(instance: ActionInstance): number {
    return (
      instance.action.metric * SLOTS_PER_AGGREGATE +
      (instance.model >= 0 ? instance.model : SHARED)
    );
  }

  /**
   * Writes an instance's example event into `event` (every field). Returns
   * the proposed catalogue entry (`catalogEntry: next`), null when there is
   * none to propose, or false when the action cannot apply (no catalogue
   * entry left to hold, no customer with a shortfall). `step` makes ids and
   * new customers unique within a plan.
   */
  #fill(
    instance: ActionInstance,
    asOf: string,
    step: number | undefined,
    event: PerformanceEvent,
  ): CatalogEntry | null | false {
    const { action, model } = instance;
    const def = action.def.example;
    const ledger = this.#ledger;
    const variant = model >= 0 ? model : SHARED;
    const suffix = step === undefined ? '' : `:${step}`;
    event.id =
      step === undefined
        ? action.exampleIds[variant]
        : `${action.exampleIds[variant]}${suffix}`;
    event.partnerId = ledger.partnerId;
    event.type = EVENT_TYPES[action.type];
    event.occurredAt = asOf;
    event.businessModel = model >= 0 ? BUSINESS_MODEL_IDS[model] : undefined;
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
      const customer = this.#customerWithLargestShortfall(
        this.#slotOf(instance),
      );
      if (customer === undefined) {
        return false;
      }
      event.customerId = customer;
    }
    if (action.nextEntryAttributes === null) {
      return null;
    }
    const catalog = this.#compiled.aggregates[action.metric].catalog!;
    const map = ledger.entryMaps[this.#slotOf(instance)];
    for (const id of catalog.order) {
      const e = map?.get(id);
      if (e === undefined || ledger.entryActive[e] === 0) {
        event.attributes = action.nextEntryAttributes.get(id);
        return { id, name: catalog.names.get(id) ?? id };
      }
    }
    return false;
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
    const entry = this.#fill(instance, asOf, step, scratch);
    if (entry === false) {
      return null;
    }
    const event = copyEvent(scratch);
    return entry === null ? { event } : { event, catalogEntry: entry };
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
   * it feeds an option-gated count, or makes an option's requirement hold.
   */
  #direct(event: PerformanceEvent): boolean {
    const compiled = this.#compiled;
    const ledger = this.#ledger;
    const board = this.#board;
    const feed = compiled.feeds[compiled.typeIndex(event.type)];
    const model = ledger.modelOf(event);
    for (let k = 0; k < feed.count; k++) {
      const q = feed.aggregate[k];
      if (compiled.aggregates[q].optionGated) {
        return false;
      }
      if (q >= compiled.metricCount) {
        // an option's requirement: fine as long as it does not start to hold
        const slot = ledger.slotFor(event, q, model);
        const units = slot < 0 ? 0 : ledger.unitsFor(event, q, feed.field[k]);
        if (units > 0 && board.conditionHolds[q - compiled.metricCount] === 0) {
          const h = highLimb(units);
          const value =
            ((ledger.mainHigh[slot] + h) * LIMB +
              (ledger.mainLow[slot] + (units - h * LIMB))) /
            compiled.aggregates[q].mainScale;
          if (value >= compiled.aggregates[q].target) {
            return false;
          }
        }
      }
    }
    board.changeCount = 0;
    for (let k = 0; k < feed.count; k++) {
      const q = feed.aggregate[k];
      if (q >= compiled.metricCount) {
        continue;
      }
      const slot = ledger.slotFor(event, q, model);
      if (slot < 0) {
        continue;
      }
      const aggregate = compiled.aggregates[q];
      let value: number;
      if (aggregate.kind === KIND_DISTINCT) {
        const key = ledger.keyFor(event, q);
        if (key === undefined) {
          continue;
        }
        const e = ledger.entryMaps[slot]!.get(key);
        const count = ledger.mainLow[slot];
        value =
          e !== undefined && ledger.entryActive[e] > 0 ? count : count + 1;
      } else {
        const units = ledger.unitsFor(event, q, feed.field[k]);
        if (units === 0) {
          continue;
        }
        const h = highLimb(units);
        const l = units - h * LIMB;
        const main = () =>
          (ledger.mainHigh[slot] + h) * LIMB + (ledger.mainLow[slot] + l);
        if (aggregate.kind === KIND_CUSTOMER_RATIO) {
          const customer = ledger.keyFor(event, q);
          if (customer === undefined) {
            continue;
          }
          value = ledger.customerRatioWith(
            slot,
            customer,
            feed.role[k] === ROLE_DENOMINATOR,
            units,
          );
        } else if (aggregate.kind === KIND_RATIO) {
          const denominatorAdded = feed.role[k] === ROLE_DENOMINATOR;
          const num = denominatorAdded
            ? limbValue(ledger.mainHigh, ledger.mainLow, slot)
            : main();
          const den = denominatorAdded
            ? (ledger.auxHigh[slot] + h) * LIMB + (ledger.auxLow[slot] + l)
            : limbValue(ledger.auxHigh, ledger.auxLow, slot);
          value =
            den > 0
              ? num / aggregate.mainScale / (den / aggregate.denominatorScale)
              : 0;
        } else if (aggregate.kind === KIND_GROWTH) {
          const previous = limbValue(ledger.auxHigh, ledger.auxLow, slot);
          value = previous > 0 ? (main() - previous) / previous : 0;
        } else {
          value = main() / aggregate.mainScale;
        }
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
          description: describeRequirement(r, this.#compiled.program, before),
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

  /** Title and link of an instance (a catalogue entry names itself). */
  presentation(
    instance: ActionInstance,
    catalogEntry: CatalogEntry | undefined,
  ): { title: string; link: ActionLink } {
    const { action, model } = instance;
    let title = action.def.title;
    let link = action.def.link;
    if (catalogEntry) {
      title = `${title}: ${catalogEntry.name}`;
      const list =
        this.#compiled.aggregates[action.metric].metric?.catalog?.list;
      if (link.kind === 'play' && list === 'plays') {
        link = {
          kind: 'play',
          ref: `play:${catalogEntry.id}`,
          label: catalogEntry.name,
        };
      } else if (link.kind === 'ignite' && list === 'igniteCourses') {
        link = {
          kind: 'ignite',
          ref: `course:${catalogEntry.id}`,
          label: catalogEntry.name,
        };
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
    const found: NextBestAction[] = [];
    const keys = this.#rankKeys;
    keys.length = 0;
    for (const instance of this.instances()) {
      const entry = this.#fill(instance, asOf, undefined, scratch);
      if (entry === false) {
        continue;
      }
      const direct = this.#direct(scratch);
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
      const { action: a, model } = instance;
      const variant = model >= 0 ? model : SHARED;
      const catalogEntry = entry === null ? undefined : entry;
      const { title, link } = this.presentation(instance, catalogEntry);
      const requirements: RequirementProgress[] = [];
      for (let k = 0; k < open.length; k++) {
        if (after[k] > open[k].before) {
          requirements.push(this.#progress(open[k], after[k]));
        }
      }
      const action: NextBestAction = {
        id: a.ids[variant],
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
      if (model >= 0) {
        action.businessModel = BUSINESS_MODEL_IDS[model];
      }
      if (catalogEntry) {
        action.catalogEntry = catalogEntry;
      }
      this.#takeBack(range);
      // insertion by tier reached, points, requirement progress, id
      const rank = a.ranks[variant];
      let j = found.length;
      while (j > 0) {
        const k = keys[j - 1];
        if (
          k.tier > resultTier ||
          (k.tier === resultTier &&
            (k.gain > gain ||
              (k.gain === gain &&
                (k.progress > progress ||
                  (k.progress === progress && k.rank < rank)))))
        ) {
          break;
        }
        found[j] = found[j - 1];
        keys[j] = k;
        j--;
      }
      found[j] = action;
      keys[j] = { tier: resultTier, gain, progress, rank };
    }
    return found;
  }

  readonly #rankKeys: Array<{
    tier: number;
    gain: number;
    progress: number;
    rank: number;
  }> = [];
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
