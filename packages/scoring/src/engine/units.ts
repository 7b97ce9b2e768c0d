/**
 * Exact arithmetic for the engine's sums.
 *
 * Every amount is counted in integer cents and every quantity in integer
 * thousandths ("units"), so sums do not depend on the order of events and
 * what leaves a window is subtracted exactly (no 2.8e-17 left behind). One
 * event carries at most 10^14 units (`EVENT_LIMITS`), below 2^47. A sum is
 * kept as two doubles, the high and the low 24-bit limbs of its events'
 * units: each limb sum stays an exact integer for up to 2^29 events, and
 * adding or removing an event changes both limbs by exact integers.
 */
import * as limits from '../limits';

// Under the CommonJS transform the backends and the bench run with, every
// use of an imported binding is a getter call; the hot paths read these once,
// as module constants.
const { AMOUNT_UNITS_PER_USD, QUANTITY_UNITS_PER_ONE } = limits;
const { maxAmount: MAX_AMOUNT, maxQuantity: MAX_QUANTITY } =
  limits.EVENT_LIMITS;

/** 2^24: the weight of the high limb. */
export const LIMB = 16_777_216;

/** The high limb of a unit count (the low one is `units - high * LIMB`). */
export function highLimb(units: number): number {
  return Math.floor(units / LIMB);
}

/** Adds (sign 1) or removes (sign -1) `units` to the limb pair at `i`. */
export function addLimbs(
  high: Float64Array,
  low: Float64Array,
  i: number,
  units: number,
  sign: number,
): void {
  const h = Math.floor(units / LIMB);
  high[i] += sign * h;
  low[i] += sign * (units - h * LIMB);
}

/**
 * The value of a limb pair: exact below 2^53, otherwise the correctly
 * rounded double of the exact sum (so equal sums give equal values).
 */
export function limbValue(
  high: Float64Array,
  low: Float64Array,
  i: number,
): number {
  return high[i] * LIMB + low[i];
}

/** Which numeric field of an event feeds an aggregate. */
export const FIELD_ONE = 0;
export const FIELD_QUANTITY = 1;
export const FIELD_AMOUNT = 2;
export type FieldCode = 0 | 1 | 2;

/** Units per 1 of a field: counts 1, quantities 1000, amounts 100. */
export function unitsPerOne(field: FieldCode): number {
  if (field === FIELD_AMOUNT) {
    return AMOUNT_UNITS_PER_USD;
  }
  return field === FIELD_QUANTITY ? QUANTITY_UNITS_PER_ONE : 1;
}

/**
 * Whether an event's numbers are readable: absent, or finite, zero or more
 * and within `EVENT_LIMITS`. The engine ignores events that are not, like
 * `parseEvent` refuses them.
 */
export function readableNumbers(quantity: unknown, amount: unknown): boolean {
  return (
    (quantity === undefined ||
      (typeof quantity === 'number' &&
        quantity >= 0 &&
        quantity <= MAX_QUANTITY)) &&
    (amount === undefined ||
      (typeof amount === 'number' && amount >= 0 && amount <= MAX_AMOUNT))
  );
}

/**
 * Points of a metric value, in integer hundredths of a point:
 * `maxPoints × min(1, value / target)`, rounded half up to 0.01.
 */
export function pointsCents(
  value: number,
  target: number,
  maxCents: number,
): number {
  if (!(value > 0)) {
    return 0;
  }
  return value >= target ? maxCents : Math.round((maxCents * value) / target);
}
