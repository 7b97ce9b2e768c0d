import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
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
 * The Solutions Lab plugin for the legacy frontend system. Bind its external
 * routes to the Solutions Hub and partner points in the app's `bindRoutes`
 * (see the README); unbound, the Hub tools and the standing show without
 * links.
 *
 * @public
 */
export const solutionsLabPlugin = createPlugin({
  id: 'solutions-lab',
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
  apis: [
    createApiFactory({
      api: solutionsLabApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SolutionsLabClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The Solutions Lab page at its mount point (e.g. `/solutions-lab`), with
 * `engagements/:id` and `playbooks/:playbookId` below it.
 *
 * @public
 */
export const SolutionsLabPage = solutionsLabPlugin.provide(
  createRoutableExtension({
    name: 'SolutionsLabPage',
    component: () =>
      import('./components/SolutionsLabPage').then(m => m.SolutionsLabPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The partner's Lab engagements on its `Group` entity page; show it for
 * groups of `spec.type: partner` in an `EntitySwitch`.
 *
 * @public
 */
export const EntitySolutionsLabCard = solutionsLabPlugin.provide(
  createComponentExtension({
    name: 'EntitySolutionsLabCard',
    component: {
      lazy: () =>
        import('./components/EntitySolutionsLabCard').then(
          m => m.EntitySolutionsLabCard,
        ),
    },
  }),
);
