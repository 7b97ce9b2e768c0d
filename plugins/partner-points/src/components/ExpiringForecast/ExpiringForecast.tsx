import Box from '@material-ui/core/Box';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { Program, Standing } from '@partner-studio/scoring';
import {
  formatDate,
  formatPoints,
  formatRelativeDays,
  WholeWordTable,
} from '@partner-studio/plugin-partner-studio-react';
import { firstTierDrop, pointsToKeepTier } from '../../utils/tiers';
import { useCompactTableStyles } from '../CompactTable';

/** A forecast day's change: points lost (−), gained (+), or none (tier only). */
function signedChange(pointsLost: number): string {
  if (pointsLost === 0) {
    return formatPoints(0);
  }
  return `${pointsLost < 0 ? '+' : '−'}${formatPoints(Math.abs(pointsLost))}`;
}

function metricNames(standing: Standing, metricIds: string[]): string {
  const names = metricIds.map(
    id => standing.metrics.find(metric => metric.id === id)?.name ?? id,
  );
  return Array.from(new Set(names)).join(', ');
}

/**
 * The forecast sentence, e.g. "You fall to Advanced on 12 January 2027
 * unless you earn 150 points." `undefined` when no tier drop is forecast.
 */
export function tierDropSentence(
  standing: Standing,
  program?: Pick<Program, 'tiers'>,
): string | undefined {
  const drop = firstTierDrop(standing);
  if (!drop) {
    return undefined;
  }
  const threshold = program?.tiers.find(t => t.id === standing.tier)?.threshold;
  const needed = pointsToKeepTier(drop, threshold);
  const prefix = `You fall to ${drop.resultingTierName} on ${formatDate(
    drop.date,
  )}`;
  if (needed === undefined) {
    return `${prefix} unless you earn new points before then.`;
  }
  if (needed === 0) {
    return `${prefix} unless you renew the expiring points in ${metricNames(
      standing,
      drop.metricIds,
    )} before then.`;
  }
  return `${prefix} unless you earn ${formatPoints(needed)} point${
    needed === 1 ? '' : 's'
  } before then.`;
}

/** Props of {@link ExpiringForecast}. */
export interface ExpiringForecastProps {
  standing: Standing;
  program?: Pick<Program, 'tiers'>;
  /** Only the sentence (cards and widgets), not the table of dates. */
  compact?: boolean;
}

/**
 * Points that will leave their window in the next 90 days, and the tier the
 * partner would fall to unless it earns new points.
 */
export function ExpiringForecast(props: ExpiringForecastProps) {
  const { standing, program, compact = false } = props;
  const classes = useCompactTableStyles();
  const sentence = tierDropSentence(standing, program);

  if (compact) {
    return sentence ? (
      <Alert severity="warning" role="status">
        {sentence}
      </Alert>
    ) : null;
  }

  if (standing.expiring.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No points expire in the next 90 days. Points count for the window of
        their metric; keep earning to stay ahead of the oldest ones.
      </Typography>
    );
  }

  return (
    <Box>
      {sentence ? (
        <Alert severity="warning" role="status">
          {sentence}
        </Alert>
      ) : (
        <Alert severity="info" role="status">
          Some points expire in the next 90 days, but you keep the{' '}
          {standing.tierName} tier.
        </Alert>
      )}
      <WholeWordTable
        size="small"
        className={classes.table}
        aria-label="Points expiring in the next 90 days"
      >
        <TableHead>
          <TableRow>
            <TableCell>Date</TableCell>
            <TableCell align="right">Points change</TableCell>
            <TableCell>Metrics</TableCell>
            <TableCell align="right">Total afterwards</TableCell>
            <TableCell>Tier afterwards</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {standing.expiring.map(entry => (
            <TableRow key={entry.date}>
              <TableCell className={classes.oneLine}>
                {formatDate(entry.date)}
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="div"
                >
                  {formatRelativeDays(entry.date, standing.asOf)}
                </Typography>
              </TableCell>
              <TableCell align="right" className={classes.oneLine}>
                {signedChange(entry.points)}
              </TableCell>
              <TableCell>{metricNames(standing, entry.metricIds)}</TableCell>
              <TableCell align="right" className={classes.oneLine}>
                {formatPoints(entry.resultingTotalPoints)}
              </TableCell>
              <TableCell className={classes.oneLine}>
                {entry.resultingTierName}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </WholeWordTable>
    </Box>
  );
}
