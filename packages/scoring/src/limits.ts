/**
 * The largest values a performance event may carry. `parseEvent` and
 * `safeParseEvent` refuse anything above them (naming the field and the
 * maximum), and the engine ignores events that exceed them, so that every
 * sum the engine makes stays finite and exact.
 *
 * Why these values:
 *
 * - `maxAmount` (USD): 10^12, a trillion dollars, is far above any single
 *   deal, renewal or consumption report, yet small enough that the engine can
 *   count amounts exactly in cents (10^14 cents per event; sums are kept in
 *   two 24-bit limbs, exact for up to 2^29 events per metric).
 * - `maxQuantity`: 10^9 licences, days or people in one event; quantities
 *   are counted exactly in thousandths (10^12 per event).
 * - `maxAttributes`, `maxAttributeKeyLength`, `maxAttributeValueLength`: the
 *   program reads a handful of short ids from `attributes` (a play, a course,
 *   a stage); 32 attributes of 64-character names and 256-character values
 *   leave room for the sender's own references without letting one event
 *   carry a document.
 * - `maxIdLength`: 256 characters for `id`, `partnerId` and `customerId`,
 *   enough for a catalog entity ref (`group:default/contoso-solutions`) or a
 *   CRM/LMS key.
 *
 * @public
 */
export const EVENT_LIMITS = Object.freeze({
  maxAmount: 1e12,
  maxQuantity: 1e9,
  maxAttributes: 32,
  maxAttributeKeyLength: 64,
  maxAttributeValueLength: 256,
  maxIdLength: 256,
});

/**
 * Amounts count to the cent: the engine works in integer hundredths of a
 * dollar, so that sums are exact and do not depend on the order of events.
 */
export const AMOUNT_UNITS_PER_USD = 100;

/** Quantities count to the thousandth (half a service day is 500 units). */
export const QUANTITY_UNITS_PER_ONE = 1000;

/**
 * Whether a string is well-formed UTF-16 (no lone surrogate): such strings
 * cannot be stored as UTF-8 or sent as JSON faithfully.
 */
export function isWellFormedText(value: string): boolean {
  return value.isWellFormed();
}

/**
 * Matches well-formed text, like {@link isWellFormedText} (with the `u` flag
 * a lone surrogate is a code point of category Cs, a pair is not). For
 * schemas: a zod `regex` check runs inside the string's own parse, where a
 * `refine` wraps the field in an effect that costs more than the rest of an
 * event's validation.
 */
export const WELL_FORMED_TEXT = /^\P{Cs}*$/u;
