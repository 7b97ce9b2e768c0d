import { useId } from 'react';
import Box from '@material-ui/core/Box';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import {
  EmptyState,
  formatPoints,
  formatShortDate,
} from '@partner-studio/plugin-partner-studio-react';

/** One point of the trend. */
export interface TrendPoint {
  takenAt: string;
  totalPoints: number;
  /** Tier name at that time, shown in the data table. */
  tierName?: string;
}

/** A horizontal reference line, e.g. the next tier's threshold. */
export interface TrendThreshold {
  label: string;
  points: number;
}

/** Props of {@link TrendChart}. */
export interface TrendChartProps {
  points: TrendPoint[];
  thresholds?: TrendThreshold[];
  /** Accessible title of the chart. */
  title?: string;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 28, left: 56 };

const useStyles = makeStyles(theme => ({
  svg: {
    width: '100%',
    height: 'auto',
    display: 'block',
    overflow: 'visible',
  },
  axisText: {
    fill: theme.palette.text.secondary,
    fontSize: 11,
    fontFamily: theme.typography.fontFamily,
  },
  table: {
    borderCollapse: 'collapse',
    marginTop: theme.spacing(1),
    '& th, & td': {
      textAlign: 'left',
      padding: theme.spacing(0.5, 2, 0.5, 0),
      borderBottom: `1px solid ${theme.palette.divider}`,
      ...theme.typography.body2,
    },
  },
  summary: {
    cursor: 'pointer',
    ...theme.typography.body2,
    color: theme.palette.text.secondary,
    marginTop: theme.spacing(1),
  },
}));

function niceMax(value: number): number {
  if (value <= 0) return 10;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 2.5, 5, 10];
  for (const step of steps) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * A small, dependency-free SVG line chart of total points over time, with the
 * same data as a table for screen readers and keyboard users.
 */
export function TrendChart(props: TrendChartProps) {
  const { points, thresholds = [], title = 'Total points over time' } = props;
  const classes = useStyles();
  const theme = useTheme();
  const id = useId();

  if (points.length === 0) {
    return (
      <EmptyState
        compact
        title="No history yet"
        description="Snapshots of the standing are taken on a schedule and whenever the tier changes."
        nextStep="The trend appears after the first snapshot; the standing above is already up to date."
      />
    );
  }

  const times = points.map(p => new Date(p.takenAt).getTime());
  const minT = Math.min(...times);
  const maxT = Math.max(...times);
  const maxY = niceMax(
    Math.max(
      ...points.map(p => p.totalPoints),
      ...thresholds.map(t => t.points),
    ),
  );
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (t: number) =>
    PAD.left +
    (maxT === minT ? innerW / 2 : ((t - minT) / (maxT - minT)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / maxY) * innerH;
  const path = points
    .map(
      (p, i) =>
        `${i === 0 ? 'M' : 'L'}${x(times[i]).toFixed(1)},${y(
          p.totalPoints,
        ).toFixed(1)}`,
    )
    .join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(f => Math.round(maxY * f));
  const first = points[0];
  const last = points[points.length - 1];
  const description = `${points.length} snapshots from ${formatShortDate(
    first.takenAt,
  )} (${formatPoints(first.totalPoints)} points) to ${formatShortDate(
    last.takenAt,
  )} (${formatPoints(last.totalPoints)} points).`;

  return (
    <Box>
      <svg
        className={classes.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map(tick => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke={theme.palette.divider}
            />
            <text
              className={classes.axisText}
              x={PAD.left - 8}
              y={y(tick) + 4}
              textAnchor="end"
            >
              {formatPoints(tick)}
            </text>
          </g>
        ))}
        {thresholds.map(threshold => (
          <g key={threshold.label}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(threshold.points)}
              y2={y(threshold.points)}
              stroke={theme.palette.text.secondary}
              strokeDasharray="6 4"
            />
            <text
              className={classes.axisText}
              x={WIDTH - PAD.right}
              y={y(threshold.points) - 4}
              textAnchor="end"
            >
              {threshold.label} ({formatPoints(threshold.points)})
            </text>
          </g>
        ))}
        <text
          className={classes.axisText}
          x={PAD.left}
          y={HEIGHT - 8}
          textAnchor="start"
        >
          {formatShortDate(first.takenAt)}
        </text>
        {points.length > 1 && (
          <text
            className={classes.axisText}
            x={WIDTH - PAD.right}
            y={HEIGHT - 8}
            textAnchor="end"
          >
            {formatShortDate(last.takenAt)}
          </text>
        )}
        <path
          d={path}
          fill="none"
          stroke={theme.palette.primary.main}
          strokeWidth={2.5}
        />
        {points.map((p, i) => (
          <circle
            key={`${p.takenAt}-${i}`}
            cx={x(times[i])}
            cy={y(p.totalPoints)}
            r={3.5}
            fill={theme.palette.primary.main}
          />
        ))}
      </svg>
      <details>
        <summary className={classes.summary}>Show trend as a table</summary>
        <table className={classes.table}>
          <caption className={classes.summary}>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Total points</th>
              <th scope="col">Tier</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={`${p.takenAt}-${i}`}>
                <td>{formatShortDate(p.takenAt)}</td>
                <td>{formatPoints(p.totalPoints)}</td>
                <td>{p.tierName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Box>
  );
}
