import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  EngagementSummary,
  LabPlaybook,
} from '@partner-studio/plugin-partner-studio-common';
import { WholeWordTable } from '@partner-studio/plugin-partner-studio-react';
import { engagementRouteRef } from '../../routes';
import { PHASE_LABELS } from '../../utils/labels';
import { findPlaybook, pathName, stagePosition } from '../../utils/stages';
import { SlaChip, StatusChip } from '../EngagementStatus';

const useStyles = makeStyles(theme => ({
  // Seven or eight columns: tighter cells than the theme's let an expert's
  // queue fit a 1024 px page.
  table: {
    '& th, & td': {
      paddingLeft: theme.spacing(1.5),
      paddingRight: theme.spacing(1.5),
    },
  },
  solution: {
    fontWeight: theme.typography.fontWeightBold as number,
  },
  // Short labels (a name, "Unassigned", a button) never break mid-word.
  noWrap: {
    whiteSpace: 'nowrap',
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
  },
}));

/** Props of {@link EngagementTable}. */
export interface EngagementTableProps {
  items: EngagementSummary[];
  playbooks?: LabPlaybook[];
  /** Accessible name of the table, e.g. "Your engagements". */
  label: string;
  /** Show the partner of each engagement (experts and program admins see several). */
  showPartner?: boolean;
  /** An action cell per row, e.g. "Take" in the unassigned queue. */
  renderActions?: (engagement: EngagementSummary) => ReactNode;
}

/**
 * Engagements, one per row: solution (linking to its page), partner,
 * playbook, current stage, status, SLA clock and expert, in the order given
 * (the backend sorts: newest, or nearest SLA deadline first).
 */
export function EngagementTable(props: EngagementTableProps) {
  const { items, playbooks, label, showPartner, renderActions } = props;
  const classes = useStyles();
  const engagementRoute = useRouteRef(engagementRouteRef);
  return (
    <WholeWordTable size="small" aria-label={label} className={classes.table}>
      <TableHead>
        <TableRow>
          <TableCell>Solution</TableCell>
          {showPartner && <TableCell>Partner</TableCell>}
          <TableCell>Playbook</TableCell>
          <TableCell>Current stage</TableCell>
          <TableCell>Status</TableCell>
          <TableCell className={classes.noWrap}>Expert</TableCell>
          {renderActions && (
            <TableCell className={classes.noWrap}>Actions</TableCell>
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map(engagement => {
          const playbook = findPlaybook(playbooks, engagement.playbookId);
          const stage = playbook?.stages.find(
            s => s.id === engagement.currentStageId,
          );
          const path = pathName(playbook, engagement.path);
          return (
            <TableRow key={engagement.id}>
              <TableCell>
                <Link
                  to={engagementRoute({ id: engagement.id })}
                  className={classes.solution}
                >
                  {engagement.solutionName}
                </Link>
              </TableCell>
              {showPartner && (
                <TableCell>
                  <EntityDisplayName
                    entityRef={engagement.partnerRef}
                    hideIcon
                  />
                </TableCell>
              )}
              <TableCell>
                <Typography variant="body2">
                  {playbook?.name ?? engagement.playbookId}
                </Typography>
                {path && (
                  <Typography variant="caption" color="textSecondary">
                    Path: {path}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Typography variant="body2">
                  {stagePosition(playbook, engagement.currentStageId)}
                </Typography>
                {stage && (
                  <Typography variant="caption" color="textSecondary">
                    {PHASE_LABELS[stage.phase]}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <div className={classes.chips}>
                  <StatusChip status={engagement.status} />
                  <SlaChip sla={engagement.sla} />
                </div>
              </TableCell>
              <TableCell className={classes.noWrap}>
                {engagement.assignedExpertRef ? (
                  <EntityDisplayName
                    entityRef={engagement.assignedExpertRef}
                    hideIcon
                  />
                ) : (
                  <Typography variant="body2" color="textSecondary">
                    Unassigned
                  </Typography>
                )}
              </TableCell>
              {renderActions && (
                <TableCell className={classes.noWrap}>
                  {renderActions(engagement)}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </WholeWordTable>
  );
}
