import { ReactElement } from 'react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import type { SignalApi } from '@backstage/plugin-signals-react';
import { rootRouteRef } from '../routes';
import { testApis } from './apis';

/**
 * Renders `element` in a test app with the real partner points client
 * (answered by the msw server) and a signal API, with the standing page
 * mounted at `/partner-points`.
 */
export function renderWithApis(
  element: ReactElement,
  options: { signalApi?: SignalApi; routeEntries?: string[] } = {},
) {
  return renderInTestApp(
    <TestApiProvider apis={testApis(options.signalApi)}>
      {element}
    </TestApiProvider>,
    {
      routeEntries: options.routeEntries,
      mountedRoutes: { '/partner-points': rootRouteRef },
    },
  );
}
