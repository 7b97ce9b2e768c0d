/*
 * The seven cases in which the standing used to mislead (issue 10), each
 * as a worked example that a program manager can check against the YAML
 * (program/2023.1.yaml unless a case says otherwise).
 */
import {
  BusinessModelId,
  PerformanceEvent,
  evaluateStanding,
  parseEvent,
  planNextTier,
  programs,
  safeParseEvent,
  simulateStanding,
} from '.';
import {
  AS_OF,
  PARTNER,
  daysAfter,
  event,
  partner,
} from './__testUtils__/builders';

const [program2022, program2023] = programs;

/** Every performance metric of 2023.1 at its target for one business model. */
function maxedPerformance(model: BusinessModelId): PerformanceEvent[] {
  const events: PerformanceEvent[] = [];
  for (let i = 0; i < 24; i++) {
    events.push(
      event('opportunity_registered', 30 + i, { businessModel: model }),
    );
  }
  events.push(
    event('deal_influenced', 40, { amount: 200000, businessModel: model }),
    event('deal_influenced', 50, { amount: 200000, businessModel: model }),
  );
  for (let i = 0; i < 10; i++) {
    events.push(
      event('deal_won', 60 + i, {
        amount: 100000,
        customerId: `${model}-c${i}`,
        businessModel: model,
      }),
    );
  }
  events.push(
    event('licenses_purchased', 100, { quantity: 100, businessModel: model }),
    event('licenses_deployed', 90, { quantity: 80, businessModel: model }),
    event('renewal_booked', 70, { amount: 400000, businessModel: model }),
    event('upsell_booked', 80, { amount: 250000, businessModel: model }),
    event('consumption_reported', 10, { amount: 750000, businessModel: model }),
  );
  return events;
}

/**
 * An invited reseller and cloud provider at the 1,000-point cap with 200 of
 * the 250 capability points Pinnacle requires:
 * - each model: registrations 50 + influence 60 + bookings 130 + customers
 *   50 + adoption 80 + renewals 100 + upsell 70 = 540; the cloud provider
 *   also consumption 130 = 670, capped at 650;
 * - shared: strategy plays 50, certifications 80 (20 people, earned 700
 *   days ago), competencies 60 (3), specializations 60 (2) — capability 200;
 * - 540 + 650 + 250 = 1440, capped at 1000: Principal (Pinnacle needs 250
 *   capability points).
 */
function atTheCap() {
  const certification = event('certification_earned', 700, {
    quantity: 20,
    attributes: { certification: 'cloud-infrastructure-professional' },
  });
  const events = [
    ...maxedPerformance('solution-reseller'),
    ...maxedPerformance('cloud-solution-provider'),
    ...['multi-cloud-transformation', 'zero-trust-security'].map(playId =>
      event('play_executed', 100, { attributes: { play: 'strategy', playId } }),
    ),
    certification,
    ...['a', 'b', 'c'].map(competency =>
      event('competency_earned', 300, { attributes: { competency } }),
    ),
    ...['cloud-native-apps', 'digital-workspace'].map(specialization =>
      event('specialization_earned', 400, { attributes: { specialization } }),
    ),
  ];
  const invited = partner(['solution-reseller', 'cloud-solution-provider'], {
    pinnacleInvited: true,
  });
  return { events, invited, certification };
}

