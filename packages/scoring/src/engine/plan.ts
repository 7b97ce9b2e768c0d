/**
 * The plan to the next tier: the smallest multiset of action steps after
 * which the partner is at the next tier or above, respecting caps and
 * gates. Steps are what-ifs on the partner's state (exactly as simulating
 * their example events would count them).
 *
 * Search: a greedy plan first (each step the one that closes most of what
 * is missing), then an iterative-deepening search for a shorter one.
 * Pruning is sound because an action's gain never grows as points
 * accumulate — metrics saturate at their targets and caps only cut — except
 * through specialization options whose requirement starts to hold, which
 * the bound covers by counting every option as holding; a step's gain is
 * then at most the largest such gain at the start plus rounding (one
 * hundredth per slot it feeds). The search is bounded in nodes; past the
 * bound the greedy plan is returned with `minimal: false`.
 */
import { BUSINESS_MODEL_IDS } from '../ids';
import type { PlanStep, TierPlan } from '../standing';
import type { ActionAdvisor, ActionInstance } from './actions';
import {
  CompiledProgram,
  CompiledRequirement,
  REQUIREMENT_INVITATION,
  SHARED,
  SLOTS_PER_AGGREGATE,
} from './compile';
import type { Ledger } from './ledger';
import type { Scoreboard } from './scoreboard';
import { unmetRequirements } from './tiers';

/** At most this many what-ifs in the search for a shorter plan. */
export const PLAN_SEARCH_BUDGET = 20_000;
/** At most this many steps. */
export const PLAN_MAX_STEPS = 60;
/** Rounding slack per step: one hundredth for each slot an event may feed. */
const SLACK_CENTS = 10;

/** A quantity the target needs more of: the total, or a requirement's points. */
interface Need {
  requirement: CompiledRequirement | null;
  minCents: number;
}

interface TierGoal {
  tier: number;
  needs: Need[];
}

export class Planner {
  readonly #compiled: CompiledProgram;
  readonly #ledger: Ledger;
  readonly #board: Scoreboard;
  readonly #advisor: ActionAdvisor;

  constructor(
    compiled: CompiledProgram,
    ledger: Ledger,
    board: Scoreboard,
    advisor: ActionAdvisor,
  ) {
    this.#compiled = compiled;
    this.#ledger = ledger;
    this.#board = board;
    this.#advisor = advisor;
  }

