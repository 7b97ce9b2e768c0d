import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
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
import { solutionsHubApiRef } from '../api';
import { createClient, testApis } from './backend';

/** Where the external routes lead in the tests, as Partner Studio binds them. */
export const EXTERNAL_ROUTES = {
  '/partner-points': programStandingRouteRef,
  '/solutions-lab': labRouteRef,
  '/solutions-lab/playbooks/:playbookId': labPlaybookRouteRef,
  '/create/templates/:namespace/:templateName': scaffolderTemplateRouteRef,
  '/create/tasks/:taskId': scaffolderTaskRouteRef,
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
  options: { scaffolderApi?: Partial<ScaffolderApi> } = {},
) {
  const page = (
    <>
      <Routes>
        <Route
          path="/solutions-hub/*"
          element={<SolutionsHubPage headerVariant="none" />}
        />
        <Route path="*" element={<p>Outside the Hub</p>} />
      </Routes>
      <LocationProbe />
    </>
  );
  return renderInTestApp(
    options.scaffolderApi ? (
      <TestApiProvider
        apis={[
          [solutionsHubApiRef, createClient()],
          [scaffolderApiRef, options.scaffolderApi],
        ]}
      >
        {page}
      </TestApiProvider>
    ) : (
      <TestApiProvider apis={testApis()}>{page}</TestApiProvider>
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
