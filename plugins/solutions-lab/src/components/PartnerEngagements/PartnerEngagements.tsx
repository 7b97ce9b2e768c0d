import { useState } from 'react';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Button, Flex } from '@backstage/ui';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  EngagementSummary,
  LabPlaybook,
} from '@partner-studio/plugin-partner-studio-common';
import { AsyncContent } from '@partner-studio/plugin-partner-studio-react';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { useNavigate } from 'react-router-dom';
import { useEngagementList } from '../../hooks';
import { engagementRouteRef } from '../../routes';
import { findPlaybook, pathName, trackedStages } from '../../utils/stages';
import { SlaChip, StatusChip } from '../EngagementStatus';
import { RequestEngagementDialog } from '../RequestEngagementDialog';
import { StageTracker } from '../StageTracker';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: theme.spacing(2),
  },
  heading: {
    fontWeight: theme.typography.fontWeightBold as number,
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1, 2),
    margin: theme.spacing(1, 0, 2),
  },
}));

function EngagementCard(props: {
  engagement: EngagementSummary;
  playbook?: LabPlaybook;
}) {
  const { engagement, playbook } = props;
  const classes = useStyles();
  const engagementRoute = useRouteRef(engagementRouteRef);
  const path = pathName(playbook, engagement.path);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h3" className={classes.heading}>
          <Link to={engagementRoute({ id: engagement.id })}>
            {engagement.solutionName}
          </Link>
        </Typography>
        <div className={classes.meta}>
          <Typography variant="body2" color="textSecondary">
            {playbook?.name ?? engagement.playbookId}
            {path ? ` · ${path}` : ''}
          </Typography>
          <StatusChip status={engagement.status} />
          <SlaChip sla={engagement.sla} />
          <Typography variant="body2" color="textSecondary">
            Expert:{' '}
            {engagement.assignedExpertRef ? (
              <EntityDisplayName
                entityRef={engagement.assignedExpertRef}
                hideIcon
              />
            ) : (
              'not assigned yet'
            )}
          </Typography>
        </div>
        <StageTracker
          stages={trackedStages(playbook, engagement)}
          status={engagement.status}
          label={`Stages of ${engagement.solutionName}`}
        />
      </CardContent>
    </Card>
  );
}

/** Props of {@link PartnerEngagements}. */
export interface PartnerEngagementsProps {
  playbooks: LabPlaybook[];
}

/**
 * A partner member's view: the partner's engagements, newest first, each
 * with its stage tracker, and "request an engagement". Live.
 */
export function PartnerEngagements(props: PartnerEngagementsProps) {
  const { playbooks } = props;
  const navigate = useNavigate();
  const engagementRoute = useRouteRef(engagementRouteRef);
  const list = useEngagementList({ sort: 'newest' });
  const [requesting, setRequesting] = useState(false);
  const classes = useStyles();
  const request = (
    <Button variant="primary" onPress={() => setRequesting(true)}>
      Request an engagement
    </Button>
  );

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center">
        <Typography variant="body1">
          Your partner’s solutions in the Lab: where each stands, and what the
          expert needs next.
        </Typography>
        {request}
      </Flex>
      <AsyncContent
        state={list}
        loadingLabel="Loading your engagements"
        errorProps={{
          title: 'Your engagements could not be loaded',
          onRetry: list.retry,
        }}
        isEmpty={value => value === undefined || value.items.length === 0}
        empty={{
          title: 'No engagement yet',
          description:
            'A Lab expert guides your solution from qualification through certification to launch and growth, and each stage passed earns program points.',
          nextStep: request,
        }}
      >
        {value => (
          <>
            <ul className={classes.list} aria-label="Your engagements">
              {value?.items.map(engagement => (
                <li key={engagement.id}>
                  <EngagementCard
                    engagement={engagement}
                    playbook={findPlaybook(playbooks, engagement.playbookId)}
                  />
                </li>
              ))}
            </ul>
            {value?.hasMore && (
              <Button variant="secondary" onPress={list.loadMore}>
                Show more engagements
              </Button>
            )}
          </>
        )}
      </AsyncContent>
      {requesting && (
        <RequestEngagementDialog
          isOpen
          playbooks={playbooks}
          onClose={() => setRequesting(false)}
          onRequested={engagement =>
            navigate(engagementRoute({ id: engagement.id }))
          }
        />
      )}
    </Flex>
  );
}