  #current(need: Need): number {
    return need.requirement === null
      ? this.#board.total()
      : this.#board.requirementCurrent(need.requirement);
  }

  /** Whether a need is covered now. */
  #covered(need: Need): boolean {
    if (need.requirement === null) {
      return this.#board.total() >= need.minCents;
    }
    return this.#board.requirementMet(need.requirement);
  }

  /** Plans from the prepared state (which it leaves as it found it). */
  plan(asOf: string, asOfMs: number): TierPlan {
    const compiled = this.#compiled;
    const board = this.#board;
    const tiers = compiled.program.tiers;
    const totalCents = board.total();
    const fromTier = board.tier(totalCents);
    const base: TierPlan = {
      partnerId: this.#ledger.partnerId,
      asOf,
      programVersion: compiled.program.version,
      fromTier: tiers[fromTier].id,
      totalPoints: totalCents / 100,
      targetTier: null,
      targetTierName: null,
      reachable: true,
      blockedBy: [],
      minimal: true,
      steps: [],
    };
    const target = fromTier + 1;
    if (target >= tiers.length) {
      return base;
    }
    base.targetTier = tiers[target].id;
    base.targetTierName = tiers[target].name;
    if (asOfMs < this.#ledger.admittedMs) {
      base.reachable = false;
      base.blockedBy = unmetRequirements(compiled, board, target);
      return base;
    }

    // The tiers at or above the target that actions could reach: those
    // whose unmet requirements are not an invitation.
    const goals: TierGoal[] = [];
    for (let t = target; t < tiers.length; t++) {
      const needs: Need[] = [
        { requirement: null, minCents: compiled.thresholdCents[t] },
      ];
      let blocked = false;
      for (const r of compiled.requirements[t]) {
        if (board.requirementMet(r)) {
          continue;
        }
        if (r.kind === REQUIREMENT_INVITATION) {
          blocked = true;
          break;
        }
        needs.push({ requirement: r, minCents: r.minCents });
      }
      if (!blocked) {
        goals.push({ tier: t, needs });
      }
    }
    if (goals.length === 0) {
      base.reachable = false;
      base.blockedBy = unmetRequirements(compiled, board, target).filter(
        r => r.type === 'invitation',
      );
      return base;
    }

    const instances = this.#advisor.instances();
    const bound = this.#bounds(instances, goals, asOf);
    const useful = instances.filter((_, i) => bound.useful[i]);
    const greedy = this.#greedy(useful, goals, target, asOf);
    if (greedy === null) {
      // Some requirement (or the threshold) cannot be met by actions.
      base.reachable = false;
      base.blockedBy = unmetRequirements(compiled, board, target);
      return base;
    }
    let best = greedy;
    let minimal = true;
    const budget = { left: PLAN_SEARCH_BUDGET };
    for (let k = 1; k < best.length; k++) {
      const found = this.#search(
        useful,
        goals,
        target,
        asOf,
        k,
        bound.gain,
        budget,
      );
      if (found === 'exhausted') {
        minimal = false;
        break;
      }
      if (found !== null) {
        best = found;
        break;
      }
    }
    base.minimal = minimal;
    base.steps = this.#present(best, target, asOf);
    return base;
  }

  /**
   * For each need, the most one step could add (optimistically: with every
   * option's requirement holding), and which instances could help at all.
   */
  #bounds(
    instances: ActionInstance[],
    goals: TierGoal[],
    asOf: string,
  ): { gain: Map<Need, number>; useful: boolean[] } {
    const gain = new Map<Need, number>();
    const useful = instances.map(() => false);
    const needs = goals.flatMap(g => g.needs);
    const openConditions = this.#openConditionSlots();
    for (const force of [false, true]) {
      if (force) {
        this.#board.forceConditions(true);
      }
      instances.forEach((instance, i) => {
        const example = this.#advisor.example(instance, asOf, 0);
        if (example === null) {
          return;
        }
        const before = needs.map(n => this.#current(n));
        const range = this.#advisor.apply(example.event);
        needs.forEach((need, k) => {
          const g = this.#current(need) - before[k];
          if (g > 0) {
            gain.set(need, Math.max(gain.get(need) ?? 0, g));
            useful[i] = true;
          }
        });
        if (!force && this.#feedsAny(range, openConditions)) {
          useful[i] = true; // it can unlock an option's requirement
        }
        this.#advisor.undo(range);
      });
      if (force) {
        this.#board.forceConditions(false);
      }
    }
    return { gain, useful };
  }

  /** Slots of conditions that do not hold now. */
  #openConditionSlots(): Set<number> {
    const out = new Set<number>();
    const compiled = this.#compiled;
    for (let q = compiled.metricCount; q < compiled.aggregates.length; q++) {
      if (this.#board.conditionHolds[q - compiled.metricCount] === 0) {
        out.add(q * SLOTS_PER_AGGREGATE + SHARED);
      }
    }
    return out;
  }

  #feedsAny(range: { from: number; to: number }, slots: Set<number>): boolean {
    for (let c = range.from; c < range.to; c++) {
      if (slots.has(this.#ledger.contributionSlot[c])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the partner is at the target tier or above. */
  #reached(target: number): boolean {
    return this.#board.tier() >= target;
  }

  /** How much of what a goal misses (from `start`) is closed now: 0..1 per need. */
  #progress(goal: TierGoal, start: number[]): number {
    let sum = 0;
    goal.needs.forEach((need, k) => {
      const missing = need.minCents - start[k];
      if (missing > 0) {
        sum += Math.min(
          1,
          Math.max(0, this.#current(need) - start[k]) / missing,
        );
      }
    });
    return sum;
  }

  /**
   * The greedy plan: a step that reaches the target if there is one, else
   * the one that closes most of what some goal misses (ties: the action
   * order). Null when no step helps any more before the target is reached.
   */
  #greedy(
    instances: ActionInstance[],
    goals: TierGoal[],
    target: number,
    asOf: string,
  ): ActionInstance[] | null {
    const steps: ActionInstance[] = [];
    const applied: Array<{ from: number; to: number }> = [];
    try {
      while (!this.#reached(target)) {
        if (steps.length >= PLAN_MAX_STEPS) {
          return null;
        }
        const starts = goals.map(goal => goal.needs.map(n => this.#current(n)));
        let best = -1;
        let bestScore = 0;
        instances.forEach((instance, i) => {
          const example = this.#advisor.example(instance, asOf, steps.length);
          if (example === null) {
            return;
          }
          const range = this.#advisor.apply(example.event);
          let score = this.#reached(target) ? Infinity : 0;
          goals.forEach((goal, g) => {
            score = Math.max(score, this.#progress(goal, starts[g]));
          });
          this.#advisor.undo(range);
          if (score > bestScore) {
            best = i;
            bestScore = score;
          }
        });
        if (best < 0) {
          return null;
        }
        const example = this.#advisor.example(
          instances[best],
          asOf,
          steps.length,
        )!;
        applied.push(this.#advisor.apply(example.event));
        steps.push(instances[best]);
      }
      return steps;
    } finally {
      for (let k = applied.length - 1; k >= 0; k--) {
        this.#advisor.undo(applied[k]);
      }
    }
  }

  /**
   * A plan of exactly `k` steps (a multiset: instances in non-decreasing
   * order), or null when none exists, or 'exhausted' past the budget.
   */
  #search(
    instances: ActionInstance[],
    goals: TierGoal[],
    target: number,
    asOf: string,
    k: number,
    gain: Map<Need, number>,
    budget: { left: number },
  ): ActionInstance[] | null | 'exhausted' {
    const path: ActionInstance[] = [];
    const feasible = (remaining: number) =>
      goals.some(goal =>
        goal.needs.every(need => {
          const missing = need.minCents - this.#current(need);
          if (missing <= 0 || this.#covered(need)) {
            return true;
          }
          return missing <= remaining * ((gain.get(need) ?? 0) + SLACK_CENTS);
        }),
      );
    const visit = (from: number, remaining: number): boolean | 'exhausted' => {
      if (this.#reached(target)) {
        return true;
      }
      if (remaining === 0 || !feasible(remaining)) {
        return false;
      }
      for (let i = from; i < instances.length; i++) {
        if (--budget.left < 0) {
          return 'exhausted';
        }
        const example = this.#advisor.example(instances[i], asOf, path.length);
        if (example === null) {
          continue;
        }
        const range = this.#advisor.apply(example.event);
        path.push(instances[i]);
        const result = visit(i, remaining - 1);
        if (result === true) {
          this.#advisor.undo(range);
          return true;
        }
        path.pop();
        this.#advisor.undo(range);
        if (result === 'exhausted') {
          return 'exhausted';
        }
      }
      return false;
    };
    const result = visit(0, k);
    if (result === 'exhausted') {
      return 'exhausted';
    }
    return result ? path : null;
  }

  /**
   * The steps in the order a partner would take them: each time the one
   * that adds most to the total now (ties: the plan's order), with what it
   * changes and the standing after it.
   */
  #present(plan: ActionInstance[], target: number, asOf: string): PlanStep[] {
    const compiled = this.#compiled;
    const board = this.#board;
    const advisor = this.#advisor;
    const remaining = [...plan];
    const steps: PlanStep[] = [];
    const applied: Array<{ from: number; to: number }> = [];
    while (remaining.length > 0) {
      const before = board.total();
      let bestIndex = 0;
      let bestGain = -Infinity;
      remaining.forEach((instance, i) => {
        const example = advisor.example(instance, asOf, steps.length);
        if (example === null) {
          return;
        }
        const range = advisor.apply(example.event);
        const g = board.total() - before;
        advisor.undo(range);
        if (g > bestGain) {
          bestGain = g;
          bestIndex = i;
        }
      });
      const instance = remaining.splice(bestIndex, 1)[0];
      const example = advisor.example(instance, asOf, steps.length);
      if (example === null) {
        break;
      }
      const open = advisor.openRequirements(board.tier(before));
      const range = advisor.apply(example.event);
      applied.push(range);
      const total = board.total();
      const tier = board.tier(total);
      const requirements = advisor.requirementProgress(open);
      const { action: a, model } = instance;
      const variant = model >= 0 ? model : SHARED;
      const { title, link } = advisor.presentation(
        instance,
        example.catalogEntry,
      );
      const step: PlanStep = {
        action: {
          id: a.ids[variant],
          actionId: a.def.id,
          metricId: a.def.metric,
          title,
          description: a.def.description,
          link,
          estimatedPoints: (total - before) / 100,
          exampleEvent: example.event,
          metrics: advisor.metricDeltas(),
          requirements,
        },
        points: (total - before) / 100,
        totalPoints: total / 100,
        tier: compiled.program.tiers[tier].id,
        tierName: compiled.program.tiers[tier].name,
      };
      if (model >= 0) {
        step.action.businessModel = BUSINESS_MODEL_IDS[model];
      }
      if (example.catalogEntry) {
        step.action.catalogEntry = example.catalogEntry;
      }
      steps.push(step);
      if (tier >= target) {
        break; // the rest of the plan is not needed in this order
      }
    }
    for (let k = applied.length - 1; k >= 0; k--) {
      advisor.undo(applied[k]);
    }
    return steps;
  }
}
