import { InfoCard } from '@backstage/core-components';
import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';
import Typography from '@material-ui/core/Typography';
import { StandingPageLink } from '../StandingPageLink';

/** Props of {@link PartnerPicker}. */
export interface PartnerPickerProps {
  /** The partners the caller may read, in display order. */
  partners: PartnerSummary[];
}

const HEADING_ID = 'partner-points-partner-picker-heading';

/**
 * A list of links to partners' program standing pages, for callers who
 * belong to no partner themselves but may read some (program admins).
 */
export function PartnerPicker(props: PartnerPickerProps) {
  const { partners } = props;
  return (
    <InfoCard>
      <Typography variant="h5" component="h2" id={HEADING_ID} gutterBottom>
        Choose a partner
      </Typography>
      <Typography variant="body1" paragraph>
        You are not a member of a partner organisation, but you can see the
        program standing of these partners.
      </Typography>
      <nav aria-labelledby={HEADING_ID}>
        <ul aria-label="Partners">
          {partners.map(partner => (
            <li key={partner.id}>
              <StandingPageLink partnerId={partner.id}>
                {partner.title}
              </StandingPageLink>
            </li>
          ))}
        </ul>
      </nav>
    </InfoCard>
  );
}
