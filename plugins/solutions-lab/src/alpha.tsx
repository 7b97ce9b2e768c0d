import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import { GROUP_TYPES } from '@partner-studio/plugin-partner-studio-common';
import { SolutionsLabClient, solutionsLabApiRef } from './api';
import {
  engagementRouteRef,
  hubCategoryRouteRef,
  hubToolRouteRef,
  partnerStandingRouteRef,
  playbookRouteRef,
  rootRouteRef,
} from './routes';

/**
 * The Solutions Lab API client. Extension id `api:solutions-lab`.
 *
 * @alpha
 */
export const solutionsLabApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: solutionsLabApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SolutionsLabClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The Solutions Lab at `/solutions-lab`, with
 * `/solutions-lab/engagements/:id` and `/solutions-lab/playbooks/:playbookId`.
 * Its title and icon make the "Solutions Lab" nav item. Extension id
 * `page:solutions-lab`.
 *
 * @alpha
 */
export const solutionsLabPage = PageBlueprint.make({
  params: {
    path: '/solutions-lab',
    title: 'Solutions Lab',
    icon: <AccountTreeIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/SolutionsLabPage').then(m => (
        <m.SolutionsLabPage headerVariant="none" />
      )),
  },
});

/**
 * The partner's Lab engagements on its `Group` entity page. Extension id
 * `entity-card:solutions-lab/engagements`.
 *
 * @alpha
 */
export const solutionsLabEntityCard = EntityCardBlueprint.make({
  name: 'engagements',
  params: {
    filter: { kind: 'group', 'spec.type': GROUP_TYPES.partner },
    loader: () =>
      import('./components/EntitySolutionsLabCard').then(m => (
        <m.EntitySolutionsLabCard />
      )),
  },
});

/**
 * The Solutions Lab plugin for the new frontend system. Routes `root`,
 * `playbook` (partner points' `labPlaybook` targets it) and `engagement`
 * (where notifications link). Its external routes default to the Hub's
 * (`solutions-hub.tool`, `solutions-hub.root`) and partner points'
 * (`partner-points.partner`); rebind them with `app.routes.bindings`.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'solutions-lab',
  title: 'Solutions Lab',
  icon: <AccountTreeIcon fontSize="inherit" />,
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: rootRouteRef,
    playbook: playbookRouteRef,
    engagement: engagementRouteRef,
  },
  externalRoutes: {
    hubTool: hubToolRouteRef,
    hubCategory: hubCategoryRouteRef,
    partnerStanding: partnerStandingRouteRef,
  },
  extensions: [solutionsLabApi, solutionsLabPage, solutionsLabEntityCard],
});
