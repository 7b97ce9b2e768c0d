/*
 * Deterministic partner ledgers for the benchmark: partners of varied size
 * (so that they land in every tier), every event type of the program, some
 * events too old for any window, some dated after asOf, a few refunds
 * (reversals), deals won under GTM plays, and events naming ids the
 * program's catalogues do not know. Events come in ledger order (by
 * occurredAt, then id), as the points backend reads them.
 *
 * Ids are flat strings, as a database driver or `JSON.parse` hands them
 * over: a template literal such as `${id}-e${i}` makes a rope (a V8
 * ConsString), which every comparison or hash of the id would first have to
 * walk or flatten — a cost that ids read from the points store never have.
 */
import {
  BUSINESS_MODEL_IDS,
  BusinessModelId,
  EventType,
  PartnerProfile,
  PerformanceEvent,
  Program,
} from '../src';
import { compareText } from '../src/compareText';

export const DAY = 86_400_000;

/** A small, fast, seeded PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPE_WEIGHTS: Array<[EventType, number]> = [
  ['opportunity_registered', 12],
  ['deal_won', 12],
  ['deal_influenced', 5],
  ['renewal_booked', 6],
  ['upsell_booked', 5],
  ['licenses_purchased', 8],
  ['licenses_deployed', 10],
  ['consumption_reported', 10],
  ['service_days_delivered', 8],
  ['managed_service_month', 8],
  ['certification_earned', 4],
  ['competency_earned', 1],
  ['specialization_earned', 1],
  ['ignite_course_completed', 6],
  ['play_executed', 3],
  ['lab_stage_completed', 1],
];
const TYPE_TABLE: EventType[] = TYPE_WEIGHTS.flatMap(([t, w]) =>
  new Array<EventType>(w).fill(t),
);
const HISTORY_DAYS = 3 * 365;
/** Share of events that are refunds of an earlier event. */
const REVERSAL_SHARE = 0.003;

/**
 * A flat copy of a string built by concatenation (see the file comment):
 * what a database driver or `JSON.parse` would return for the same text.
 */
