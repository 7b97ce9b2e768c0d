/*
 * Worked examples of the program rules, written so that a program manager
 * can check them against the definition (program/2023.1.yaml unless a row
 * says otherwise). Every figure here is computed by hand from the YAML.
 */
import {
  BusinessModelId,
  PartnerProfile,
  PerformanceEvent,
  Program,
  evaluateStanding,
  parseProgram,
  programs,
  simulateStanding,
} from '.';
import { shippedProgramSources } from './program/shipped.generated';
import {
  AS_OF,
  PARTNER,
  daysAfter,
  event,
  partner,
} from './__testUtils__/builders';

const [program2022, program2023] = programs;

const reseller = partner(['solution-reseller']);

function standingOf(
  p: PartnerProfile,
  events: PerformanceEvent[],
  program: Program = program2023,
  asOf: string = AS_OF,
) {
  return evaluateStanding({ program, partner: p, events, asOf });
}

/** Points of a metric (of a business model, for per-model metrics). */
function pointsOf(
  standing: ReturnType<typeof standingOf>,
  metricId: string,
  businessModel?: BusinessModelId,
): number {
  const metric = standing.metrics.find(
    m =>
      m.id === metricId &&
      (businessModel === undefined || m.businessModel === businessModel),
  );
  if (!metric) {
    throw new Error(`no metric ${metricId} ${businessModel ?? ''}`);
  }
  return metric.points;
}

/** A reseller that reaches every target of 2023.1: 940 points. */
function maxedReseller(): PerformanceEvent[] {
  const events: PerformanceEvent[] = [];
  for (let i = 0; i < 24; i++) {
    events.push(event('opportunity_registered', 30 + i, { amount: 50000 }));
  }
  events.push(event('deal_influenced', 40, { amount: 200000 }));
  events.push(event('deal_influenced', 50, { amount: 200000 }));
  for (let i = 0; i < 10; i++) {
    events.push(
      event('deal_won', 60 + i, { amount: 100000, customerId: `c${i}` }),
    );
  }
  events.push(event('licenses_purchased', 100, { quantity: 100 }));
  events.push(event('licenses_deployed', 90, { quantity: 80 }));
  events.push(event('renewal_booked', 70, { amount: 400000 }));
  events.push(event('upsell_booked', 80, { amount: 250000 }));
  for (const playId of ['multi-cloud-transformation', 'zero-trust-security']) {
    events.push(
      event('play_executed', 100, { attributes: { play: 'strategy', playId } }),
    );
  }
  for (const playId of [
    'kubernetes-quickstart',
    'vdi-refresh',
    'backup-to-cloud',
    'edge-starter',
  ]) {
    events.push(
      event('play_executed', 100, { attributes: { play: 'velocity', playId } }),
    );
  }
  events.push(
    event('certification_earned', 200, {
      quantity: 20,
      attributes: { certification: 'cloud-infrastructure-professional' },
    }),
  );
  for (const competency of ['a', 'b', 'c']) {
    events.push(
      event('competency_earned', 300, { attributes: { competency } }),
    );
  }
  events.push(
    event('specialization_earned', 400, {
      attributes: {
        specialization: 'partner-led-customer-success',
        option: 'resell',
      },
    }),
  );
  events.push(
    event('specialization_earned', 400, {
      attributes: { specialization: 'cloud-native-apps' },
    }),
  );
  for (let i = 0; i < 12; i++) {
    events.push(
      event('ignite_course_completed', 20, {
        attributes: { courseId: `course-${i}` },
      }),
    );
  }
  return events;
}

interface Example {
  example: string;
  partner?: PartnerProfile;
  program?: Program;
  events: PerformanceEvent[];
  /** metric id (or `metric@model`) → points */
  metrics?: Record<string, number>;
  total?: number;
  tier?: string;
}

