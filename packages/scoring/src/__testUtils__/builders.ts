import { DAY_MS } from '../time';
import type { PerformanceEvent } from '../events';
import type { BusinessModelId, EventType } from '../ids';
import type { PartnerProfile } from '../standing';

export const DAY = DAY_MS;

/** The evaluation date of the examples. */
export const AS_OF = '2023-12-01T00:00:00.000Z';
const AS_OF_MS = Date.parse(AS_OF);

/** ISO timestamp `days` days before AS_OF (negative: after it). */
export function daysAgo(days: number, from: string = AS_OF): string {
  return new Date(Date.parse(from) - days * DAY).toISOString();
}

export function daysAfter(days: number): string {
  return new Date(AS_OF_MS + days * DAY).toISOString();
}

/** The partner of the examples, identified by its catalog entity ref. */
export const PARTNER = 'group:default/northwind-cloud';

let counter = 0;

/**
 * A canonical event of PARTNER that happened `ago` days before AS_OF.
 * Ids are sequential unless given.
 */
export function event(
  type: EventType,
  ago: number,
  fields: Partial<Omit<PerformanceEvent, 'type' | 'occurredAt'>> = {},
): PerformanceEvent {
  counter += 1;
  return {
    id: fields.id ?? `e${counter}`,
    partnerId: PARTNER,
    type,
    occurredAt: daysAgo(ago),
    ...fields,
  };
}

export function partner(
  businessModels: BusinessModelId[],
  extra: Partial<PartnerProfile> = {},
): PartnerProfile {
  return { id: PARTNER, businessModels, ...extra };
}

/** Sum of numbers in integer hundredths (points have two decimals). */
export function cents(values: number[]): number {
  return values.reduce((sum, v) => sum + Math.round(v * 100), 0);
}
