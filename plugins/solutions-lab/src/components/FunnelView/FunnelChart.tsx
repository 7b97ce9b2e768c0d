import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { LabFunnel } from '@partner-studio/plugin-partner-studio-common';
import { PHASE_LABELS } from '../../utils/labels';
import { medianText } from './FunnelTable';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(9em, 14em) 1fr',
    gap: theme.spacing(2),
    alignItems: 'center',
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  track: {
    position: 'relative',
    height: 18,
    background: theme.palette.action.hover,
    borderRadius: 2,
    marginBottom: theme.spacing(0.5),
  },
  entered: {
    position: 'absolute',
    inset: 0,
    right: 'auto',
    background: theme.palette.primary.light,
    borderRadius: 2,
  },
  completed: {
    position: 'absolute',
    inset: 0,
    right: 'auto',
    background: theme.palette.primary.dark,
    borderRadius: 2,
  },
  legend: {
    display: 'flex',
    gap: theme.spacing(3),
    marginBottom: theme.spacing(1),
  },
  swatch: {
    display: 'inline-block',
    width: 12,
    height: 12,
    marginRight: theme.spacing(0.5),
    verticalAlign: 'middle',
    borderRadius: 2,
  },
  swatchEntered: {
    background: theme.palette.primary.light,
  },
  swatchCompleted: {
    background: theme.palette.primary.dark,
  },
  phase: {
    display: 'block',
  },
}));

/**
 * The funnel as horizontal bars, one row per stage in playbook order: the
 * light bar is the stage's entries in the range, the dark one its forward
 * exits. Every figure is also written out in the row, so the chart says
 * nothing by colour or length alone.
 */
export function FunnelChart(props: {
  funnel: LabFunnel;
  playbookName: string;
}) {
  const { funnel, playbookName } = props;
  const classes = useStyles();
  const max = Math.max(1, ...funnel.stages.map(s => s.entered));
  return (
    <>
      <div className={classes.legend} aria-hidden>
        <Typography variant="caption">
          <span className={`${classes.swatch} ${classes.swatchEntered}`} />
          Entered the stage
        </Typography>
        <Typography variant="caption">
          <span className={`${classes.swatch} ${classes.swatchCompleted}`} />
          Passed it
        </Typography>
      </div>
      <ol className={classes.list} aria-label={`Funnel of ${playbookName}`}>
        {funnel.stages.map(stage => (
          <li key={stage.stageId} className={classes.row}>
            <div>
              <Typography variant="body2" component="span">
                <strong>{stage.name}</strong>
              </Typography>
              <Typography
                variant="caption"
                color="textSecondary"
                className={classes.phase}
              >
                {PHASE_LABELS[stage.phase]}
              </Typography>
            </div>
            <div>
              <div className={classes.track} aria-hidden>
                <div
                  className={classes.entered}
                  style={{ width: `${(stage.entered / max) * 100}%` }}
                />
                <div
                  className={classes.completed}
                  style={{ width: `${(stage.completed / max) * 100}%` }}
                />
              </div>
              <Typography variant="caption" component="p">
                {stage.entered} entered · {stage.completed} passed ·{' '}
                {stage.inStage} in the stage now · median{' '}
                {medianText(stage.medianDaysInStage)} · {stage.dropOffs} dropped
                off · {stage.sendBacks} sent back · {stage.slaBreaches} passed
                after the SLA · {stage.breachedNow} past the SLA now
              </Typography>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