const examples: Example[] = [
  {
    example:
      'a reseller with 3 won deals of $40k with 3 customers in the last 12 months earns 15.6 bookings points ($120k of $1M × 130) and 15 customer points (3 of 10 × 50)',
    events: [
      event('deal_won', 30, { amount: 40000, customerId: 'acme' }),
      event('deal_won', 100, { amount: 40000, customerId: 'globex' }),
      event('deal_won', 300, { amount: 40000, customerId: 'initech' }),
    ],
    metrics: { bookings: 15.6, 'new-customers': 5 * 3 },
    total: 30.6,
    tier: 'community',
  },
  {
    example:
      'the same ledger under the 2022.1 rules, where bookings were worth 150: 18 + 15',
    program: program2022,
    events: [
      event('deal_won', 30, { amount: 40000, customerId: 'acme' }),
      event('deal_won', 100, { amount: 40000, customerId: 'globex' }),
      event('deal_won', 300, { amount: 40000, customerId: 'initech' }),
    ],
    metrics: { bookings: 18, 'new-customers': 15 },
    total: 33,
  },
  {
    example: 'a single $400k deal counts as $250k (per-deal cap): 32.5 + 5',
    events: [event('deal_won', 10, { amount: 400000, customerId: 'acme' })],
    metrics: { bookings: 32.5, 'new-customers': 5 },
    total: 37.5,
  },
  {
    example: 'a deal won 13 months ago counts for nothing (12-month window)',
    events: [event('deal_won', 396, { amount: 40000, customerId: 'acme' })],
    metrics: { bookings: 0, 'new-customers': 0 },
    total: 0,
  },
  {
    example: 'a deal dated after the evaluation date counts for nothing',
    events: [event('deal_won', -1, { amount: 40000, customerId: 'acme' })],
    total: 0,
  },
  {
    example: 'two deals with the same customer count as one customer',
    events: [
      event('deal_won', 10, { amount: 40000, customerId: 'acme' }),
      event('deal_won', 20, { amount: 40000, customerId: 'acme' }),
    ],
    metrics: { bookings: 10.4, 'new-customers': 5 },
  },
  {
    example:
      'licence adoption: 40 of 100 purchased licences deployed is 0.4 of the 0.8 target, 40 of 80 points',
    events: [
      event('licenses_purchased', 200, { quantity: 100 }),
      event('licenses_deployed', 100, { quantity: 40 }),
    ],
    metrics: { 'license-adoption': 40 },
  },
  {
    example:
      'licences deployed with no purchase in the window give no adoption points',
    events: [
      event('licenses_purchased', 400, { quantity: 100 }),
      event('licenses_deployed', 100, { quantity: 90 }),
    ],
    metrics: { 'license-adoption': 0 },
  },
  {
    example:
      'the same strategy play executed twice counts once: 1 of 2 plays, 25 of 50 points',
    events: [
      event('play_executed', 10, {
        attributes: { play: 'strategy', playId: 'zero-trust-security' },
      }),
      event('play_executed', 20, {
        attributes: { play: 'strategy', playId: 'zero-trust-security' },
      }),
      event('play_executed', 20, {
        attributes: { play: 'velocity', playId: 'vdi-refresh' },
      }),
    ],
    metrics: { 'strategy-plays': 25, 'velocity-plays': 7.5 },
  },
  {
    example:
      'the Partner-Led Customer Success specialization (resell option) earns 60 points plus 30 as one of 2 specializations',
    events: [
      event('specialization_earned', 500, {
        attributes: {
          specialization: 'partner-led-customer-success',
          option: 'resell',
        },
      }),
    ],
    metrics: { 'customer-success-specialization': 60, specializations: 30 },
    total: 90,
  },
  {
    example:
      'certifications count people: 3 people certified 20 months ago are 3 of 20, 12 of 80 points (2-year window)',
    events: [
      event('certification_earned', 600, {
        quantity: 3,
        attributes: { certification: 'x' },
      }),
    ],
    metrics: { certifications: 12 },
  },
  {
    example: 'events before the partner was admitted count for nothing',
    partner: partner(['solution-reseller'], {
      admittedAt: '2023-06-01T00:00:00Z',
    }),
    events: [
      event('deal_won', 300, { amount: 40000, customerId: 'acme' }),
      event('deal_won', 100, { amount: 40000, customerId: 'globex' }),
    ],
    metrics: { bookings: 5.2, 'new-customers': 5 },
  },
  {
    example:
      "events without a business model go to the partner's first model the metric applies to",
    partner: partner(['solution-services', 'cloud-solution-provider']),
    events: [
      event('deal_won', 10, { amount: 100000, customerId: 'acme' }),
      event('consumption_reported', 10, { amount: 75000 }),
    ],
    metrics: {
      'bookings@solution-services': 13,
      'bookings@cloud-solution-provider': 0,
      'consumption@cloud-solution-provider': 13,
    },
  },
  {
    example:
      'events of a business model the partner does not run count for nothing',
    events: [
      event('deal_won', 10, {
        amount: 100000,
        customerId: 'acme',
        businessModel: 'solution-services',
      }),
    ],
    total: 0,
  },
  {
    example:
      'a partner running two models earns in each and pools: 120 (400 service days) + 130 ($750k consumption) = 250',
    partner: partner(['solution-services', 'cloud-solution-provider']),
    events: [
      event('service_days_delivered', 50, {
        quantity: 400,
        businessModel: 'solution-services',
      }),
      event('consumption_reported', 50, {
        amount: 750000,
        businessModel: 'cloud-solution-provider',
      }),
    ],
    metrics: {
      'service-days@solution-services': 120,
      'consumption@cloud-solution-provider': 130,
    },
    total: 250,
  },
  {
    example:
      'a reseller reaching every target earns 540 for the model + 400 shared = 940, Principal without an invitation',
    events: maxedReseller(),
    total: 940,
    tier: 'principal',
  },
  {
    example: 'the same reseller with an invitation is Pinnacle',
    partner: partner(['solution-reseller'], { pinnacleInvited: true }),
    events: maxedReseller(),
    total: 940,
    tier: 'pinnacle',
  },
];

