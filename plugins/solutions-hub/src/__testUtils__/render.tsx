import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { AuthorizeResult } from '@backstage/plugin-permission-common';
import { SWRConfig } from 'swr';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { SolutionsHubPage } from '../components/SolutionsHubPage';
import {
  labPlaybookRouteRef,
  labRouteRef,
  programStandingRouteRef,
  rootRouteRef,
  scaffolderTaskRouteRef,
  scaffolderTemplateRouteRef,
} from '../routes';
import type { ScaffolderApi } from '@backstage/plugin-scaffolder-common';
import { scaffolderApiRef } from '@backstage/plugin-scaffolder-react';
import { testApis } from './backend';

/** Where the external routes lead in the tests, as Partner Studio binds them. */
export const EXTERNAL_ROUTES = {
  '/partner-points': programStandingRouteRef,
  '/solutions-lab': labRouteRef,
  '/solutions-lab/playbooks/:playbookId': labPlaybookRouteRef,
  '/create/templates/:namespace/:templateName': scaffolderTemplateRouteRef,
  '/create/tasks/:taskId': scaffolderTaskRouteRef,
  '/catalog/:namespace/:kind/:name': entityRouteRef,
};

/** Shows the current address and offers the browser's back button. */
export function LocationProbe() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <div>
      <output aria-label="Current address">
        {location.pathname}
        {location.search}
      </output>
      <button type="button" onClick={() => navigate(-1)}>
        Browser back
      </button>
    </div>
  );
}

/**
 * Renders the Hub's page at `route` (default its home) in a test app with the
 * real Hub client (answered by the msw server), the Hub mounted at
 * `/solutions-hub` and the external routes bound, plus a
 * {@link LocationProbe}.
 */
export function renderHubPage(
  route = '/solutions-hub',
  options: {
    scaffolderApi?: Partial<ScaffolderApi>;
    /** The permission policy's decision on every permission; default allow. */
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  } = {},
) {
  const apis = testApis({ permission: options.permission });
  // usePermission keeps decisions in SWR's cache: one cache per render keeps
  // a test's decisions from leaking into the next.
  const page = (
    <SWRConfig value={{ provider: () => new Map() }}>
      <Routes>
        <Route
          path="/solutions-hub/*"
          element={<SolutionsHubPage headerVariant="none" />}
        />
        <Route path="*" element={<p>Outside the Hub</p>} />
      </Routes>
      <LocationProbe />
    </SWRConfig>
  );
  return renderInTestApp(
    options.scaffolderApi ? (
      <TestApiProvider
        apis={[...apis, [scaffolderApiRef, options.scaffolderApi]]}
      >
        {page}
      </TestApiProvider>
    ) : (
      <TestApiProvider apis={apis}>{page}</TestApiProvider>
    ),
    {
      routeEntries: [route],
      mountedRoutes: {
        '/solutions-hub': rootRouteRef,
        ...EXTERNAL_ROUTES,
      },
    },
  );
}
