import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import RadioButtonCheckedIcon from '@material-ui/icons/RadioButtonChecked';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import type { EngagementStatus } from '@partner-studio/plugin-partner-studio-common';
import { PHASE_LABELS } from '../../utils/labels';
import type { StageState, TrackedStage } from '../../utils/stages';
import { visuallyHidden } from '../../utils/styles';

const useStyles = makeStyles(theme => ({
  phases: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(3),
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  phase: {
    flex: '1 1 auto',
    minWidth: 0,
  },
  phaseLabel: {
    display: 'block',
    borderBottom: `2px solid ${theme.palette.divider}`,
    paddingBottom: theme.spacing(0.5),
    marginBottom: theme.spacing(1),
    textTransform: 'uppercase',
    letterSpacing: '0.06em',
    fontWeight: theme.typography.fontWeightBold as number,
  },
  commercialization: {
    borderBottomColor: theme.palette.secondary.main,
  },
  development: {
    borderBottomColor: theme.palette.primary.main,
  },
  specialization: {
    borderBottomColor: theme.palette.primary.main,
  },
  steps: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1, 2),
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  step: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    color: theme.palette.text.secondary,
  },
  completed: {
    color: theme.palette.success.main,
  },
  current: {
    color: theme.palette.text.primary,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  name: {
    color: 'inherit',
    fontWeight: 'inherit',
  },
  hidden: visuallyHidden,
}));

const STATE_WORDS: Record<StageState, string> = {
  completed: 'completed',
  current: 'current stage',
  upcoming: 'not started',
};

function StageIcon(props: { state: StageState }) {
  const { state } = props;
  if (state === 'completed') {
    return <CheckCircleIcon fontSize="small" aria-hidden />;
  }
  if (state === 'current') {
    return <RadioButtonCheckedIcon fontSize="small" aria-hidden />;
  }
  return <RadioButtonUncheckedIcon fontSize="small" aria-hidden />;
}

/** Props of {@link StageTracker}. */
export interface StageTrackerProps {
  stages: TrackedStage[];
  /** A closed engagement's current stage is where it ended. */
  status?: EngagementStatus;
  /** Accessible name of the list, e.g. "Stages of Contoso Success Services". */
  label?: string;
}

/**
 * The stages of an engagement in order, grouped by phase (development,
 * commercialization, specialization) so the commercialization stages stand
 * as stages of their own. State is told by icon, weight and words, never by
 * colour alone.
 */
export function StageTracker(props: StageTrackerProps) {
  const { stages, status, label = 'Stages' } = props;
  const classes = useStyles();
  const phases: Array<{
    phase: TrackedStage['phase'];
    stages: TrackedStage[];
  }> = [];
  for (const stage of stages) {
    const last = phases[phases.length - 1];
    if (last && last.phase === stage.phase) {
      last.stages.push(stage);
    } else {
      phases.push({ phase: stage.phase, stages: [stage] });
    }
  }
  let position = 0;
  return (
    <ol className={classes.phases} aria-label={label}>
      {phases.map(group => (
        <li
          key={`${group.phase}-${group.stages[0].id}`}
          className={classes.phase}
        >
          <Typography
            variant="caption"
            component="span"
            className={`${classes.phaseLabel} ${classes[group.phase]}`}
          >
            {PHASE_LABELS[group.phase]}
          </Typography>
          <ol className={classes.steps}>
            {group.stages.map(stage => {
              position += 1;
              const ended = stage.state === 'current' && status === 'closed';
              return (
                <li
                  key={stage.id}
                  className={`${classes.step} ${
                    stage.state === 'upcoming' ? '' : classes[stage.state]
                  }`}
                  aria-current={stage.state === 'current' ? 'step' : undefined}
                >
                  <StageIcon state={stage.state} />
                  <Typography variant="body2" className={classes.name}>
                    {position}. {stage.name}
                    <span className={classes.hidden}>
                      {' '}
                      (
                      {ended
                        ? 'closed in this stage'
                        : STATE_WORDS[stage.state]}
                      )
                    </span>
                  </Typography>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