describe('worked examples (program 2023.1 unless stated)', () => {
  it.each(examples.map(e => [e.example, e] as const))('%s', (_, example) => {
    const standing = standingOf(
      example.partner ?? reseller,
      example.events,
      example.program,
    );
    for (const [key, points] of Object.entries(example.metrics ?? {})) {
      const [metricId, model] = key.split('@');
      expect({
        metric: key,
        points: pointsOf(standing, metricId, model as BusinessModelId),
      }).toEqual({ metric: key, points });
    }
    expect({ total: standing.totalPoints, tier: standing.tier }).toEqual({
      total: example.total ?? standing.totalPoints,
      tier: example.tier ?? standing.tier,
    });
  });
});

describe('explanations', () => {
  it('each of three $40k deals earns a third of the bookings points', () => {
    const standing = standingOf(reseller, [
      event('deal_won', 30, { id: 'd1', amount: 40000, customerId: 'a' }),
      event('deal_won', 60, { id: 'd2', amount: 40000, customerId: 'b' }),
      event('deal_won', 90, { id: 'd3', amount: 40000, customerId: 'c' }),
    ]);
    const bookings = standing.metrics.find(m => m.id === 'bookings')!;
    expect(bookings).toMatchObject({
      businessModel: 'solution-reseller',
      value: 120000,
      target: 1000000,
      unit: 'USD',
      points: 15.6,
      maxPoints: 130,
      // oldest first, so that the order of the ledger does not matter
      contributions: [
        { eventId: 'd3', points: 5.2 },
        { eventId: 'd2', points: 5.2 },
        { eventId: 'd1', points: 5.2 },
      ],
    });
  });

  it('rounding leftovers go to events so that contributions add up exactly', () => {
    const standing = standingOf(reseller, [
      event('opportunity_registered', 1, { id: 'o1' }),
      event('opportunity_registered', 2, { id: 'o2' }),
      event('opportunity_registered', 3, { id: 'o3' }),
    ]);
    // 3 of 24 registrations × 50 = 6.25 points, shared oldest first as
    // round(6.25 × 1/3) = 2.08, round(6.25 × 2/3) − 2.08 = 2.09, 6.25 − 4.17 = 2.08
    const metric = standing.metrics.find(
      m => m.id === 'registered-opportunities',
    )!;
    expect(metric.points).toBe(6.25);
    expect(metric.contributions).toEqual([
      { eventId: 'o3', points: 2.08 },
      { eventId: 'o2', points: 2.09 },
      { eventId: 'o1', points: 2.08 },
    ]);
  });

  it('a distinct count credits the most recent event of each customer', () => {
    const standing = standingOf(reseller, [
      event('deal_won', 100, { id: 'old', amount: 1000, customerId: 'acme' }),
      event('deal_won', 10, { id: 'new', amount: 1000, customerId: 'acme' }),
    ]);
    expect(
      standing.metrics.find(m => m.id === 'new-customers')!.contributions,
    ).toEqual([{ eventId: 'new', points: 5 }]);
  });
});

