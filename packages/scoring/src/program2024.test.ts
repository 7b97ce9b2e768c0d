/*
 * Worked examples of the 2024.1 rules (program/2024.1.yaml), each checkable
 * by hand against the YAML and the README: catalogue integrity, deals under
 * a play, adoption per customer, consumption growth, stickiness, the
 * Customer Success paths, reversals and catalogue-aware actions.
 */
import {
  PartnerProfile,
  PerformanceEvent,
  Standing,
  evaluateStanding,
  programs,
} from '.';
import { event, partner } from './__testUtils__/builders';

const program2024 = programs.find(p => p.version === '2024.1')!;
const AS_OF = '2024-06-01T00:00:00.000Z';
const DAY = 86_400_000;
const reseller = partner(['solution-reseller']);
const services = partner(['solution-services']);

/** An event `ago` days before 2024-06-01 (negative: after it). */
function on(
  ago: number,
  type: PerformanceEvent['type'],
  fields: Partial<PerformanceEvent> = {},
): PerformanceEvent {
  return {
    ...event(type, 0, fields),
    occurredAt: new Date(Date.parse(AS_OF) - ago * DAY).toISOString(),
  };
}

function standingOf(p: PartnerProfile, events: PerformanceEvent[]): Standing {
  return evaluateStanding({
    program: program2024,
    partner: p,
    events,
    asOf: AS_OF,
  });
}

function metric(standing: Standing, id: string) {
  const found = standing.metrics.find(m => m.id === id);
  if (!found) {
    throw new Error(`no metric ${id}`);
  }
  return { value: found.value, points: found.points };
}

const dayAfter = (days: number) =>
  new Date(Date.parse(AS_OF) + days * DAY).toISOString().slice(0, 10);

const customerSuccess = (option: string, ago = 100) =>
  on(ago, 'specialization_earned', {
    attributes: { specialization: 'partner-led-customer-success', option },
  });

describe('catalogue integrity (2024.1)', () => {
  it('counts only plays of the catalogue, of the kind the catalogue gives, executed or sold under the play', () => {
    const standing = standingOf(reseller, [
      // the catalogue says zero-trust-security is a strategy play, whatever the event says
      on(10, 'deal_won', {
        id: 'deal',
        amount: 100000,
        customerId: 'acme',
        attributes: { playId: 'zero-trust-security', play: 'velocity' },
      }),
      on(10, 'play_executed', {
        id: 'made-up',
        attributes: { playId: 'not-a-play', play: 'strategy' },
      }),
      on(10, 'play_executed', {
        id: 'executed',
        attributes: { playId: 'multi-cloud-transformation' },
      }),
    ]);
    // 2 of 2 strategy plays: 50 points; nothing for the made-up play
    expect(metric(standing, 'strategy-plays')).toEqual({
      value: 2,
      points: 50,
    });
    expect(metric(standing, 'velocity-plays')).toEqual({
      value: 0,
      points: 0,
    });
    expect(
      standing.metrics.find(m => m.id === 'strategy-plays')!.contributions,
    ).toEqual([
      { eventId: 'deal', points: 25 },
      { eventId: 'executed', points: 25 },
    ]);
  });

  it('a made-up specialization, competency or course earns nothing and meets no gate', () => {
    const standing = standingOf(reseller, [
      on(10, 'specialization_earned', {
        attributes: { specialization: 'made-up' },
      }),
      on(10, 'competency_earned', { attributes: { competency: 'made-up' } }),
      on(10, 'ignite_course_completed', { attributes: { courseId: 'x1' } }),
    ]);
    expect(standing.totalPoints).toBe(0);
    expect(standing.pointsByPillar.specializations).toBe(0);
  });
});

