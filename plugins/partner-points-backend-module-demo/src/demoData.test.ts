import {
  BUSINESS_MODEL_IDS,
  type BusinessModelId,
  DAY_MS,
  evaluateStanding,
  parseEvent,
  programInForce,
  programs,
  simulateStanding,
  type Exemption,
  type PointsAdjustment,
} from '@partner-studio/scoring';
import { demoPartners } from './__testUtils__/demoCatalog';
import {
  AT_RISK_PARTNER,
  CAPPED_PARTNER,
  generateDemoEvents,
  JUST_BELOW_GAP,
  JUST_BELOW_PARTNER,
  KNOWN_DEMO_PARTNERS,
} from './demoData';
import {
  ADJUSTED_PARTNER,
  demoDecisions,
  EXEMPTED_PARTNER,
  historyMoments,
} from './demoDecisions';

function isBusinessModelId(value: string): value is BusinessModelId {
  return (BUSINESS_MODEL_IDS as readonly string[]).includes(value);
}

const partners = demoPartners();
const DAY = DAY_MS;

describe.each([
  ['one day', Date.UTC(2026, 10, 28)],
  ['another day', Date.UTC(2027, 4, 3)],
])('the demo story anchored on %s', (_, anchor) => {
  const events = generateDemoEvents({ partners, anchor, programs });
  const asOf = new Date(anchor + 15 * 3_600_000);
  const program = programInForce(programs, asOf);
  const decisions = demoDecisions(anchor);
  const iso = (d: Date) => d.toISOString();
  const adjustmentsOf = (id: string): PointsAdjustment[] =>
    decisions.adjustments
      .filter(d => d.partnerRef === id)
      .map(({ adjustment, revocation }) => {
        const end = revocation?.revokedAt ?? adjustment.expiresAt;
        return {
          id: adjustment.key,
          points: adjustment.points,
          reason: adjustment.reason,
          grantedAt: iso(adjustment.grantedAt),
          ...(end ? { expiresAt: iso(end) } : {}),
        };
      });
  const exemptionsOf = (id: string): Exemption[] =>
    decisions.exemptions
      .filter(d => d.partnerRef === id)
      .map(({ exemption }) => ({
        id: exemption.key,
        target: exemption.target,
        reason: exemption.reason,
        from: iso(exemption.from),
        ...(exemption.until ? { until: iso(exemption.until) } : {}),
      }));
  const standingOf = (id: string, options: { decisions?: boolean } = {}) => {
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
      ...(options.decisions === false
        ? {}
        : { adjustments: adjustmentsOf(id), exemptions: exemptionsOf(id) }),
    });
  };
  const daysToDrop = (id: string) => {
    const standing = standingOf(id);
    const tiers = program.tiers.map(t => t.id);
    const drop = standing.expiring.find(
      d => tiers.indexOf(d.resultingTier) < tiers.indexOf(standing.tier),
    );
    return drop ? (Date.parse(drop.date) - anchor) / DAY : undefined;
  };

  it('is deterministic, valid, unique, dated before the anchor, with ids of that day', () => {
    expect(generateDemoEvents({ partners, anchor, programs })).toEqual(events);
    expect(new Set(events.map(e => e.id)).size).toBe(events.length);
    const stamp = new Date(anchor).toISOString().slice(0, 10).replace(/-/g, '');
    for (const event of events) {
      expect(parseEvent(event)).toEqual(event);
      expect(Date.parse(event.occurredAt)).toBeLessThan(anchor);
      expect(event.id.startsWith(`demo-${stamp}-`)).toBe(true);
    }
  });

  it('covers every partner of the demo catalog, none before its admission', () => {
    expect(partners.map(p => p.entityRef).sort()).toEqual(
      [...KNOWN_DEMO_PARTNERS].sort(),
    );
    for (const partner of partners) {
      const own = events.filter(e => e.partnerId === partner.entityRef);
      expect(own.length).toBeGreaterThan(10);
      const admitted = Date.parse(partner.admittedAt!);
      expect(own.every(e => Date.parse(e.occurredAt) >= admitted)).toBe(true);
    }
  });

  it('spans every pillar and every tier across the demo partners', () => {
    const pillars = new Set<string>();
    const tiers = new Set<string>();
    for (const partner of partners) {
      const standing = standingOf(partner.entityRef);
      tiers.add(standing.tier);
      for (const [pillar, points] of Object.entries(standing.pointsByPillar)) {
        if (points > 0) pillars.add(pillar);
      }
    }
    expect([...pillars].sort()).toEqual(program.pillars.map(p => p.id).sort());
    expect([...tiers].sort()).toEqual(
      ['advanced', 'pinnacle', 'principal', 'select'].sort(),
    );
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

  it('puts Contoso just below Principal, meeting its other requirements', () => {
    const standing = standingOf(JUST_BELOW_PARTNER);
    expect(standing.tier).toBe('advanced');
    expect(standing.nextTier).toMatchObject({
      tier: 'principal',
      unmetRequirements: [],
    });
    expect(standing.nextTier!.pointsNeeded).toBeGreaterThanOrEqual(
      JUST_BELOW_GAP.min,
    );
    expect(standing.nextTier!.pointsNeeded).toBeLessThanOrEqual(
      JUST_BELOW_GAP.max,
    );
  });

  it('has Northwind at risk: Pinnacle now, a lower tier in 38 days', () => {
    expect(standingOf(AT_RISK_PARTNER).tier).toBe('pinnacle');
    expect(daysToDrop(AT_RISK_PARTNER)).toBe(38);
  });

  it('has Relecloud at the total cap', () => {
    const standing = standingOf(CAPPED_PARTNER);
    expect(standing.totalPoints).toBe(standing.pooling.totalCap);
    expect(standing.pooling.beforeTotalCap).toBeGreaterThan(
      standing.pooling.totalCap!,
    );
  });

  it('holds VanArsdel at Select by an exemption that ends within 90 days', () => {
    expect(standingOf(EXEMPTED_PARTNER, { decisions: false }).tier).toBe(
      'community',
    );
    const standing = standingOf(EXEMPTED_PARTNER);
    expect(standing.tier).toBe('select');
    expect(standing.exemptions).toEqual([
      expect.objectContaining({ applied: true }),
    ]);
    expect(daysToDrop(EXEMPTED_PARTNER)).toBeLessThanOrEqual(90);
  });

  it("counts Tailspin's adjustment now, with its reason; Fabrikam's revoked one no more", () => {
    const tailspin = standingOf(ADJUSTED_PARTNER);
    expect(tailspin.adjustments).toEqual([
      expect.objectContaining({
        points: 35,
        reason: 'Deals lost in the CRM outage of October',
        counted: true,
      }),
    ]);
    expect(standingOf('group:default/fabrikam-software').adjustments).toEqual(
      [],
    );
  });

  it("gives Contoso's business model a cohort big enough to show, and Northwind's one too small", () => {
    const primary = (model: string) =>
      partners.filter(p => p.businessModels[0] === model).length;
    expect(primary('solution-services')).toBeGreaterThanOrEqual(5);
    expect(primary('cloud-solution-provider')).toBeLessThan(5);
  });

  it('takes a trend snapshot every week of the year before, and now', () => {
    const now = anchor + 9 * 3_600_000;
    const moments = historyMoments(anchor, now);
    expect(moments).toHaveLength(53);
    expect(moments[52].getTime()).toBe(now);
    expect(moments[1].getTime() - moments[0].getTime()).toBe(7 * DAY);
    expect(anchor - moments[0].getTime()).toBeGreaterThan(360 * DAY);
  });
});
