import { useState } from 'react';
import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { Alert, Button, Flex } from '@backstage/ui';
import Typography from '@material-ui/core/Typography';
import type {
  EngagementListQuery,
  EngagementSummary,
  LabPlaybook,
} from '@partner-studio/plugin-partner-studio-common';
import {
  AsyncContent,
  errorReason,
  hasStatus,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsLabApiRef } from '../../api';
import { LabViewer, useEngagementList } from '../../hooks';
import { engagementRouteRef } from '../../routes';
import { EngagementTable } from '../EngagementTable';

/** Open engagements, nearest SLA deadline first: the order experts work in. */
const OPEN_BY_SLA: EngagementListQuery = {
  status: ['active', 'on-hold'],
  sort: 'sla',
};

type Outcome =
  | { kind: 'taken'; engagement: EngagementSummary }
  | { kind: 'conflict'; engagement: EngagementSummary }
  | { kind: 'failed'; engagement: EngagementSummary; text: string };

function OutcomeAlert(props: { outcome: Outcome }) {
  const { outcome } = props;
  const engagementRoute = useRouteRef(engagementRouteRef);
  const name = outcome.engagement.solutionName;
  if (outcome.kind === 'taken') {
    return (
      <Alert
        status="success"
        icon
        title={`You took “${name}”`}
        description={
          <Link to={engagementRoute({ id: outcome.engagement.id })}>
            Open the engagement
          </Link>
        }
      />
    );
  }
  if (outcome.kind === 'conflict') {
    return (
      <Alert
        status="warning"
        icon
        title={`“${name}” was not taken`}
        description="Someone else changed it first (another expert may have taken it). The queue has been reloaded."
      />
    );
  }
  return (
    <Alert
      status="danger"
      icon
      title={`“${name}” was not taken`}
      description={outcome.text}
    />
  );
}

/** Props of {@link ExpertQueue}. */
export interface ExpertQueueProps {
  viewer: LabViewer;
  playbooks: LabPlaybook[];
}

/**
 * A vendor expert's queue, ordered by SLA risk (nearest deadline first;
 * engagements on hold, whose clock is stopped, last): the open engagements
 * assigned to the expert, and the unassigned queue with "Take". Live: a
 * change anywhere re-sorts both.
 */
export function ExpertQueue(props: ExpertQueueProps) {
  const { viewer, playbooks } = props;
  const api = useApi(solutionsLabApiRef);
  const mine = useEngagementList({ ...OPEN_BY_SLA, assigned: 'me' });
  const queue = useEngagementList({ ...OPEN_BY_SLA, assigned: 'unassigned' });
  const [taking, setTaking] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();

  const take = async (engagement: EngagementSummary) => {
    setTaking(engagement.id);
    setOutcome(undefined);
    try {
      await api.assign(engagement.id, {
        expertRef: viewer.userEntityRef,
        expectedVersion: engagement.version,
      });
      setOutcome({ kind: 'taken', engagement });
    } catch (error) {
      setOutcome(
        hasStatus(error, 409)
          ? { kind: 'conflict', engagement }
          : { kind: 'failed', engagement, text: errorReason(error) },
      );
    } finally {
      setTaking(undefined);
      mine.retry();
      queue.retry();
    }
  };

  return (
    <Flex direction="column" gap="6">
      <section aria-labelledby="lab-assigned-heading">
        <Typography variant="h5" component="h3" id="lab-assigned-heading">
          Assigned to you
        </Typography>
        <Typography variant="body2" color="textSecondary" paragraph>
          Nearest SLA deadline first. Open one to review its evidence and
          decide.
        </Typography>
        <AsyncContent
          state={mine}
          loadingLabel="Loading your engagements"
          errorProps={{
            title: 'Your engagements could not be loaded',
            onRetry: mine.retry,
          }}
          isEmpty={value => value === undefined || value.items.length === 0}
          empty={{
            title: 'Nothing assigned to you',
            description: 'No open engagement is assigned to you right now.',
            nextStep:
              'Take one from the unassigned queue below, or wait for a program admin to assign you one.',
          }}
        >
          {value => (
            <>
              <EngagementTable
                items={value?.items ?? []}
                playbooks={playbooks}
                label="Engagements assigned to you"
                showPartner
              />
              {value?.hasMore && (
                <Button variant="secondary" onPress={mine.loadMore}>
                  Show more
                </Button>
              )}
            </>
          )}
        </AsyncContent>
      </section>
      <section aria-labelledby="lab-queue-heading">
        <Typography variant="h5" component="h3" id="lab-queue-heading">
          Unassigned queue
        </Typography>
        <Typography variant="body2" color="textSecondary" paragraph>
          Requests no expert has taken yet, nearest SLA deadline first.
        </Typography>
        {outcome && <OutcomeAlert outcome={outcome} />}
        <AsyncContent
          state={queue}
          loadingLabel="Loading the unassigned queue"
          errorProps={{
            title: 'The unassigned queue could not be loaded',
            onRetry: queue.retry,
          }}
          isEmpty={value => value === undefined || value.items.length === 0}
          empty={{
            title: 'The queue is empty',
            description: 'Every open engagement has an expert.',
            nextStep:
              'New requests appear here as partners make them; you are notified.',
          }}
        >
          {value => (
            <>
              <EngagementTable
                items={value?.items ?? []}
                playbooks={playbooks}
                label="Unassigned engagements"
                showPartner
                renderActions={engagement => (
                  <Button
                    size="small"
                    variant="secondary"
                    isPending={taking === engagement.id}
                    isDisabled={taking !== undefined}
                    onPress={() => take(engagement)}
                    aria-label={`Take ${engagement.solutionName}`}
                  >
                    Take
                  </Button>
                )}
              />
              {value?.hasMore && (
                <Button variant="secondary" onPress={queue.loadMore}>
                  Show more
                </Button>
              )}
            </>
          )}
        </AsyncContent>
      </section>
    </Flex>
  );
}
