import { DAY_MS } from '../time';
import fc from 'fast-check';
import type { PerformanceEvent } from '../events';
import {
  BUSINESS_MODEL_IDS,
  BusinessModelId,
  EVENT_TYPES,
  EventType,
} from '../ids';
import { programs } from '../program/shipped';
import type { Program } from '../program/types';
import type { PartnerProfile } from '../standing';

export const DAY = DAY_MS;
export const BASE_MS = Date.parse('2023-12-01T00:00:00.000Z');
export const PARTNER_ID = 'partner-1';

export const programArb: fc.Arbitrary<Program> = fc.constantFrom(...programs);

export const modelArb = fc.constantFrom(...BUSINESS_MODEL_IDS);

/** asOf within a few days of BASE_MS, at any millisecond. */
export const asOfMsArb = fc.integer({
  min: BASE_MS - 3 * DAY,
  max: BASE_MS + 3 * DAY,
});

/**
 * Event times spread from 40 days after BASE_MS to 3.3 years before, with a
 * bias to whole days so that window boundaries are hit exactly.
 */
const timeArb = fc.oneof(
  fc.integer({ min: -40, max: 1200 }).map(d => BASE_MS - d * DAY),
  fc.integer({ min: -40 * DAY, max: 1200 * DAY }).map(ms => BASE_MS - ms),
);

const customerArb = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6');
const quantityArb = fc.oneof(
  fc.integer({ min: 0, max: 400 }),
  fc.integer({ min: 0, max: 40 }).map(n => n / 2),
);
const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 600_000 }),
  fc.integer({ min: 0, max: 1_000_000 }).map(n => n / 4),
);

function attributesArb(type: EventType) {
  switch (type) {
    case 'play_executed':
    case 'deal_won':
    case 'opportunity_registered':
    case 'deal_influenced':
      return fc.option(
        fc.record({
          play: fc.constantFrom('strategy', 'velocity'),
          playId: fc.constantFrom(
            'multi-cloud-transformation',
            'zero-trust-security',
            'kubernetes-quickstart',
            'vdi-refresh',
          ),
        }),
        { nil: undefined, freq: type === 'play_executed' ? 10 : 2 },
      );
    case 'specialization_earned':
      return fc
        .record({
          specialization: fc.constantFrom(
            'partner-led-customer-success',
            'cloud-native-apps',
            'zero-trust-security',
          ),
          option: fc.constantFrom('build', 'resell', 'collaborate'),
        })
        .map(a => a as Record<string, string>);
    case 'competency_earned':
      return fc.record({ competency: fc.constantFrom('a', 'b', 'c', 'd') });
    case 'ignite_course_completed':
      return fc.record({
        courseId: fc.constantFrom(
          'ignite-technical-foundations',
          'ignite-selling-value',
          'x1',
          'x2',
        ),
      });
    case 'certification_earned':
      return fc.constant({ certification: 'x' });
    case 'lab_stage_completed':
      return fc.constant({ stage: 'validation' });
    default:
      return fc.constant(undefined);
  }
}

/** An event without id (ids are assigned by position). */
export const eventArb: fc.Arbitrary<Omit<PerformanceEvent, 'id'>> = fc
  .constantFrom(...EVENT_TYPES)
  .chain(type =>
    fc.record({
      partnerId: fc.constant(PARTNER_ID),
      type: fc.constant(type),
      occurredAt: timeArb.map(ms => new Date(ms).toISOString()),
      businessModel: fc.option(modelArb, { nil: undefined }),
      customerId: fc.option(customerArb, { nil: undefined, freq: 4 }),
      quantity: fc.option(quantityArb, { nil: undefined }),
      amount: fc.option(amountArb, { nil: undefined }),
      attributes: attributesArb(type),
    }),
  )
  .map(e => {
    // Drop undefined keys: events as parseEvent returns them.
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) {
      if (v !== undefined) {
        out[k] = v;
      }
    }
    return out as Omit<PerformanceEvent, 'id'>;
  });

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
    add('licenses_purchased', 200, { businessModel, quantity: 100 });
    add('licenses_deployed', 100, { businessModel, quantity: 90 });
    add('consumption_reported', 60, { businessModel, amount: 400_000 });
    add('consumption_reported', 330, { businessModel, amount: 400_000 });
    add('renewal_booked', 50, { businessModel, amount: 250_000 });
    add('renewal_booked', 340, { businessModel, amount: 200_000 });
    add('upsell_booked', 90, { businessModel, amount: 260_000 });
    add('service_days_delivered', 120, { businessModel, quantity: 420 });
    for (let i = 0; i < 6; i++) {
      add('lab_stage_completed', 100 + i * 100, {
        businessModel,
        attributes: { stage: `s${i}` },
      });
    }
  }
  for (const [play, playId] of [
    ['strategy', 'multi-cloud-transformation'],
    ['strategy', 'zero-trust-security'],
    ['velocity', 'kubernetes-quickstart'],
    ['velocity', 'vdi-refresh'],
    ['velocity', 'backup-to-cloud'],
    ['velocity', 'edge-starter'],
  ]) {
    add('play_executed', 30, { attributes: { play, playId } });
  }
  add('certification_earned', 700, {
    quantity: 20,
    attributes: { certification: 'x' },
  });
  for (const competency of ['a', 'b', 'c']) {
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
  for (let i = 0; i < 12; i++) {
    add('ignite_course_completed', 10 + i * 20, {
      attributes: { courseId: `course-${i}` },
    });
  }
  return out;
}

export interface Scenario {
  program: Program;
  partner: PartnerProfile;
  events: PerformanceEvent[];
  asOfMs: number;
  asOf: string;
}

/** A program, a partner, its ledger (part rich, part random) and asOf. */
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
    return {
      program: r.program,
      partner,
      events,
      asOfMs: r.asOfMs,
      asOf: new Date(r.asOfMs).toISOString(),
    };
  });
