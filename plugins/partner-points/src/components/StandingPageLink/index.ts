export { StandingPageLink } from './StandingPageLink';
export type { StandingPageLinkProps } from './StandingPageLink';