describe('1. advice at the cap', () => {
  it('offers actions for the unmet requirement, ranked by the tier they reach, each saying what it moves', () => {
    const { events, invited } = atTheCap();
    const standing = evaluateStanding({
      program: program2023,
      partner: invited,
      events,
      asOf: AS_OF,
    });
    expect([standing.totalPoints, standing.tier]).toEqual([1000, 'principal']);
    expect(standing.nextTier!.unmetRequirements.map(r => r.id)).toEqual([
      'capability-floor',
    ]);
    // The Customer Success specialization (+60 capability: 260) reaches
    // Pinnacle with the total still 1,000; each Ignite course adds 5 of the
    // 60 points of 12 courses.
    expect(
      standing.actions.map(a => [
        a.id,
        a.estimatedPoints,
        a.resultingTier,
        a.requirements.map(
          r => `${r.tier}/${r.requirementId} ${r.before} → ${r.after}`,
        ),
      ]),
    ).toEqual([
      [
        'customer-success-build',
        0,
        'pinnacle',
        ['pinnacle/capability-floor 200 → 260'],
      ],
      [
        'customer-success-collaborate',
        0,
        'pinnacle',
        ['pinnacle/capability-floor 200 → 260'],
      ],
      [
        'customer-success-resell',
        0,
        'pinnacle',
        ['pinnacle/capability-floor 200 → 260'],
      ],
      [
        'complete-commercial-course',
        0,
        'principal',
        ['pinnacle/capability-floor 200 → 205'],
      ],
      [
        'complete-marketing-course',
        0,
        'principal',
        ['pinnacle/capability-floor 200 → 205'],
      ],
      [
        'complete-technical-course',
        0,
        'principal',
        ['pinnacle/capability-floor 200 → 205'],
      ],
    ]);
    expect(standing.actions[3].metrics).toEqual([
      { metricId: 'ignite-courses', before: 0, after: 5, delta: 5 },
    ]);
  });

  it('12 Ignite courses would make it Pinnacle, and the plan takes the one step that does', () => {
    const { events, invited } = atTheCap();
    const courses = Array.from({ length: 12 }, (_, i) =>
      event('ignite_course_completed', 0, {
        attributes: { courseId: `course-${i}` },
      }),
    );
    const result = simulateStanding({
      program: program2023,
      partner: invited,
      events,
      hypotheticalEvents: courses,
      asOf: AS_OF,
    });
    expect(result.delta).toMatchObject({
      totalPoints: 0,
      tierBefore: 'principal',
      tierAfter: 'pinnacle',
    });
    const plan = planNextTier({
      program: program2023,
      partner: invited,
      events,
      asOf: AS_OF,
    });
    expect(plan).toMatchObject({
      fromTier: 'principal',
      targetTier: 'pinnacle',
      reachable: true,
      minimal: true,
    });
    expect(plan.steps.map(s => [s.action.id, s.totalPoints, s.tier])).toEqual([
      ['customer-success-build', 1000, 'pinnacle'],
    ]);
  });
});

describe('2. tier drops without a total change', () => {
  it('forecasts the day the certifications leave their window and the partner falls to Advanced at 1,000 points', () => {
    const { events, invited, certification } = atTheCap();
    const standing = evaluateStanding({
      program: program2023,
      partner: invited,
      events,
      asOf: AS_OF,
    });
    // 730-day window, earned 700 days ago: they leave on day 30. Capability
    // 200 − 80 = 120 < Principal's 150; Advanced needs 80.
    expect(standing.expiring).toEqual([
      {
        date: daysAfter(30).slice(0, 10),
        points: 0,
        metricIds: ['certifications'],
        resultingTotalPoints: 1000,
        resultingTier: 'advanced',
        resultingTierName: 'Advanced',
        causes: [{ type: 'window', id: certification.id }],
      },
    ]);
    const then = evaluateStanding({
      program: program2023,
      partner: invited,
      events,
      asOf: daysAfter(30),
    });
    expect([then.totalPoints, then.tier]).toEqual([1000, 'advanced']);
  });
});

describe('3. floating-point residue', () => {
  it('0.1 and 0.2 licences purchased then 1 deployed: the 80-point drop when both purchases have left is forecast', () => {
    const reseller = partner(['solution-reseller']);
    const events = [
      event('licenses_purchased', 300, { quantity: 0.1 }), // leaves on day 65
      event('licenses_purchased', 310, { quantity: 0.2 }), // leaves on day 55
      event('licenses_deployed', 100, { quantity: 1 }),
    ];
    const standing = evaluateStanding({
      program: program2023,
      partner: reseller,
      events,
      asOf: AS_OF,
    });
    // 1 / 0.3 ≥ 0.8: 80 points; 1 / 0.1 on day 55: still 80; nothing
    // purchased on day 65: 0 (a residue of 0.3 − 0.2 − 0.1 would keep 80).
    expect(
      standing.metrics.find(m => m.id === 'license-adoption')!.points,
    ).toBe(80);
    expect(
      standing.expiring.map(e => [e.date, e.points, e.resultingTotalPoints]),
    ).toEqual([[daysAfter(65).slice(0, 10), 80, 0]]);
  });

  it('amounts above the maximum are refused, and the forecast of huge amounts equals a fresh evaluation', () => {
    expect(
      safeParseEvent({
        id: 'r',
        partnerId: PARTNER,
        type: 'renewal_booked',
        occurredAt: AS_OF,
        amount: 1e21,
      }),
    ).toEqual({
      success: false,
      issues: [
        {
          path: 'amount',
          message: 'amount must be at most 1,000,000,000,000',
        },
      ],
    });
    const reseller = partner(['solution-reseller']);
    // 91 renewals at the maximum: 9.1 × 10^15 cents, past 2^53, where doubles
    // stop being exact; then $100,000, which stays.
    const events = [
      ...Array.from({ length: 91 }, () =>
        event('renewal_booked', 330, { amount: 1e12 }),
      ),
      event('renewal_booked', 100, { amount: 100000 }),
    ];
    const standing = evaluateStanding({
      program: program2023,
      partner: reseller,
      events,
      asOf: AS_OF,
    });
    expect(standing.metrics.find(m => m.id === 'renewals')!.points).toBe(100);
    // $100,000 of $400,000 × 100 = 25 points once the big ones leave (day 35)
    expect(standing.expiring).toEqual([
      expect.objectContaining({
        date: daysAfter(35).slice(0, 10),
        points: 75,
        resultingTotalPoints: 25,
      }),
    ]);
    const then = evaluateStanding({
      program: program2023,
      partner: reseller,
      events,
      asOf: daysAfter(35),
    });
    expect(then.metrics.find(m => m.id === 'renewals')).toMatchObject({
      value: 100000,
      points: 25,
    });
  });
});

