import { AsyncContent } from '@partner-studio/plugin-partner-studio-react';
import { useProgram, useStanding } from '../../hooks';
import { StandingPageLink } from '../StandingPageLink';
import { standingErrorProps } from '../StandingStates';
import { StandingSummary } from '../StandingSummary';

/**
 * Home page widget content: the caller's partner's tier, points, progress to
 * the next tier and top three actions. Reloads when the backend signals a
 * standing change (polls without the signals plugin).
 */
export function PartnerPointsWidget() {
  const standing = useStanding();
  const program = useProgram();
  return (
    <AsyncContent
      state={standing}
      compact
      loadingLabel="Loading your program standing"
      errorProps={{ ...standingErrorProps(undefined), onRetry: standing.retry }}
    >
      {response => (
        <StandingSummary
          response={response}
          actionsLimit={3}
          showPartnerName
          program={program.value}
          footer={
            <StandingPageLink>See the full program standing</StandingPageLink>
          }
        />
      )}
    </AsyncContent>
  );
}
