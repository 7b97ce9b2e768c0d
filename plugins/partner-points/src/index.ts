/**
 * Partner points: a partner's program standing — tier, points, breakdown
 * with provenance, trend, expiring-points forecast, benefits, what-if and
 * next-best actions — as a page, a home widget and a card for the partner's
 * `Group` entity page.
 *
 * This entry point serves the legacy frontend system; the new frontend
 * system's plugin is the default export of `./alpha`.
 *
 * @packageDocumentation
 */
export {
  partnerPointsPlugin,
  PartnerPointsPage,
  EntityPartnerPointsCard,
  PartnerPointsHomeCard,
} from './plugin';
export { ProgramOverviewSidebarItem } from './components/ProgramOverviewSidebarItem';
export { partnerPointsApiRef, PartnerPointsClient } from './api';
export type { PartnerPointsApi, PageOptions, OverviewFilters } from './api';
export {
  rootRouteRef,
  partnerRouteRef,
  overviewRouteRef,
  hubCategoryRouteRef,
  gtmPlayRouteRef,
  igniteCourseRouteRef,
  labPlaybookRouteRef,
} from './routes';
export { isPartnerGroupEntity } from './utils/entity';
export type { ActionLinkTarget } from './links';
