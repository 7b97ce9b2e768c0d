/*
 * The plan to the next tier: worked examples (the properties in
 * properties.test.ts check every plan against simulateStanding).
 */
import { PerformanceEvent, planNextTier, programs, simulateStanding } from '.';
import { AS_OF, event, partner } from './__testUtils__/builders';

const program2023 = programs.find(p => p.version === '2023.1')!;
const program2024 = programs.find(p => p.version === '2024.1')!;
const reseller = partner(['solution-reseller']);

describe('planNextTier', () => {
  it('a new reseller reaches Select (100 points, 20 of them capability) in three steps, each adding what it says', () => {
    const asOf = '2024-06-01T00:00:00.000Z';
    const plan = planNextTier({
      program: program2024,
      partner: reseller,
      events: [],
      asOf,
    });
    expect(plan).toMatchObject({
      fromTier: 'community',
      totalPoints: 0,
      targetTier: 'select',
      reachable: true,
      minimal: true,
      blockedBy: [],
    });
    // 1. a $250k strategy-play deal: bookings 27.5 (the per-deal cap of
    //    $250k of $1M × 110), a new customer 4 (1 of 10 × 40), the strategy
    //    play 25 (1 of 2 × 50) = 56.5;
    // 2. a specialization: 30 (1 of 2 × 60), the capability Select needs;
    // 3. $150k of influence: 18.75 (of $400k × 50) — 105.25 ≥ 100.
    expect(
      plan.steps.map(s => [s.action.id, s.points, s.totalPoints, s.tier]),
    ).toEqual([
      ['close-strategy-deal:solution-reseller', 56.5, 56.5, 'community'],
      ['earn-specialization', 30, 86.5, 'community'],
      ['co-sell-vendor-deal:solution-reseller', 18.75, 105.25, 'select'],
    ]);
    expect(plan.steps[1].action).toMatchObject({
      title: 'Earn a solution specialization: Cloud-native applications',
      catalogEntry: { id: 'cloud-native-apps' },
      requirements: [
        {
          tier: 'select',
          requirementId: 'capability-floor',
          before: 0,
          after: 30,
          required: 20,
        },
      ],
    });
    // Simulating the steps' events together gives the plan's end.
    const result = simulateStanding({
      program: program2024,
      partner: reseller,
      events: [],
      hypotheticalEvents: plan.steps.map(s => s.action.exampleEvent),
      asOf,
    });
    expect([result.standing.totalPoints, result.standing.tier]).toEqual([
      105.25,
      'select',
    ]);
  });

  it('takes first the step a Customer Success path needs: influence on a vendor-led deal, then the specialization', () => {
    // 2024.1, an invited reseller and cloud provider with 880 points — per
    // model registrations 40, bookings 110, customers 40, renewals 80,
    // upsell 60, retained customers 10 (2 of 8), and capability 200
    // (certifications 80, competencies 60, specializations 60): Pinnacle
    // needs 250 capability points. Ten Ignite courses (+5 each) would do it;
    // the Customer Success specialization (+60) in two steps: its
    // collaborate option needs a vendor-led deal influenced first
    // ($150k of $400k × 50 = 18.75 points on the way).
    const asOf = '2024-06-01T00:00:00.000Z';
    const at = (ago: number) =>
      new Date(Date.parse(asOf) - ago * 86_400_000).toISOString();
    const on = (
      type: PerformanceEvent['type'],
      ago: number,
      fields: Partial<PerformanceEvent> = {},
    ) => ({ ...event(type, 0, fields), occurredAt: at(ago) });
    const maxed = (model: 'solution-reseller' | 'cloud-solution-provider') => [
      ...Array.from({ length: 24 }, (_, i) =>
        on('opportunity_registered', 30 + i, { businessModel: model }),
      ),
      // influence older than 12 months: the collaborate option lacks it
      on('deal_influenced', 400, { amount: 200000, businessModel: model }),
      ...Array.from({ length: 10 }, (_, i) =>
        on('deal_won', 60 + i, {
          amount: 100000,
          customerId: `${model}-c${i}`,
          businessModel: model,
        }),
      ),
      on('renewal_booked', 70, {
        amount: 400000,
        customerId: `${model}-c1`,
        businessModel: model,
      }),
      on('upsell_booked', 80, {
        amount: 250000,
        customerId: `${model}-c2`,
        businessModel: model,
      }),
    ];
    const events = [
      ...maxed('solution-reseller'),
      ...maxed('cloud-solution-provider'),
      on('certification_earned', 100, {
        quantity: 20,
        attributes: { certification: 'x' },
      }),
      ...[
        'cloud-infrastructure',
        'app-modernization',
        'networking-security',
      ].map(competency =>
        on('competency_earned', 100, { attributes: { competency } }),
      ),
      ...['cloud-native-apps', 'digital-workspace'].map(specialization =>
        on('specialization_earned', 100, { attributes: { specialization } }),
      ),
    ];
    const invited = partner(['solution-reseller', 'cloud-solution-provider'], {
      pinnacleInvited: true,
    });
    const plan = planNextTier({
      program: program2024,
      partner: invited,
      events,
      asOf,
    });
    expect(plan).toMatchObject({
      fromTier: 'principal',
      totalPoints: 880,
      targetTier: 'pinnacle',
      minimal: true,
    });
    expect(plan.steps.map(s => [s.action.id, s.totalPoints, s.tier])).toEqual([
      ['co-sell-vendor-deal:solution-reseller', 898.75, 'principal'],
      ['customer-success-collaborate', 958.75, 'pinnacle'],
    ]);
    expect(plan.steps[1].action.requirements).toEqual([
      expect.objectContaining({
        requirementId: 'capability-floor',
        before: 200,
        after: 260,
      }),
    ]);
  });

  it('respects the per-model cap: actions that add nothing past it are not steps', () => {
    const csp = partner(['cloud-solution-provider']);
    // 2023.1: $750k consumption (130) and 12 managed-service customers (60)
    // for the cloud provider, plus bookings of $1M (130) and renewals (100)
    // and upsell (70) and registrations (50) and influence (60) and
    // customers (50) and adoption (80): 730, counted 650.
    const events: PerformanceEvent[] = [
      event('consumption_reported', 10, { amount: 750000 }),
      ...Array.from({ length: 12 }, (_, i) =>
        event('managed_service_month', 10, { customerId: `m${i}` }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        event('deal_won', 20, { amount: 100000, customerId: `c${i}` }),
      ),
      event('renewal_booked', 20, { amount: 400000 }),
      event('upsell_booked', 20, { amount: 250000 }),
      ...Array.from({ length: 24 }, () => event('opportunity_registered', 20)),
      event('deal_influenced', 20, { amount: 250000 }),
      event('deal_influenced', 21, { amount: 150000 }),
      event('licenses_purchased', 30, { quantity: 100 }),
      event('licenses_deployed', 20, { quantity: 80 }),
    ];
    const plan = planNextTier({
      program: program2023,
      partner: csp,
      events,
      asOf: AS_OF,
    });
    // 650 points, no capability: Community; Select needs 20 capability
    // points, and no per-model action can add a point.
    expect(plan).toMatchObject({
      fromTier: 'community',
      totalPoints: 650,
      reachable: true,
      minimal: true,
    });
    // one step: a competency, 20 capability points (1 of 3 × 60), shared,
    // outside the per-model cap: 670
    expect(
      plan.steps.map(s => [
        s.action.id,
        s.action.businessModel,
        s.totalPoints,
        s.tier,
      ]),
    ).toEqual([['earn-competency', undefined, 670, 'select']]);
  });

  it('cannot reach Pinnacle without an invitation, and says so', () => {
    const events: PerformanceEvent[] = [];
    const plan = planNextTier({
      program: program2023,
      partner: partner(['solution-reseller']),
      events,
      asOf: AS_OF,
    });
    expect(plan.targetTier).toBe('select');
    const principal = planNextTier({
      program: {
        ...program2023,
        // a program whose only tier above community is by invitation
        tiers: [program2023.tiers[0], program2023.tiers[4]],
      },
      partner: reseller,
      events,
      asOf: AS_OF,
    });
    expect(principal).toMatchObject({
      targetTier: 'pinnacle',
      reachable: false,
      steps: [],
      blockedBy: [
        {
          id: 'invitation',
          type: 'invitation',
          description:
            'An invitation from the vendor (Pinnacle is by invitation only)',
        },
      ],
    });
  });

  it('has nothing to plan at the top tier', () => {
    const plan = planNextTier({
      program: {
        ...program2023,
        tiers: [program2023.tiers[0]],
      },
      partner: reseller,
      events: [],
      asOf: AS_OF,
    });
    expect(plan).toMatchObject({
      fromTier: 'community',
      targetTier: null,
      reachable: true,
      steps: [],
    });
  });
});
