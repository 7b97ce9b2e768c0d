import { DAY_MS } from '../time';
import fc from 'fast-check';
import type { Exemption, PointsAdjustment } from '../adjustments';
import type { PerformanceEvent } from '../events';
import {
  BUSINESS_MODEL_IDS,
  BusinessModelId,
  EVENT_TYPES,
  EventType,
} from '../ids';
import { programs } from '../program/shipped';
import type { Program } from '../program/types';
import type { EvaluationOptions, PartnerProfile } from '../standing';

export const DAY = DAY_MS;
export const BASE_MS = Date.parse('2023-12-01T00:00:00.000Z');
/** Partners are identified by catalog entity refs, as the points backend does. */
export const PARTNER_ID = 'group:default/contoso-solutions';

export const programArb: fc.Arbitrary<Program> = fc.constantFrom(...programs);

export const modelArb = fc.constantFrom(...BUSINESS_MODEL_IDS);

/**
 * asOf within a few days of BASE_MS, at any millisecond, or just before the
 * 2024.1 version takes effect (so that the forecast crosses into it).
 */
export const asOfMsArb = fc.oneof(
  fc.integer({ min: BASE_MS - 3 * DAY, max: BASE_MS + 3 * DAY }),
  fc.integer({
    min: Date.parse('2024-01-20T00:00:00Z'),
    max: Date.parse('2024-02-01T00:00:00Z') - 1,
  }),
);

/**
 * Event times spread from 70 days after BASE_MS to 3.3 years before, with a
 * bias to whole days so that window boundaries are hit exactly.
 */
const timeArb = fc.oneof(
  fc.integer({ min: -70, max: 1200 }).map(d => BASE_MS - d * DAY),
  fc.integer({ min: -70 * DAY, max: 1200 * DAY }).map(ms => BASE_MS - ms),
);

/**
 * A timestamp for an instant: usually canonical (as parseEvent returns it),
 * sometimes in another valid ISO 8601 form the engine must read the same.
 */
function timestampArb(ms: number): fc.Arbitrary<string> {
  const iso = new Date(ms).toISOString();
  const forms = [fc.constant(iso)];
  if (ms % 1000 === 0) {
    const local = new Date(ms + 2 * 3_600_000).toISOString();
    forms.push(
      fc.constant(`${local.slice(0, 19)}+02:00`),
      fc.constant(`${iso.slice(0, 10)} ${iso.slice(11)}`),
      fc.constant(`${iso.slice(0, 10)}t${iso.slice(11)}`),
    );
  }
  return fc.oneof(
    { weight: 6, arbitrary: forms[0] },
    ...forms.slice(1).map(arbitrary => ({ weight: 1, arbitrary })),
  );
}

const customerArb = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6');
const quantityArb = fc.oneof(
  fc.integer({ min: 0, max: 400 }),
  fc.integer({ min: 0, max: 40 }).map(n => n / 2),
  fc.constantFrom(0.1, 0.2, 0.3, 1e9),
);
const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 600_000 }),
  fc.integer({ min: 0, max: 1_000_000 }).map(n => n / 4),
  fc.constantFrom(0.1, 0.2, 1e12, 1e305),
);

const playIdArb = fc.constantFrom(
  'multi-cloud-transformation',
  'zero-trust-security',
  'kubernetes-quickstart',
  'vdi-refresh',
  'not-a-play',
);

function attributesArb(type: EventType) {
  switch (type) {
    case 'play_executed':
    case 'deal_won':
    case 'opportunity_registered':
    case 'deal_influenced':
      return fc.option(
        fc.record(
          {
            play: fc.constantFrom('strategy', 'velocity'),
            playId: playIdArb,
            product: fc.constantFrom('vendor-success-package', 'other'),
          },
          { requiredKeys: ['playId'] },
        ),
        { nil: undefined, freq: type === 'play_executed' ? 10 : 2 },
      );
    case 'renewal_booked':
    case 'upsell_booked':
      return fc.option(
        fc.record({ product: fc.constantFrom('vendor-success-package') }),
        { nil: undefined },
      );
    case 'specialization_earned':
      return fc.record(
        {
          specialization: fc.constantFrom(
            'partner-led-customer-success',
            'cloud-native-apps',
            'zero-trust-security',
            'made-up-specialization',
          ),
          option: fc.constantFrom('build', 'resell', 'collaborate', 'other'),
        },
        { requiredKeys: ['specialization'] },
      );
    case 'competency_earned':
      return fc.record({
        competency: fc.constantFrom(
          'a',
          'cloud-infrastructure',
          'app-modernization',
          'networking-security',
        ),
      });
    case 'ignite_course_completed':
      return fc.record({
        courseId: fc.constantFrom(
          'ignite-technical-foundations',
          'ignite-selling-value',
          'ignite-cloud-security',
          'x1',
        ),
      });
    case 'certification_earned':
      return fc.constant({ certification: 'x' });
    case 'lab_stage_completed':
      return fc.constant({ stage: 'validation' });
    case 'event_reversed':
      return fc.record({
        reversedEventId: fc.integer({ min: 0, max: 40 }).map(k => `e${k}`),
      });
    default:
      return fc.constant(undefined);
  }
}

