import Typography from '@material-ui/core/Typography';
import type {
  HubSources,
  HubPlayDetail,
} from '@partner-studio/plugin-partner-studio-common';
import {
  formatDate,
  formatPoints,
} from '@partner-studio/plugin-partner-studio-react';
import { DetailSection } from './DetailSection';

const KIND_LABELS: Record<HubPlayDetail['kind'], string> = {
  strategy: 'Strategy play: business transformation',
  velocity: 'Velocity play: a specific solution',
};

/** Why the partner's progress is not shown. */
function noProgressReason(sources: HubSources): string {
  if (sources.standing === 'not-applicable') {
    return 'Progress on a play shows for the members of a partner organisation.';
  }
  if (sources.standing === 'unavailable') {
    return 'Your progress could not be read from partner points just now.';
  }
  return 'Your partner has not run this play yet.';
}

/**
 * A GTM sales play: its kind and enablement, its incentive (the points the
 * program in force gives for the actions that point at it, as the Hub reads
 * them from the program) and the caller's partner's progress from the points
 * ledger.
 */
export function PlayDetails(props: {
  play: HubPlayDetail;
  sources: HubSources;
}) {
  const { play, sources } = props;
  const { progress } = play;
  return (
    <DetailSection title="The sales play">
      <Typography variant="subtitle2" component="p">
        {play.name} — {KIND_LABELS[play.kind]}
      </Typography>
      {play.description && (
        <Typography variant="body2" paragraph>
          {play.description}
        </Typography>
      )}
      <Typography variant="subtitle2" component="h4">
        Incentive
      </Typography>
      {play.incentives.length === 0 ? (
        <Typography variant="body2" paragraph>
          The program in force gives no points for this play.
        </Typography>
      ) : (
        <>
          {play.pointsPerExecution !== undefined && (
            <Typography variant="body2">
              One execution earns {formatPoints(play.pointsPerExecution)} points
              under the program in force:
            </Typography>
          )}
          <ul>
            {play.incentives.map(incentive => (
              <Typography
                component="li"
                variant="body2"
                key={incentive.metricId}
              >
                {incentive.title}: {formatPoints(incentive.points)} points
                {incentive.title !== incentive.metricName &&
                  ` in ${incentive.metricName}`}
                {incentive.pointsForPartner !== undefined &&
                  ` (for your partner now: ${formatPoints(
                    incentive.pointsForPartner,
                  )} points)`}
              </Typography>
            ))}
          </ul>
        </>
      )}
      <Typography variant="subtitle2" component="h4">
        Your progress
      </Typography>
      <Typography variant="body2">
        {progress && progress.executions > 0
          ? `Your partner ran this play ${progress.executions} ${
              progress.executions === 1 ? 'time' : 'times'
            }${
              progress.lastExecutedAt
                ? `, last on ${formatDate(progress.lastExecutedAt)}`
                : ''
            }${
              progress.points !== undefined
                ? `, earning ${formatPoints(progress.points)} points`
                : ''
            }.`
          : noProgressReason(sources)}
      </Typography>
    </DetailSection>
  );
}