describe('4. overflow', () => {
  it('parseEvent refuses 1e305 naming the field and the maximum; the engine ignores such events, so sums stay finite', () => {
    expect(() =>
      parseEvent({
        id: 'huge',
        partnerId: PARTNER,
        type: 'renewal_booked',
        occurredAt: AS_OF,
        amount: 1e305,
      }),
    ).toThrow('amount must be at most 1,000,000,000,000');
    const reseller = partner(['solution-reseller']);
    const huge = [
      event('renewal_booked', 10, { amount: 1e305 }),
      event('renewal_booked', 20, { amount: 1e305 }),
    ];
    const standing = evaluateStanding({
      program: program2023,
      partner: reseller,
      events: [...huge, event('renewal_booked', 30, { amount: 40000 })],
      asOf: AS_OF,
    });
    const renewals = standing.metrics.find(m => m.id === 'renewals')!;
    expect(renewals).toMatchObject({ value: 40000, points: 10 });
    expect(Number.isFinite(standing.totalPoints)).toBe(true);
  });
});

describe('5. timestamps', () => {
  const reseller = partner(['solution-reseller']);
  const deal = (occurredAt: string, id: string): PerformanceEvent => ({
    id,
    partnerId: PARTNER,
    type: 'deal_won',
    occurredAt,
    amount: 40000,
    customerId: id,
  });
  const bookingsAt = (events: PerformanceEvent[], asOf: string) =>
    evaluateStanding({
      program: program2023,
      partner: reseller,
      events,
      asOf,
    }).metrics.find(m => m.id === 'bookings')!.contributions;

  it('reads a space or a lower-case t like the canonical T, and refuses impossible times', () => {
    const space = deal('2023-12-01 23:00:00.000Z', 'space');
    const lower = deal('2023-12-01t01:00:00.000Z', 'lower');
    const impossible = [
      deal('2023-11-30T25:00:00.000Z', 'hour-25'),
      deal('202X-11-30T10:00:00.000Z', 'year-202X'),
      deal('2023-11-30T10:00:00.00XZ', 'millis'),
    ];
    const events = [space, lower, ...impossible];
    // At 2023-12-01T00:00Z both are still in the future.
    expect(bookingsAt(events, AS_OF)).toEqual([]);
    // At the end of that day both count; the impossible ones never do.
    expect(bookingsAt(events, '2023-12-01T23:59:59.999Z')).toEqual([
      { eventId: 'lower', points: 5.2 },
      { eventId: 'space', points: 5.2 },
    ]);
    expect(parseEvent(space).occurredAt).toBe('2023-12-01T23:00:00.000Z');
    expect(parseEvent(lower).occurredAt).toBe('2023-12-01T01:00:00.000Z');
    for (const bad of impossible) {
      expect(safeParseEvent(bad).success).toBe(false);
    }
  });
});