/** Drops undefined keys: events as parseEvent returns them. */
function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined) {
      out[k] = v;
    }
  }
  return out as T;
}

/** An event without id (ids are assigned by position). */
export const eventArb: fc.Arbitrary<Omit<PerformanceEvent, 'id'>> = fc
  .constantFrom(...EVENT_TYPES)
  .chain(type =>
    fc.record({
      partnerId: fc.constant(PARTNER_ID),
      type: fc.constant(type),
      occurredAt: timeArb.chain(timestampArb),
      businessModel: fc.option(modelArb, { nil: undefined }),
      customerId: fc.option(customerArb, { nil: undefined, freq: 4 }),
      quantity: fc.option(quantityArb, { nil: undefined }),
      amount: fc.option(amountArb, { nil: undefined }),
      attributes: attributesArb(type),
    }),
  )
  .map(defined);

/**
 * A ledger that reaches (nearly) every target for the given models; random
 * subsets of it spread partners over all tiers.
 */
export function richLedger(
  models: readonly BusinessModelId[],
): Array<Omit<PerformanceEvent, 'id'>> {
  const at = (days: number) => new Date(BASE_MS - days * DAY).toISOString();
  const out: Array<Omit<PerformanceEvent, 'id'>> = [];
  const add = (
    type: EventType,
    days: number,
    fields: Partial<PerformanceEvent> = {},
  ) =>
    out.push({ partnerId: PARTNER_ID, type, occurredAt: at(days), ...fields });
  for (const businessModel of models) {
    for (let i = 0; i < 6; i++) {
      add('opportunity_registered', 20 + i * 40, {
        businessModel,
        quantity: 4,
      });
    }
    for (let i = 0; i < 12; i++) {
      add('deal_won', 10 + i * 25, {
        businessModel,
        amount: 100_000,
        customerId: `c${i}`,
      });
      add('managed_service_month', 15 + i * 25, {
        businessModel,
        customerId: `m${i}`,
      });
    }
    add('deal_influenced', 80, { businessModel, amount: 250_000 });
    add('deal_influenced', 300, { businessModel, amount: 250_000 });
    add('licenses_purchased', 200, {
      businessModel,
      quantity: 100,
      customerId: 'c1',
    });
    add('licenses_deployed', 100, {
      businessModel,
      quantity: 90,
      customerId: 'c1',
    });
    add('consumption_reported', 60, { businessModel, amount: 400_000 });
    add('consumption_reported', 250, { businessModel, amount: 300_000 });
    add('renewal_booked', 50, {
      businessModel,
      amount: 250_000,
      customerId: 'c2',
    });
    add('renewal_booked', 340, {
      businessModel,
      amount: 200_000,
      customerId: 'c3',
    });
    add('upsell_booked', 90, {
      businessModel,
      amount: 260_000,
      customerId: 'c4',
    });
    add('service_days_delivered', 120, { businessModel, quantity: 420 });
    for (let i = 0; i < 6; i++) {
      add('lab_stage_completed', 100 + i * 100, {
        businessModel,
        attributes: { stage: `s${i}` },
      });
    }
  }
  for (const playId of [
    'multi-cloud-transformation',
    'zero-trust-security',
    'kubernetes-quickstart',
    'vdi-refresh',
    'backup-to-cloud',
    'edge-starter',
  ]) {
    add('play_executed', 30, { attributes: { playId } });
  }
  add('certification_earned', 700, {
    quantity: 20,
    attributes: { certification: 'x' },
  });
  for (const competency of [
    'cloud-infrastructure',
    'app-modernization',
    'networking-security',
  ]) {
    add('competency_earned', 400, { attributes: { competency } });
  }
  add('specialization_earned', 1000, {
    attributes: {
      specialization: 'partner-led-customer-success',
      option: 'collaborate',
    },
  });
  add('specialization_earned', 300, {
    attributes: { specialization: 'cloud-native-apps' },
  });
  add('specialization_earned', 500, {
    attributes: { specialization: 'zero-trust-security' },
  });
  for (const courseId of programs[programs.length - 1].igniteCourses
    .slice(0, 12)
    .map(c => c.id)) {
    add('ignite_course_completed', 40, { attributes: { courseId } });
  }
  return out;
}

const instantArb = fc
  .integer({ min: -400, max: 130 })
  .map(d => new Date(BASE_MS + d * DAY).toISOString());

