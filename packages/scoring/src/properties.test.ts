/*
 * Property tests of the engine's invariants (fast-check): each property is
 * checked on random program versions, partners, ledgers (with reversals,
 * future-dated events, odd timestamps and numbers), dates, adjustments,
 * exemptions and upcoming versions.
 */
import fc from 'fast-check';
import {
  BUSINESS_MODEL_IDS,
  EVENT_LIMITS,
  MetricStanding,
  PerformanceEvent,
  Program,
  Standing,
  createEvaluator,
  evaluateStanding,
  planNextTier,
  programInForce,
  simulateStanding,
} from '.';
import {
  DAY,
  Scenario,
  eventArb,
  scenarioArb,
} from './__testUtils__/arbitraries';
import { parseIsoStrict } from './time';

/** An event's instant (any valid ISO 8601 form), NaN if unreadable. */
function instant(at: string): number {
  return parseIsoStrict(at) ?? NaN;
}

const RUNS = { numRuns: 120 };

function evaluate(
  s: Scenario,
  events = s.events,
  asOf: string = s.asOf,
  program: Program = s.program,
) {
  return evaluateStanding({
    program,
    partner: s.partner,
    events,
    asOf,
    ...s.options,
  });
}

const c = (points: number) => Math.round(points * 100);

function metricDef(program: Program, id: string) {
  return program.metrics.find(m => m.id === id)!;
}

function slotKey(m: MetricStanding) {
  return `${m.id}@${m.businessModel ?? 'shared'}`;
}

function withId(e: Omit<PerformanceEvent, 'id'>, id: string): PerformanceEvent {
  return { id, ...e };
}

/** How long an event counts for a metric: its window, two periods for growth. */
function lifeDays(program: Program, metricId: string) {
  const m = metricDef(program, metricId);
  return (m.aggregation === 'growth' ? 2 : 1) * m.windowDays;
}

/** The last millisecond of the forecast horizon. */
function horizonEnd(asOfMs: number) {
  return (Math.floor(asOfMs / DAY) + 91) * DAY - 1;
}

/** An independent reading of the tier rules, from a standing's numbers. */
function expectedTier(program: Program, standing: Standing, invited: boolean) {
  const waivedMetrics = new Set(
    standing.exemptions.flatMap(x =>
      x.applied && x.target.kind === 'metric' ? [x.target.metricId] : [],
    ),
  );
  const waived = new Set(
    standing.exemptions.flatMap(x =>
      x.applied && x.target.kind === 'tier-requirement'
        ? [`${x.target.tierId}/${x.target.requirementId}`]
        : [],
    ),
  );
  // Requirements read waived metrics at their maximum.
  const gate = (m: MetricStanding) =>
    waivedMetrics.has(m.id) ? c(m.maxPoints) : c(m.points);
  const kindPoints = { performance: 0, capability: 0 };
  const pillarPoints: Record<string, number> = {};
  for (const m of standing.metrics) {
    kindPoints[m.pillarKind] += gate(m);
    pillarPoints[m.pillar] = (pillarPoints[m.pillar] ?? 0) + gate(m);
  }
  const metricPoints = (id: string) =>
    standing.metrics.filter(m => m.id === id).reduce((t, m) => t + gate(m), 0);
  const holds = (tier: Program['tiers'][number]) =>
    c(standing.totalPoints) >= c(tier.threshold) &&
    tier.requirements.every(r => {
      if (r.type === 'invitation') {
        return invited;
      }
      if (waived.has(`${tier.id}/${r.id}`)) {
        return true;
      }
      switch (r.type) {
        case 'pillar-kind-points':
          return kindPoints[r.pillarKind] >= c(r.minPoints);
        case 'pillar-points':
          return (pillarPoints[r.pillar] ?? 0) >= c(r.minPoints);
        default:
          return metricPoints(r.metric) >= c(r.minPoints);
      }
    });
  return [...program.tiers].reverse().find(holds)!.id;
}