describe('robustness', () => {
  it('ignores events it cannot read instead of failing, and reads Date timestamps', () => {
    const good = event('deal_won', 10, { amount: 40000, customerId: 'a' });
    const unreadable = [
      { ...good, id: 'no-type', type: undefined },
      { ...good, id: 'odd-type', type: 'deal_lost' },
      { ...good, id: 'no-date', occurredAt: undefined },
      // not canonical, so parsed strictly (canonical strings, as parseEvent
      // returns them, are trusted as they are)
      { ...good, id: 'bad-date', occurredAt: '2023-02-30T00:00:00Z' },
      { ...good, id: 'garbage', occurredAt: 'yesterday' },
      { ...good, id: 'invalid-date', occurredAt: new Date(NaN) },
    ] as unknown as PerformanceEvent[];
    const asDate = {
      ...good,
      id: 'as-date',
      occurredAt: new Date(Date.parse(good.occurredAt)),
    } as unknown as PerformanceEvent;
    const standing = standingOf(reseller, [good, ...unreadable, asDate]);
    // the same instant: ordered by id
    expect(
      standing.metrics.find(m => m.id === 'bookings')!.contributions,
    ).toEqual([
      { eventId: 'as-date', points: 5.2 },
      { eventId: good.id, points: 5.2 },
    ]);
  });
});

describe('tiers', () => {
  it('124.5 points with only 12 capability points stays Community: Select needs 8 more capability points', () => {
    const standing = standingOf(reseller, [
      event('deal_won', 10, { amount: 250000, customerId: 'a' }),
      event('deal_won', 10, { amount: 250000, customerId: 'b' }),
      event('deal_won', 10, { amount: 250000, customerId: 'c' }),
      event('certification_earned', 10, {
        quantity: 3,
        attributes: { certification: 'x' },
      }),
    ]);
    // bookings 97.5 + customers 15 + certifications 12
    expect(standing.totalPoints).toBe(124.5);
    expect(standing.tier).toBe('community');
    expect(standing.nextTier).toEqual({
      tier: 'select',
      tierName: 'Select',
      threshold: 100,
      pointsNeeded: 0,
      unmetRequirements: [
        {
          id: 'capability-floor',
          type: 'pillar-kind-points',
          description:
            'At least 20 points from capabilities and Ignite enablement (you have 12 of 20 points)',
          current: 12,
          required: 20,
        },
      ],
    });
    expect(standing.benefits.map(b => b.id)).toEqual([
      'portal-access',
      'ignite-foundations',
      'sandbox-credits',
    ]);
  });

  it('a Principal partner over the Pinnacle threshold is told it only needs the invitation', () => {
    const standing = standingOf(reseller, maxedReseller());
    expect(standing.tier).toBe('principal');
    expect(standing.nextTier).toMatchObject({
      tier: 'pinnacle',
      pointsNeeded: 0,
      unmetRequirements: [
        {
          id: 'invitation',
          type: 'invitation',
          description:
            'An invitation from the vendor (Pinnacle is by invitation only)',
        },
      ],
    });
  });

  it('at Pinnacle there is no next tier, and the benefits are Pinnacle benefits', () => {
    const standing = standingOf(
      partner(['solution-reseller'], { pinnacleInvited: true }),
      maxedReseller(),
    );
    expect(standing.nextTier).toBeNull();
    expect(standing.benefits.find(b => b.id === 'discount')?.value).toBe(20);
  });
});