export const adjustmentArb: fc.Arbitrary<PointsAdjustment> = fc
  .record({
    points: fc.oneof(
      fc.integer({ min: -30000, max: 30000 }).map(n => n / 100),
      fc.constantFrom(-2000, 500),
    ),
    grantedAt: instantArb,
    lasts: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    businessModel: fc.option(modelArb, { nil: undefined, freq: 2 }),
  })
  .map(a => {
    const adjustment: PointsAdjustment = {
      id: 'adjustment',
      points: a.points,
      reason: 'Manual correction after a CRM outage',
      grantedAt: a.grantedAt,
    };
    if (a.lasts !== undefined) {
      adjustment.expiresAt = new Date(
        Date.parse(a.grantedAt) + a.lasts * DAY,
      ).toISOString();
    }
    if (a.businessModel !== undefined) {
      adjustment.businessModel = a.businessModel;
    }
    return adjustment;
  });

export const exemptionArb: fc.Arbitrary<Exemption> = fc
  .record({
    target: fc.oneof(
      fc.record({
        kind: fc.constant('metric' as const),
        metricId: fc.constantFrom(
          'certifications',
          'specializations',
          'consumption',
          'no-such-metric',
        ),
      }),
      fc.record({
        kind: fc.constant('tier-requirement' as const),
        tierId: fc.constantFrom('select', 'advanced', 'principal', 'pinnacle'),
        requirementId: fc.constantFrom(
          'capability-floor',
          'performance-floor',
          'specialization',
          'invitation',
        ),
      }),
    ),
    from: instantArb,
    lasts: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  })
  .map(x => {
    const exemption: Exemption = {
      id: 'exemption',
      target: x.target,
      reason: 'Vendor reporting outage',
      from: x.from,
    };
    if (x.lasts !== undefined) {
      exemption.until = new Date(
        Date.parse(x.from) + x.lasts * DAY,
      ).toISOString();
    }
    return exemption;
  });

export interface Scenario {
  program: Program;
  partner: PartnerProfile;
  events: PerformanceEvent[];
  asOfMs: number;
  asOf: string;
  /** Adjustments, exemptions and upcoming versions (often none). */
  options: EvaluationOptions;
}

/**
 * A program, a partner, its ledger (part rich, part random), asOf, and
 * sometimes adjustments, exemptions and upcoming program versions.
 */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    program: programArb,
    models: fc.uniqueArray(modelArb, { maxLength: 3 }),
    invited: fc.boolean(),
    admittedDaysAgo: fc.option(fc.integer({ min: -5, max: 900 }), {
      nil: undefined,
      freq: 3,
    }),
    asOfMs: asOfMsArb,
    richShare: fc.integer({ min: 0, max: 100 }),
    random: fc.array(eventArb, { maxLength: 25 }),
    seed: fc.integer(),
    adjustments: fc.option(
      fc.array(adjustmentArb, { minLength: 1, maxLength: 3 }),
      { nil: undefined, freq: 3 },
    ),
    exemptions: fc.option(
      fc.array(exemptionArb, { minLength: 1, maxLength: 3 }),
      { nil: undefined, freq: 3 },
    ),
    upcoming: fc.boolean(),
  })
  .map(r => {
    const rich = richLedger(r.models).filter(
      (_, i) => ((i * 7919 + r.seed) >>> 0) % 100 < r.richShare,
    );
    const events = [...rich, ...r.random].map((e, i) => ({
      id: `e${i}`,
      ...e,
    })) as PerformanceEvent[];
    const partner: PartnerProfile = {
      id: PARTNER_ID,
      businessModels: r.models,
      pinnacleInvited: r.invited,
    };
    if (r.admittedDaysAgo !== undefined) {
      partner.admittedAt = new Date(
        BASE_MS - r.admittedDaysAgo * DAY,
      ).toISOString();
    }
    const options: EvaluationOptions = {};
    if (r.adjustments) {
      options.adjustments = r.adjustments.map((a, i) => ({
        ...a,
        id: `adjustment-${i}`,
      }));
    }
    if (r.exemptions) {
      options.exemptions = r.exemptions.map((x, i) => ({
        ...x,
        id: `exemption-${i}`,
      }));
    }
    if (r.upcoming) {
      options.upcomingPrograms = programs;
    }
    const scenario: Scenario = {
      program: r.program,
      partner,
      events,
      asOfMs: r.asOfMs,
      asOf: new Date(r.asOfMs).toISOString(),
      options,
    };
    // Counterexamples name the program version instead of printing it.
    Object.defineProperty(scenario, fc.toStringMethod, {
      enumerable: false,
      value: () =>
        JSON.stringify({
          program: r.program.version,
          partner,
          asOf: scenario.asOf,
          events,
          options: {
            ...options,
            upcomingPrograms: options.upcomingPrograms?.map(p => p.version),
          },
        }),
    });
    return scenario;
  });