/** A shuffle of a list by a seed (Fisher–Yates on a small PRNG). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let a = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    a = (Math.imul(a ^ (a >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    const j = a % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('invariants', () => {
  it('is deterministic and returns plain data', () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const first = evaluate(s);
        const fresh = createEvaluator(s.program)(
          s.partner,
          s.events,
          s.asOf,
          s.options,
        );
        expect(fresh).toEqual(first);
        expect(evaluate(s)).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        // Date and string asOf agree
        expect(
          evaluateStanding({
            program: s.program,
            partner: s.partner,
            events: s.events,
            asOf: new Date(s.asOfMs),
            ...s.options,
          }),
        ).toEqual(first);
      }),
      RUNS,
    );
  });

  it('is a function of the set of events: any order gives the same standing', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (s, seed) => {
        expect(evaluate(s, shuffled(s.events, seed))).toEqual(evaluate(s));
      }),
      RUNS,
    );
  });

  it('events after asOf do not count yet: only the forecast sees those within its horizon', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(eventArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 400 * DAY }), {
          minLength: 5,
          maxLength: 5,
        }),
        (s, extra, offsets) => {
          const future = extra.map((e, i) =>
            withId(
              {
                ...e,
                occurredAt: new Date(s.asOfMs + offsets[i]).toISOString(),
              },
              `future${i}`,
            ),
          );
          const before = evaluate(s);
          const after = evaluate(s, [...s.events, ...future]);
          expect({ ...after, expiring: [] }).toEqual({
            ...before,
            expiring: [],
          });
          const beyond = future.filter(
            e => Date.parse(e.occurredAt) > horizonEnd(s.asOfMs),
          );
          expect(evaluate(s, [...s.events, ...beyond])).toEqual(before);
        },
      ),
      RUNS,
    );
  });

  it("events outside a metric's window count for nothing for that metric", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (s, pick) => {
        const standing = evaluate(s);
        const metric = s.program.metrics[pick % s.program.metrics.length];
        const windowStart = s.asOfMs - lifeDays(s.program, metric.id) * DAY;
        const inWindow = s.events.filter(
          e =>
            e.type === 'event_reversed' || instant(e.occurredAt) > windowStart,
        );
        const after = evaluate(s, inWindow);
        const of = (x: Standing) =>
          x.metrics
            .filter(m => m.id === metric.id)
            .map(m => [slotKey(m), m.value, m.points]);
        expect(of(after)).toEqual(of(standing));
        // and every credited event lies in (asOf - window, asOf]
        for (const m of standing.metrics) {
          for (const contribution of m.contributions) {
            const e = s.events.find(x => x.id === contribution.eventId)!;
            const t = instant(e.occurredAt);
            expect(t).toBeLessThanOrEqual(s.asOfMs);
            expect(t).toBeGreaterThan(
              s.asOfMs - lifeDays(s.program, m.id) * DAY,
            );
          }
        }
      }),
      RUNS,
    );
  });

  it("each metric's contributions sum to its points, 0 ≤ points ≤ maxPoints, and every number is finite", () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const standing = evaluate(s);
        expect(Number.isFinite(standing.totalPoints)).toBe(true);
        for (const m of standing.metrics) {
          expect(Number.isFinite(m.value)).toBe(true);
          expect(m.points).toBeGreaterThanOrEqual(0);
          expect(m.points).toBeLessThanOrEqual(m.maxPoints);
          expect(c(m.points) / 100).toBe(m.points); // two decimals
          const sum = m.contributions.reduce((t, x) => t + c(x.points), 0);
          expect({ metric: slotKey(m), sum }).toEqual({
            metric: slotKey(m),
            sum: c(m.points),
          });
          for (const x of m.contributions) {
            expect(x.points).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('the total follows the pooling rule, with adjustments', () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const standing = evaluate(s);
        const { perBusinessModelCap, totalCap } = s.program.pooling;
        let shared = 0;
        const earned: Record<string, number> = {};
        const byPillar: Record<string, number> = {};
        for (const m of standing.metrics) {
          byPillar[m.pillar] = (byPillar[m.pillar] ?? 0) + c(m.points);
          if (m.businessModel) {
            earned[m.businessModel] =
              (earned[m.businessModel] ?? 0) + c(m.points);
          } else {
            shared += c(m.points);
          }
        }
        const adjustment: Record<string, number> = { shared: 0 };
        for (const a of standing.adjustments) {
          if (a.counted) {
            const key = a.businessModel ?? 'shared';
            adjustment[key] = (adjustment[key] ?? 0) + c(a.points);
          }
        }
        let pooled = shared + adjustment.shared;
        for (const model of BUSINESS_MODEL_IDS) {
          const e = earned[model] ?? 0;
          const counted = Math.min(
            Math.max(0, e + (adjustment[model] ?? 0)),
            c(perBusinessModelCap ?? Infinity),
          );
          expect(c(standing.pointsByBusinessModel[model])).toBe(counted);
          expect(c(standing.pooling.earnedByBusinessModel[model])).toBe(e);
          pooled += counted;
        }
        expect(c(standing.pooling.beforeTotalCap)).toBe(pooled);
        expect(c(standing.totalPoints)).toBe(
          Math.min(Math.max(0, pooled), c(totalCap ?? Infinity)),
        );
        for (const pillar of s.program.pillars) {
          expect(c(standing.pointsByPillar[pillar.id])).toBe(
            byPillar[pillar.id] ?? 0,
          );
        }
        // only the partner's business models (that the program scores) earn
        const earningModels = standing.metrics.flatMap(m =>
          m.businessModel ? [m.businessModel] : [],
        );
        expect(
          earningModels.filter(b => !s.partner.businessModels.includes(b)),
        ).toEqual([]);
      }),
      RUNS,
    );
  });

  it('adding an event never lowers a metric, except a ratio denominator, a growth baseline or a reversal', () => {
    fc.assert(
      fc.property(scenarioArb, eventArb, (s, extra) => {
        fc.pre(extra.type !== 'event_reversed');
        const before = evaluate(s);
        const after = evaluate(s, [...s.events, withId(extra, 'extra')]);
        const previous = new Map(before.metrics.map(m => [slotKey(m), m]));
        for (const m of after.metrics) {
          const def = metricDef(s.program, m.id);
          const old = previous.get(slotKey(m))!;
          if (
            def.aggregation === 'growth' ||
            (def.aggregation === 'ratio' &&
              def.denominator.events.includes(extra.type))
          ) {
            continue;
          }
          expect(m.value).toBeGreaterThanOrEqual(old.value);
          expect(m.points).toBeGreaterThanOrEqual(old.points);
        }
        expect(after.metrics.map(slotKey)).toEqual(before.metrics.map(slotKey));
      }),
      RUNS,
    );
  });

  it('a reversal removes every point of the event it names, from its date on', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (s, pick) => {
        const own = s.events.filter(e => e.type !== 'event_reversed');
        fc.pre(own.length > 0);
        const target = own[pick % own.length];
        const reversal: PerformanceEvent = {
          id: 'refund',
          partnerId: s.partner.id,
          type: 'event_reversed',
          occurredAt: s.asOf,
          attributes: { reversedEventId: target.id, reason: 'refund' },
        };
        const reversed = evaluate(s, [...s.events, reversal]);
        const without = evaluate(
          s,
          s.events.filter(e => e.id !== target.id),
        );
        expect({ ...reversed, actions: [], expiring: [] }).toEqual({
          ...without,
          actions: [],
          expiring: [],
        });
        // The ledger is append-only: before the reversal nothing changes
        // (but the forecast of that moment foresees it).
        const earlier = new Date(s.asOfMs - 1).toISOString();
        expect({
          ...evaluate(s, [...s.events, reversal], earlier),
          expiring: [],
        }).toEqual({ ...evaluate(s, s.events, earlier), expiring: [] });
      }),
      RUNS,
    );
  });

  it('the tier is the highest whose threshold and requirements hold (exemptions counted); never Pinnacle without invitation', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, s => {
        const standing = evaluate(s);
        const invited = s.partner.pinnacleInvited === true;
        seen.add(standing.tier);
        expect(standing.tier).toBe(expectedTier(s.program, standing, invited));
        expect(standing.tierName).toBe(
          s.program.tiers.find(t => t.id === standing.tier)!.name,
        );
        expect(!invited && standing.tier === 'pinnacle').toBe(false);
        expect(standing.benefits).toEqual(
          s.program.tiers.find(t => t.id === standing.tier)!.benefits,
        );
      }),
      { numRuns: 300 },
    );
    // The generator must reach every tier, or this property proves little.
    expect([...seen].sort()).toEqual(
      ['advanced', 'community', 'pinnacle', 'principal', 'select'].sort(),
    );
  });

  it('nextTier.pointsNeeded is exactly what is missing', () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const standing = evaluate(s);
        const index = s.program.tiers.findIndex(t => t.id === standing.tier);
        const next = s.program.tiers[index + 1];
        expect(standing.nextTier === null).toBe(next === undefined);
        fc.pre(next !== undefined);
        expect(standing.nextTier!.tier).toBe(next.id);
        expect(standing.nextTier!.threshold).toBe(next.threshold);
        expect(c(standing.nextTier!.pointsNeeded)).toBe(
          Math.max(0, c(next.threshold) - c(standing.totalPoints)),
        );
        // The partner is not in the next tier: points or a requirement miss.
        expect(
          standing.nextTier!.pointsNeeded > 0 ||
            standing.nextTier!.unmetRequirements.length > 0,
        ).toBe(true);
        for (const r of standing.nextTier!.unmetRequirements) {
          expect(r.description.length).toBeGreaterThan(10);
        }
      }),
      RUNS,
    );
  });

  it('simulateStanding with hypothetical events equals evaluateStanding over the union', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(eventArb, { maxLength: 6 }),
        (s, extra) => {
          const hypothetical = extra.map((e, i) => withId(e, `h${i}`));
          const result = simulateStanding({
            program: s.program,
            partner: s.partner,
            events: s.events,
            hypotheticalEvents: hypothetical,
            asOf: s.asOf,
            ...s.options,
          });
          expect(result.standing).toEqual(
            evaluate(s, [...s.events, ...hypothetical]),
          );
          expect(result.baseline).toEqual(evaluate(s));
          expect(c(result.delta.totalPoints)).toBe(
            c(result.standing.totalPoints) - c(result.baseline.totalPoints),
          );
          expect(result.delta.tierChanged).toBe(
            result.standing.tier !== result.baseline.tier,
          );
          for (const d of result.delta.metrics) {
            expect(d.delta).not.toBe(0);
            expect(c(d.delta)).toBe(c(d.after) - c(d.before));
          }
        },
      ),
      RUNS,
    );
  });

  it('every action says exactly what simulating its example event changes, and actions are ranked by tier reached, then points', () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const standing = evaluate(s);
        const ids = standing.actions.map(a => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        const rank = (id: string) =>
          s.program.tiers.findIndex(t => t.id === id);
        for (let i = 1; i < standing.actions.length; i++) {
          const [a, b] = [standing.actions[i - 1], standing.actions[i]];
          const key = (x: typeof a) => [
            rank(x.resultingTier),
            c(x.estimatedPoints),
          ];
          const [ka, kb] = [key(a), key(b)];
          expect(ka[0] > kb[0] || (ka[0] === kb[0] && ka[1] >= kb[1])).toBe(
            true,
          );
        }
        for (const action of standing.actions) {
          const result = simulateStanding({
            program: s.program,
            partner: s.partner,
            events: s.events,
            hypotheticalEvents: [action.exampleEvent],
            asOf: s.asOf,
            ...s.options,
          });
          expect({
            action: action.id,
            gain: c(result.delta.totalPoints),
            total: result.standing.totalPoints,
            tier: result.standing.tier,
            metrics: result.delta.metrics,
          }).toEqual({
            action: action.id,
            gain: c(action.estimatedPoints),
            total: action.resultingTotalPoints,
            tier: action.resultingTier,
            metrics: action.metrics,
          });
          // offered only when it adds points, a tier or requirement progress
          expect(
            action.estimatedPoints > 0 ||
              rank(action.resultingTier) > rank(standing.tier) ||
              action.requirements.length > 0,
          ).toBe(true);
          for (const r of action.requirements) {
            expect(r.after).toBeGreaterThan(r.before);
            expect(r.before).toBeLessThan(r.required);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('forecast: each day of the horizon on which the total or the tier changes is listed with what a fresh evaluation on that day gives, and no other day', () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const standing = evaluate(s);
        // The version in force on a day: the latest upcoming one that has
        // taken effect, else the one evaluated at asOf.
        const upcoming = (s.options.upcomingPrograms ?? []).filter(
          p =>
            parseIsoStrict(p.effectiveFrom)! > s.asOfMs &&
            p.version !== s.program.version,
        );
        const fresh = (ms: number) => {
          const effective = upcoming.filter(
            p => parseIsoStrict(p.effectiveFrom)! <= ms,
          );
          const program = effective.length
            ? programInForce(effective, new Date(ms))
            : s.program;
          return evaluate(s, s.events, new Date(ms).toISOString(), program);
        };
        // What fresh evaluations say, day by day: the days on which the
        // total or the tier changes, with the figures of that day's end.
        const firstDay = Math.floor(s.asOfMs / DAY) * DAY;
        const expected: Array<[string, number, number, string]> = [];
        let previous = { total: standing.totalPoints, tier: standing.tier };
        for (let d = 0; d <= 90; d++) {
          const day = firstDay + d * DAY;
          const then = fresh(day + DAY - 1);
          if (
            then.totalPoints !== previous.total ||
            then.tier !== previous.tier
          ) {
            expected.push([
              new Date(day).toISOString().slice(0, 10),
              c(previous.total) - c(then.totalPoints),
              then.totalPoints,
              then.tier,
            ]);
          }
          previous = { total: then.totalPoints, tier: then.tier };
        }
        expect(
          standing.expiring.map(e => [
            e.date,
            c(e.points),
            e.resultingTotalPoints,
            e.resultingTier,
          ]),
        ).toEqual(expected);
        expect(standing.expiring.filter(e => e.causes.length === 0)).toEqual(
          [],
        );
      }),
      { numRuns: 30 },
    );
  });

  it('events before admission, and events of other partners, count for nothing', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(eventArb, { maxLength: 5 }),
        (s, others) => {
          const foreign = others.map((e, i) =>
            withId({ ...e, partnerId: 'group:default/someone-else' }, `x${i}`),
          );
          expect(evaluate(s, [...s.events, ...foreign])).toEqual(evaluate(s));
          const admitted =
            s.partner.admittedAt === undefined
              ? -Infinity
              : Date.parse(String(s.partner.admittedAt));
          const after = s.events.filter(e => instant(e.occurredAt) >= admitted);
          expect(evaluate(s, after)).toEqual(evaluate(s));
        },
      ),
      RUNS,
    );
  });

  it('ignores events whose numbers exceed the documented maxima, so sums stay finite', () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const huge = s.events.map((e, i) =>
          withId({ ...e, amount: 1e305, quantity: Infinity }, `huge${i}`),
        );
        expect(evaluate(s, [...s.events, ...huge])).toEqual(evaluate(s));
        const atMax = s.events.map((e, i) =>
          withId(
            {
              ...e,
              amount: EVENT_LIMITS.maxAmount,
              quantity: EVENT_LIMITS.maxQuantity,
            },
            `max${i}`,
          ),
        );
        const standing = evaluate(s, [...s.events, ...atMax]);
        for (const m of standing.metrics) {
          expect(Number.isFinite(m.value)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the plan to the next tier', () => {
  it('reaches the next tier, each step as simulating it with the steps before it gives, and no single action would do', () => {
    let planned = 0;
    fc.assert(
      fc.property(scenarioArb, s => {
        const input = {
          program: s.program,
          partner: s.partner,
          events: s.events,
          asOf: s.asOf,
          adjustments: s.options.adjustments,
          exemptions: s.options.exemptions,
        };
        const plan = planNextTier(input);
        const standing = evaluate({
          ...s,
          options: {
            adjustments: s.options.adjustments,
            exemptions: s.options.exemptions,
          },
        });
        expect(plan.fromTier).toBe(standing.tier);
        expect(plan.targetTier).toBe(standing.nextTier?.tier ?? null);
        fc.pre(plan.reachable && plan.steps.length > 0);
        planned++;
        const rank = (id: string) =>
          s.program.tiers.findIndex(t => t.id === id);
        const events: PerformanceEvent[] = [];
        for (const step of plan.steps) {
          events.push(step.action.exampleEvent);
          const result = simulateStanding({
            ...input,
            hypotheticalEvents: events,
          });
          expect([step.totalPoints, step.tier]).toEqual([
            result.standing.totalPoints,
            result.standing.tier,
          ]);
        }
        const last = plan.steps[plan.steps.length - 1];
        expect(rank(last.tier)).toBeGreaterThanOrEqual(rank(plan.targetTier!));
        // before the last step the target is not reached
        for (const step of plan.steps.slice(0, -1)) {
          expect(rank(step.tier)).toBeLessThan(rank(plan.targetTier!));
        }
        // a minimal plan of several steps: no single action would do
        const singleSteps =
          plan.steps.length > 1 && plan.minimal
            ? standing.actions.filter(
                a => rank(a.resultingTier) >= rank(plan.targetTier!),
              )
            : [];
        expect(singleSteps).toEqual([]);
      }),
      { numRuns: 40 },
    );
    expect(planned).toBeGreaterThan(5);
  });
});
