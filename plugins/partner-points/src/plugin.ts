import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createCardExtension } from '@backstage/plugin-home-react';
import { partnerPointsApiRef, PartnerPointsClient } from './api';
import { standingHomeWidget } from './homeWidget';
import {
  gtmPlayRouteRef,
  hubCategoryRouteRef,
  igniteCourseRouteRef,
  labPlaybookRouteRef,
  overviewRouteRef,
  partnerRouteRef,
  rootRouteRef,
} from './routes';

/**
 * The partner points plugin for the legacy frontend system. Bind its
 * external routes to the Solutions Hub and Lab in the app's `bindRoutes`
 * (see the README); unbound, the actions show without links.
 *
 * @public
 */
export const partnerPointsPlugin = createPlugin({
  id: 'partner-points',
  routes: {
    root: rootRouteRef,
    partner: partnerRouteRef,
    overview: overviewRouteRef,
  },
  externalRoutes: {
    hubCategory: hubCategoryRouteRef,
    gtmPlay: gtmPlayRouteRef,
    igniteCourse: igniteCourseRouteRef,
    labPlaybook: labPlaybookRouteRef,
  },
  apis: [
    createApiFactory({
      api: partnerPointsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PartnerPointsClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The program standing page: `/partner-points` for the caller's own partner,
 * `/partner-points/partners/:namespace/:name` for a given partner.
 *
 * @public
 */
export const PartnerPointsPage = partnerPointsPlugin.provide(
  createRoutableExtension({
    name: 'PartnerPointsPage',
    component: () =>
      import('./components/PartnerPointsPage').then(m => m.PartnerPointsPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The partner's program standing on its `Group` entity page. Use with
 * `isPartnerGroupEntity` in an `EntitySwitch`.
 *
 * @public
 */
export const EntityPartnerPointsCard = partnerPointsPlugin.provide(
  createComponentExtension({
    name: 'EntityPartnerPointsCard',
    component: {
      lazy: () =>
        import('./components/EntityPartnerPointsCard').then(
          m => m.EntityPartnerPointsCard,
        ),
    },
  }),
);

/**
 * Home page card: tier, points, progress to the next tier and the top three
 * actions of the caller's partner, live.
 *
 * @public
 */
export const PartnerPointsHomeCard = partnerPointsPlugin.provide(
  createCardExtension({
    name: 'PartnerPointsHomeCard',
    ...standingHomeWidget,
  }),
);
