import { InfoCard, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import type {
  EngagementDetail,
  EngagementStage,
  LabPlaybook,
} from '@partner-studio/plugin-partner-studio-common';
import {
  AsyncContent,
  ErrorState,
  LoadingState,
  SignalRefreshState,
} from '@partner-studio/plugin-partner-studio-react';
import { useParams } from 'react-router-dom';
import {
  LabViewer,
  useEngagement,
  useLabViewer,
  usePlaybooks,
} from '../../hooks';
import { rootRouteRef } from '../../routes';
import { PHASE_LABELS } from '../../utils/labels';
import { findPlaybook } from '../../utils/stages';
import { slaText } from '../EngagementStatus';
import { Checklist } from '../Checklist';
import { Notes } from '../Notes';
import { RecommendedTools } from '../RecommendedTools';
import { StageTracker } from '../StageTracker';
import { Timeline } from '../Timeline';
import { EngagementActions } from './EngagementActions';
import { EngagementHeader } from './EngagementHeader';

const useStyles = makeStyles(theme => ({
  back: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    marginBottom: theme.spacing(2),
  },
  section: {
    marginBottom: theme.spacing(3),
  },
  gate: {
    marginBottom: theme.spacing(2),
  },
}));

function CurrentStage(props: {
  engagement: EngagementDetail;
  stage: EngagementStage;
  playbook?: LabPlaybook;
  viewer: LabViewer;
  onChanged(engagement?: EngagementDetail): void;
}) {
  const { engagement, stage, playbook, viewer, onChanged } = props;
  const classes = useStyles();
  const description = playbook?.stages.find(
    s => s.id === stage.id,
  )?.description;
  const open = engagement.gate.missing.length;
  const finished =
    engagement.status === 'completed' || engagement.status === 'closed';
  let gate: string;
  if (finished) {
    gate =
      engagement.status === 'completed'
        ? 'The engagement is completed.'
        : 'The engagement was closed in this stage.';
  } else if (engagement.gate.ready) {
    gate = 'Every required criterion is met: the expert can pass the stage.';
  } else {
    gate = `${open} required ${
      open === 1 ? 'criterion is' : 'criteria are'
    } still open before the stage can be passed.`;
  }
  return (
    <InfoCard
      title={`${finished ? 'Last stage' : 'Current stage'}: ${stage.name}`}
      subheader={`${PHASE_LABELS[stage.phase]} · SLA ${stage.slaDays} days${
        finished ? '' : ` · ${slaText(engagement.sla)}`
      }`}
    >
      {description && (
        <Typography variant="body2" paragraph>
          {description}
        </Typography>
      )}
      <Typography variant="subtitle2" component="p" className={classes.gate}>
        {gate}
      </Typography>
      <Checklist
        engagement={engagement}
        stage={stage}
        viewer={viewer}
        onChanged={onChanged}
      />
    </InfoCard>
  );
}

function PassedStages(props: {
  engagement: EngagementDetail;
  viewer: LabViewer;
}) {
  const { engagement, viewer } = props;
  const passed = engagement.stages.filter(s => s.state === 'completed');
  if (passed.length === 0 || engagement.status === 'completed') return null;
  return (
    <InfoCard title="Passed stages">
      {passed.map(stage => (
        <Box key={stage.id} mb={2}>
          <Typography variant="subtitle1" component="h4">
            {stage.name}
          </Typography>
          <Checklist
            engagement={engagement}
            stage={stage}
            viewer={viewer}
            onChanged={() => undefined}
          />
        </Box>
      ))}
    </InfoCard>
  );
}

function EngagementView(props: {
  engagement: EngagementDetail;
  playbook?: LabPlaybook;
  viewer: LabViewer;
  live: SignalRefreshState;
  reload(): void;
}) {
  const { engagement, playbook, viewer, live, reload } = props;
  const classes = useStyles();
  const current =
    engagement.stages.find(s => s.id === engagement.currentStageId) ??
    engagement.stages[engagement.stages.length - 1];
  const onChanged = () => reload();

  return (
    <>
      <Box className={classes.section}>
        <EngagementHeader
          engagement={engagement}
          playbook={playbook}
          live={live}
        />
        <EngagementActions
          engagement={engagement}
          viewer={viewer}
          onChanged={onChanged}
        />
      </Box>
      <Box className={classes.section}>
        <StageTracker
          stages={engagement.stages}
          status={engagement.status}
          label={`Stages of ${engagement.solutionName}`}
        />
      </Box>
      <Grid container spacing={3}>
        <Grid item xs={12} lg={8}>
          <Grid container spacing={3} direction="column">
            {current && (
              <Grid item>
                <CurrentStage
                  engagement={engagement}
                  stage={current}
                  playbook={playbook}
                  viewer={viewer}
                  onChanged={onChanged}
                />
              </Grid>
            )}
            <Grid item>
              <InfoCard title="Timeline">
                <Timeline engagement={engagement} />
              </InfoCard>
            </Grid>
            <Grid item>
              <PassedStages engagement={engagement} viewer={viewer} />
            </Grid>
          </Grid>
        </Grid>
        <Grid item xs={12} lg={4}>
          <Grid container spacing={3} direction="column">
            {current && (
              <Grid item>
                <InfoCard
                  title="Recommended in the Solutions Hub"
                  subheader={`For ${current.name}`}
                >
                  <RecommendedTools
                    recommends={current.recommends}
                    stageName={current.name}
                  />
                </InfoCard>
              </Grid>
            )}
            <Grid item>
              <InfoCard title="Notes">
                <Notes
                  engagement={engagement}
                  viewer={viewer}
                  onAdded={reload}
                />
              </InfoCard>
            </Grid>
          </Grid>
        </Grid>
      </Grid>
    </>
  );
}

/**
 * An engagement's page, `/solutions-lab/engagements/:id`: header, stage
 * tracker, the current stage's checklist with evidence, the Hub tools it
 * recommends, notes and the timeline, and the decisions and assignment for
 * those who may take them. Live: a signalled change reloads it.
 */
export function EngagementPage() {
  const { id = '' } = useParams();
  const classes = useStyles();
  const rootRoute = useRouteRef(rootRouteRef);
  const engagement = useEngagement(id);
  const playbooks = usePlaybooks();
  const viewer = useLabViewer();
  const viewerValue = viewer.value;

  return (
    <>
      <Link to={rootRoute()} className={classes.back}>
        <ArrowBackIcon fontSize="small" aria-hidden />
        Solutions Lab
      </Link>
      {viewer.error && <ErrorState error={viewer.error} />}
      {!viewerValue && viewer.loading && (
        <LoadingState label="Loading the engagement" />
      )}
      {viewerValue && (
        <AsyncContent
          state={engagement}
          loadingLabel="Loading the engagement"
          errorProps={{
            title: 'The engagement could not be loaded',
            onRetry: engagement.retry,
            statusMessages: {
              404: {
                title: 'No such engagement',
                description:
                  'It does not exist, or it is not one you can see: partners see their own engagements, experts those assigned to them and the unassigned queue.',
                nextStep: (
                  <Link to={rootRoute()}>Back to the Solutions Lab</Link>
                ),
              },
            },
          }}
        >
          {value => (
            <EngagementView
              engagement={value}
              playbook={findPlaybook(playbooks.value?.items, value.playbookId)}
              viewer={viewerValue}
              live={engagement.live}
              reload={engagement.retry}
            />
          )}
        </AsyncContent>
      )}
    </>
  );
}
