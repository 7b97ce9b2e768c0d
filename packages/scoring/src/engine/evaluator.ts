/**
 * The evaluation of a partner, phase by phase: compile (once per program),
 * accumulate the ledger, score and pool, tiers, actions, forecast. This
 * module wires the phases; each lives in its own module.
 */
import {
  ReadAdjustment,
  ReadExemption,
  readAdjustments,
  readExemptions,
} from '../adjustments';
import type { PerformanceEvent } from '../events';
import type { Program } from '../program/types';
import type {
  EvaluationOptions,
  ExpiringPoints,
  PartnerProfile,
  Standing,
  StandingAdjustment,
  TierPlan,
} from '../standing';
import { DAY_MS, parseIsoStrict, toEpochMs, toIso } from '../time';
import { ActionAdvisor } from './actions';
import { CompiledProgram, compileProgram } from './compile';
import { Explainer } from './explain';
import {
  EXPIRY_HORIZON_DAYS,
  ForecastScratch,
  ForecastSnapshot,
  runForecast,
} from './forecast';
import { Ledger } from './ledger';
import { Planner } from './plan';
import { Scoreboard } from './scoreboard';
import { exemptionsInForce, nextTierAfter } from './tiers';

export { EXPIRY_HORIZON_DAYS } from './forecast';

/**
 * Evaluates partners against one precompiled program.
 *
 * @public
 */
export type StandingEvaluator = (
  partner: PartnerProfile,
  events: readonly PerformanceEvent[],
  asOf: string | Date,
  options?: EvaluationOptions,
) => Standing;

/** The last millisecond of the forecast horizon for an asOf. */
export function horizonEnd(asOfMs: number): number {
  return (Math.floor(asOfMs / DAY_MS) + EXPIRY_HORIZON_DAYS + 1) * DAY_MS - 1;
}

/** Upcoming versions by effective date (in force after `asOfMs`). */
function upcomingOf(
  programs: readonly Program[] | undefined,
  current: Program,
  asOfMs: number,
): Array<{ program: Program; effectiveMs: number }> {
  const out: Array<{ program: Program; effectiveMs: number }> = [];
  for (const program of programs ?? []) {
    const effectiveMs = parseIsoStrict(program.effectiveFrom)!;
    if (
      effectiveMs > asOfMs &&
      program.version !== current.version &&
      !out.some(u => u.program.version === program.version)
    ) {
      out.push({ program, effectiveMs });
    }
  }
  return out.sort((a, b) => a.effectiveMs - b.effectiveMs);
}

/** Adjustments and exemptions, validated. */
export interface Decisions {
  adjustments: ReadAdjustment[];
  exemptions: ReadExemption[];
}

/**
 * One program's compiled rules with the state of the partner being
 * evaluated. Not re-entrant: one evaluation at a time per engine (a
 * forecast crossing into a later version uses that version's engine).
 */
export class Engine {
  readonly compiled: CompiledProgram;
  readonly ledger: Ledger;
  readonly board: Scoreboard;
  readonly explainer: Explainer;
  readonly advisor: ActionAdvisor;
  readonly planner: Planner;
  readonly #forecastScratch: ForecastScratch;
  #lastAsOfInput: string | Date | undefined;
  #lastAsOfMs = NaN;
  #lastAsOfIso = '';

