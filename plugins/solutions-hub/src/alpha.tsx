import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import BuildIcon from '@material-ui/icons/Build';
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
 * The Solutions Hub API client. Extension id `api:solutions-hub`.
 *
 * @alpha
 */
export const solutionsHubApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: solutionsHubApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SolutionsHubClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The Solutions Hub at `/solutions-hub`: the home, and below it
 * `tools/:namespace/:name`, `plays/:playId`, `courses/:courseId`,
 * `downloads/:taskId` and `usage`. Its title and icon make the "Solutions
 * Hub" nav item. Extension id `page:solutions-hub`.
 *
 * @alpha
 */
export const solutionsHubPage = PageBlueprint.make({
  params: {
    path: '/solutions-hub',
    title: 'Solutions Hub',
    icon: <BuildIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/SolutionsHubPage').then(m => (
        <m.SolutionsHubPage headerVariant="none" />
      )),
  },
});

/**
 * Home page widget "Recommended for your stage". Extension id
 * `home-page-widget:solutions-hub/recommended`; its grid component name is
 * `SolutionsHubRecommended`.
 *
 * @alpha
 */
export const solutionsHubRecommendedWidget = HomePageWidgetBlueprint.make({
  name: 'recommended',
  params: {
    name: 'SolutionsHubRecommended',
    ...recommendedHomeWidget,
  },
});

/**
 * The Solutions Hub plugin for the new frontend system. Its external routes
 * default to partner points' standing page (`partner-points.root`), the
 * Solutions Lab (`solutions-lab.root`, `.playbook`) and the scaffolder
 * (`scaffolder.selectedTemplate`, `.ongoingTask`); rebind them with
 * `app.routes.bindings`.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'solutions-hub',
  title: 'Solutions Hub',
  icon: <BuildIcon fontSize="inherit" />,
  info: { packageJson: () => import('../package.json') },
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
  extensions: [
    solutionsHubApi,
    solutionsHubPage,
    solutionsHubRecommendedWidget,
  ],
});
