import type { HubUsageReport } from '@partner-studio/plugin-partner-studio-common';
import type { ToolUsage } from '../../api/contractTypes';
import type { WeekBar } from './WeeklyBarChart';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The Mondays of the report, `from` included, `to` excluded. */
export function reportWeeks(report: HubUsageReport): string[] {
  const weeks: string[] = [];
  const to = Date.parse(report.to);
  for (let t = Date.parse(report.from); t < to; t += WEEK_MS) {
    weeks.push(new Date(t).toISOString());
  }
  return weeks;
}

function weekKey(iso: string): string {
  return iso.slice(0, 10);
}

/** A tool's launches in every week of the report (weeks without launches are 0). */
export function toolWeeks(tool: ToolUsage, weeks: string[]): WeekBar[] {
  const byWeek = new Map(
    tool.weeks.map(w => [weekKey(w.weekStart), w.launches]),
  );
  return weeks.map(weekStart => ({
    weekStart,
    launches: byWeek.get(weekKey(weekStart)) ?? 0,
  }));
}

/** Every tool's launches summed per week. */
export function totalWeeks(report: HubUsageReport): WeekBar[] {
  const weeks = reportWeeks(report);
  const totals = weeks.map(weekStart => ({ weekStart, launches: 0 }));
  for (const tool of report.tools) {
    toolWeeks(tool, weeks).forEach((week, i) => {
      totals[i].launches += week.launches;
    });
  }
  return totals;
}

/** `Up 25%`, `Down 10%`, `Flat`, `New`, `No launches`: the last 4 weeks against the 4 before. */
export function trendText(tool: ToolUsage): string {
  const percent =
    tool.trendPercent === undefined ? '' : ` ${Math.abs(tool.trendPercent)}%`;
  switch (tool.trend) {
    case 'up':
      return `Up${percent}`;
    case 'down':
      return `Down${percent}`;
    case 'flat':
      return 'Flat';
    case 'new':
      return 'New';
    default:
      return 'No recent launches';
  }
}