describe('Partner-Led Customer Success paths (2024.1)', () => {
  it.each([
    [
      'resell, without sales of the success package',
      [customerSuccess('resell')],
      0,
    ],
    [
      'resell, with the package sold 300 days ago',
      [
        customerSuccess('resell'),
        on(300, 'deal_won', {
          amount: 20000,
          customerId: 'acme',
          attributes: { product: 'vendor-success-package' },
        }),
      ],
      60,
    ],
    [
      'build, with 19.5 days of own services (20 needed)',
      [
        customerSuccess('build'),
        on(30, 'service_days_delivered', { quantity: 19.5 }),
      ],
      0,
    ],
    [
      'build, with 20 days of own services',
      [
        customerSuccess('build'),
        on(30, 'service_days_delivered', { quantity: 20 }),
      ],
      60,
    ],
    [
      'collaborate, with a vendor-led deal influenced',
      [
        customerSuccess('collaborate'),
        on(30, 'deal_influenced', { amount: 1000 }),
      ],
      60,
    ],
    [
      'an option that does not exist',
      [
        customerSuccess('outsource'),
        on(30, 'deal_influenced', { amount: 1000 }),
      ],
      0,
    ],
  ])('%s: %p points', (_, events, points) => {
    const standing = standingOf(services, events as PerformanceEvent[]);
    expect(metric(standing, 'customer-success-specialization').points).toBe(
      points,
    );
    // never counted again as a generic specialization
    expect(metric(standing, 'specializations').points).toBe(0);
  });

  it('meets Principal’s specialization gate on its own, and is forecast to lapse with its path’s requirement', () => {
    const sale = on(300, 'deal_won', {
      id: 'package-sale',
      amount: 20000,
      customerId: 'acme',
      attributes: { product: 'vendor-success-package' },
    });
    const standing = standingOf(reseller, [customerSuccess('resell'), sale]);
    expect(standing.pointsByPillar.specializations).toBe(60);
    // The sale leaves its 12-month window on day 65: the specialization
    // (60), its bookings ($20k of $1M × 110 = 2.2) and its customer (1 of
    // 10 × 40 = 4) go: 66.2.
    expect(standing.expiring).toEqual([
      expect.objectContaining({
        date: dayAfter(65),
        points: 66.2,
        metricIds: [
          'bookings',
          'new-customers',
          'customer-success-specialization',
        ],
        causes: [{ type: 'window', id: 'package-sale' }],
      }),
    ]);
  });
});

describe('adoption and consumption (2024.1)', () => {
  it('adoption is deployed against purchased for the same customer, each capped at 100 %', () => {
    const standing = standingOf(reseller, [
      on(200, 'licenses_purchased', { customerId: 'a', quantity: 100 }),
      on(100, 'licenses_deployed', { customerId: 'a', quantity: 120 }),
      on(200, 'licenses_purchased', { customerId: 'b', quantity: 100 }),
      on(100, 'licenses_deployed', { customerId: 'b', quantity: 20 }),
      on(100, 'licenses_deployed', { quantity: 50 }), // no customer: nothing
    ]);
    // (min(120, 100) + 20) / 200 = 0.6 of 0.8: 70 × 0.75 = 52.5 points
    expect(metric(standing, 'license-adoption')).toEqual({
      value: 0.6,
      points: 52.5,
    });
    // the action targets the customer with most licences not deployed: b
    // gets 50 more, (100 + 70) / 200 = 0.85: the full 70 points, +17.5
    const action = standing.actions.find(
      a => a.actionId === 'accelerate-deployment',
    )!;
    expect([action.exampleEvent.customerId, action.estimatedPoints]).toEqual([
      'b',
      17.5,
    ]);
  });

  it('consumption growth compares the last 180 days with the 180 before them', () => {
    const standing = standingOf(reseller, [
      on(300, 'consumption_reported', { amount: 60000 }),
      on(200, 'consumption_reported', { amount: 40000 }),
      on(100, 'consumption_reported', { amount: 65000 }),
      on(20, 'consumption_reported', { amount: 50000 }),
    ]);
    // current 65k + 50k = 115k, previous 60k + 40k = 100k: +15 % of the
    // 20 % target, 50 × 0.75 = 37.5; consumption $215k of $600k × 70 = 25.08
    expect(metric(standing, 'consumption-growth')).toEqual({
      value: 0.15,
      points: 37.5,
    });
    expect(metric(standing, 'consumption')).toEqual({
      value: 215000,
      points: 25.08,
    });
    expect(standing.expiring.map(e => [e.date, e.points, e.metricIds])).toEqual(
      [
        // the 60k leaves the previous period: (115 − 40) / 40 ≥ 20 %, +12.5
        [dayAfter(60), -12.5, []],
        // it leaves the 12-month consumption window: $155k, 18.08 (−7)
        [dayAfter(65), 7, ['consumption']],
        // the 65k moves to the previous period: 50k against 105k, growth < 0
        [dayAfter(80), 50, ['consumption-growth']],
      ],
    );
  });
});

