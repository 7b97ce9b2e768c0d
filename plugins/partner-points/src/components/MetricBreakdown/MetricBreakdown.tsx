import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  MetricStanding,
  Program,
  Standing,
} from '@partner-studio/scoring';
import {
  formatPoints,
  formatValue,
  ProgramNames,
  WholeWordTable,
} from '@partner-studio/plugin-partner-studio-react';

const useStyles = makeStyles(theme => ({
  shareRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 1fr) 2fr auto',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    padding: theme.spacing(0.5, 0),
  },
  bar: {
    height: theme.spacing(1),
    borderRadius: theme.shape.borderRadius,
  },
  pillarRow: {
    backgroundColor: theme.palette.background.default,
  },
  metricButton: {
    textTransform: 'none',
    textAlign: 'left',
    justifyContent: 'flex-start',
    padding: theme.spacing(0.25, 0.5),
    marginLeft: theme.spacing(-0.5),
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  pointsCell: {
    minWidth: '9rem',
  },
}));

/** A stable key for a metric row (per-business-model metrics repeat ids). */
export function metricKey(
  metric: Pick<MetricStanding, 'id' | 'businessModel'>,
) {
  return metric.businessModel
    ? `${metric.id}:${metric.businessModel}`
    : metric.id;
}

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, Math.max(0, (part / whole) * 100)) : 0;
}

function ShareRow(props: { label: string; points: number; of: number }) {
  const classes = useStyles();
  const { label, points, of } = props;
  return (
    <div className={classes.shareRow}>
      <Typography variant="body2">{label}</Typography>
      <LinearProgress
        className={classes.bar}
        variant="determinate"
        value={percent(points, of)}
        aria-label={`${label}: share of points`}
        aria-valuetext={`${formatPoints(points)} of ${formatPoints(of)} points`}
      />
      <Typography variant="body2">
        <strong>{formatPoints(points)}</strong> pts
      </Typography>
    </div>
  );
}

/** Props of {@link MetricBreakdown}. */
export interface MetricBreakdownProps {
  standing: Standing;
  /** The program, for the order of its pillars. */
  program?: Pick<Program, 'pillars'>;
  /** Names of business models and pillars, from the program. */
  names: ProgramNames;
  /** Called when the user asks for the events behind a metric. */
  onSelectMetric(metric: MetricStanding): void;
}

/**
 * Points by business model, by pillar and by metric. Each metric opens the
 * events that produced its points.
 */
export function MetricBreakdown(props: MetricBreakdownProps) {
  const { standing, program, names, onSelectMetric } = props;
  const classes = useStyles();

  const pillarIds = [
    ...(program?.pillars.map(p => p.id) ?? []),
    ...Object.keys(standing.pointsByPillar),
    ...standing.metrics.map(m => m.pillar),
  ].filter((id, index, all) => all.indexOf(id) === index);
  const pillars = pillarIds
    .map(id => {
      const metrics = standing.metrics.filter(m => m.pillar === id);
      return {
        id,
        name: names.pillar(id),
        points: standing.pointsByPillar[id] ?? 0,
        maxPoints: metrics.reduce((sum, m) => sum + m.maxPoints, 0),
        metrics,
      };
    })
    .filter(pillar => pillar.metrics.length > 0 || pillar.points > 0);
  const models = Object.entries(standing.pointsByBusinessModel) as Array<
    [string, number]
  >;

  return (
    <Box>
      <Grid container spacing={4}>
        <Grid item xs={12} md={6}>
          <Typography variant="h6" component="h3" gutterBottom>
            By business model
          </Typography>
          {models.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              No business model has earned points yet.
            </Typography>
          ) : (
            models.map(([id, points]) => (
              <ShareRow
                key={id}
                label={names.businessModel(id)}
                points={points}
                of={standing.totalPoints}
              />
            ))
          )}
          {standing.pooling.sharedPoints > 0 && (
            <ShareRow
              label="Shared (all models)"
              points={standing.pooling.sharedPoints}
              of={standing.totalPoints}
            />
          )}
        </Grid>
        <Grid item xs={12} md={6}>
          <Typography variant="h6" component="h3" gutterBottom>
            By pillar
          </Typography>
          {pillars.map(pillar => (
            <ShareRow
              key={pillar.id}
              label={pillar.name}
              points={pillar.points}
              of={pillar.maxPoints}
            />
          ))}
        </Grid>
      </Grid>

      <Typography variant="h6" component="h3" style={{ marginTop: 24 }}>
        By metric
      </Typography>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        Select a metric to see the events that produced its points.
      </Typography>
      <WholeWordTable size="small" aria-label="Points by metric">
        <TableHead>
          <TableRow>
            <TableCell>Metric</TableCell>
            <TableCell>Business model</TableCell>
            <TableCell align="right">Value / target</TableCell>
            <TableCell>Points / maximum</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {pillars.map(pillar => [
            <TableRow key={`pillar-${pillar.id}`} className={classes.pillarRow}>
              <TableCell colSpan={4} component="th" scope="rowgroup">
                <Typography variant="subtitle2" component="span">
                  {pillar.name}
                </Typography>{' '}
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="span"
                >
                  {formatPoints(pillar.points)} of{' '}
                  {formatPoints(pillar.maxPoints)} points
                </Typography>
              </TableCell>
            </TableRow>,
            ...pillar.metrics.map(metric => {
              const model = metric.businessModel
                ? names.businessModel(metric.businessModel)
                : undefined;
              return (
                <TableRow key={metricKey(metric)}>
                  <TableCell component="th" scope="row">
                    <Button
                      className={classes.metricButton}
                      color="primary"
                      onClick={() => onSelectMetric(metric)}
                      aria-haspopup="dialog"
                      aria-label={`Show the events behind ${metric.name}${
                        model ? ` (${model})` : ''
                      }`}
                    >
                      {metric.name}
                    </Button>
                  </TableCell>
                  <TableCell>{model ?? 'All'}</TableCell>
                  <TableCell align="right">
                    {formatValue(metric.value, metric.unit)} /{' '}
                    {formatValue(metric.target, metric.unit)}
                  </TableCell>
                  <TableCell className={classes.pointsCell}>
                    <Typography variant="body2">
                      {formatPoints(metric.points)} /{' '}
                      {formatPoints(metric.maxPoints)}
                    </Typography>
                    <LinearProgress
                      className={classes.bar}
                      variant="determinate"
                      value={percent(metric.points, metric.maxPoints)}
                      aria-label={`${metric.name}${
                        model ? ` (${model})` : ''
                      }: points earned`}
                      aria-valuetext={`${formatPoints(
                        metric.points,
                      )} of ${formatPoints(metric.maxPoints)} points`}
                    />
                  </TableCell>
                </TableRow>
              );
            }),
          ])}
        </TableBody>
      </WholeWordTable>
    </Box>
  );
}
