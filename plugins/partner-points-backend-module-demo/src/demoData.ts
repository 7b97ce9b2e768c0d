import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';
import {
  BUSINESS_MODEL_IDS,
  DAY_MS,
  evaluateStanding,
  programInForce,
  type BusinessModelId,
  type PerformanceEvent,
  type Program,
  type Standing,
  TIER_IDS,
} from '@partner-studio/scoring';
import {
  createSeededRandom,
  seedOf,
} from '@partner-studio/plugin-partner-studio-node';

/**
 * Deterministic demo events for the development app: realistic activity for
 * every partner, across every pillar, with some points about to expire,
 * contoso-solutions just below Principal, northwind-cloud about to drop a
 * tier, relecloud at its business model's cap and vanarsdel-software short
 * of a capability floor (its exemption is in `demoDecisions.ts`).
 *
 * Pure: the same partners and anchor day give the same events (ids and
 * content), so re-seeding on the same day is an idempotent no-op. Ids carry
 * the anchor day: the data of another day never collides with today's.
 */

/** The id of the partner placed just below its next tier. */
export const JUST_BELOW_PARTNER = 'group:default/contoso-solutions';

/** How far below the next threshold the just-below partner lands (points). */
export const JUST_BELOW_GAP = { min: 4, max: 20 };

/** The partner about to drop a tier: its expiring capability points. */
export const AT_RISK_PARTNER = 'group:default/northwind-cloud';

/** The partner whose business model earns more than its cap. */
export const CAPPED_PARTNER = 'group:default/relecloud';

/**
 * How each known demo partner performs: `activity` scales how many things
 * happen, `value` the deal sizes, `capability` skills and enablement (0:
 * none yet). `expiringInDays` dates the partner's oldest deal and
 * certification so they leave their windows that many days after the
 * anchor (else 12–60 days, at random).
 */
interface DemoProfile {
  activity: number;
  value: number;
  capability: number;
  /**
   * Its Partner-Led Customer Success specialization is still to come: the
   * Solutions Lab's demo has that engagement under way, and completing it
   * there must raise the partner's points.
   */
  customerSuccessInLab?: boolean;
  expiringInDays?: number;
}

const KNOWN_PROFILES: Record<string, DemoProfile> = {
  'group:default/northwind-cloud': {
    activity: 1.2,
    value: 0.8,
    capability: 1.4,
    expiringInDays: 38,
  },
  'group:default/contoso-solutions': {
    activity: 0.6,
    value: 0.35,
    capability: 1.2,
    customerSuccessInLab: true,
  },
  'group:default/fabrikam-software': {
    activity: 0.7,
    value: 0.55,
    capability: 0.8,
  },
  'group:default/tailspin-resellers': {
    activity: 0.5,
    value: 0.35,
    capability: 0.5,
  },
  'group:default/adatum-systems': {
    activity: 0.4,
    value: 0.3,
    capability: 0.3,
  },
  // catalog/partners.yaml: cohorts and the overview.
  'group:default/litware-consulting': {
    activity: 0.9,
    value: 0.6,
    capability: 1.1,
  },
  'group:default/proseware-services': {
    activity: 0.55,
    value: 0.3,
    capability: 0.7,
  },
  'group:default/woodgrove-advisory': {
    activity: 0.35,
    value: 0.25,
    capability: 0.45,
  },
  'group:default/trey-research-partners': {
    activity: 0.75,
    value: 0.5,
    capability: 0.9,
  },
  'group:default/lucerne-integration': {
    activity: 0.3,
    value: 0.2,
    capability: 0.3,
  },
  'group:default/relecloud': { activity: 3, value: 2.5, capability: 1.0 },
  'group:default/wingtip-cloud': {
    activity: 0.6,
    value: 0.45,
    capability: 0.6,
  },
  'group:default/alpine-resellers': {
    activity: 0.45,
    value: 0.4,
    capability: 0.35,
  },
  'group:default/vanarsdel-software': {
    activity: 0.9,
    value: 0.7,
    capability: 0,
  },
  'group:default/fourth-coffee-digital': {
    activity: 0.5,
    value: 0.35,
    capability: 0.5,
  },
};

/** The name part of a partner's ref, for readable event and customer ids. */
function slugOf(partner: PartnerSummary): string {
  return partner.entityRef.slice(partner.entityRef.indexOf('/') + 1);
}