export function flatString(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

export interface GeneratedPartner {
  partner: PartnerProfile;
  events: PerformanceEvent[];
}

/** Returns a generator of partners for a program and an evaluation date. */
export function ledgerGenerator(
  program: Program,
  asOfMs: number,
): (index: number, eventCount: number) => GeneratedPartner {
  const plays = program.plays;
  const courses = [...program.igniteCourses.map(c => c.id), 'retired-course'];
  const specializations = [
    ...program.specializations.map(s => s.id),
    'made-up-specialization',
  ];
  const competencies = [
    ...program.competencies.map(c => c.id),
    'cloud-infrastructure',
    'security',
  ];
  const options = ['build', 'resell', 'collaborate'];

  return function generatePartner(index, eventCount) {
    const rnd = mulberry32(index * 7919 + 17);
    const id = flatString(`group:default/partner-${index}`);
    const models: BusinessModelId[] = [
      BUSINESS_MODEL_IDS[Math.floor(rnd() * 4)],
    ];
    if (rnd() < 0.4) {
      const second = BUSINESS_MODEL_IDS[Math.floor(rnd() * 4)];
      if (second !== models[0]) {
        models.push(second);
      }
    }
    // Partners differ in size: small ones have fewer recent events (the rest
    // of their ledger is older than every window) and smaller deals.
    const size = rnd() * rnd();
    const recentShare = 0.2 + 0.8 * size;
    const scale = 0.3 + size;
    const customers = Array.from({ length: 40 }, (_, k) =>
      flatString(`${id}-c${k}`),
    );
    const events: PerformanceEvent[] = new Array(eventCount);
    const times = new Float64Array(eventCount);
    for (let i = 0; i < eventCount; i++) {
      let type = TYPE_TABLE[Math.floor(rnd() * TYPE_TABLE.length)];
      // Recent events fall in the last 3 years; ~1% lie after asOf (within
      // the forecast horizon); the rest are 3 to 6 years old (outside every
      // window). A refund follows its event by up to 60 days.
      let ms =
        rnd() < recentShare
          ? asOfMs -
            Math.floor(rnd() * HISTORY_DAYS * DAY) +
            (rnd() < 0.01 ? 20 * DAY : 0)
          : asOfMs - Math.floor((HISTORY_DAYS + rnd() * HISTORY_DAYS) * DAY);
      let reversed = -1;
      if (i > 0 && rnd() < REVERSAL_SHARE) {
        type = 'event_reversed';
        reversed = Math.floor(rnd() * i);
        ms = times[reversed] + Math.floor(rnd() * 60 * DAY);
      }
      times[i] = ms;
      let quantity: number | undefined;
      let amount: number | undefined;
      let attributes: PerformanceEvent['attributes'];
      let customerId: string | undefined =
        customers[Math.floor(rnd() * customers.length)];
      switch (type) {
        case 'deal_won': {
          amount = Math.round(scale * (5_000 + rnd() * rnd() * 300_000));
          const r = rnd();
          if (r < 0.3) {
            const play = plays[Math.floor(rnd() * plays.length)];
            attributes = { play: play.kind, playId: play.id };
          } else if (r < 0.35) {
            attributes = { product: 'vendor-success-package' };
          }
          break;
        }
        case 'deal_influenced':
        case 'opportunity_registered':
          amount = Math.round(scale * (5_000 + rnd() * rnd() * 300_000));
          break;
        case 'renewal_booked':
        case 'upsell_booked':
          amount = Math.round(scale * (2_000 + rnd() * 80_000));
          break;
        case 'consumption_reported':
          amount = Math.round(scale * (1_000 + rnd() * 40_000));
          break;
        case 'managed_service_month':
          amount = Math.round(scale * (1_000 + rnd() * 9_000));
          break;
        case 'licenses_purchased':
          quantity = 10 + Math.floor(rnd() * 300);
          break;
        case 'licenses_deployed':
          quantity = 5 + Math.floor(rnd() * 250);
          break;
        case 'service_days_delivered':
          quantity = 1 + Math.floor(rnd() * 30);
          break;
        case 'certification_earned':
          customerId = undefined;
          quantity = 1 + Math.floor(rnd() * 3);
          attributes = { certification: 'cloud-infrastructure-professional' };
          break;
        case 'competency_earned':
          customerId = undefined;
          attributes = {
            competency: competencies[Math.floor(rnd() * competencies.length)],
          };
          break;
        case 'specialization_earned':
          customerId = undefined;
          attributes = {
            specialization:
              specializations[Math.floor(rnd() * specializations.length)],
            option: options[Math.floor(rnd() * options.length)],
          };
          break;
        case 'ignite_course_completed':
          customerId = undefined;
          attributes = {
            courseId: courses[Math.floor(rnd() * courses.length)],
          };
          break;
        case 'play_executed': {
          const play = plays[Math.floor(rnd() * plays.length)];
          attributes = { play: play.kind, playId: play.id };
          break;
        }
        case 'lab_stage_completed':
          customerId = undefined;
          attributes = {
            stage: 'validation',
            playbook: 'solution-development',
          };
          break;
        case 'event_reversed':
          customerId = undefined;
          attributes = {
            reversedEventId: flatString(`${id}-e${reversed}`),
            reason: 'refund',
          };
          break;
        default:
          break;
      }
      // Same shape for every event, as a backend mapping rows would produce.
      events[i] = {
        id: flatString(`${id}-e${i}`),
        partnerId: id,
        type,
        occurredAt: new Date(ms).toISOString(),
        businessModel:
          rnd() < 0.7 ? models[Math.floor(rnd() * models.length)] : undefined,
        customerId,
        quantity,
        amount,
        attributes,
      };
    }
    // Ledger order: by occurredAt, then id.
    events.sort(
      (a, b) =>
        compareText(a.occurredAt, b.occurredAt) || compareText(a.id, b.id),
    );
    return {
      partner: {
        id,
        businessModels: models,
        pinnacleInvited: index % 50 === 0,
      },
      events,
    };
  };
}
