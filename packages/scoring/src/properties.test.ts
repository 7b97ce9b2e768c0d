/*
 * Property tests of the engine's invariants (fast-check): each property is
 * checked on random programs versions, partners, ledgers and dates.
 */
import fc from 'fast-check';
import {
  BUSINESS_MODEL_IDS,
  MetricStanding,
  PerformanceEvent,
  Program,
  Standing,
  createEvaluator,
  evaluateStanding,
  simulateStanding,
} from '.';
import {
  DAY,
  Scenario,
  eventArb,
  scenarioArb,
} from './__testUtils__/arbitraries';

const RUNS = { numRuns: 150 };

function evaluate(s: Scenario, events = s.events, asOf: string = s.asOf) {
  return evaluateStanding({
    program: s.program,
    partner: s.partner,
    events,
    asOf,
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

/** An independent reading of the tier rules, from a standing's numbers. */
function expectedTier(program: Program, standing: Standing, invited: boolean) {
  const kindPoints = { performance: 0, capability: 0 };
  for (const pillar of program.pillars) {
    kindPoints[pillar.kind] += c(standing.pointsByPillar[pillar.id]);
  }
  const metricPoints = (id: string) =>
    standing.metrics
      .filter(m => m.id === id)
      .reduce((sum, m) => sum + c(m.points), 0);
  const holds = (tier: Program['tiers'][number]) =>
    c(standing.totalPoints) >= c(tier.threshold) &&
    tier.requirements.every(r => {
      switch (r.type) {
        case 'invitation':
          return invited;
        case 'pillar-kind-points':
          return kindPoints[r.pillarKind] >= c(r.minPoints);
        case 'pillar-points':
          return c(standing.pointsByPillar[r.pillar]) >= c(r.minPoints);
        default:
          return metricPoints(r.metric) >= c(r.minPoints);
      }
    });
  return [...program.tiers].reverse().find(holds)!.id;
}

describe('invariants', () => {
  it('is deterministic and returns plain data', () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const first = evaluate(s);
        const fresh = createEvaluator(s.program)(s.partner, s.events, s.asOf);
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
          }),
        ).toEqual(first);
      }),
      RUNS,
    );
  });

  it('events after asOf count for nothing', () => {
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
          expect(evaluate(s, [...s.events, ...future])).toEqual(evaluate(s));
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
        const windowStart = s.asOfMs - metric.windowDays * DAY;
        const inWindow = s.events.filter(
          e => Date.parse(e.occurredAt) > windowStart,
        );
        const after = evaluate(s, inWindow);
        const of = (x: Standing) =>
          x.metrics
            .filter(m => m.id === metric.id)
            .map(m => [slotKey(m), m.value, m.points]);
        expect(of(after)).toEqual(of(standing));
        // and every credited event lies in (asOf - window, asOf]
        for (const m of standing.metrics) {
          const def = metricDef(s.program, m.id);
          for (const contribution of m.contributions) {
            const e = s.events.find(x => x.id === contribution.eventId)!;
            const t = Date.parse(e.occurredAt);
            expect(t).toBeLessThanOrEqual(s.asOfMs);
            expect(t).toBeGreaterThan(s.asOfMs - def.windowDays * DAY);
          }
        }
      }),
      RUNS,
    );
  });

  it("each metric's contributions sum to its points, and 0 ≤ points ≤ maxPoints", () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        for (const m of evaluate(s).metrics) {
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

  it('the total follows the pooling rule', () => {
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
        let pooled = shared;
        for (const model of BUSINESS_MODEL_IDS) {
          const e = earned[model] ?? 0;
          const counted = Math.min(e, c(perBusinessModelCap ?? Infinity));
          expect(c(standing.pointsByBusinessModel[model])).toBe(counted);
          expect(c(standing.pooling.earnedByBusinessModel[model])).toBe(e);
          pooled += counted;
        }
        expect(c(standing.totalPoints)).toBe(
          Math.min(pooled, c(totalCap ?? Infinity)),
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

  it('adding an event never lowers a sum, count or distinct metric (only a ratio denominator may)', () => {
    fc.assert(
      fc.property(scenarioArb, eventArb, (s, extra) => {
        const before = evaluate(s);
        const after = evaluate(s, [...s.events, withId(extra, 'extra')]);
        const previous = new Map(before.metrics.map(m => [slotKey(m), m]));
        for (const m of after.metrics) {
          const def = metricDef(s.program, m.id);
          const old = previous.get(slotKey(m))!;
          if (
            def.aggregation === 'ratio' &&
            def.denominator.events.includes(extra.type)
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

  it('the tier is the highest whose threshold and requirements hold; never Pinnacle without invitation', () => {
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

  it("simulating an action's example event raises the total by its estimatedPoints", () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const standing = evaluate(s);
        const ids = standing.actions.map(a => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (let i = 1; i < standing.actions.length; i++) {
          const [a, b] = [standing.actions[i - 1], standing.actions[i]];
          expect(
            a.estimatedPoints > b.estimatedPoints ||
              (a.estimatedPoints === b.estimatedPoints && a.id < b.id),
          ).toBe(true);
        }
        for (const action of standing.actions) {
          expect(action.estimatedPoints).toBeGreaterThan(0);
          const result = simulateStanding({
            program: s.program,
            partner: s.partner,
            events: s.events,
            hypotheticalEvents: [action.exampleEvent],
            asOf: s.asOf,
          });
          expect({
            action: action.id,
            gain: c(result.delta.totalPoints),
          }).toEqual({ action: action.id, gain: c(action.estimatedPoints) });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('expiring: each day listed is what evaluating at its end (no new events) gives, and no drop is missed', () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        const standing = evaluate(s);
        const known = s.events.filter(
          e => Date.parse(e.occurredAt) <= s.asOfMs,
        );
        const totalAt = (ms: number) =>
          evaluate(s, known, new Date(ms).toISOString()).totalPoints;
        const firstDay = Math.floor(s.asOfMs / DAY) * DAY;
        const lastDay = firstDay + 90 * DAY;
        const endOf = (day: number) => day + DAY - 1;
        // the moment the previous day ended (or asOf, for asOf's own day)
        const before = (day: number) => Math.max(s.asOfMs, day - 1);
        let previous = firstDay - DAY;
        for (const entry of standing.expiring) {
          expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const day = Date.parse(entry.date);
          expect(day).toBeGreaterThan(previous);
          expect(day).toBeLessThanOrEqual(lastDay);
          previous = day;
          const then = evaluate(s, known, new Date(endOf(day)).toISOString());
          expect([then.totalPoints, then.tier]).toEqual([
            entry.resultingTotalPoints,
            entry.resultingTier,
          ]);
          expect(c(totalAt(before(day))) - c(then.totalPoints)).toBe(
            c(entry.points),
          );
          expect(entry.points).toBeGreaterThan(0);
          expect(entry.metricIds.length).toBeGreaterThan(0);
        }
        // Every day on which some event leaves some window and the total
        // drops must be reported.
        const reported = new Set(standing.expiring.map(e => e.date));
        const days = new Set<number>();
        for (const e of known) {
          for (const m of s.program.metrics) {
            const t = Date.parse(e.occurredAt) + m.windowDays * DAY;
            if (t > s.asOfMs && t <= endOf(lastDay)) {
              days.add(Math.floor(t / DAY) * DAY);
            }
          }
        }
        const drops = [...days]
          .filter(day => totalAt(endOf(day)) < totalAt(before(day)))
          .map(day => new Date(day).toISOString().slice(0, 10));
        expect(drops.filter(d => !reported.has(d))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('events before admission, and events of other partners, count for nothing', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(eventArb, { maxLength: 5 }),
        (s, others) => {
          const foreign = others.map((e, i) =>
            withId({ ...e, partnerId: 'someone-else' }, `x${i}`),
          );
          expect(evaluate(s, [...s.events, ...foreign])).toEqual(evaluate(s));
          const admitted =
            s.partner.admittedAt === undefined
              ? -Infinity
              : Date.parse(String(s.partner.admittedAt));
          const after = s.events.filter(
            e => Date.parse(e.occurredAt) >= admitted,
          );
          expect(evaluate(s, after)).toEqual(evaluate(s));
        },
      ),
      RUNS,
    );
  });

  it('accepts events whose occurredAt is not in canonical form', () => {
    fc.assert(
      fc.property(scenarioArb, s => {
        // Same instants written with a +02:00 offset and no milliseconds.
        const rewritten = s.events.map(e => {
          const ms = Date.parse(e.occurredAt);
          if (ms % 1000 !== 0) {
            return e;
          }
          const local = new Date(ms + 2 * 3_600_000).toISOString();
          return { ...e, occurredAt: `${local.slice(0, 19)}+02:00` };
        });
        expect(evaluate(s, rewritten)).toEqual(evaluate(s));
      }),
      { numRuns: 50 },
    );
  });
});
