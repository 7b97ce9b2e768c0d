import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createCardExtension } from '@backstage/plugin-home-react';
import { SolutionsHubClient, solutionsHubApiRef } from './api';
import { recommendedHomeWidget } from './homeWidget';
import {
  courseRouteRef,
  downloadRouteRef,
  labPlaybookRouteRef,
  labRouteRef,
  playRouteRef,
  programStandingRouteRef,
  rootRouteRef,
  scaffolderTaskRouteRef,
  scaffolderTemplateRouteRef,
  toolRouteRef,
  usageRouteRef,
} from './routes';

/**
 * The Solutions Hub plugin for the legacy frontend system. Bind its external
 * routes in the app's `bindRoutes` (see the README); unbound, locked tools
 * say what unlocks them without a link, and template launches go to the URL
 * the backend answers.
 *
 * @public
 */
export const solutionsHubPlugin = createPlugin({
  id: 'solutions-hub',
  routes: {
    root: rootRouteRef,
    tool: toolRouteRef,
    play: playRouteRef,
    course: courseRouteRef,
    download: downloadRouteRef,
    usage: usageRouteRef,
  },
  externalRoutes: {
    programStanding: programStandingRouteRef,
    lab: labRouteRef,
    labPlaybook: labPlaybookRouteRef,
    scaffolderTemplate: scaffolderTemplateRouteRef,
    scaffolderTask: scaffolderTaskRouteRef,
  },
  apis: [
    createApiFactory({
      api: solutionsHubApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SolutionsHubClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The Solutions Hub page at its mount point (`/solutions-hub` in Partner
 * Studio), with the tool, play, course, download and usage pages below it.
 *
 * @public
 */
export const SolutionsHubPage = solutionsHubPlugin.provide(
  createRoutableExtension({
    name: 'SolutionsHubPage',
    component: () =>
      import('./components/SolutionsHubPage').then(m => m.SolutionsHubPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * Home page card "Recommended for your stage".
 *
 * @public
 */
export const SolutionsHubRecommendedCard = solutionsHubPlugin.provide(
  createCardExtension({
    name: 'SolutionsHubRecommendedCard',
    ...recommendedHomeWidget,
  }),
);
