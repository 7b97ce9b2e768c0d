import { ReactNode } from 'react';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  EngagementDetail,
  TimelineEntry,
} from '@partner-studio/plugin-partner-studio-common';
import { formatShortDate } from '@partner-studio/plugin-partner-studio-react';
import { evidenceUrlProblem } from '../../utils/evidence';
import {
  DECISION_PAST,
  REASON_LABELS,
  TIMELINE_LABELS,
} from '../../utils/labels';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  entry: {
    display: 'grid',
    gridTemplateColumns: '7.5em 1fr',
    gap: theme.spacing(2),
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  text: {
    overflowWrap: 'anywhere',
  },
  comment: {
    whiteSpace: 'pre-wrap',
    marginTop: theme.spacing(0.5),
    paddingLeft: theme.spacing(1),
    borderLeft: `3px solid ${theme.palette.divider}`,
  },
}));

function Actor(props: { actorRef: string }) {
  if (props.actorRef === 'system') return <>The Lab</>;
  return <EntityDisplayName entityRef={props.actorRef} hideIcon />;
}

function detail(entry: TimelineEntry, name: string): string | undefined {
  const value = entry.details?.[name];
  return typeof value === 'string' && value ? value : undefined;
}

/** What happened, in a sentence, with the names of stages and items. */
function describe(entry: TimelineEntry, engagement: EngagementDetail) {
  const stageName = (id?: string) =>
    engagement.stages.find(s => s.id === id)?.name ?? id ?? '';
  const itemTitle = () => {
    const itemId = detail(entry, 'itemId');
    const stage = engagement.stages.find(s => s.id === entry.stageId);
    return stage?.checklist.find(i => i.id === itemId)?.title ?? itemId;
  };
  const actor = <Actor actorRef={entry.actorRef} />;
  switch (entry.kind) {
    case 'decision': {
      if (!entry.decision) return <>{actor} took a decision</>;
      let where = '';
      if (entry.decision === 'advance' || entry.decision === 'send-back') {
        where = ` from ${stageName(entry.stageId)} to ${stageName(
          entry.toStageId,
        )}`;
      } else if (entry.decision !== 'resume') {
        where = ` in ${stageName(entry.stageId)}`;
      }
      return (
        <>
          {actor} {DECISION_PAST[entry.decision]}
          {where}
          {entry.reason ? `: ${REASON_LABELS[entry.reason]}` : ''}
        </>
      );
    }
    case 'assigned': {
      const expertRef = detail(entry, 'expertRef');
      if (expertRef && expertRef === entry.actorRef) {
        return <>{actor} took the engagement</>;
      }
      return (
        <>
          {actor} assigned the engagement
          {expertRef && (
            <>
              {' '}
              to <EntityDisplayName entityRef={expertRef} hideIcon />
            </>
          )}
        </>
      );
    }
    case 'checklist-checked':
    case 'checklist-unchecked': {
      const verb = entry.kind === 'checklist-checked' ? 'checked' : 'unchecked';
      return (
        <>
          {actor} {verb} “{itemTitle()}” in {stageName(entry.stageId)}
        </>
      );
    }
    case 'sla-at-risk':
      return <>The SLA of {stageName(entry.stageId)} is at risk</>;
    case 'sla-breached':
      return <>The SLA of {stageName(entry.stageId)} was breached</>;
    default:
      return (
        <>
          {actor} {TIMELINE_LABELS[entry.kind]}
        </>
      );
  }
}

function EntryExtras(props: { entry: TimelineEntry }) {
  const { entry } = props;
  const classes = useStyles();
  const parts: ReactNode[] = [];
  const evidenceUrl = detail(entry, 'evidenceUrl');
  if (evidenceUrl && evidenceUrlProblem(evidenceUrl) === undefined) {
    parts.push(
      <Typography key="evidence" variant="caption" component="div">
        Evidence:{' '}
        <a href={evidenceUrl} target="_blank" rel="noopener noreferrer">
          {evidenceUrl}
        </a>
      </Typography>,
    );
  }
  if (entry.daysInStage !== undefined) {
    parts.push(
      <Typography
        key="days"
        variant="caption"
        color="textSecondary"
        component="div"
      >
        After {entry.daysInStage} days in the stage
        {entry.slaBreached ? ', past its SLA' : ''}
      </Typography>,
    );
  }
  const comment = detail(entry, 'comment');
  if (comment) {
    parts.push(
      <Typography key="comment" variant="body2" className={classes.comment}>
        {comment}
      </Typography>,
    );
  }
  return <>{parts}</>;
}

/**
 * The engagement's activity, newest first: who did what, when. The backend
 * sends the most recent 500 entries and leaves internal ones out for the
 * partner's members.
 */
export function Timeline(props: { engagement: EngagementDetail }) {
  const { engagement } = props;
  const classes = useStyles();
  const entries = [...engagement.timeline].reverse();
  return (
    <ol className={classes.list} aria-label="Timeline">
      {entries.map(entry => (
        <li key={entry.id} className={classes.entry}>
          <Typography variant="caption" color="textSecondary">
            <time dateTime={entry.occurredAt}>
              {formatShortDate(entry.occurredAt)}
            </time>
          </Typography>
          <div className={classes.text}>
            <Typography variant="body2">
              {describe(entry, engagement)}
              {entry.visibility === 'internal' && (
                <>
                  {' '}
                  <Chip size="small" variant="outlined" label="Internal" />
                </>
              )}
            </Typography>
            <EntryExtras entry={entry} />
          </div>
        </li>
      ))}
    </ol>
  );
}
