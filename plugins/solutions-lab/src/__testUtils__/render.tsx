import { ReactElement } from 'react';
import type { RenderResult } from '@testing-library/react';
import {
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/core-plugin-api';
import { SignalApi, signalApiRef } from '@backstage/plugin-signals-react';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  MockFetchApi,
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import { MockSignalApi } from '@partner-studio/plugin-partner-studio-react/testUtils';
import { SolutionsLabClient, solutionsLabApiRef } from '../api';
import {
  hubCategoryRouteRef,
  hubToolRouteRef,
  partnerStandingRouteRef,
  rootRouteRef,
} from '../routes';
import { FakeCaller, FakeLab } from './fakeLab';
import { CARLA, CONTOSO, ERIN, PAUL, catalogEntities } from './fixtures';

/** The personas of the demo organisation the tests sign in as. */
export const PERSONAS = {
  carla: {
    caller: { userEntityRef: CARLA, partnerRef: CONTOSO },
    ownership: [CARLA, 'group:default/contoso-platform'],
  },
  erin: {
    caller: { userEntityRef: ERIN, isExpert: true },
    ownership: [ERIN, 'group:default/vendor-experts'],
  },
  paul: {
    caller: { userEntityRef: PAUL, isProgramAdmin: true },
    ownership: [PAUL, 'group:default/program-admins'],
  },
} satisfies Record<string, { caller: FakeCaller; ownership: string[] }>;

export type PersonaName = keyof typeof PERSONAS;

/** The real client, pointed at the msw handlers. */
export function createClient() {
  return new SolutionsLabClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
    fetchApi: new MockFetchApi(),
  });
}

/**
 * The API pairs of a test app as `persona` sees it, over `lab`: the real
 * client (answered by msw), identity, catalog, config and, unless `null`,
 * a signal API.
 */
export function labApis(
  persona: PersonaName,
  options: { signalApi?: SignalApi | null; pollIntervalSeconds?: number } = {},
) {
  const { caller, ownership } = PERSONAS[persona];
  const signalApi =
    options.signalApi === undefined ? new MockSignalApi() : options.signalApi;
  return [
    [solutionsLabApiRef, createClient()],
    [discoveryApiRef, mockApis.discovery({ baseUrl: 'http://localhost:7007' })],
    [fetchApiRef, new MockFetchApi()],
    [
      identityApiRef,
      mockApis.identity({
        userEntityRef: caller.userEntityRef,
        ownershipEntityRefs: ownership,
      }),
    ],
    [catalogApiRef, catalogApiMock({ entities: catalogEntities })],
    [
      configApiRef,
      mockApis.config({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          backend: { baseUrl: 'http://localhost:7007' },
          ...(options.pollIntervalSeconds === undefined
            ? {}
            : {
                partnerStudio: {
                  refresh: { pollIntervalSeconds: options.pollIntervalSeconds },
                },
              }),
        },
      }),
    ],
    ...(signalApi ? [[signalApiRef, signalApi] as const] : []),
  ] as const;
}

/**
 * Renders `element` as `persona` sees it, against a fresh fake Lab backend
 * (returned, to change it and read what was sent), with the Lab mounted at
 * `/solutions-lab` and the Hub's and partner points' routes bound.
 * `signalApi: null` leaves the signals plugin out (polling).
 */
export async function renderLab(
  element: ReactElement,
  options: {
    persona?: PersonaName;
    routeEntries?: string[];
    signalApi?: SignalApi | null;
    lab?: FakeLab;
    /** Polling interval of views without signals, in seconds. */
    pollIntervalSeconds?: number;
  } = {},
): Promise<RenderResult & { lab: FakeLab }> {
  const persona = options.persona ?? 'carla';
  const lab = options.lab ?? new FakeLab(PERSONAS[persona].caller).install();
  const apis = labApis(persona, options);
  const rendered = await renderInTestApp(
    <TestApiProvider apis={apis}>{element}</TestApiProvider>,
    {
      routeEntries: options.routeEntries,
      mountedRoutes: {
        '/solutions-lab': rootRouteRef,
        '/solutions-hub': hubCategoryRouteRef,
        '/solutions-hub/tools/:namespace/:name': hubToolRouteRef,
        '/partner-points/partners/:namespace/:name': partnerStandingRouteRef,
      },
    },
  );
  return { ...rendered, lab };
}
