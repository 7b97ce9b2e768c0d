/**
 * Phase 5 of an evaluation: next-best actions. Each action's example event
 * is applied to the partner's state as a what-if (exactly as a simulation
 * would count it), its effect read — total, tier, metrics, unmet
 * requirements — and undone.
 */
import type { PerformanceEvent } from '../events';
import { BUSINESS_MODEL_IDS, EVENT_TYPES } from '../ids';
import type { ActionLink } from '../program/types';
import type {
  MetricDelta,
  NextBestAction,
  RequirementProgress,
} from '../standing';
import {
  CUSTOMER_EXISTING,
  CUSTOMER_NEW,
  CompiledAction,
  CompiledProgram,
  CompiledRequirement,
  REQUIREMENT_INVITATION,
  SHARED,
  SLOTS_PER_AGGREGATE,
} from './compile';
import type { Ledger } from './ledger';
import type { Scoreboard, SlotChange } from './scoreboard';
import { describeRequirement } from './tiers';

/** An action applied to one business model (or to none, for shared metrics). */
export interface ActionInstance {
  action: CompiledAction;
  /** Business model index, or -1 for a metric that is not per model. */
  model: number;
}

/** What an example event would change. */
export interface WhatIf {
  totalCents: number;
  tier: number;
  changes: SlotChange[];
  requirements: RequirementProgress[];
}

/** An unmet requirement of a tier above the current one, with its points now. */
interface OpenRequirement {
  requirement: CompiledRequirement;
  before: number;
}

export class ActionAdvisor {
  readonly #compiled: CompiledProgram;
  readonly #ledger: Ledger;
  readonly #board: Scoreboard;

  constructor(compiled: CompiledProgram, ledger: Ledger, board: Scoreboard) {
    this.#compiled = compiled;
    this.#ledger = ledger;
    this.#board = board;
  }

  /** Every instance of every action the partner can take. */
  instances(): ActionInstance[] {
    const ledger = this.#ledger;
    const out: ActionInstance[] = [];
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
   * The example event of an instance, or null when it cannot apply (no
   * catalogue entry left to hold, no customer with a shortfall). `step`
   * makes ids and new customers unique within a plan.
   */
  example(
    instance: ActionInstance,
    asOf: string,
    step?: number,
  ): {
    event: PerformanceEvent;
    catalogEntry?: { id: string; name: string };
  } | null {
    const { action, model } = instance;
    const def = action.def.example;
    const ledger = this.#ledger;
    const variant = model >= 0 ? model : SHARED;
    const suffix = step === undefined ? '' : `:${step}`;
    const event: PerformanceEvent = {
      id: `example:${action.ids[variant]}${suffix}`,
      partnerId: ledger.partnerId,
      type: EVENT_TYPES[action.type],
      occurredAt: asOf,
    };
    if (model >= 0) {
      event.businessModel = BUSINESS_MODEL_IDS[model];
    }
    if (action.customer === CUSTOMER_NEW) {
      event.customerId = `example-customer:${action.def.id}${suffix}`;
    } else if (action.customer === CUSTOMER_EXISTING) {
      const customer = this.#customerWithLargestShortfall(
        this.#slotOf(instance),
      );
      if (customer === undefined) {
        return null;
      }
      event.customerId = customer;
    }
    if (def.quantity !== undefined) {
      event.quantity = def.quantity;
    }
    if (def.amount !== undefined) {
      event.amount = def.amount;
    }
    let catalogEntry: { id: string; name: string } | undefined;
    if (action.nextEntryAttribute !== null) {
      const catalog = this.#compiled.aggregates[action.metric].catalog!;
      const slot = this.#slotOf(instance);
      const map = ledger.entryMaps[slot];
      const id = catalog.order.find(candidate => {
        const e = map?.get(candidate);
        return e === undefined || ledger.entryActive[e] === 0;
      });
      if (id === undefined) {
        return null;
      }
      catalogEntry = { id, name: catalog.names.get(id) ?? id };
      event.attributes = { ...def.attributes, [action.nextEntryAttribute]: id };
    } else if (def.attributes !== undefined) {
      event.attributes = def.attributes;
    }
    return catalogEntry ? { event, catalogEntry } : { event };
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
      Infinity,
      false,
    );
    ledger.recordTransitions = record;
    this.#board.rescoreTouched();
    return { from, to: ledger.contributionCount };
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

