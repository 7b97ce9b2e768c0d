import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  AsyncContent,
  formatDate,
} from '@partner-studio/plugin-partner-studio-react';
import { useProgram, useStanding } from '../../hooks';
import { StandingPageLink } from '../StandingPageLink';
import { standingErrorProps } from '../StandingStates';
import { StandingSummary } from '../StandingSummary';

/**
 * The program standing of the partner whose `Group` entity page this is
 * (the partner is the group, by entity ref). Reloads live.
 */
export function EntityPartnerPointsCard() {
  const { entity } = useEntity();
  const partnerRef = stringifyEntityRef(entity);
  const standing = useStanding(partnerRef);
  const program = useProgram();
  const { value } = standing;

  return (
    <InfoCard
      title="Program standing"
      subheader={
        value
          ? `${value.partner.title}, as of ${formatDate(value.standing.asOf)}`
          : undefined
      }
    >
      <AsyncContent
        state={standing}
        compact
        loadingLabel="Loading the program standing"
        errorProps={{
          ...standingErrorProps(partnerRef),
          onRetry: standing.retry,
        }}
      >
        {response => (
          <StandingSummary
            response={response}
            actionsLimit={3}
            program={program.value}
            footer={
              <StandingPageLink partnerRef={partnerRef}>
                See the full program standing
              </StandingPageLink>
            }
          />
        )}
      </AsyncContent>
    </InfoCard>
  );
}
