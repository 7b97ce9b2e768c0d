import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { LabFunnel } from '@partner-studio/plugin-partner-studio-common';
import { WholeWordTable } from '@partner-studio/plugin-partner-studio-react';
import { PHASE_LABELS } from '../../utils/labels';

/** "8.5 days", or "no exits" when no engagement left the stage in the range. */
export function medianText(days: number | undefined): string {
  if (days === undefined) return 'no exits';
  return `${Math.round(days * 10) / 10} days`;
}

/** The funnel as a table: the chart's alternative, one row per stage. */
export function FunnelTable(props: {
  funnel: LabFunnel;
  playbookName: string;
}) {
  const { funnel, playbookName } = props;
  return (
    <WholeWordTable size="small" aria-label={`Funnel of ${playbookName}`}>
      <TableHead>
        <TableRow>
          <TableCell>Stage</TableCell>
          <TableCell>Phase</TableCell>
          <TableCell align="right">Entered</TableCell>
          <TableCell align="right">Passed</TableCell>
          <TableCell align="right">In the stage now</TableCell>
          <TableCell align="right">Median days in stage</TableCell>
          <TableCell align="right">Drop-offs</TableCell>
          <TableCell align="right">Send-backs</TableCell>
          <TableCell align="right">Passed after the SLA</TableCell>
          <TableCell align="right">Past the SLA now</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {funnel.stages.map(stage => (
          <TableRow key={stage.stageId}>
            <TableCell component="th" scope="row">
              {stage.name}
            </TableCell>
            <TableCell>{PHASE_LABELS[stage.phase]}</TableCell>
            <TableCell align="right">{stage.entered}</TableCell>
            <TableCell align="right">{stage.completed}</TableCell>
            <TableCell align="right">{stage.inStage}</TableCell>
            <TableCell align="right">
              {medianText(stage.medianDaysInStage)}
            </TableCell>
            <TableCell align="right">{stage.dropOffs}</TableCell>
            <TableCell align="right">{stage.sendBacks}</TableCell>
            <TableCell align="right">{stage.slaBreaches}</TableCell>
            <TableCell align="right">{stage.breachedNow}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </WholeWordTable>
  );
}