/** Midnight UTC of the day of `ms`. */
export function startOfDayUtc(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

interface Builder {
  events: PerformanceEvent[];
  /** Adds an event `daysAgo` days before the anchor, unless before admission. */
  add(
    daysAgo: number,
    event: Omit<PerformanceEvent, 'id' | 'partnerId' | 'occurredAt'>,
  ): void;
}

/** `20261201`: the anchor day in event ids. */
function dayStamp(anchor: number): string {
  return new Date(anchor).toISOString().slice(0, 10).replace(/-/g, '');
}

function builder(
  partner: PartnerSummary,
  anchor: number,
  earliestDaysAgo: number,
  random: () => number,
): Builder {
  const events: PerformanceEvent[] = [];
  const prefix = `demo-${dayStamp(anchor)}-${slugOf(partner)}`;
  return {
    events,
    add(daysAgo, event) {
      const hour = Math.floor(random() * 10) + 8;
      // Never in the future; nothing before the partner's admission.
      const days = Math.max(1, daysAgo);
      if (days > earliestDaysAgo) return;
      const at = anchor - days * DAY_MS + hour * 3_600_000;
      events.push({
        id: `${prefix}-${String(events.length + 1).padStart(4, '0')}`,
        partnerId: partner.entityRef,
        occurredAt: new Date(at).toISOString(),
        ...event,
      });
    },
  };
}

/** Activity of one partner, scaled; covers every pillar the partner can earn in. */
function partnerEvents(
  partner: PartnerSummary,
  anchor: number,
  profile: DemoProfile,
  program: Program,
): PerformanceEvent[] {
  const { activity, value, capability } = profile;
  const courses = program.igniteCourses;
  const generator = createSeededRandom(seedOf(partner.entityRef));
  const random = () => generator.next();
  const int = (min: number, max: number) =>
    min + Math.floor(random() * (max - min + 1));
  const round = (n: number, step: number) =>
    Math.max(step, Math.round(n / step) * step);
  const models = partner.businessModels.filter((m): m is BusinessModelId =>
    (BUSINESS_MODEL_IDS as readonly string[]).includes(m),
  );
  const has = (m: BusinessModelId) => models.includes(m);
  const modelAt = (i: number) => models[i % Math.max(1, models.length)];
  const admitted = partner.admittedAt ? Date.parse(partner.admittedAt) : NaN;
  const earliest = Number.isNaN(admitted)
    ? 1095
    : Math.max(1, Math.floor((anchor - admitted) / DAY_MS) - 1);
  const b = builder(partner, anchor, earliest, random);
  const count = (n: number) => Math.max(1, Math.round(n * activity));
  const skills = (n: number) => Math.max(1, Math.round(n * capability));
  const customers = Array.from(
    { length: count(9) },
    (_, i) => `${slugOf(partner)}-customer-${i + 1}`,
  );
  const customer = (i: number) => customers[i % customers.length];

  // Pre-sales: deal registrations and influence on vendor-led deals.
  for (let i = 0; i < count(18); i++) {
    b.add(int(5, 350), {
      type: 'opportunity_registered',
      businessModel: modelAt(i),
      customerId: customer(i + 3),
      amount: round(int(40, 220) * 1000, 1000),
    });
  }
  for (let i = 0; i < count(4); i++) {
    b.add(int(10, 330), {
      type: 'deal_influenced',
      businessModel: modelAt(i),
      customerId: customer(i + 5),
      amount: round(int(40, 110) * 1000 * value, 1000),
      attributes: { play: 'strategy', playId: 'multi-cloud-transformation' },
    });
  }

  // Sales: partner-led bookings with distinct customers.
  for (let i = 0; i < count(7); i++) {
    b.add(int(12, 320), {
      type: 'deal_won',
      businessModel: modelAt(i),
      customerId: customer(i),
      amount: round(int(45, 140) * 1000 * value, 1000),
      ...(i % 3 === 0
        ? { attributes: { play: 'velocity', playId: 'kubernetes-quickstart' } }
        : {}),
    });
  }

  // A sale of the vendor's customer-success package: what the resell path of
  // the Customer Success specialization requires, and what the partner's
  // engagement in the Solutions Lab shows as evidence.
  if (profile.customerSuccessInLab) {
    b.add(int(30, 120), {
      type: 'deal_won',
      businessModel: modelAt(0),
      customerId: customer(count(7)),
      amount: round(int(20, 40) * 1000 * value, 1000),
      attributes: { product: 'vendor-success-package' },
    });
  }

  // Post-sales: adoption, consumption, renewals, upsell.
  const licensed = models.filter(m => m !== 'solution-services');
  licensed.forEach((model, k) => {
    const purchased = round(int(300, 600) * activity, 10);
    b.add(int(200, 300), {
      type: 'licenses_purchased',
      businessModel: model,
      customerId: customer(k),
      quantity: purchased,
    });
    b.add(int(30, 150), {
      type: 'licenses_deployed',
      businessModel: model,
      customerId: customer(k),
      quantity: round(
        purchased * Math.min(0.95, 0.3 + 0.45 * activity + random() * 0.1),
        10,
      ),
    });
  });
  if (has('cloud-solution-provider')) {
    for (let month = 1; month <= 12; month++) {
      b.add(month * 30 - int(0, 5), {
        type: 'consumption_reported',
        businessModel: 'cloud-solution-provider',
        customerId: customer(month),
        amount: round(int(35, 75) * 1000 * value, 100),
      });
    }
  }
  for (let i = 0; i < count(3); i++) {
    b.add(int(20, 300), {
      type: 'renewal_booked',
      businessModel: modelAt(i + 1),
      customerId: customer(i),
      amount: round(int(50, 120) * 1000 * value, 1000),
    });
  }
  for (let i = 0; i < count(2); i++) {
    b.add(int(15, 280), {
      type: 'upsell_booked',
      businessModel: modelAt(i),
      customerId: customer(i + 1),
      amount: round(int(35, 90) * 1000 * value, 1000),
    });
  }

  // Services.
  if (has('solution-services')) {
    for (let i = 0; i < count(10); i++) {
      b.add(int(5, 340), {
        type: 'service_days_delivered',
        businessModel: 'solution-services',
        customerId: customer(i),
        quantity: int(8, 30),
        amount: int(8, 30) * 1400,
      });
    }
  }
  if (has('solution-services') || has('cloud-solution-provider')) {
    const model: BusinessModelId = has('solution-services')
      ? 'solution-services'
      : 'cloud-solution-provider';
    const contracts = count(5);
    for (let c = 0; c < contracts; c++) {
      for (let month = 0; month < 4; month++) {
        b.add(month * 30 + int(3, 20), {
          type: 'managed_service_month',
          businessModel: model,
          customerId: customer(c),
          amount: int(6, 18) * 1000,
        });
      }
    }
  }

  // Solutions Lab stages (Solution Builders).
  if (has('solution-builder')) {
    const stages = [
      'discover',
      'design',
      'build',
      'validate',
      'launch',
      'grow',
    ];
    for (let i = 0; i < Math.min(stages.length, count(4)); i++) {
      b.add(600 - i * 90, {
        type: 'lab_stage_completed',
        businessModel: 'solution-builder',
        attributes: {
          stage: stages[i],
          engagementId: `${slugOf(partner)}-lab-1`,
        },
      });
    }
  }

  // GTM plays.
  const strategy = ['multi-cloud-transformation', 'zero-trust-security'];
  const velocity = [
    'kubernetes-quickstart',
    'vdi-refresh',
    'backup-to-cloud',
    'edge-starter',
  ];
  for (let i = 0; i < Math.min(strategy.length, skills(1.4)); i++) {
    b.add(int(30, 300), {
      type: 'play_executed',
      attributes: { play: 'strategy', playId: strategy[i] },
    });
  }
  for (let i = 0; i < Math.min(velocity.length, skills(2.6)); i++) {
    b.add(int(20, 300), {
      type: 'play_executed',
      attributes: { play: 'velocity', playId: velocity[i] },
    });
  }

  // Capabilities: certifications, competencies, specializations (none for a
  // partner that has none yet).
  const capable = capability > 0;
  for (let i = 0; capable && i < skills(5); i++) {
    b.add(int(30, 650), {
      type: 'certification_earned',
      quantity: int(1, 3),
      attributes: {
        certification:
          i % 2 ? 'cloud-infrastructure-professional' : 'kubernetes-associate',
        level: i % 2 ? 'professional' : 'associate',
      },
    });
  }
  const competencies = [
    'cloud-infrastructure',
    'app-modernization',
    'networking-security',
  ];
  for (
    let i = 0;
    capable && i < Math.min(competencies.length, skills(2));
    i++
  ) {
    b.add(int(60, 600), {
      type: 'competency_earned',
      attributes: { competency: competencies[i] },
    });
  }
  if (capability >= 0.6) {
    b.add(int(90, 800), {
      type: 'specialization_earned',
      attributes:
        has('solution-services') && !profile.customerSuccessInLab
          ? { specialization: 'partner-led-customer-success', option: 'build' }
          : { specialization: 'cloud-native-apps' },
    });
  }
  if (capability >= 1.3) {
    b.add(int(90, 800), {
      type: 'specialization_earned',
      attributes: { specialization: 'multi-cloud-operations' },
    });
  }

  // Enablement: Ignite courses of the program's catalogue (others count for
  // nothing).
  for (let i = 0; capable && i < Math.min(courses.length, skills(7)); i++) {
    b.add(int(10, 330), {
      type: 'ignite_course_completed',
      quantity: int(1, 4),
      attributes: { courseId: courses[i].id, track: courses[i].track },
    });
  }

  // About to expire: activity near the end of its window (within 90 days).
  const expiring = profile.expiringInDays;
  const deal = models.length > 0;
  if (deal) {
    b.add(365 - (expiring ?? int(12, 40)), {
      type: 'deal_won',
      businessModel: models[0],
      customerId: `${slugOf(partner)}-customer-legacy`,
      amount: round(90_000 * value, 1000),
    });
  }
  if (capable) {
    b.add(730 - (expiring ?? int(20, 60)), {
      type: 'certification_earned',
      quantity: 2,
      attributes: { certification: 'cloud-infrastructure-professional' },
    });
  }

  return b.events;
}

/** The tier's position in the program, 0 for the lowest. */
function rankOf(tier: string): number {
  return (TIER_IDS as readonly string[]).indexOf(tier);
}

/** Days from `asOf` to the first day the forecast shows a lower tier. */
function daysToFirstDrop(standing: Standing, asOf: Date): number {
  const drop = standing.expiring.find(
    day => rankOf(day.resultingTier) < rankOf(standing.tier),
  );
  if (!drop) return Infinity;
  return Math.round(
    (Date.parse(drop.date) - startOfDayUtc(asOf.getTime())) / DAY_MS,
  );
}

/**
 * Holds `partner` at its tier until exactly `days` days after `asOf`, when
 * a booking it depends on leaves its one-year window: a booking dated
 * 365 − `days` days ago whose amount is the smallest (found by bisection)
 * that keeps every earlier drop away. The forecast then shows the drop on
 * that day — the partner is at risk.
 */
function tuneAtRisk(
  program: Program,
  partner: PartnerSummary,
  events: PerformanceEvent[],
  asOf: Date,
  days: number,
): PerformanceEvent[] {
  const models = partner.businessModels.filter((m): m is BusinessModelId =>
    (BUSINESS_MODEL_IDS as readonly string[]).includes(m),
  );
  const profile = {
    id: partner.entityRef,
    businessModels: models,
    admittedAt: partner.admittedAt,
    pinnacleInvited: partner.pinnacleInvited,
  };
  const evaluate = (list: PerformanceEvent[]) =>
    evaluateStanding({ program, partner: profile, events: list, asOf });
  const stamp = dayStamp(asOf.getTime());
  for (const [k, model] of models.entries()) {
    for (const type of [
      'deal_won',
      'upsell_booked',
      'renewal_booked',
    ] as const) {
      const withBooster = (amount: number): PerformanceEvent[] => [
        ...events,
        {
          id: `demo-${stamp}-${slugOf(partner)}-at-risk-${k + 1}-${type}`,
          partnerId: partner.entityRef,
          type,
          occurredAt: new Date(
            startOfDayUtc(asOf.getTime()) -
              (365 - days) * DAY_MS +
              9 * 3_600_000,
          ).toISOString(),
          businessModel: model,
          customerId: `${slugOf(partner)}-customer-1`,
          amount,
        },
      ];
      const max = 2_000_000;
      if (daysToFirstDrop(evaluate(withBooster(max)), asOf) < days) continue;
      let lo = 0;
      let hi = max;
      for (let i = 0; i < 30; i++) {
        const mid = (lo + hi) / 2;
        if (daysToFirstDrop(evaluate(withBooster(mid)), asOf) < days) lo = mid;
        else hi = mid;
      }
      const tuned = withBooster(Math.ceil(hi / 100) * 100);
      if (daysToFirstDrop(evaluate(tuned), asOf) === days) return tuned;
    }
  }
  return events;
}

/**
 * Moves `partner` just below its next tier with a few tuning bookings whose
 * amounts are found by bisection on the standing at `asOf`.
 */
function tuneJustBelow(
  program: Program,
  partner: PartnerSummary,
  events: PerformanceEvent[],
  asOf: Date,
): PerformanceEvent[] {
  const models = partner.businessModels.filter((m): m is BusinessModelId =>
    (BUSINESS_MODEL_IDS as readonly string[]).includes(m),
  );
  const profile = {
    id: partner.entityRef,
    businessModels: models,
    admittedAt: partner.admittedAt,
    pinnacleInvited: partner.pinnacleInvited,
  };
  const evaluate = (list: PerformanceEvent[]) =>
    evaluateStanding({ program, partner: profile, events: list, asOf });
  const base = evaluate(events);
  if (!base.nextTier || models.length === 0) return events;
  const target =
    base.nextTier.threshold - (JUST_BELOW_GAP.min + JUST_BELOW_GAP.max) / 2;
  if (base.totalPoints >= target) return events;

  // Bookings, upsell and renewals on each business model, in turn, until the
  // total reaches the target.
  const templates = models.flatMap(model =>
    (['deal_won', 'upsell_booked', 'renewal_booked'] as const).map(type => ({
      type,
      model,
    })),
  );
  const withTuning = (
    prior: PerformanceEvent[],
    k: number,
    type: PerformanceEvent['type'],
    model: BusinessModelId,
    amount: number,
  ): PerformanceEvent[] => [
    ...prior,
    {
      id: `demo-${dayStamp(asOf.getTime())}-${slugOf(partner)}-tuning-${k + 1}`,
      partnerId: partner.entityRef,
      type,
      occurredAt: new Date(asOf.getTime() - (40 + k) * DAY_MS).toISOString(),
      businessModel: model,
      customerId: `${slugOf(partner)}-customer-1`,
      amount,
    },
  ];
  let tuned = events;
  for (const [k, { type, model }] of templates.entries()) {
    const prior = tuned;
    const withAmount = (amount: number) =>
      withTuning(prior, k, type, model, amount);
    const max = 2_000_000;
    if (evaluate(withAmount(max)).totalPoints < target) {
      tuned = withAmount(max);
      continue;
    }
    let lo = 0;
    let hi = max;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (evaluate(withAmount(mid)).totalPoints <= target) lo = mid;
      else hi = mid;
    }
    return withAmount(Math.floor(lo / 100) * 100);
  }
  return tuned;
}

