export { StandingPageLink, partnerRouteParams } from './StandingPageLink';
export type { StandingPageLinkProps } from './StandingPageLink';
