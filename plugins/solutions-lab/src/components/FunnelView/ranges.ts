import { DAY_MS } from '@partner-studio/scoring';

/** A date range of the funnel, relative to today. */
export interface FunnelRange {
  id: string;
  label: string;
  /** The range's first day, `YYYY-MM-DD` (UTC); the range ends now. */
  from(now: number): string;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ranges offered, shortest first; the backend allows up to 1098 days. */
export const FUNNEL_RANGES: readonly FunnelRange[] = [
  { id: '30d', label: 'Last 30 days', from: now => isoDay(now - 30 * DAY_MS) },
  { id: '90d', label: 'Last 90 days', from: now => isoDay(now - 90 * DAY_MS) },
  {
    id: 'ytd',
    label: 'This year',
    from: now => `${new Date(now).getUTCFullYear()}-01-01`,
  },
  {
    id: '12m',
    label: 'Last 12 months',
    from: now => isoDay(now - 365 * DAY_MS),
  },
  {
    id: '3y',
    label: 'Last 3 years',
    from: now => isoDay(now - 3 * 365 * DAY_MS),
  },
];

/** The default range: a year, as the backend's default. */
export const DEFAULT_RANGE_ID = '12m';