  constructor(program: Program) {
    this.compiled = compileProgram(program);
    this.ledger = new Ledger(this.compiled);
    this.board = new Scoreboard(this.compiled, this.ledger);
    this.explainer = new Explainer(this.compiled, this.ledger, this.board);
    this.advisor = new ActionAdvisor(this.compiled, this.ledger, this.board);
    this.#forecastScratch = new ForecastScratch(
      this.compiled.aggregates.length,
    );
    this.planner = new Planner(
      this.compiled,
      this.ledger,
      this.board,
      this.advisor,
    );
  }

  /** asOf in epoch ms (batch jobs pass the same asOf for every partner). */
  asOfMs(asOf: string | Date): number {
    if (
      asOf !== this.#lastAsOfInput ||
      (asOf instanceof Date && asOf.getTime() !== this.#lastAsOfMs)
    ) {
      this.#lastAsOfMs = toEpochMs(asOf, 'asOf');
      this.#lastAsOfIso = toIso(this.#lastAsOfMs);
      this.#lastAsOfInput = asOf;
    }
    return this.#lastAsOfMs;
  }

  /** The canonical form of the asOf last read by `asOfMs`. */
  asOfIso(): string {
    return this.#lastAsOfIso;
  }

  /**
   * Phases 2 and 3: the partner's state at `asOfMs` — contributions,
   * aggregates and points, with the adjustments and exemptions then in
   * force — and, with `forecast`, the transitions up to `horizonEndMs`.
   */
  prepare(
    partner: PartnerProfile,
    events: readonly PerformanceEvent[],
    asOfMs: number,
    horizonEndMs: number,
    decisions: Decisions,
    forecast: boolean,
  ): void {
    const admittedMs =
      partner.admittedAt === undefined
        ? -Infinity
        : toEpochMs(partner.admittedAt, 'partner.admittedAt');
    const ledger = this.ledger;
    const board = this.board;
    ledger.reset(partner, admittedMs, asOfMs, horizonEndMs);
    ledger.recordTransitions = forecast;
    board.invited = partner.pinnacleInvited === true;
    board.clearDecisions();
    board.applyAdjustments(decisions.adjustments, asOfMs);
    board.applyExemptions(decisions.exemptions, asOfMs);
    ledger.accumulate(events);
    board.scoreAll();
  }

  /** The standing (phases 2 to 6). */
  evaluate(
    partner: PartnerProfile,
    events: readonly PerformanceEvent[],
    asOfInput: string | Date,
    options: EvaluationOptions = {},
  ): Standing {
    const asOfMs = this.asOfMs(asOfInput);
    const asOf = this.asOfIso();
    const decisions: Decisions = {
      adjustments: readAdjustments(options.adjustments),
      exemptions: readExemptions(options.exemptions),
    };
    const compiled = this.compiled;
    const program = compiled.program;
    this.prepare(partner, events, asOfMs, horizonEnd(asOfMs), decisions, true);
    const board = this.board;

    const metrics = this.explainer.metricStandings();
    const exemptions = exemptionsInForce(
      compiled,
      decisions.exemptions,
      asOfMs,
    );
    if (exemptions.length > 0) {
      for (const metric of metrics) {
        const waiver = exemptions.find(
          x =>
            x.applied &&
            x.target.kind === 'metric' &&
            x.target.metricId === metric.id,
        );
        if (waiver) {
          metric.waivedBy = waiver.id;
        }
      }
    }
    const { pointsByBusinessModel, pointsByPillar, pooling } =
      this.explainer.pooling();
    const totalCents = board.total();
    const tierIndex = board.tier(totalCents);
    const nextTier = nextTierAfter(compiled, board, tierIndex, totalCents);
    // Before admission an example event would count for nothing either.
    const actions =
      asOfMs < this.ledger.admittedMs
        ? []
        : this.advisor.rank(asOf, totalCents, tierIndex);
    const adjustments = this.#adjustmentsInForce(decisions.adjustments, asOfMs);
    const expiring = this.forecast(
      partner,
      events,
      options,
      decisions,
      undefined,
    );
    const tier = program.tiers[tierIndex];
    return {
      partnerId: partner.id,
      asOf,
      programVersion: program.version,
      tier: tier.id,
      tierName: tier.name,
      totalPoints: totalCents / 100,
      pointsByBusinessModel,
      pointsByPillar,
      pooling,
      metrics,
      nextTier,
      actions,
      expiring,
      benefits: tier.benefits,
      adjustments,
      exemptions,
    };
  }

  /** The plan to the next tier (see `Planner`). */
  plan(
    partner: PartnerProfile,
    events: readonly PerformanceEvent[],
    asOfInput: string | Date,
    options: EvaluationOptions = {},
  ): TierPlan {
    const asOfMs = this.asOfMs(asOfInput);
    const decisions: Decisions = {
      adjustments: readAdjustments(options.adjustments),
      exemptions: readExemptions(options.exemptions),
    };
    this.prepare(partner, events, asOfMs, horizonEnd(asOfMs), decisions, false);
    return this.planner.plan(toIso(asOfMs), asOfMs);
  }

  /** Phase 6 on the prepared state (which it changes). */
  forecast(
    partner: PartnerProfile,
    events: readonly PerformanceEvent[],
    options: EvaluationOptions,
    decisions: Decisions,
    previous: { snapshot: ForecastSnapshot; day: number } | undefined,
    upcoming: ReadonlyArray<{
      program: Program;
      effectiveMs: number;
    }> = upcomingOf(
      options.upcomingPrograms,
      this.compiled.program,
      this.ledger.asOfMs,
    ),
  ): ExpiringPoints[] {
    const horizonEndMs = this.ledger.horizonEndMs;
    return runForecast(
      {
        compiled: this.compiled,
        ledger: this.ledger,
        board: this.board,
        adjustments: decisions.adjustments,
        exemptions: decisions.exemptions,
        upcoming,
        previous,
        continueWith: (program, effectiveMs, snapshot, later) => {
          const engine = engineFor(program);
          // The new version's state at the end of the day before it takes
          // effect, then its forecast from its first day.
          const before = effectiveMs - 1;
          engine.prepare(
            partner,
            events,
            before,
            horizonEndMs,
            decisions,
            true,
          );
          return engine.forecast(
            partner,
            events,
            options,
            decisions,
            { snapshot, day: Math.floor(effectiveMs / DAY_MS) },
            later,
          );
        },
      },
      this.#forecastScratch,
    );
  }

  #adjustmentsInForce(
    adjustments: readonly ReadAdjustment[],
    asOfMs: number,
  ): StandingAdjustment[] {
    const out: StandingAdjustment[] = [];
    for (const a of adjustments) {
      if (!(a.fromMs <= asOfMs && asOfMs < a.untilMs)) {
        continue;
      }
      const bm = a.input.businessModel;
      const item: StandingAdjustment = {
        id: a.input.id,
        points: a.cents / 100,
        reason: a.input.reason,
        grantedAt: a.grantedAt,
        counted:
          bm === undefined ||
          this.ledger.partnerModels.includes(this.compiled.modelIndex(bm)),
      };
      if (a.expiresAt !== undefined) {
        item.expiresAt = a.expiresAt;
      }
      if (bm !== undefined) {
        item.businessModel = bm;
      }
      out.push(item);
    }
    return out;
  }
}

const engines = new WeakMap<Program, Engine>();

/** The engine of a program, compiled once per program object. */
export function engineFor(program: Program): Engine {
  let engine = engines.get(program);
  if (!engine) {
    engine = new Engine(program);
    engines.set(program, engine);
  }
  return engine;
}

/**
 * Precompiles a program into a fast evaluator: a map from event type to the
 * aggregates it feeds, numeric arrays for windows, targets and caps, and
 * reused scratch state, so that evaluating a partner is a single pass over
 * its events.
 *
 * The returned function is pure as far as callers can tell: same inputs, same
 * standing. It is not re-entrant (its state is reused), which does not
 * matter in single-threaded JavaScript.
 *
 * @public
 */
export function createEvaluator(program: Program): StandingEvaluator {
  const engine = new Engine(program);
  return (partner, events, asOf, options) =>
    engine.evaluate(partner, events, asOf, options);
}
