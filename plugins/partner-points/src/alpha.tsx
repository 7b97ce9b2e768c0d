import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import EmojiEventsIcon from '@material-ui/icons/EmojiEvents';
import { GROUP_TYPES } from '@partner-studio/plugin-partner-studio-common';
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
 * The partner points API client. Extension id `api:partner-points`.
 *
 * @alpha
 */
export const partnerPointsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: partnerPointsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PartnerPointsClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The program standing page at `/partner-points`, with
 * `/partner-points/partners/:namespace/:name` for a given partner. Its title and
 * icon make the "Partner points" nav item (a name that fits Backstage's
 * sidebar; "Program standing" was cut to "Program stan…"). Extension id
 * `page:partner-points`.
 *
 * @alpha
 */
export const partnerPointsPage = PageBlueprint.make({
  params: {
    path: '/partner-points',
    title: 'Partner points',
    icon: <EmojiEventsIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/PartnerPointsPage').then(m => (
        <m.PartnerPointsPage headerVariant="none" />
      )),
  },
});

/**
 * The partner's program standing on its `Group` entity page. Extension id
 * `entity-card:partner-points/standing`.
 *
 * @alpha
 */
export const partnerPointsEntityCard = EntityCardBlueprint.make({
  name: 'standing',
  params: {
    filter: { kind: 'group', 'spec.type': GROUP_TYPES.partner },
    loader: () =>
      import('./components/EntityPartnerPointsCard').then(m => (
        <m.EntityPartnerPointsCard />
      )),
  },
});

/**
 * Home page widget: tier, points, progress and the top three actions of the
 * caller's partner, live. Extension id
 * `home-page-widget:partner-points/standing`; its grid component name is
 * `PartnerPointsStanding`.
 *
 * @alpha
 */
export const partnerPointsHomeWidget = HomePageWidgetBlueprint.make({
  name: 'standing',
  params: {
    name: 'PartnerPointsStanding',
    ...standingHomeWidget,
  },
});

/**
 * The partner points plugin for the new frontend system. Its external routes
 * default to the Solutions Hub's and Lab's routes (`solutions-hub.root`,
 * `.play`, `.course`, `solutions-lab.playbook`); rebind them with
 * `app.routes.bindings`. Without the target plugin, actions show without a
 * link.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'partner-points',
  title: 'Partner points',
  icon: <EmojiEventsIcon fontSize="inherit" />,
  info: { packageJson: () => import('../package.json') },
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
  extensions: [
    partnerPointsApi,
    partnerPointsPage,
    partnerPointsEntityCard,
    partnerPointsHomeWidget,
  ],
});