describe('pooling', () => {
  it('a model counts at most 650 points (per-model cap) and the total at most 1000', () => {
    const csp: BusinessModelId = 'cloud-solution-provider';
    const events = [
      ...maxedReseller().map(e => ({ ...e, businessModel: csp })),
      event('consumption_reported', 10, { amount: 750000, businessModel: csp }),
      ...Array.from({ length: 12 }, (_, i) =>
        event('managed_service_month', 10, {
          customerId: `m${i}`,
          businessModel: csp,
        }),
      ),
    ];
    const standing = standingOf(partner([csp]), events);
    // 540 + 130 consumption + 60 managed services = 730 earned, 650 counted
    expect(standing.pooling.earnedByBusinessModel[csp]).toBe(730);
    expect(standing.pointsByBusinessModel[csp]).toBe(650);
    expect(standing.pooling.sharedPoints).toBe(400);
    expect(standing.pooling.beforeTotalCap).toBe(1050);
    expect(standing.totalPoints).toBe(1000);
  });
});

describe('next-best actions', () => {
  it('are ranked by the tier they reach, then the exact points they would add, each with a ready-to-simulate event', () => {
    const standing = standingOf(reseller, [
      event('deal_won', 30, { amount: 40000, customerId: 'acme' }),
    ]);
    // The Customer Success specialization adds 60 + 30 and reaches Select
    // (10.2 + 90 = 100.2, capability 90 ≥ 20): the three options tie,
    // ordered by id.
    expect(
      standing.actions
        .slice(0, 3)
        .map(a => [a.id, a.estimatedPoints, a.resultingTier]),
    ).toEqual([
      ['customer-success-build', 90, 'select'],
      ['customer-success-collaborate', 90, 'select'],
      ['customer-success-resell', 90, 'select'],
    ]);
    expect(standing.actions[0]).toEqual({
      id: 'customer-success-build',
      actionId: 'customer-success-build',
      metricId: 'customer-success-specialization',
      title: 'Customer Success specialization: build your own',
      description:
        'Qualify with your own package of customer-success services and tools.',
      link: {
        kind: 'lab',
        ref: 'playbook:partner-led-customer-success',
        label: 'Partner-led customer success playbook',
      },
      estimatedPoints: 90,
      exampleEvent: {
        id: 'example:customer-success-build',
        partnerId: PARTNER,
        type: 'specialization_earned',
        occurredAt: AS_OF,
        attributes: {
          specialization: 'partner-led-customer-success',
          option: 'build',
        },
      },
      resultingTotalPoints: 100.2,
      resultingTier: 'select',
      resultingTierName: 'Select',
      metrics: [
        { metricId: 'specializations', before: 0, after: 30, delta: 30 },
        {
          metricId: 'customer-success-specialization',
          before: 0,
          after: 60,
          delta: 60,
        },
      ],
      requirements: [
        {
          tier: 'select',
          requirementId: 'capability-floor',
          type: 'pillar-kind-points',
          description:
            'At least 20 points from capabilities and Ignite enablement (you have 0 of 20 points)',
          before: 0,
          after: 90,
          required: 20,
        },
      ],
    });
    // Within a tier reached, by points.
    const select = standing.actions.filter(a => a.resultingTier === 'select');
    const community = standing.actions.filter(
      a => a.resultingTier === 'community',
    );
    expect(standing.actions).toEqual([...select, ...community]);
    const estimates = community.map(a => a.estimatedPoints);
    expect(estimates).toEqual([...estimates].sort((a, b) => b - a));
  });

  it('doing the top action raises the total by exactly its estimate', () => {
    const events = [event('deal_won', 30, { amount: 40000, customerId: 'a' })];
    const standing = standingOf(reseller, events);
    const top = standing.actions[0];
    const result = simulateStanding({
      program: program2023,
      partner: reseller,
      events,
      hypotheticalEvents: [top.exampleEvent],
      asOf: AS_OF,
    });
    expect(result.delta.totalPoints).toBe(top.estimatedPoints);
    expect(result.delta.metrics).toEqual([
      {
        metricId: 'specializations',
        before: 0,
        after: 30,
        delta: 30,
      },
      {
        metricId: 'customer-success-specialization',
        before: 0,
        after: 60,
        delta: 60,
      },
    ]);
  });

  it('estimates count a deal above the per-deal cap at the cap', () => {
    const definition = structuredClone(
      shippedProgramSources[1].definition,
    ) as any;
    definition.actions.find(
      (a: any) => a.id === 'close-strategy-deal',
    ).example.amount = 400000;
    const standing = standingOf(reseller, [], parseProgram(definition));
    // $400k counts as $250k: 32.5 bookings points + 5 for the new customer
    expect(
      standing.actions.find(a => a.actionId === 'close-strategy-deal')
        ?.estimatedPoints,
    ).toBe(37.5);
  });

  it('leave out actions that would earn nothing (metric already at target)', () => {
    const standing = standingOf(reseller, maxedReseller());
    expect(standing.actions).toEqual([]);
  });

  it('per-model actions name the model when the partner runs several', () => {
    const standing = standingOf(
      partner(['solution-reseller', 'solution-services']),
      [],
    );
    const renewals = standing.actions.filter(
      a => a.actionId === 'book-renewal',
    );
    expect(
      renewals.map(a => [a.id, a.title, a.exampleEvent.businessModel]),
    ).toEqual([
      [
        'book-renewal:solution-reseller',
        'Secure an upcoming renewal (Solution Reseller)',
        'solution-reseller',
      ],
      [
        'book-renewal:solution-services',
        'Secure an upcoming renewal (Solution Services)',
        'solution-services',
      ],
    ]);
  });
});