describe('6. what the forecast used to ignore', () => {
  it('an event already in the ledger but dated after asOf is forecast on its day', () => {
    const reseller = partner(['solution-reseller']);
    const later = event('deal_won', -10, {
      id: 'signed-for-later',
      amount: 100000,
      customerId: 'acme',
    });
    const standing = evaluateStanding({
      program: program2023,
      partner: reseller,
      events: [later],
      asOf: AS_OF,
    });
    expect(standing.totalPoints).toBe(0);
    // bookings 13 + customers 5, from day 10
    expect(standing.expiring).toEqual([
      {
        date: daysAfter(10).slice(0, 10),
        points: -18,
        metricIds: [],
        resultingTotalPoints: 18,
        resultingTier: 'community',
        resultingTierName: 'Community',
        causes: [{ type: 'dated-event', id: 'signed-for-later' }],
      },
    ]);
  });

  it('a partner that is Pinnacle under 2022.1 is warned that it becomes Principal on 2023.1’s effective date', () => {
    // Two maxed models: the total is at its 1,000 cap under both versions.
    // Capability under 2022.1: certifications 80 + competencies 40 (2 of 3)
    // + specializations 60 (the Customer Success one and one other) +
    // Customer Success 40 = 220, Pinnacle's minimum there. Under 2023.1
    // Customer Success is worth 60: 240 < 250.
    const events = [
      ...maxedPerformance('solution-reseller'),
      ...maxedPerformance('cloud-solution-provider'),
      ...['multi-cloud-transformation', 'zero-trust-security'].map(playId =>
        event('play_executed', 20, {
          attributes: { play: 'strategy', playId },
        }),
      ),
      ...[
        'kubernetes-quickstart',
        'vdi-refresh',
        'backup-to-cloud',
        'edge-starter',
      ].map(playId =>
        event('play_executed', 20, {
          attributes: { play: 'velocity', playId },
        }),
      ),
      event('certification_earned', 100, {
        quantity: 20,
        attributes: { certification: 'x' },
      }),
      event('competency_earned', 100, { attributes: { competency: 'a' } }),
      event('competency_earned', 100, { attributes: { competency: 'b' } }),
      event('specialization_earned', 100, {
        attributes: {
          specialization: 'partner-led-customer-success',
          option: 'build',
        },
      }),
      event('specialization_earned', 100, {
        attributes: { specialization: 'cloud-native-apps' },
      }),
    ];
    const invited = partner(['solution-reseller', 'cloud-solution-provider'], {
      pinnacleInvited: true,
    });
    const asOf = '2023-01-15T00:00:00.000Z';
    const standing = evaluateStanding({
      program: program2022,
      partner: invited,
      events: events.map(e => ({
        ...e,
        occurredAt: new Date(
          Date.parse(e.occurredAt) - Date.parse(AS_OF) + Date.parse(asOf),
        ).toISOString(),
      })),
      asOf,
      upcomingPrograms: programs,
    });
    expect(standing.tier).toBe('pinnacle');
    const switchDay = standing.expiring.find(e =>
      e.causes.some(c => c.type === 'program-version'),
    );
    expect(switchDay).toMatchObject({
      date: '2023-02-01',
      resultingTier: 'principal',
      causes: [{ type: 'program-version', id: '2023.1' }],
    });
  });
});

describe('7. order', () => {
  it('the same events in another order give the same standing', () => {
    const reseller = partner(['solution-reseller']);
    const at = daysAfter(-30);
    // ties everywhere: the same instant, the same customer, the same course
    const events: PerformanceEvent[] = [
      {
        ...event('deal_won', 30, { id: 'b', amount: 0.1, customerId: 'acme' }),
        occurredAt: at,
      },
      {
        ...event('deal_won', 30, { id: 'a', amount: 0.2, customerId: 'acme' }),
        occurredAt: at,
      },
      {
        ...event('deal_won', 30, { id: 'c', amount: 0.3, customerId: 'acme' }),
        occurredAt: at,
      },
      event('opportunity_registered', 1, { id: 'o1' }),
      event('opportunity_registered', 2, { id: 'o2' }),
      event('opportunity_registered', 3, { id: 'o3' }),
      event('ignite_course_completed', 5, {
        id: 'late',
        attributes: { courseId: 'ignite-selling-value' },
      }),
      event('ignite_course_completed', 50, {
        id: 'early',
        attributes: { courseId: 'ignite-selling-value' },
      }),
    ];
    const standingOf = (list: PerformanceEvent[]) =>
      evaluateStanding({
        program: program2023,
        partner: reseller,
        events: list,
        asOf: AS_OF,
      });
    const forward = standingOf(events);
    expect(standingOf([...events].reverse())).toEqual(forward);
    expect(
      standingOf([
        events[3],
        events[6],
        events[0],
        events[7],
        events[2],
        events[5],
        events[1],
        events[4],
      ]),
    ).toEqual(forward);
    // the customer's one distinct-count credit goes to the smallest id among
    // its events at the same instant; the course to its latest completion
    expect(
      forward.metrics.find(m => m.id === 'new-customers')!.contributions,
    ).toEqual([{ eventId: 'a', points: 5 }]);
    expect(
      forward.metrics.find(m => m.id === 'ignite-courses')!.contributions,
    ).toEqual([{ eventId: 'late', points: 5 }]);
  });
});
