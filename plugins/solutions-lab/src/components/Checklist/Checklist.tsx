import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { Alert, Checkbox } from '@backstage/ui';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ChecklistItem,
  EngagementDetail,
  EngagementStage,
} from '@partner-studio/plugin-partner-studio-common';
import {
  errorReason,
  formatShortDate,
  hasStatus,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsLabApiRef } from '../../api';
import { LabViewer, toolOf, useHubTools } from '../../hooks';
import { canCheck } from '../../utils/access';
import { evidenceUrlProblem } from '../../utils/evidence';
import { EVIDENCE_LABELS } from '../../utils/labels';
import { HubToolLink } from '../HubLinks';
import { Evidence, EvidenceDialog } from './EvidenceDialog';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  item: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': {
      borderBottom: 'none',
    },
  },
  details: {
    marginLeft: theme.spacing(4),
  },
  tags: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 1.5),
    marginTop: theme.spacing(0.5),
  },
  alert: {
    marginBottom: theme.spacing(2),
  },
}));

/** Props of {@link Checklist}. */
export interface ChecklistProps {
  engagement: EngagementDetail;
  stage: EngagementStage;
  viewer: LabViewer;
  /** The engagement changed (the item was set, or a conflict reloaded it). */
  onChanged(engagement: EngagementDetail): void;
}

function ItemTags(props: { item: ChecklistItem; toolName?: string }) {
  const { item, toolName } = props;
  const classes = useStyles();
  return (
    <div className={classes.tags}>
      <Typography variant="caption" color="textSecondary">
        {item.required ? 'Required' : 'Optional'}
      </Typography>
      {item.confirmedBy === 'expert' && (
        <Typography variant="caption" color="textSecondary">
          Confirmed by the expert
        </Typography>
      )}
      {item.evidence !== 'none' && (
        <Typography variant="caption" color="textSecondary">
          Evidence: {EVIDENCE_LABELS[item.evidence].toLocaleLowerCase('en-GB')}
        </Typography>
      )}
      {item.evidence === 'tool-run' && item.tool && (
        <Typography variant="caption">
          <HubToolLink toolRef={item.tool}>
            Run {toolName ?? item.tool} in the Solutions Hub
          </HubToolLink>
        </Typography>
      )}
    </div>
  );
}

function ItemEvidence(props: { item: ChecklistItem }) {
  const { item } = props;
  if (!item.checked) return null;
  // The backend accepts http(s) links only; never render another scheme.
  const safe =
    item.evidenceUrl !== undefined &&
    evidenceUrlProblem(item.evidenceUrl) === undefined;
  return (
    <Typography variant="body2" component="div">
      {safe && (
        <>
          Evidence:{' '}
          <a href={item.evidenceUrl} target="_blank" rel="noopener noreferrer">
            {item.evidenceLabel || item.evidenceUrl}
          </a>
          {' · '}
        </>
      )}
      {item.updatedBy && (
        <>
          checked by <EntityDisplayName entityRef={item.updatedBy} hideIcon />
        </>
      )}
      {item.updatedAt && <> on {formatShortDate(item.updatedAt)}</>}
    </Typography>
  );
}

/**
 * The exit criteria of a stage: checkboxes for the current stage (those the
 * viewer may set), with the evidence each needs and has; read-only for
 * others. Checking an item that needs evidence asks for its link first.
 * A conflict (409) reloads the engagement and says so.
 */
export function Checklist(props: ChecklistProps) {
  const { engagement, stage, viewer, onChanged } = props;
  const classes = useStyles();
  const api = useApi(solutionsLabApiRef);
  const tools = useHubTools(
    stage.checklist.flatMap(item => (item.tool ? [item.tool] : [])),
  );
  const [busyItem, setBusyItem] = useState<string>();
  const [askEvidence, setAskEvidence] = useState<ChecklistItem>();
  const [problem, setProblem] = useState<{
    conflict: boolean;
    text: string;
  }>();
  const editable = stage.state === 'current';

  const setItem = async (
    item: ChecklistItem,
    checked: boolean,
    evidence?: Evidence,
  ) => {
    setBusyItem(item.id);
    setProblem(undefined);
    try {
      // Without `expectedVersion`: checking sets an item's state, so people
      // checking different items at the same time should all succeed.
      const updated = await api.setChecklistItem(engagement.id, item.id, {
        checked,
        ...(evidence ? { evidence } : {}),
      });
      setAskEvidence(undefined);
      onChanged(updated);
    } catch (error) {
      setAskEvidence(undefined);
      if (hasStatus(error, 409)) {
        setProblem({
          conflict: true,
          text: `Someone else changed this engagement while you were checking “${item.title}”, so it was not changed. The engagement has been reloaded: check the item again if it still needs it.`,
        });
        try {
          onChanged(await api.getEngagement(engagement.id));
        } catch {
          // The page's own live refresh shows the state; the message stands.
        }
      } else {
        setProblem({
          conflict: false,
          text: `“${item.title}” was not changed: ${errorReason(error)}`,
        });
      }
    } finally {
      setBusyItem(undefined);
    }
  };

  const onToggle = (item: ChecklistItem, checked: boolean) => {
    if (checked && item.evidence !== 'none') {
      setAskEvidence(item);
      return;
    }
    void setItem(item, checked);
  };

  return (
    <>
      {problem && (
        <Alert
          className={classes.alert}
          status={problem.conflict ? 'warning' : 'danger'}
          icon
          title={
            problem.conflict ? 'Someone else changed it first' : 'Not changed'
          }
          description={problem.text}
        />
      )}
      <ul
        className={classes.list}
        aria-label={`Exit criteria of ${stage.name}`}
      >
        {stage.checklist.map(item => {
          const allowed = editable && canCheck(viewer, engagement, item);
          const toolName = item.tool
            ? toolOf(tools.value, item.tool)?.title
            : undefined;
          return (
            <li key={item.id} className={classes.item}>
              <Checkbox
                isSelected={item.checked}
                isDisabled={!allowed || busyItem !== undefined}
                onChange={checked => onToggle(item, checked)}
              >
                {item.title}
              </Checkbox>
              <div className={classes.details}>
                {item.description && (
                  <Typography variant="body2" color="textSecondary">
                    {item.description}
                  </Typography>
                )}
                <ItemTags item={item} toolName={toolName} />
                <ItemEvidence item={item} />
              </div>
            </li>
          );
        })}
      </ul>
      {askEvidence && (
        <EvidenceDialog
          item={askEvidence}
          toolName={
            askEvidence.tool
              ? toolOf(tools.value, askEvidence.tool)?.title
              : undefined
          }
          submitting={busyItem === askEvidence.id}
          onCancel={() => setAskEvidence(undefined)}
          onSubmit={evidence => void setItem(askEvidence, true, evidence)}
        />
      )}
    </>
  );
}
