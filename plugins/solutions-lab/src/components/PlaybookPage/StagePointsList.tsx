import Typography from '@material-ui/core/Typography';
import type {
  LabStagePoints,
  ProgramSummaryResponse,
} from '@partner-studio/plugin-partner-studio-common';
import {
  ProgramNames,
  formatPoints,
} from '@partner-studio/plugin-partner-studio-react';

const EVENT_LABELS: Record<LabStagePoints['eventType'], string> = {
  lab_stage_completed: 'Passing the stage',
  specialization_earned: 'Completing the playbook (the specialization)',
};

/** Props of {@link StagePointsList}. */
export interface StagePointsListProps {
  points: LabStagePoints[];
  program?: ProgramSummaryResponse;
  names: ProgramNames;
  /** The playbook's paths, for metrics only some paths feed. */
  pathName(id: string): string;
}

/**
 * What a stage's completion earns in the partner program, as the program
 * defines it: the points events it emits and, for each, the program
 * metrics they feed with their points, targets and windows (the Lab never
 * restates points; the backend reads them from the program in force).
 */
export function StagePointsList(props: StagePointsListProps) {
  const { points, program, names, pathName } = props;
  if (points.every(p => p.metrics.length === 0)) {
    return (
      <Typography variant="body2" color="textSecondary">
        Passing this stage earns no points in the program in force.
      </Typography>
    );
  }
  return (
    <ul aria-label="Points">
      {points.flatMap(event =>
        event.metrics.map(metric => {
          const definition = program?.metrics.find(
            m => m.id === metric.metricId,
          );
          const perEvent =
            metric.pointsPerEvent !== undefined
              ? `+${formatPoints(metric.pointsPerEvent)} points`
              : 'Counts';
          return (
            <li key={`${event.eventType}-${metric.metricId}`}>
              <Typography variant="body2">
                {EVENT_LABELS[event.eventType]}: {perEvent} towards “
                {metric.name}”
                {definition ? ` (${names.pillar(definition.pillar)})` : ''}, up
                to {formatPoints(metric.maxPoints)} points at{' '}
                {formatPoints(metric.target)} {metric.unit} within{' '}
                {metric.windowDays} days
                {metric.businessModels && metric.businessModels.length > 0
                  ? `, for ${metric.businessModels
                      .map(names.businessModel)
                      .join(', ')}`
                  : ''}
                {metric.paths && metric.paths.length > 0
                  ? `, on the path${
                      metric.paths.length > 1 ? 's' : ''
                    } ${metric.paths.map(pathName).join(', ')}`
                  : ''}
                .
              </Typography>
              {definition?.description && (
                <Typography variant="caption" color="textSecondary">
                  {definition.description}
                </Typography>
              )}
            </li>
          );
        }),
      )}
    </ul>
  );
}
