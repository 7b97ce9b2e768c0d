import { DAY_MS } from '@partner-studio/scoring';

/**
 * Date formatting of Partner Studio. Program dates are calendar days in UTC
 * (a window ends at midnight UTC), so dates are shown in UTC too: the same
 * day for every reader, whatever their time zone.
 */
const LOCALE = 'en-GB';

const longDateFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const relativeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });

/** A date as epoch milliseconds, or `undefined` when it is not a date. */
function toMillis(date: string | Date | number): number | undefined {
  let ms: number;
  if (typeof date === 'number') {
    ms = date;
  } else if (date instanceof Date) {
    ms = date.getTime();
  } else {
    ms = Date.parse(date);
  }
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * `2027-01-12` → `12 January 2027`. Text that is not a date is returned
 * unchanged.
 *
 * @public
 */
export function formatDate(date: string | Date): string {
  const ms = toMillis(date);
  return ms === undefined ? String(date) : longDateFormat.format(ms);
}

/**
 * `2027-01-12` → `12 Jan 2027`, for tables and chart axes.
 *
 * @public
 */
export function formatShortDate(date: string | Date): string {
  const ms = toMillis(date);
  return ms === undefined ? String(date) : shortDateFormat.format(ms);
}

/**
 * Calendar days (UTC) from `from` to `to`: `1` for tomorrow, `-2` for the day
 * before yesterday, `0` for the same day whatever the hours.
 *
 * @public
 */
export function daysBetween(
  from: string | Date | number,
  to: string | Date | number,
): number {
  const start = toMillis(from);
  const end = toMillis(to);
  if (start === undefined || end === undefined) {
    return NaN;
  }
  return Math.floor(end / DAY_MS) - Math.floor(start / DAY_MS);
}

/**
 * How far a date is from `now` in calendar days: `today`, `tomorrow`,
 * `in 53 days`, `yesterday`, `3 days ago`. Pass the moment the data is
 * about as `now` (e.g. a standing's `asOf`) so the words match the data.
 *
 * @public
 */
export function formatRelativeDays(
  date: string | Date | number,
  now: string | Date | number = Date.now(),
): string {
  const days = daysBetween(now, date);
  return Number.isNaN(days) ? String(date) : relativeFormat.format(days, 'day');
}
