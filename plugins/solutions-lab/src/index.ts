/**
 * Solutions Lab: expert-guided engagements that take a partner's solution
 * through the stages of a playbook, development and commercialization —
 * for partners (their engagements, checklist with evidence, timeline,
 * recommended Hub tools, requests), vendor experts (a queue by SLA risk,
 * decisions, notes) and program admins (assignment, the funnel).
 *
 * This entry point serves the legacy frontend system; the new frontend
 * system's plugin is the default export of `./alpha`.
 *
 * @packageDocumentation
 */
export {
  solutionsLabPlugin,
  SolutionsLabPage,
  EntitySolutionsLabCard,
} from './plugin';
export { solutionsLabApiRef, SolutionsLabClient } from './api';
export type { SolutionsLabApi } from './api';
export {
  rootRouteRef,
  playbookRouteRef,
  engagementRouteRef,
  hubToolRouteRef,
  hubCategoryRouteRef,
  partnerStandingRouteRef,
} from './routes';
