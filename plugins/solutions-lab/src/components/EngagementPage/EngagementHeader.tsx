import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  EngagementDetail,
  LabPlaybook,
} from '@partner-studio/plugin-partner-studio-common';
import {
  SignalRefreshState,
  formatDate,
} from '@partner-studio/plugin-partner-studio-react';
import { partnerStandingRouteRef, playbookRouteRef } from '../../routes';
import { REASON_LABELS } from '../../utils/labels';
import { pathName } from '../../utils/stages';
import { SlaChip, StatusChip } from '../EngagementStatus';

const useStyles = makeStyles(theme => ({
  title: {
    marginBottom: theme.spacing(0.5),
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 3),
    margin: theme.spacing(1, 0),
    padding: 0,
    '& dt': {
      color: theme.palette.text.secondary,
      fontSize: theme.typography.caption.fontSize,
    },
    '& dd': {
      margin: 0,
    },
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    alignItems: 'center',
  },
}));

function liveText(live: SignalRefreshState): string {
  if (live.mode === 'signals') return 'Updates live';
  if (live.mode === 'polling' && live.pollIntervalMs) {
    return `Refreshes every ${Math.round(live.pollIntervalMs / 1000)} seconds`;
  }
  return 'Reload the page to see changes';
}

/** Props of {@link EngagementHeader}. */
export interface EngagementHeaderProps {
  engagement: EngagementDetail;
  playbook?: LabPlaybook;
  live: SignalRefreshState;
}

/**
 * The engagement at a glance: solution, partner, playbook and path, status
 * and SLA, expert, who requested it and when it ended, and how the page
 * stays current.
 */
export function EngagementHeader(props: EngagementHeaderProps) {
  const { engagement, playbook, live } = props;
  const classes = useStyles();
  const playbookRoute = useRouteRef(playbookRouteRef);
  const standingRoute = useRouteRef(partnerStandingRouteRef);
  const partner = parseEntityRef(engagement.partnerRef);
  const path = pathName(playbook, engagement.path);

  return (
    <header>
      <Typography variant="h4" component="h2" className={classes.title}>
        {engagement.solutionName}
      </Typography>
      <div className={classes.chips}>
        <StatusChip status={engagement.status} />
        <SlaChip sla={engagement.sla} />
        <Typography variant="caption" color="textSecondary" role="status">
          {liveText(live)}
        </Typography>
      </div>
      <dl className={classes.facts}>
        <div>
          <dt>Partner</dt>
          <dd>
            <EntityDisplayName entityRef={engagement.partnerRef} hideIcon />
            {standingRoute && (
              <>
                {' · '}
                <Link
                  to={standingRoute({
                    namespace: partner.namespace,
                    name: partner.name,
                  })}
                >
                  Program standing
                </Link>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Playbook</dt>
          <dd>
            <Link to={playbookRoute({ playbookId: engagement.playbookId })}>
              {playbook?.name ?? engagement.playbookId}
            </Link>
            {path && ` · path: ${path}`}
          </dd>
        </div>
        <div>
          <dt>Expert</dt>
          <dd>
            {engagement.assignedExpertRef ? (
              <EntityDisplayName
                entityRef={engagement.assignedExpertRef}
                hideIcon
              />
            ) : (
              'Unassigned: waiting in the experts’ queue'
            )}
          </dd>
        </div>
        <div>
          <dt>Requested</dt>
          <dd>
            {formatDate(engagement.createdAt)} by{' '}
            <EntityDisplayName entityRef={engagement.requestedBy} hideIcon />
          </dd>
        </div>
        {engagement.finishedAt && (
          <div>
            <dt>{engagement.status === 'closed' ? 'Closed' : 'Completed'}</dt>
            <dd>
              {formatDate(engagement.finishedAt)}
              {engagement.closeReason &&
                ` · ${REASON_LABELS[engagement.closeReason]}`}
            </dd>
          </div>
        )}
      </dl>
      {engagement.description && (
        <Typography variant="body1" paragraph>
          {engagement.description}
        </Typography>
      )}
    </header>
  );
}