describe('expiring points', () => {
  it('warns that certifications and then adoption leave their windows, and the tier that results', () => {
    const events = maxedReseller().map(e => {
      if (e.type === 'certification_earned') {
        return { ...e, occurredAt: event(e.type, 700).occurredAt }; // 730-day window: leaves in 30 days
      }
      if (e.type === 'licenses_purchased') {
        return { ...e, occurredAt: event(e.type, 300).occurredAt }; // 365-day window: leaves in 65 days
      }
      return e;
    });
    const invited = partner(['solution-reseller'], { pinnacleInvited: true });
    const standing = standingOf(invited, events);
    expect(standing.tier).toBe('pinnacle');
    const certification = events.find(e => e.type === 'certification_earned')!;
    const purchase = events.find(e => e.type === 'licenses_purchased')!;
    expect(standing.expiring).toEqual([
      {
        date: daysAfter(30).slice(0, 10), // 2023-12-31
        points: 80,
        metricIds: ['certifications'],
        resultingTotalPoints: 860,
        resultingTier: 'principal', // capability 240 < 250
        resultingTierName: 'Principal',
        causes: [{ type: 'window', id: certification.id }],
      },
      {
        date: daysAfter(65).slice(0, 10), // 2024-02-04
        points: 80,
        metricIds: ['license-adoption'],
        resultingTotalPoints: 780,
        resultingTier: 'principal',
        resultingTierName: 'Principal',
        causes: [{ type: 'window', id: purchase.id }],
      },
    ]);
    // The forecast is what evaluating on that date would say.
    const later = standingOf(invited, events, program2023, daysAfter(30));
    expect([later.totalPoints, later.tier]).toEqual([860, 'principal']);
  });

  it('adds up what leaves on the same day', () => {
    const standing = standingOf(reseller, [
      event('deal_won', 300, { id: 'deal', amount: 40000, customerId: 'a' }), // leaves in 65 days
      event('renewal_booked', 300, { id: 'renewal', amount: 40000 }), // the same day
    ]);
    expect(standing.expiring).toEqual([
      {
        date: '2024-02-04',
        points: 20.2, // bookings 5.2 + customers 5 + renewals 10
        metricIds: ['bookings', 'new-customers', 'renewals'],
        resultingTotalPoints: 0,
        resultingTier: 'community',
        resultingTierName: 'Community',
        causes: [
          { type: 'window', id: 'deal' },
          { type: 'window', id: 'renewal' },
        ],
      },
    ]);
  });

  it("covers asOf's day and the 90 days after it", () => {
    const standing = standingOf(reseller, [
      event('renewal_booked', 365 - 90, { amount: 40000 }), // leaves on day 90
      event('upsell_booked', 365 - 91, { amount: 25000 }), // leaves on day 91
    ]);
    expect(standing.expiring.map(e => [e.date, e.metricIds])).toEqual([
      [daysAfter(90).slice(0, 10), ['renewals']],
    ]);
  });

  it('ignores points leaving after 90 days', () => {
    const standing = standingOf(reseller, [
      event('deal_won', 200, { amount: 40000, customerId: 'acme' }), // leaves in 165 days
    ]);
    expect(standing.expiring).toEqual([]);
  });
});
