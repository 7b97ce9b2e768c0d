import { useMemo, useState } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Alert, Button, Flex } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import type {
  LabPlaybook,
  LabPlaybookStage,
  ProgramSummaryResponse,
} from '@partner-studio/plugin-partner-studio-common';
import {
  AsyncContent,
  EmptyState,
  ProgramNames,
  programNames,
  WholeWordTable,
} from '@partner-studio/plugin-partner-studio-react';
import { useNavigate, useParams } from 'react-router-dom';
import { useLabViewer, usePlaybooks, useProgram } from '../../hooks';
import { engagementRouteRef, rootRouteRef } from '../../routes';
import { canRequest } from '../../utils/access';
import { EVIDENCE_LABELS, PHASE_LABELS } from '../../utils/labels';
import { pathName } from '../../utils/stages';
import { RecommendedTools } from '../RecommendedTools';
import { RequestEngagementDialog } from '../RequestEngagementDialog';
import { StagePointsList } from './StagePointsList';

const useStyles = makeStyles(theme => ({
  back: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    marginBottom: theme.spacing(2),
  },
  stages: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: theme.spacing(3),
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gap: theme.spacing(3),
    [theme.breakpoints.down('sm')]: {
      gridTemplateColumns: 'minmax(0, 1fr)',
    },
  },
  table: {
    marginBottom: theme.spacing(2),
  },
}));

