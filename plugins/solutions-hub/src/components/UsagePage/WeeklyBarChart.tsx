import { useId } from 'react';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { formatShortDate } from '@partner-studio/plugin-partner-studio-react';

/** One bar: a week and its launches. */
export interface WeekBar {
  weekStart: string;
  launches: number;
}

/** Props of {@link WeeklyBarChart}. */
export interface WeeklyBarChartProps {
  weeks: WeekBar[];
  /** What the chart shows, e.g. `Launches per week, all tools`. */
  title: string;
  /** A sparkline: no axis text, hidden from assistive technology (a table has the numbers). */
  compact?: boolean;
}

const SIZE = {
  full: {
    width: 720,
    height: 200,
    pad: { top: 12, right: 8, bottom: 28, left: 44 },
  },
  compact: {
    width: 160,
    height: 32,
    pad: { top: 2, right: 0, bottom: 2, left: 0 },
  },
};

const useStyles = makeStyles(theme => ({
  svg: { width: '100%', height: 'auto', display: 'block' },
  compact: { width: 160, height: 32, display: 'block' },
  axis: {
    fill: theme.palette.text.secondary,
    fontSize: 11,
    fontFamily: theme.typography.fontFamily,
  },
}));

/**
 * Launches per week as bars (a small, dependency-free SVG, like partner
 * points' trend chart). The full chart has a title and a description with
 * its numbers; the compact one is decorative beside numbers in a table.
 */
export function WeeklyBarChart(props: WeeklyBarChartProps) {
  const { weeks, title, compact } = props;
  const classes = useStyles();
  const theme = useTheme();
  const id = useId();
  const { width, height, pad } = compact ? SIZE.compact : SIZE.full;
  const max = Math.max(1, ...weeks.map(w => w.launches));
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const slot = innerW / Math.max(1, weeks.length);
  const barW = Math.max(1, slot * 0.7);
  const y = (v: number) => pad.top + innerH - (v / max) * innerH;
  const total = weeks.reduce((sum, w) => sum + w.launches, 0);
  const peak = weeks.reduce<WeekBar | undefined>(
    (best, w) => (!best || w.launches > best.launches ? w : best),
    undefined,
  );
  const description =
    weeks.length === 0
      ? 'No weeks.'
      : `${total} launches over ${weeks.length} weeks from ${formatShortDate(
          weeks[0].weekStart,
        )}; the most, ${peak?.launches ?? 0}, in the week of ${formatShortDate(
          peak?.weekStart ?? weeks[0].weekStart,
        )}.`;

  return (
    <svg
      className={compact ? classes.compact : classes.svg}
      viewBox={`0 0 ${width} ${height}`}
      {...(compact
        ? { 'aria-hidden': true, focusable: false }
        : { role: 'img', 'aria-labelledby': `${id}-title ${id}-desc` })}
    >
      {!compact && (
        <>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {[0, 0.5, 1].map(f => (
            <g key={f}>
              <line
                x1={pad.left}
                x2={width - pad.right}
                y1={y(max * f)}
                y2={y(max * f)}
                stroke={theme.palette.divider}
              />
              <text
                className={classes.axis}
                x={pad.left - 6}
                y={y(max * f) + 4}
                textAnchor="end"
              >
                {Math.round(max * f)}
              </text>
            </g>
          ))}
        </>
      )}
      {weeks.map((week, i) => (
        <rect
          key={week.weekStart}
          x={pad.left + i * slot + (slot - barW) / 2}
          y={y(week.launches)}
          width={barW}
          height={Math.max(0, pad.top + innerH - y(week.launches))}
          fill={theme.palette.primary.main}
        >
          {!compact && (
            <title>
              {`Week of ${formatShortDate(week.weekStart)}: ${week.launches} ${
                week.launches === 1 ? 'launch' : 'launches'
              }`}
            </title>
          )}
        </rect>
      ))}
      {!compact && weeks.length > 0 && (
        <>
          <text className={classes.axis} x={pad.left} y={height - 8}>
            {formatShortDate(weeks[0].weekStart)}
          </text>
          <text
            className={classes.axis}
            x={width - pad.right}
            y={height - 8}
            textAnchor="end"
          >
            {formatShortDate(weeks[weeks.length - 1].weekStart)}
          </text>
        </>
      )}
    </svg>
  );
}