  /** Unmet requirements of the tiers above `tier`, with their points now. */
  openRequirements(tier: number): OpenRequirement[] {
    const board = this.#board;
    const out: OpenRequirement[] = [];
    const requirements = this.#compiled.requirements;
    for (let t = tier + 1; t < requirements.length; t++) {
      for (const r of requirements[t]) {
        if (r.kind !== REQUIREMENT_INVITATION && !board.requirementMet(r)) {
          out.push({ requirement: r, before: board.requirementCurrent(r) });
        }
      }
    }
    return out;
  }

  /** What an event would change, measured and undone. */
  whatIf(event: PerformanceEvent, open: OpenRequirement[]): WhatIf {
    const board = this.#board;
    const range = this.apply(event);
    const totalCents = board.total();
    const tier = board.tier(totalCents);
    const changes = board.changes.slice();
    const requirements: RequirementProgress[] = [];
    for (const { requirement, before } of open) {
      const after = board.requirementCurrent(requirement);
      if (after > before) {
        requirements.push({
          tier: this.#compiled.program.tiers[requirement.tier].id,
          requirementId: requirement.def.id,
          type: requirement.def.type,
          description: describeRequirement(
            requirement,
            this.#compiled.program,
            before,
          ),
          before: before / 100,
          after: after / 100,
          required: requirement.minCents / 100,
        });
      }
    }
    this.undo(range);
    return { totalCents, tier, changes, requirements };
  }

  /** The metric deltas of a what-if, in standing order. */
  metricDeltas(changes: SlotChange[]): MetricDelta[] {
    const partnerModels = this.#ledger.partnerModels;
    const order = (slot: number) => {
      const b = slot % SLOTS_PER_AGGREGATE;
      return (
        ((slot / SLOTS_PER_AGGREGATE) | 0) * SLOTS_PER_AGGREGATE +
        (b === SHARED ? 0 : partnerModels.indexOf(b))
      );
    };
    return [...changes]
      .sort((x, y) => order(x.slot) - order(y.slot))
      .map(change => {
        const q = (change.slot / SLOTS_PER_AGGREGATE) | 0;
        const b = change.slot % SLOTS_PER_AGGREGATE;
        const delta: MetricDelta = {
          metricId: this.#compiled.aggregates[q].id,
          before: change.before / 100,
          after: change.after / 100,
          delta: (change.after - change.before) / 100,
        };
        if (b !== SHARED) {
          delta.businessModel = BUSINESS_MODEL_IDS[b];
        }
        return delta;
      });
  }

  /** Title and link of an instance (a catalogue entry names itself). */
  presentation(
    instance: ActionInstance,
    catalogEntry: { id: string; name: string } | undefined,
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
   * tier or move an unmet requirement of one; by tier reached, points,
   * requirement progress, then id.
   */
  rank(asOf: string, totalCents: number, tier: number): NextBestAction[] {
    const compiled = this.#compiled;
    const open = this.openRequirements(tier);
    const found: Array<{
      action: NextBestAction;
      tier: number;
      gain: number;
      progress: number;
      rank: number;
    }> = [];
    for (const instance of this.instances()) {
      const example = this.example(instance, asOf);
      if (example === null) {
        continue;
      }
      const result = this.whatIf(example.event, open);
      const gain = result.totalCents - totalCents;
      if (
        gain <= 0 &&
        result.tier <= tier &&
        result.requirements.length === 0
      ) {
        continue;
      }
      const { action: a, model } = instance;
      const variant = model >= 0 ? model : SHARED;
      const { title, link } = this.presentation(instance, example.catalogEntry);
      const action: NextBestAction = {
        id: a.ids[variant],
        actionId: a.def.id,
        metricId: a.def.metric,
        title,
        description: a.def.description,
        link,
        estimatedPoints: gain / 100,
        exampleEvent: example.event,
        resultingTotalPoints: result.totalCents / 100,
        resultingTier: compiled.program.tiers[result.tier].id,
        resultingTierName: compiled.program.tiers[result.tier].name,
        metrics: this.metricDeltas(result.changes),
        requirements: result.requirements,
      };
      if (model >= 0) {
        action.businessModel = BUSINESS_MODEL_IDS[model];
      }
      if (example.catalogEntry) {
        action.catalogEntry = example.catalogEntry;
      }
      let progress = 0;
      for (const r of result.requirements) {
        progress += Math.min(r.after, r.required) - r.before;
      }
      found.push({
        action,
        tier: result.tier,
        gain,
        progress: Math.round(progress * 100),
        rank: a.ranks[variant],
      });
    }
    found.sort(
      (x, y) =>
        y.tier - x.tier ||
        y.gain - x.gain ||
        y.progress - x.progress ||
        x.rank - y.rank,
    );
    return found.map(f => f.action);
  }
}
