import { WEEK_MS } from '../database/HubStore';
import { popularityFromLaunches, weekStartOf } from './popularity';
import { buildUsageReport, reportPeriod } from './usage';

const NOW = Date.UTC(2026, 11, 1, 10); // Tuesday 2026-12-01
const THIS_WEEK = Date.UTC(2026, 10, 30); // Monday

describe('weeks, popularity and usage trends', () => {
  it('starts weeks on Monday 00:00 UTC', () => {
    expect(weekStartOf(NOW)).toBe(THIS_WEEK);
    expect(weekStartOf(THIS_WEEK)).toBe(THIS_WEEK);
    expect(weekStartOf(THIS_WEEK - 1)).toBe(THIS_WEEK - WEEK_MS);
    expect(reportPeriod(4, NOW)).toEqual({
      from: THIS_WEEK - 3 * WEEK_MS,
      to: THIS_WEEK + WEEK_MS,
    });
  });

  it('weighs recent launches more, halving every two weeks, over twelve weeks', () => {
    const row = (toolRef: string, weeksAgo: number, launches: number) => ({
      toolRef,
      weekStart: THIS_WEEK - weeksAgo * WEEK_MS,
      launches,
      distinctPartners: 1,
      distinctUsers: 1,
    });
    const scores = popularityFromLaunches(
      [
        row('tool:default/now', 0, 4),
        row('tool:default/old', 4, 10),
        row('tool:default/old', 12, 100),
      ],
      NOW,
    );
    expect(scores.get('tool:default/now')).toBe(4);
    expect(scores.get('tool:default/old')).toBe(2.5);
  });

  it('fills empty weeks and says which way usage goes', () => {
    const { from, to } = reportPeriod(8, NOW);
    const week = (n: number) => from + n * WEEK_MS;
    const report = buildUsageReport({
      from,
      to,
      weekly: [
        {
          toolRef: 'tool:default/a',
          weekStart: week(0),
          launches: 2,
          distinctPartners: 1,
          distinctUsers: 1,
        },
        {
          toolRef: 'tool:default/a',
          weekStart: week(6),
          launches: 5,
          distinctPartners: 2,
          distinctUsers: 3,
        },
        {
          toolRef: 'tool:default/b',
          weekStart: week(7),
          launches: 1,
          distinctPartners: 1,
          distinctUsers: 1,
        },
      ],
      totals: [
        {
          toolRef: 'tool:default/a',
          launches: 7,
          distinctPartners: 2,
          distinctUsers: 3,
          lastLaunchedAt: week(6),
        },
        {
          toolRef: 'tool:default/b',
          launches: 1,
          distinctPartners: 1,
          distinctUsers: 1,
          lastLaunchedAt: week(7),
        },
      ],
      distinctPartners: 2,
    });
    const [a, b] = report.tools;
    expect(a.weeks).toHaveLength(8);
    expect(a.weeks.map(w => w.launches)).toEqual([2, 0, 0, 0, 0, 0, 5, 0]);
    expect(a).toMatchObject({ trend: 'up', trendPercent: 150 });
    expect(b).toMatchObject({ trend: 'new' });
    expect(b.trendPercent).toBeUndefined();
    expect(report.from).toBe('2026-10-12T00:00:00.000Z');
  });
});
