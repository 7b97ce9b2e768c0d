import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import ErrorIcon from '@material-ui/icons/Error';
import PauseCircleFilledIcon from '@material-ui/icons/PauseCircleFilled';
import ScheduleIcon from '@material-ui/icons/Schedule';
import WarningIcon from '@material-ui/icons/Warning';
import type {
  EngagementStatus,
  SlaClock,
} from '@partner-studio/plugin-partner-studio-common';
import {
  formatRelativeDays,
  formatShortDate,
} from '@partner-studio/plugin-partner-studio-react';
import { SLA_LABELS, STATUS_LABELS } from '../../utils/labels';

const useStyles = makeStyles(theme => ({
  atRisk: {
    borderColor: theme.palette.warning.main,
    color: theme.palette.warning.dark,
  },
  breached: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.main,
  },
  icon: {
    color: 'inherit',
  },
  // In a narrow column (a table's Status) the clock's words wrap onto more
  // lines rather than widen the table, in a chip at least 12em wide (two
  // lines for the usual "On track: day 10 of 15, due in 5 days").
  wrapping: {
    height: 'auto',
    maxWidth: '100%',
    minWidth: '12em',
  },
  wrappingLabel: {
    whiteSpace: 'normal',
    paddingTop: theme.spacing(0.25),
    paddingBottom: theme.spacing(0.25),
  },
}));

/** The engagement's status as a chip: Active, On hold, Completed, Closed. */
export function StatusChip(props: { status: EngagementStatus }) {
  return (
    <Chip
      size="small"
      variant={props.status === 'active' ? 'default' : 'outlined'}
      label={STATUS_LABELS[props.status]}
    />
  );
}

/**
 * "Day 17 of 20 · due in 3 days": where the current stage's SLA clock
 * stands, in words (the risk is said, not only coloured).
 */
export function slaText(sla: SlaClock, now: number = Date.now()): string {
  const days = `day ${Math.max(1, Math.ceil(sla.daysInStage))} of ${
    sla.slaDays
  }`;
  switch (sla.state) {
    case 'on-track':
    case 'at-risk':
      return `${SLA_LABELS[sla.state]}: ${days}${
        sla.dueAt ? `, due ${formatRelativeDays(sla.dueAt, now)}` : ''
      }`;
    case 'breached':
      return `${SLA_LABELS.breached}: ${days}${
        sla.dueAt ? `, was due ${formatShortDate(sla.dueAt)}` : ''
      }`;
    case 'paused':
      return `${SLA_LABELS.paused} at ${days}`;
    default:
      return SLA_LABELS.finished;
  }
}

/** The SLA clock of the current stage as a chip; nothing once finished. */
export function SlaChip(props: { sla: SlaClock }) {
  const { sla } = props;
  const classes = useStyles();
  if (sla.state === 'finished') return null;
  const icon = {
    'on-track': <ScheduleIcon className={classes.icon} />,
    'at-risk': <WarningIcon className={classes.icon} />,
    breached: <ErrorIcon className={classes.icon} />,
    paused: <PauseCircleFilledIcon className={classes.icon} />,
  }[sla.state];
  let className: string | undefined;
  if (sla.state === 'at-risk') className = classes.atRisk;
  if (sla.state === 'breached') className = classes.breached;
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={icon}
      className={className}
      classes={{ root: classes.wrapping, label: classes.wrappingLabel }}
      label={slaText(sla)}
    />
  );
}
