import { Progress } from '@backstage/core-components';
import { useProgram, useStanding } from '../../hooks';
import { StandingPageLink } from '../StandingPageLink';
import { StandingErrorState } from '../StandingStates';
import { StandingSummary } from '../StandingSummary';

/**
 * Home page widget content: the caller's partner's tier, points, progress to
 * the next tier and top three actions. Reloads when the backend signals a
 * standing change.
 */
export function PartnerPointsWidget() {
  const { value, error } = useStanding();
  const program = useProgram();

  if (error) {
    return <StandingErrorState error={error} compact />;
  }
  if (!value) {
    return <Progress />;
  }
  return (
    <StandingSummary
      response={value}
      actionsLimit={3}
      showPartnerName
      program={program.value}
      footer={
        <StandingPageLink>See the full program standing</StandingPageLink>
      }
    />
  );
}
