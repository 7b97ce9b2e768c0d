export { PartnerEngagements } from './PartnerEngagements';
export type { PartnerEngagementsProps } from './PartnerEngagements';
