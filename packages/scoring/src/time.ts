/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses a strict ISO 8601 date-time with a timezone (`Z` or `±hh:mm`), or a
 * plain date (`YYYY-MM-DD`, read as midnight UTC), to epoch milliseconds.
 * Returns `undefined` for anything else, including impossible calendar dates
 * such as `2023-02-30`.
 */
export function parseIsoStrict(value: string): number | undefined {
  const m = DATE_TIME_RE.exec(value);
  if (!m) {
    return undefined;
  }
  const [, ys, mos, ds, hs, mis, ss, fs, zone] = m;
  if (hs !== undefined && zone === undefined) {
    // A date-time without a timezone is ambiguous.
    return undefined;
  }
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = hs === undefined ? 0 : Number(hs);
  const minute = mis === undefined ? 0 : Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  const millis = fs === undefined ? 0 : Number(fs.slice(0, 3).padEnd(3, '0'));
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  let offsetMs = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2, 4));
    if (oh > 23 || om > 59) {
      return undefined;
    }
    offsetMs = sign * (oh * 60 + om) * 60_000;
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC maps years 0-99 to 1900-1999; fix that up.
  const date = new Date(utc);
  if (year < 100) {
    date.setUTCFullYear(year);
  }
  return date.getTime() - offsetMs;
}

/** Epoch milliseconds to the canonical `YYYY-MM-DDTHH:mm:ss.sssZ` form. */
export function toIso(ms: number): string {
  return fastIso(ms);
}

// Days from 1970-01-01 to the given civil date (proleptic Gregorian), after
// Howard Hinnant's days_from_civil.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Epoch day number of January 1st of each year 0000–9999 (and 10000). */
const YEAR_START_DAY = Int32Array.from({ length: 10001 }, (_, y) =>
  daysFromCivil(y, 1, 1),
);

/** Whether each year 0000–9999 is a leap year. */
const LEAP_YEAR = Uint8Array.from({ length: 10000 }, (_, y) =>
  (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 1 : 0,
);

/** Days before each month (1-based; index 13 = days in the year), by leap. */
const MONTH_START = [
  Int32Array.of(0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365),
  Int32Array.of(0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366),
];

/** Whether `s` has the shape of a canonical timestamp (`YYYY-MM-DDTHH:mm:ss.sssZ`). */
export function isCanonicalShape(s: string): boolean {
  return (
    s.length === 24 &&
    s.charCodeAt(23) === 90 /* Z */ &&
    s.charCodeAt(10) === 84 /* T */ &&
    s.charCodeAt(4) === 45 /* - */ &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(13) === 58 /* : */ &&
    s.charCodeAt(16) === 58 &&
    s.charCodeAt(19) === 46 /* . */
  );
}

/** The two-digit number at s[i..i+1], or -1 when either is not a digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The epoch day number of a canonical-shaped timestamp's date, validated
 * (digits, month, day of month), or NaN. Lets the engine skip events far
 * outside every window before reading their time of day.
 */
export function canonicalDay(s: string): number {
  const century = twoDigits(s, 0);
  const yy = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1) {
    return NaN;
  }
  const year = century * 100 + yy;
  const starts = MONTH_START[LEAP_YEAR[year]];
  if (day > starts[month + 1] - starts[month]) {
    return NaN;
  }
  return YEAR_START_DAY[year] + starts[month] + day - 1;
}

/** Milliseconds since midnight of a canonical-shaped timestamp, validated, or NaN. */
export function canonicalTimeOfDay(s: string): number {
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  const m0 = s.charCodeAt(20) - 48;
  const m1 = s.charCodeAt(21) - 48;
  const m2 = s.charCodeAt(22) - 48;
  if (
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59 ||
    !(m0 >= 0 && m0 <= 9 && m1 >= 0 && m1 <= 9 && m2 >= 0 && m2 <= 9)
  ) {
    return NaN;
  }
  return (
    hour * 3_600_000 + minute * 60_000 + second * 1000 + m0 * 100 + m1 * 10 + m2
  );
}

/**
 * Fast epoch-milliseconds of an event timestamp. Canonical UTC strings as
 * produced by `parseEvent` (`YYYY-MM-DDTHH:mm:ss.sssZ`) are validated
 * character by character without allocating; anything else (offsets, a
 * space or a lower-case t, no milliseconds, a plain date) goes through
 * {@link parseIsoStrict}. Returns NaN when the value is not a valid
 * timestamp.
 */
export function eventTimeMs(s: string): number {
  if (isCanonicalShape(s)) {
    return canonicalDay(s) * DAY_MS + canonicalTimeOfDay(s);
  }
  const parsed = parseIsoStrict(s);
  return parsed === undefined ? NaN : parsed;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) =>
  i < 10 ? `0${i}` : String(i),
);
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) =>
  String(i).padStart(3, '0'),
);

/**
 * `toISOString()` for years 0000–9999, several times faster (it avoids
 * creating a Date); other values go through `Date`.
 */
export function fastIso(ms: number): string {
  if (!(ms >= -62_167_219_200_000 && ms <= 253_402_300_799_999)) {
    return new Date(ms).toISOString();
  }
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const millis = rest - second * 1000;
  // civil_from_days (Howard Hinnant)
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe -
      Math.floor(doe / 1460) +
      Math.floor(doe / 36524) -
      Math.floor(doe / 146096)) /
      365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${TWO_DIGITS[Math.floor(year / 100)]}${TWO_DIGITS[year % 100]}-${
    TWO_DIGITS[month]
  }-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${
    TWO_DIGITS[second]
  }.${THREE_DIGITS[millis]}Z`;
}

/** Accepts an ISO string or a Date; throws a RangeError when invalid. */
export function toEpochMs(value: string | Date, what: string): number {
  let ms: number | undefined;
  if (value instanceof Date) {
    ms = value.getTime();
  } else if (typeof value === 'string') {
    ms = parseIsoStrict(value);
  }
  if (ms === undefined || !Number.isFinite(ms)) {
    throw new RangeError(
      `${what} must be an ISO 8601 date-time with timezone (e.g. 2023-03-01T00:00:00Z) or a valid Date, got ${String(
        value,
      )}`,
    );
  }
  return ms;
}

/** The earliest and latest timestamps with a canonical 24-character form. */
export const MIN_ISO = '0000-01-01T00:00:00.000Z';
export const MAX_ISO = '9999-12-31T23:59:59.999Z';
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_799_999;

/**
 * Canonical ISO form of a timestamp, clamped to years 0000–9999 so that every
 * bound compares correctly, as a string, with canonical event timestamps.
 */
export function isoClamped(ms: number): string {
  if (ms <= MIN_MS) {
    return MIN_ISO;
  }
  if (ms >= MAX_MS) {
    return MAX_ISO;
  }
  return toIso(ms);
}

/**
 * The canonical 24-character UTC form of a timestamp string, or undefined
 * when it is not a valid ISO 8601 date-time (with timezone) or date.
 */
export function canonicalIso(value: string | Date): string | undefined {
  let ms: number | undefined;
  if (value instanceof Date) {
    ms = value.getTime();
  } else if (typeof value === 'string') {
    ms = parseIsoStrict(value);
  }
  if (ms === undefined || !(ms >= MIN_MS && ms <= MAX_MS)) {
    return undefined;
  }
  return toIso(ms);
}
