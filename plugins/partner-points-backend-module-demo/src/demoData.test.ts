import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';
import {
  BUSINESS_MODEL_IDS,
  type BusinessModelId,
  DAY_MS,
  evaluateStanding,
  parseEvent,
  programInForce,
  programs,
  simulateStanding,
} from '@partner-studio/scoring';
import {
  generateDemoEvents,
  JUST_BELOW_GAP,
  JUST_BELOW_PARTNER,
} from './demoData';

function isBusinessModelId(value: string): value is BusinessModelId {
  return (BUSINESS_MODEL_IDS as readonly string[]).includes(value);
}

const partners: PartnerSummary[] = [
  {
    entityRef: 'group:default/northwind-cloud',
    title: 'Northwind Cloud',
    businessModels: ['cloud-solution-provider', 'solution-services'],
    admittedAt: '2019-03-11',
    pinnacleInvited: true,
  },
  {
    entityRef: 'group:default/contoso-solutions',
    title: 'Contoso Solutions',
    businessModels: ['solution-services', 'solution-reseller'],
    admittedAt: '2020-05-04',
    pinnacleInvited: false,
  },
  {
    entityRef: 'group:default/fabrikam-software',
    title: 'Fabrikam Software',
    businessModels: ['solution-builder'],
    admittedAt: '2021-09-01',
    pinnacleInvited: false,
  },
  {
    entityRef: 'group:default/tailspin-resellers',
    title: 'Tailspin Resellers',
    businessModels: ['solution-reseller'],
    admittedAt: '2022-02-14',
    pinnacleInvited: false,
  },
  {
    entityRef: 'group:default/adatum-systems',
    title: 'Adatum Systems',
    businessModels: ['solution-builder', 'cloud-solution-provider'],
    admittedAt: '2026-06-01',
    pinnacleInvited: false,
  },
];

const DAY = DAY_MS;

describe.each([
  ['today', Date.UTC(2026, 10, 28)],
  ['another day', Date.UTC(2027, 4, 3)],
])('generateDemoEvents anchored %s', (_, anchor) => {
  const events = generateDemoEvents({ partners, anchor, programs });
  const asOf = new Date(anchor + 15 * 3_600_000);
  const program = programInForce(programs, asOf);
  const standingOf = (id: string) => {
    const partner = partners.find(p => p.entityRef === id)!;
    return evaluateStanding({
      program,
      partner: {
        id,
        businessModels: partner.businessModels.filter(isBusinessModelId),
        admittedAt: partner.admittedAt,
        pinnacleInvited: partner.pinnacleInvited,
      },
      events: events.filter(e => e.partnerId === id),
      asOf,
    });
  };

  it('is deterministic, valid, unique and never in the future', () => {
    expect(generateDemoEvents({ partners, anchor, programs })).toEqual(events);
    expect(new Set(events.map(e => e.id)).size).toBe(events.length);
    for (const event of events) {
      expect(parseEvent(event)).toEqual(event);
      expect(Date.parse(event.occurredAt)).toBeLessThan(anchor);
    }
  });

  it('gives every partner activity, none before its admission', () => {
    for (const partner of partners) {
      const own = events.filter(e => e.partnerId === partner.entityRef);
      expect(own.length).toBeGreaterThan(10);
      const admitted = Date.parse(partner.admittedAt!);
      expect(own.every(e => Date.parse(e.occurredAt) >= admitted)).toBe(true);
    }
  });

  it('spans every pillar across the demo partners', () => {
    const pillars = new Set<string>();
    for (const partner of partners) {
      const standing = standingOf(partner.entityRef);
      for (const [pillar, points] of Object.entries(standing.pointsByPillar)) {
        if (points > 0) pillars.add(pillar);
      }
    }
    expect([...pillars].sort()).toEqual(program.pillars.map(p => p.id).sort());
  });

  it("leaves contoso-solutions' Customer Success specialization to the Solutions Lab: earning it there raises its points", () => {
    const own = events.filter(e => e.partnerId === JUST_BELOW_PARTNER);
    expect(
      own.filter(
        e =>
          e.type === 'specialization_earned' &&
          e.attributes?.specialization === 'partner-led-customer-success',
      ),
    ).toEqual([]);
    const before = standingOf(JUST_BELOW_PARTNER);
    const { standing } = simulateStanding({
      program,
      partner: {
        id: JUST_BELOW_PARTNER,
        businessModels: ['solution-services', 'solution-reseller'],
        admittedAt: '2020-05-04',
      },
      events: own,
      hypotheticalEvents: [
        {
          id: 'lab-completion',
          partnerId: JUST_BELOW_PARTNER,
          type: 'specialization_earned',
          occurredAt: asOf.toISOString(),
          attributes: {
            specialization: 'partner-led-customer-success',
            option: 'resell',
          },
        },
      ],
      asOf,
    });
    expect(standing.totalPoints).toBeGreaterThan(before.totalPoints);
  });

  it('puts contoso-solutions just below its next tier, meeting its other requirements', () => {
    const standing = standingOf(JUST_BELOW_PARTNER);
    expect(standing.nextTier).not.toBeNull();
    expect(standing.nextTier!.pointsNeeded).toBeGreaterThanOrEqual(
      JUST_BELOW_GAP.min,
    );
    expect(standing.nextTier!.pointsNeeded).toBeLessThanOrEqual(
      JUST_BELOW_GAP.max,
    );
    expect(standing.nextTier!.unmetRequirements).toEqual([]);
  });

  it('has points about to expire, and tiers from new to top', () => {
    const expiring = partners.filter(p =>
      standingOf(p.entityRef).expiring.some(
        x => Date.parse(x.date) - asOf.getTime() < 60 * DAY,
      ),
    );
    expect(expiring.length).toBeGreaterThanOrEqual(3);
    expect(standingOf('group:default/northwind-cloud').tier).toBe('pinnacle');
    // Admitted in 2026: one of the two entry tiers.
    expect(['community', 'select']).toContain(
      standingOf('group:default/adatum-systems').tier,
    );
    expect(
      new Set(partners.map(p => standingOf(p.entityRef).tier)).size,
    ).toBeGreaterThanOrEqual(3);
  });
});
