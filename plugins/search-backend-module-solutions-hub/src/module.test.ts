import {
  coreServices,
  createServiceFactory,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import searchPlugin from '@backstage/plugin-search-backend';
import { hubToolReadPermission } from '@partner-studio/plugin-partner-studio-common';
import request from 'supertest';
import searchModuleSolutionsHubCollator from '.';

jest.setTimeout(60_000);

function tool(name: string, title: string, spec: Record<string, unknown> = {}) {
  return {
    apiVersion: 'partner-studio.io/v1alpha1',
    kind: 'Tool',
    metadata: {
      name,
      namespace: 'default',
      title,
      description: `${title}, for partner developers.`,
      tags: ['compute'],
    },
    spec: {
      category: 'sdk',
      productArea: 'kubernetes-platform',
      businessModels: ['solution-builder'],
      supportLevel: 'vendor-supported',
      owner: 'group:default/vendor',
      launch: { type: 'url', url: `https://developer.example.com/${name}` },
      ...spec,
    },
  };
}

const entities: Entity[] = [
  tool('compute-sdk-go', 'Compute SDK for Go'),
  tool('gpu-sandbox', 'GPU sandbox', { category: 'sandbox' }),
  tool('contoso-internal-kit', 'Contoso compute kit', {
    owner: 'group:default/contoso-solutions',
  }),
  // Malformed (no launch target): the catalog's processor refuses it; if one
  // got through, search leaves it out as the Hub does.
  { ...tool('broken', 'Broken compute tool'), spec: { category: 'sdk' } },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'compute-service' },
    spec: { type: 'service', owner: 'group:default/vendor' },
  },
];

/**
 * Permissions as the Partner Studio policy answers a partner member of
 * Northwind: the tools of the vendor only (a conditional decision, which the
 * framework resolves per tool; here by its ref).
 */
const northwindPermissions = (asked: string[]): PermissionsService => ({
  authorizeConditional: async queries =>
    queries.map(({ permission }) => {
      asked.push(permission.name);
      return {
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'solutions-hub',
        resourceType: 'solutions-hub-tool',
        conditions: {
          rule: 'HAS_OWNER',
          resourceType: 'solutions-hub-tool',
          params: { ownerRefs: ['group:default/vendor'] },
        },
      };
    }),
  authorize: async requests =>
    requests.map(r => ({
      result:
        'resourceRef' in r &&
        r.resourceRef !== 'tool:default/contoso-internal-kit'
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
    })),
});

/** Permissions that allow everything (a program admin, say). */
const allowAll: PermissionsService = {
  authorizeConditional: async queries =>
    queries.map(() => ({ result: AuthorizeResult.ALLOW })),
  authorize: async requests =>
    requests.map(() => ({ result: AuthorizeResult.ALLOW })),
};

async function start(permissions: PermissionsService = allowAll) {
  const scheduler = mockServices.scheduler();
  const backend = await startTestBackend({
    features: [
      searchPlugin,
      searchModuleSolutionsHubCollator,
      catalogServiceMock.factory({ entities }),
      // The search backend asks the permission framework only when it is on.
      mockServices.rootConfig.factory({
        data: { permission: { enabled: true } },
      }),
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
      createServiceFactory({
        service: coreServices.permissions,
        deps: {},
        factory: () => permissions,
      }),
    ],
  });
  // The index builder names the task after the type, first dash replaced.
  await scheduler.triggerTask('search_index_solutions_hub-tool');
  const search = async (term: string) => {
    const response = await request(backend.server).get(
      `/api/search/query?term=${encodeURIComponent(
        term,
      )}&types[0]=solutions-hub-tool`,
    );
    expect(response.status).toBe(200);
    return response.body.results as Array<{
      type: string;
      document: Record<string, unknown>;
    }>;
  };
  return { backend, search };
}

describe('the Solutions Hub search collator', () => {
  it('puts every well-formed tool into the global search, opening its Hub page', async () => {
    const { backend, search } = await start();
    const results = await search('compute');
    expect(results.map(r => r.document.title).sort()).toEqual([
      'Compute SDK for Go',
      'Contoso compute kit',
      'GPU sandbox',
    ]);
    const sdk = results.find(r => r.document.title === 'Compute SDK for Go');
    expect(sdk).toMatchObject({
      type: 'solutions-hub-tool',
      document: expect.objectContaining({
        location: '/solutions-hub/tools/default/compute-sdk-go',
        entityRef: 'tool:default/compute-sdk-go',
        category: 'sdk',
        supportLevel: 'vendor-supported',
        owner: 'group:default/vendor',
        text: expect.stringContaining('SDK'),
      }),
    });
    // Found by what the text says of it (its category's label).
    expect((await search('sandbox')).map(r => r.document.title)).toEqual([
      'GPU sandbox',
    ]);
    await backend.stop();
  });

  it('shows each caller only the tools the Hub’s read permission allows', async () => {
    const asked: string[] = [];
    const { backend, search } = await start(northwindPermissions(asked));
    expect((await search('compute')).map(r => r.document.title).sort()).toEqual(
      ['Compute SDK for Go', 'GPU sandbox'],
    );
    expect(asked).toContain(hubToolReadPermission.name);
    await backend.stop();
  });
});
