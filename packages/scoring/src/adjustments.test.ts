/*
 * Adjustments and exemptions as engine inputs (program 2023.1): what they
 * change, how caps and windows apply, and that the standing shows them with
 * their reasons.
 */
import {
  Exemption,
  PerformanceEvent,
  PointsAdjustment,
  evaluateStanding,
  exemptionSchema,
  pointsAdjustmentSchema,
  programs,
} from '.';
import {
  AS_OF,
  daysAfter,
  daysAgo,
  event,
  partner,
} from './__testUtils__/builders';

const program2023 = programs.find(p => p.version === '2023.1')!;
const reseller = partner(['solution-reseller']);

/** 3 deals of $40k: bookings 15.6 + customers 15 = 30.6 points. */
const threeDeals = () => [
  event('deal_won', 30, { amount: 40000, customerId: 'acme' }),
  event('deal_won', 100, { amount: 40000, customerId: 'globex' }),
  event('deal_won', 300, { amount: 40000, customerId: 'initech' }),
];

function standingOf(
  events: PerformanceEvent[],
  options: {
    adjustments?: PointsAdjustment[];
    exemptions?: Exemption[];
    asOf?: string;
    partner?: ReturnType<typeof partner>;
  },
) {
  return evaluateStanding({
    program: program2023,
    partner: options.partner ?? reseller,
    events,
    asOf: options.asOf ?? AS_OF,
    adjustments: options.adjustments,
    exemptions: options.exemptions,
  });
}

const goodwill: PointsAdjustment = {
  id: 'adj-1',
  points: 50,
  reason: 'Deals lost in the CRM outage of October',
  grantedAt: daysAgo(10),
  expiresAt: daysAfter(20),
};

describe('points adjustments', () => {
  it('count while granted and not expired, show with their reason, and their end is forecast', () => {
    const standing = standingOf(threeDeals(), { adjustments: [goodwill] });
    expect(standing.totalPoints).toBe(80.6);
    expect(standing.pooling.sharedAdjustmentPoints).toBe(50);
    expect(standing.adjustments).toEqual([
      {
        id: 'adj-1',
        points: 50,
        reason: 'Deals lost in the CRM outage of October',
        grantedAt: daysAgo(10),
        expiresAt: daysAfter(20),
        counted: true,
      },
    ]);
    // (the deal of 300 days ago leaves its window later, on day 65)
    expect(standing.expiring[0]).toEqual(
      expect.objectContaining({
        date: daysAfter(20).slice(0, 10),
        points: 50,
        metricIds: [],
        resultingTotalPoints: 30.6,
        causes: [{ type: 'adjustment-ends', id: 'adj-1' }],
      }),
    );
    // before it was granted it counts for nothing and is not shown
    const before = standingOf(threeDeals(), {
      adjustments: [goodwill],
      asOf: daysAgo(11),
    });
    expect(before.adjustments).toEqual([]);
    expect(before.pooling.sharedAdjustmentPoints).toBe(0);
  });

  it('a business model’s adjustment counts before that model’s cap; the total never goes below 0', () => {
    const csp = partner(['cloud-solution-provider']);
    // consumption $750k: 130 points for the cloud provider model
    const events = [
      event('consumption_reported', 10, {
        amount: 750000,
        businessModel: 'cloud-solution-provider',
      }),
    ];
    const plus = standingOf(events, {
      partner: csp,
      adjustments: [
        {
          id: 'adj-model',
          points: 600,
          reason: 'Migration of a large customer counted manually',
          grantedAt: daysAgo(1),
          businessModel: 'cloud-solution-provider',
        },
      ],
    });
    // 130 + 600 = 730, capped at 650 for one model
    expect(plus.pointsByBusinessModel['cloud-solution-provider']).toBe(650);
    expect(plus.pooling.adjustmentPointsByBusinessModel).toMatchObject({
      'cloud-solution-provider': 600,
    });
    expect(plus.totalPoints).toBe(650);
    const minus = standingOf(events, {
      partner: csp,
      adjustments: [
        {
          id: 'adj-clawback',
          points: -1000,
          reason: 'Fraudulent registrations',
          grantedAt: daysAgo(1),
        },
      ],
    });
    expect(minus.totalPoints).toBe(0);
  });

  it('an adjustment of a business model the partner does not run counts for nothing, and says so', () => {
    const standing = standingOf(threeDeals(), {
      adjustments: [
        {
          id: 'adj-services',
          points: 40,
          reason: 'Services delivered through a subcontractor',
          grantedAt: daysAgo(1),
          businessModel: 'solution-services',
        },
      ],
    });
    expect(standing.totalPoints).toBe(30.6);
    expect(standing.adjustments[0].counted).toBe(false);
  });

  it('adjustments are never a requirement’s points', () => {
    // 124.5 points with 12 capability points: Select needs 20 of them
    const events = [
      event('deal_won', 10, { amount: 250000, customerId: 'a' }),
      event('deal_won', 10, { amount: 250000, customerId: 'b' }),
      event('deal_won', 10, { amount: 250000, customerId: 'c' }),
      event('certification_earned', 10, {
        quantity: 3,
        attributes: { certification: 'x' },
      }),
    ];
    const standing = standingOf(events, {
      adjustments: [{ ...goodwill, points: 500 }],
    });
    expect(standing.totalPoints).toBe(624.5);
    expect(standing.tier).toBe('community');
  });

  it('refuses a malformed adjustment, naming it', () => {
    expect(() =>
      standingOf(threeDeals(), {
        adjustments: [{ ...goodwill, points: Infinity }],
      }),
    ).toThrow(
      'adjustments[0] is invalid: points: points must be a finite number',
    );
    expect(
      pointsAdjustmentSchema.safeParse({ ...goodwill, reason: '' }).success,
    ).toBe(false);
  });
});

