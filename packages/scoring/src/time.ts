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

/** Digit value of s[i], or -1000 (which invalidates any sum) if not a digit. */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1000;
}

/**
 * Fast epoch-milliseconds of an event timestamp. Canonical UTC strings as
 * produced by `parseEvent` (`YYYY-MM-DDTHH:mm:ss.sssZ`) take an
 * allocation-free path; anything else goes through {@link parseIsoStrict}.
 * Returns NaN when the value is not a valid timestamp.
 */
export function eventTimeMs(s: string): number {
  if (
    s.length === 24 &&
    s.charCodeAt(23) === 90 /* Z */ &&
    s.charCodeAt(10) === 84 /* T */ &&
    s.charCodeAt(4) === 45 /* - */ &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(13) === 58 /* : */ &&
    s.charCodeAt(16) === 58 &&
    s.charCodeAt(19) === 46 /* . */
  ) {
    const year =
      digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
    const month = digit(s, 5) * 10 + digit(s, 6);
    const day = digit(s, 8) * 10 + digit(s, 9);
    const hour = digit(s, 11) * 10 + digit(s, 12);
    const minute = digit(s, 14) * 10 + digit(s, 15);
    const second = digit(s, 17) * 10 + digit(s, 18);
    const millis = digit(s, 20) * 100 + digit(s, 21) * 10 + digit(s, 22);
    if (
      year >= 0 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59 &&
      millis >= 0
    ) {
      return (
        daysFromCivil(year, month, day) * DAY_MS +
        hour * 3_600_000 +
        minute * 60_000 +
        second * 1000 +
        millis
      );
    }
    return NaN;
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
