import {
  WEEK_MS,
  type LaunchTotals,
  type WeeklyLaunches,
} from '../database/HubStore';
import { weekStartOf } from './popularity';

/** Weeks compared by the trend: the latest ones against as many before them. */
export const TREND_WEEKS = 4;

/** Which way a tool's launches go. */
export type UsageTrend = 'up' | 'down' | 'flat' | 'new' | 'none';

/** The usage of one tool over the report's weeks. */
export interface ToolUsage {
  toolRef: string;
  launches: number;
  distinctPartners: number;
  distinctUsers: number;
  lastLaunchedAt?: string;
  /** One entry per week of the report, oldest first, weeks without launches included. */
  weeks: Array<{
    weekStart: string;
    launches: number;
    distinctPartners: number;
  }>;
  trend: UsageTrend;
  /** Change of the last {@link TREND_WEEKS} weeks against the ones before, in percent; absent for `new` and `none`. */
  trendPercent?: number;
}

/** Launches per tool per week over a period. */
export interface UsageReport {
  /** Monday of the first week, ISO. */
  from: string;
  /** Monday after the last week, ISO (exclusive). */
  to: string;
  /** Distinct partners that launched any tool of the report. */
  distinctPartners: number;
  tools: ToolUsage[];
}

/** The weeks of a report of `weeks` weeks ending with the week of `now`. */
export function reportPeriod(weeks: number, now: number) {
  const to = weekStartOf(now) + WEEK_MS;
  return { from: to - weeks * WEEK_MS, to };
}

function trendOf(series: number[]): { trend: UsageTrend; percent?: number } {
  const recent = series.slice(-TREND_WEEKS).reduce((a, b) => a + b, 0);
  const before = series
    .slice(-2 * TREND_WEEKS, -TREND_WEEKS)
    .reduce((a, b) => a + b, 0);
  if (recent === 0 && before === 0) return { trend: 'none' };
  if (before === 0) return { trend: 'new' };
  const percent = Math.round(((recent - before) / before) * 100);
  if (percent >= 10) return { trend: 'up', percent };
  if (percent <= -10) return { trend: 'down', percent };
  return { trend: 'flat', percent };
}

/** Builds the usage report from the store's roll-ups. */
export function buildUsageReport(input: {
  from: number;
  to: number;
  weekly: readonly WeeklyLaunches[];
  totals: readonly LaunchTotals[];
  distinctPartners: number;
}): UsageReport {
  const weekStarts: number[] = [];
  for (let w = input.from; w < input.to; w += WEEK_MS) weekStarts.push(w);
  const byTool = new Map<string, Map<number, WeeklyLaunches>>();
  for (const row of input.weekly) {
    const weeks = byTool.get(row.toolRef) ?? new Map();
    weeks.set(row.weekStart, row);
    byTool.set(row.toolRef, weeks);
  }
  const tools = input.totals.map(total => {
    const weeks =
      byTool.get(total.toolRef) ?? new Map<number, WeeklyLaunches>();
    const series = weekStarts.map(w => ({
      weekStart: new Date(w).toISOString(),
      launches: weeks.get(w)?.launches ?? 0,
      distinctPartners: weeks.get(w)?.distinctPartners ?? 0,
    }));
    const { trend, percent } = trendOf(series.map(s => s.launches));
    return {
      toolRef: total.toolRef,
      launches: total.launches,
      distinctPartners: total.distinctPartners,
      distinctUsers: total.distinctUsers,
      lastLaunchedAt: new Date(total.lastLaunchedAt).toISOString(),
      weeks: series,
      trend,
      ...(percent !== undefined ? { trendPercent: percent } : {}),
    };
  });
  return {
    from: new Date(input.from).toISOString(),
    to: new Date(input.to).toISOString(),
    distinctPartners: input.distinctPartners,
    tools,
  };
}
