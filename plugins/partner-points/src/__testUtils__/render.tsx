import { ReactElement } from 'react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import type { PermissionApi } from '@backstage/plugin-permission-react';
import type { SignalApi } from '@backstage/plugin-signals-react';
import { SWRConfig } from 'swr';
import {
  gtmPlayRouteRef,
  hubCategoryRouteRef,
  igniteCourseRouteRef,
  labPlaybookRouteRef,
  rootRouteRef,
} from '../routes';
import { testApis } from './apis';

/**
 * The external routes bound as an app with the Solutions Hub and Lab binds
 * them, at the paths of their routes.
 */
export const HUB_AND_LAB_ROUTES = {
  '/solutions-hub': hubCategoryRouteRef,
  '/solutions-hub/plays/:playId': gtmPlayRouteRef,
  '/solutions-hub/courses/:courseId': igniteCourseRouteRef,
  '/solutions-lab/playbooks/:playbookId': labPlaybookRouteRef,
};

/**
 * Renders `element` in a test app with the real partner points client
 * (answered by the msw server) and a signal API, with the standing page
 * mounted at `/partner-points` and, with `withHubAndLab`, the Hub's and
 * Lab's routes bound.
 */
export function renderWithApis(
  element: ReactElement,
  options: {
    signalApi?: SignalApi;
    permissionApi?: PermissionApi;
    routeEntries?: string[];
    withHubAndLab?: boolean;
  } = {},
) {
  return renderInTestApp(
    <TestApiProvider apis={testApis(options.signalApi, options.permissionApi)}>
      {/* usePermission caches decisions in SWR's global cache: a cache per
          render keeps one test's permissions from leaking into the next. */}
      <SWRConfig value={{ provider: () => new Map() }}>{element}</SWRConfig>
    </TestApiProvider>,
    {
      routeEntries: options.routeEntries,
      mountedRoutes: {
        '/partner-points': rootRouteRef,
        ...(options.withHubAndLab ? HUB_AND_LAB_ROUTES : {}),
      },
    },
  );
}