/**
 * The demo events for these partners, relative to `anchor` (a day, midnight
 * UTC). Unknown partners get activity scaled from a hash of their id.
 */
export function generateDemoEvents(options: {
  partners: PartnerSummary[];
  anchor: number;
  programs: readonly Program[];
}): PerformanceEvent[] {
  const anchor = startOfDayUtc(options.anchor);
  // Tuned against a fixed moment of the anchor day, so the output depends on
  // the anchor only.
  const asOf = new Date(anchor + 12 * 3_600_000);
  const program = programInForce(options.programs, asOf);
  const out: PerformanceEvent[] = [];
  for (const partner of [...options.partners].sort((a, b) =>
    a.entityRef.localeCompare(b.entityRef),
  )) {
    const h = seedOf(partner.entityRef);
    const profile = KNOWN_PROFILES[partner.entityRef] ?? {
      activity: 0.3 + (h % 1000) / 1000,
      value: 0.2 + ((h >>> 10) % 1000) / 1500,
      capability: 0.3 + ((h >>> 20) % 1000) / 1000,
    };
    let events = partnerEvents(partner, anchor, profile, program);
    if (partner.entityRef === JUST_BELOW_PARTNER) {
      events = tuneJustBelow(program, partner, events, asOf);
    }
    if (partner.entityRef === AT_RISK_PARTNER && profile.expiringInDays) {
      events = tuneAtRisk(
        program,
        partner,
        events,
        asOf,
        profile.expiringInDays,
      );
    }
    out.push(...events);
  }
  return out;
}

/** The known demo partners, for documentation and tests. */
export const KNOWN_DEMO_PARTNERS = Object.keys(KNOWN_PROFILES);

/** Tiers in order, lowest first. */
export const TIER_ORDER = TIER_IDS;