describe('exemptions', () => {
  /** 124.5 points, 12 capability points: Community, Select needs 20. */
  const belowSelect = () => [
    event('deal_won', 10, { amount: 250000, customerId: 'a' }),
    event('deal_won', 10, { amount: 250000, customerId: 'b' }),
    event('deal_won', 10, { amount: 250000, customerId: 'c' }),
    event('certification_earned', 10, {
      quantity: 3,
      attributes: { certification: 'x' },
    }),
  ];
  const waiveSelectCapability: Exemption = {
    id: 'ex-1',
    target: {
      kind: 'tier-requirement',
      tierId: 'select',
      requirementId: 'capability-floor',
    },
    reason: 'Certification exams postponed by the vendor',
    from: daysAgo(5),
    until: daysAfter(10),
  };

  it('a waived requirement counts as met, shows with its reason, and its end is forecast', () => {
    const standing = standingOf(belowSelect(), {
      exemptions: [waiveSelectCapability],
    });
    expect(standing.tier).toBe('select');
    expect(standing.exemptions).toEqual([
      {
        id: 'ex-1',
        target: waiveSelectCapability.target,
        reason: 'Certification exams postponed by the vendor',
        from: daysAgo(5),
        until: daysAfter(10),
        description:
          'Select: At least 20 points from capabilities and Ignite enablement — waived',
        applied: true,
      },
    ]);
    expect(standing.expiring).toEqual([
      {
        date: daysAfter(10).slice(0, 10),
        points: 0,
        metricIds: [],
        resultingTotalPoints: 124.5,
        resultingTier: 'community',
        resultingTierName: 'Community',
        causes: [{ type: 'exemption-ends', id: 'ex-1' }],
      },
    ]);
  });

  it('a waived metric counts as at its target for tier requirements; its points in the total stay what it earned', () => {
    const standing = standingOf(belowSelect(), {
      exemptions: [
        {
          id: 'ex-certifications',
          target: { kind: 'metric', metricId: 'certifications' },
          reason: 'Certification platform outage',
          from: daysAgo(1),
        },
      ],
    });
    // capability counts certifications at 80 for Select's 20: Select
    expect(standing.tier).toBe('select');
    expect(standing.totalPoints).toBe(124.5);
    const certifications = standing.metrics.find(
      m => m.id === 'certifications',
    )!;
    expect([certifications.points, certifications.waivedBy]).toEqual([
      12,
      'ex-certifications',
    ]);
    expect(standing.exemptions[0].description).toBe(
      'Certified people counts as at its target for tier requirements',
    );
  });

  it('an invitation cannot be waived; an exemption of something the version does not have changes nothing', () => {
    const standing = standingOf(belowSelect(), {
      exemptions: [
        {
          id: 'ex-invitation',
          target: {
            kind: 'tier-requirement',
            tierId: 'pinnacle',
            requirementId: 'invitation',
          },
          reason: 'Strategic partner',
          from: daysAgo(1),
        },
        {
          id: 'ex-unknown',
          target: { kind: 'metric', metricId: 'no-such-metric' },
          reason: 'Typo',
          from: daysAgo(1),
        },
      ],
    });
    expect(standing.tier).toBe('community');
    expect(
      standing.exemptions.map(x => [x.id, x.applied, x.description]),
    ).toEqual([
      [
        'ex-invitation',
        false,
        "Pinnacle's invitation cannot be waived; the partner must be invited",
      ],
      [
        'ex-unknown',
        false,
        'Metric no-such-metric is not part of program 2023.1',
      ],
    ]);
    expect(
      exemptionSchema.safeParse({ ...waiveSelectCapability, target: {} })
        .success,
    ).toBe(false);
  });
});