describe('stickiness (2024.1)', () => {
  it('renewals and upsell count their value, and once more as retained customers', () => {
    const standing = standingOf(reseller, [
      on(30, 'renewal_booked', { amount: 100000, customerId: 'a' }),
      on(60, 'upsell_booked', { amount: 50000, customerId: 'a' }),
      on(90, 'upsell_booked', { amount: 50000, customerId: 'b' }),
    ]);
    // renewals $100k of $400k × 80 = 20; upsell $100k of $250k × 60 = 24;
    // 2 of 8 retained customers × 40 = 10
    expect(metric(standing, 'renewals').points).toBe(20);
    expect(metric(standing, 'upsell').points).toBe(24);
    expect(metric(standing, 'retained-customers')).toEqual({
      value: 2,
      points: 10,
    });
    expect(standing.pointsByPillar.stickiness).toBe(54);
  });
});

describe('reversals', () => {
  it('a refund removes the points of the event it names from its date on; the standing before it is unchanged', () => {
    const deal = on(30, 'deal_won', {
      id: 'deal',
      amount: 100000,
      customerId: 'acme',
    });
    const refund = on(5, 'event_reversed', {
      id: 'refund',
      attributes: { reversedEventId: 'deal', reason: 'refund' },
    });
    expect(standingOf(reseller, [deal, refund]).totalPoints).toBe(0);
    const before = evaluateStanding({
      program: program2024,
      partner: reseller,
      events: [deal, refund],
      asOf: new Date(Date.parse(refund.occurredAt) - 1).toISOString(),
    });
    // bookings $100k of $1M × 110 = 11, customers 1 of 10 × 40 = 4
    expect(before.totalPoints).toBe(15);
  });

  it('a refund dated after asOf is forecast on its day', () => {
    const deal = on(30, 'deal_won', {
      id: 'deal',
      amount: 100000,
      customerId: 'acme',
    });
    const refund = on(-5, 'event_reversed', {
      id: 'refund',
      attributes: { reversedEventId: 'deal', reason: 'clawback' },
    });
    const standing = standingOf(reseller, [deal, refund]);
    expect(standing.totalPoints).toBe(15);
    expect(standing.expiring).toEqual([
      {
        date: dayAfter(5),
        points: 15,
        metricIds: ['bookings', 'new-customers'],
        resultingTotalPoints: 0,
        resultingTier: 'community',
        resultingTierName: 'Community',
        causes: [{ type: 'reversed', id: 'deal' }],
      },
    ]);
  });
});

describe('catalogue-aware actions (2024.1)', () => {
  it('propose the next catalogue entry the partner does not hold, linked to it', () => {
    const standing = standingOf(reseller, [
      on(10, 'ignite_course_completed', {
        attributes: { courseId: 'ignite-technical-foundations' },
      }),
    ]);
    const course = standing.actions.find(
      a => a.actionId === 'complete-ignite-course',
    )!;
    expect(course).toMatchObject({
      title: 'Complete an Ignite course: Kubernetes operations',
      link: {
        kind: 'ignite',
        ref: 'course:ignite-kubernetes-operations',
        label: 'Kubernetes operations',
      },
      catalogEntry: {
        id: 'ignite-kubernetes-operations',
        name: 'Kubernetes operations',
      },
      estimatedPoints: 5, // 1 more of 12 courses × 60
      exampleEvent: {
        type: 'ignite_course_completed',
        attributes: { courseId: 'ignite-kubernetes-operations' },
      },
    });
  });
});
