import { InfoCard, Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useProgram, useStanding } from '../../hooks';
import { StandingPageLink } from '../StandingPageLink';
import { StandingErrorState } from '../StandingStates';
import { StandingSummary } from '../StandingSummary';
import { formatDate } from '../../utils/format';

/**
 * The program standing of the partner whose `Group` entity page this is
 * (partner id = the group's `metadata.name`). Reloads live.
 */
export function EntityPartnerPointsCard() {
  const { entity } = useEntity();
  const partnerId = entity.metadata.name;
  const { value, loading, error } = useStanding(partnerId);
  const program = useProgram();

  let content;
  if (error) {
    content = (
      <StandingErrorState error={error} partnerId={partnerId} compact />
    );
  } else if (!value) {
    content = loading ? <Progress /> : null;
  } else {
    content = (
      <StandingSummary
        response={value}
        actionsLimit={3}
        program={program.value}
        footer={
          <StandingPageLink partnerId={partnerId}>
            See the full program standing
          </StandingPageLink>
        }
      />
    );
  }

  return (
    <InfoCard
      title="Program standing"
      subheader={
        value
          ? `${value.partner.title}, as of ${formatDate(value.standing.asOf)}`
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