function CriteriaTable(props: {
  stage: LabPlaybookStage;
  playbook: LabPlaybook;
}) {
  const { stage, playbook } = props;
  const classes = useStyles();
  const withPaths = playbook.paths.length > 0;
  return (
    <WholeWordTable
      size="small"
      aria-label={`Exit criteria of ${stage.name}`}
      className={classes.table}
    >
      <TableHead>
        <TableRow>
          <TableCell>Criterion</TableCell>
          <TableCell>Required</TableCell>
          <TableCell>Evidence</TableCell>
          <TableCell>Checked by</TableCell>
          {withPaths && <TableCell>Paths</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {stage.criteria.map(criterion => (
          <TableRow key={criterion.id}>
            <TableCell component="th" scope="row">
              <Typography variant="body2">{criterion.title}</Typography>
              {criterion.description && (
                <Typography variant="caption" color="textSecondary">
                  {criterion.description}
                </Typography>
              )}
            </TableCell>
            <TableCell>
              {criterion.required ? 'Required' : 'Optional'}
            </TableCell>
            <TableCell>{EVIDENCE_LABELS[criterion.evidence]}</TableCell>
            <TableCell>
              {criterion.confirmedBy === 'expert'
                ? 'The expert'
                : 'The partner'}
            </TableCell>
            {withPaths && (
              <TableCell>
                {criterion.paths.length === 0
                  ? 'Every path'
                  : criterion.paths
                      .map(id => pathName(playbook, id) ?? id)
                      .join(', ')}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </WholeWordTable>
  );
}

function StageCard(props: {
  stage: LabPlaybookStage;
  position: number;
  playbook: LabPlaybook;
  program?: ProgramSummaryResponse;
  names: ProgramNames;
}) {
  const { stage, position, playbook, program, names } = props;
  const classes = useStyles();
  return (
    <InfoCard
      title={`${position}. ${stage.name}`}
      subheader={`${PHASE_LABELS[stage.phase]} · SLA ${stage.slaDays} days`}
    >
      <Typography variant="body2" paragraph>
        {stage.description}
      </Typography>
      <div className={classes.columns}>
        <div>
          <Typography variant="subtitle1" component="h4">
            Exit criteria
          </Typography>
          <CriteriaTable stage={stage} playbook={playbook} />
          <Typography variant="subtitle1" component="h4">
            Points
          </Typography>
          <StagePointsList
            points={stage.points}
            program={program}
            names={names}
            pathName={id => pathName(playbook, id) ?? id}
          />
        </div>
        <div>
          <Typography variant="subtitle1" component="h4">
            Recommended in the Solutions Hub
          </Typography>
          <RecommendedTools
            recommends={stage.recommends}
            stageName={stage.name}
          />
        </div>
      </div>
    </InfoCard>
  );
}

function PlaybookView(props: {
  playbook: LabPlaybook;
  playbooks: LabPlaybook[];
}) {
  const { playbook, playbooks } = props;
  const navigate = useNavigate();
  const engagementRoute = useRouteRef(engagementRouteRef);
  const viewer = useLabViewer();
  const program = useProgram();
  const names = useMemo(() => programNames(program.value), [program.value]);
  const [requesting, setRequesting] = useState(false);
  const classes = useStyles();
  const mayRequest = viewer.value ? canRequest(viewer.value) : false;

  return (
    <Flex direction="column" gap="4">
      <div>
        <Typography variant="h4" component="h2">
          {playbook.name}
        </Typography>
        <Typography variant="body1" paragraph>
          {playbook.summary}
        </Typography>
        {playbook.description && (
          <Typography variant="body2" paragraph>
            {playbook.description}
          </Typography>
        )}
        {playbook.businessModels.length > 0 && (
          <Typography variant="body2" paragraph>
            For the business models{' '}
            {playbook.businessModels.map(names.businessModel).join(', ')}.
          </Typography>
        )}
        {playbook.paths.length > 0 && (
          <>
            <Typography variant="subtitle1" component="h3">
              Paths
            </Typography>
            <ul aria-label="Paths">
              {playbook.paths.map(path => (
                <li key={path.id}>
                  <Typography variant="body2">
                    <strong>{path.name}</strong>
                    {path.description ? `: ${path.description}` : ''}
                  </Typography>
                </li>
              ))}
            </ul>
          </>
        )}
        {program.value && program.value.version !== playbook.programVersion && (
          <Alert
            status="info"
            icon
            title={`Points as program version ${playbook.programVersion} defines them`}
            description={`Partner points has ${program.value.name} (${program.value.version}) in force; the Lab reads its points when it starts.`}
          />
        )}
        {program.value && program.value.version === playbook.programVersion && (
          <Typography variant="caption" color="textSecondary" component="p">
            Points as {program.value.name} (version {program.value.version})
            defines them.
          </Typography>
        )}
        {mayRequest && (
          <Box mt={2}>
            <Button variant="primary" onPress={() => setRequesting(true)}>
              Request an engagement with this playbook
            </Button>
          </Box>
        )}
      </div>
      <ol className={classes.stages} aria-label={`Stages of ${playbook.name}`}>
        {playbook.stages.map((stage, index) => (
          <li key={stage.id}>
            <StageCard
              stage={stage}
              position={index + 1}
              playbook={playbook}
              program={program.value}
              names={names}
            />
          </li>
        ))}
      </ol>
      {requesting && (
        <RequestEngagementDialog
          isOpen
          playbooks={playbooks}
          initialPlaybookId={playbook.id}
          requirePartner={viewer.value?.isProgramAdmin}
          onClose={() => setRequesting(false)}
          onRequested={engagement =>
            navigate(engagementRoute({ id: engagement.id }))
          }
        />
      )}
    </Flex>
  );
}

/**
 * A playbook's page, `/solutions-lab/playbooks/:playbookId` (partner points'
 * "what to do next" links land here): its stages in order with their exit
 * criteria, SLAs, the points each earns as the program defines them, and
 * what each recommends in the Hub; and "request an engagement" with it.
 */
export function PlaybookPage() {
  const { playbookId = '' } = useParams();
  const classes = useStyles();
  const rootRoute = useRouteRef(rootRouteRef);
  const playbooks = usePlaybooks();
  return (
    <>
      <Link to={rootRoute()} className={classes.back}>
        <ArrowBackIcon fontSize="small" aria-hidden />
        Solutions Lab
      </Link>
      <AsyncContent
        state={playbooks}
        loadingLabel="Loading the playbook"
        errorProps={{ title: 'The playbooks could not be loaded' }}
      >
        {value => {
          const playbook = value.items.find(p => p.id === playbookId);
          return playbook ? (
            <PlaybookView playbook={playbook} playbooks={value.items} />
          ) : (
            <EmptyState
              title={`No playbook “${playbookId}”`}
              description="This installation of the Solutions Lab has no playbook with this id."
              nextStep={
                <Link to={`${rootRoute()}?view=playbooks`}>
                  See the playbooks
                </Link>
              }
            />
          );
        }}
      </AsyncContent>
    </>
  );
}
