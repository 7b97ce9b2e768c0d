import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  LabPlaybook,
  LabStagePhase,
} from '@partner-studio/plugin-partner-studio-common';
import { EmptyState } from '@partner-studio/plugin-partner-studio-react';
import { playbookRouteRef } from '../../routes';
import { PHASE_LABELS } from '../../utils/labels';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
    gap: theme.spacing(2),
  },
  card: {
    height: '100%',
  },
}));

/** "Development: 5 stages · Commercialization: 2 stages". */
function phaseSummary(playbook: LabPlaybook): string {
  const counts = new Map<LabStagePhase, number>();
  for (const stage of playbook.stages) {
    counts.set(stage.phase, (counts.get(stage.phase) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(
      ([phase, count]) =>
        `${PHASE_LABELS[phase]}: ${count} ${count === 1 ? 'stage' : 'stages'}`,
    )
    .join(' · ');
}

/** The installation's playbooks as cards, each linking to its page. */
export function PlaybookList(props: { playbooks: LabPlaybook[] }) {
  const { playbooks } = props;
  const classes = useStyles();
  const playbookRoute = useRouteRef(playbookRouteRef);
  if (playbooks.length === 0) {
    return (
      <EmptyState
        title="No playbook is configured"
        description="Playbooks define the stages an engagement goes through."
        nextStep="An operator adds playbooks under solutionsLab.playbooks in the app configuration."
      />
    );
  }
  return (
    <ul className={classes.list} aria-label="Playbooks">
      {playbooks.map(playbook => (
        <li key={playbook.id}>
          <Card variant="outlined" className={classes.card}>
            <CardContent>
              <Typography variant="h6" component="h3">
                <Link to={playbookRoute({ playbookId: playbook.id })}>
                  {playbook.name}
                </Link>
              </Typography>
              <Typography variant="body2" paragraph>
                {playbook.summary}
              </Typography>
              <Typography variant="caption" color="textSecondary">
                {phaseSummary(playbook)}
                {playbook.paths.length > 0 &&
                  ` · ${playbook.paths.length} paths`}
              </Typography>
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
