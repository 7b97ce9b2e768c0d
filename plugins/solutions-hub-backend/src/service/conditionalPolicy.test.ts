/*
 * A policy that answers CONDITIONAL with the Hub's tool rules: the
 * conditions become the search index's access predicate, so lists are
 * filtered inside the query (counts and pages of the allowed tools only),
 * and the policy is asked again for every page.
 */
import type { PermissionsService } from '@backstage/backend-plugin-api';
import { TestDatabases, mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isResourcePermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  hubToolReadPermission,
  TOOL_RESOURCE_TYPE,
  type HubToolSummary,
} from '@partner-studio/plugin-partner-studio-common';
import {
  personas,
  TEST_DATABASE_IDS,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import {
  createToolConditionalDecision,
  toolConditions,
} from '@partner-studio/plugin-solutions-hub-node';
import request from 'supertest';
import {
  startHubBackend,
  type HubTestBackend,
} from '../__testUtils__/hubBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

/** A policy whose read decision a test changes; everything else allowed. */
function conditionalPolicy() {
  const state = {
    asked: 0,
    read: createToolConditionalDecision(
      hubToolReadPermission,
      toolConditions.hasCategory({ categories: ['sdk', 'api'] }),
    ) as PolicyDecision,
  };
  const permissions: PermissionsService = {
    authorizeConditional: async queries =>
      queries.map(({ permission }) => {
        if (permission.name !== hubToolReadPermission.name) {
          return { result: AuthorizeResult.ALLOW };
        }
        state.asked += 1;
        return state.read;
      }),
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
  };
  return { state, permissions };
}

const running: HubTestBackend[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(hub => hub.backend.stop()));
});

describe.each(databases.eachSupportedId())(
  'a CONDITIONAL policy on %p',
  databaseId => {
    async function start() {
      const policy = conditionalPolicy();
      const hub = await startHubBackend(await databases.init(databaseId), {
        permissions: policy.permissions,
      });
      running.push(hub);
      const get = (path: string) =>
        request(hub.server)
          .get(`/api/solutions-hub${path}`)
          .set('Authorization', personas.paul.header);
      return { policy, get, hub };
    }

    it('filters inside the index query: counts and pages hold only the allowed tools', async () => {
      const { get } = await start();
      const response = await get('/tools?limit=100');
      expect(response.status).toBe(200);
      expect(
        response.body.items.map((t: HubToolSummary) => t.name).sort(),
      ).toEqual([
        'compute-api',
        'compute-sdk-go',
        'contoso-internal-kit',
        'production-credentials',
      ]);
      expect(response.body.totalCount).toBe(4);
      const categories = Object.fromEntries(
        response.body.facets.category.map(
          (f: { value: string; count: number }) => [f.value, f.count],
        ),
      );
      expect(categories).toMatchObject({ sdk: 2, api: 2, sandbox: 0 });

      // A full page of allowed tools, not a page thinned afterwards.
      const page = await get('/tools?sort=name&limit=3');
      expect(page.body.items).toHaveLength(3);
      expect(page.body.nextCursor).toBeDefined();

      // A tool outside the conditions: the same 404 as a missing one.
      const hidden = await get('/tools/default/gpu-sandbox');
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.message).toBe('Tool not found');
    });

    it('asks the policy again for every page', async () => {
      const { get, policy } = await start();
      const first = await get('/tools?sort=name&limit=2');
      expect(first.body.items.map((t: HubToolSummary) => t.name)).toEqual([
        'compute-api',
        'compute-sdk-go',
      ]);
      const askedBefore = policy.state.asked;

      // The decision changes between two pages: the next page follows it.
      policy.state.read = createToolConditionalDecision(
        hubToolReadPermission,
        toolConditions.isTool({
          toolRefs: [
            'tool:default/compute-api',
            'tool:default/gpu-sandbox',
            'tool:default/production-credentials',
          ],
        }),
      );
      const second = await get(
        `/tools?sort=name&limit=2&cursor=${first.body.nextCursor}`,
      );
      expect(policy.state.asked).toBeGreaterThan(askedBefore);
      expect(second.body.items.map((t: HubToolSummary) => t.name)).toEqual([
        'gpu-sandbox',
        'production-credentials',
      ]);
      expect(second.body.totalCount).toBe(3);

      policy.state.read = { result: AuthorizeResult.DENY };
      const denied = await get('/tools');
      expect(denied.body).toMatchObject({ items: [], totalCount: 0 });
    });

    it('lets the permission framework apply the conditions to single tools (global search)', async () => {
      const { hub } = await start();
      const applied = await request(hub.server)
        .post(
          '/api/solutions-hub/.well-known/backstage/permissions/apply-conditions',
        )
        .set('Authorization', mockCredentials.service.header())
        .send({
          items: ['tool:default/gpu-sandbox', 'tool:default/compute-api'].map(
            (resourceRef, i) => ({
              id: String(i),
              resourceRef,
              resourceType: TOOL_RESOURCE_TYPE,
              conditions: {
                rule: 'HAS_CATEGORY',
                resourceType: TOOL_RESOURCE_TYPE,
                params: { categories: ['sandbox'] },
              },
            }),
          ),
        });
      expect(applied.status).toBe(200);
      expect(applied.body.items).toEqual([
        { id: '0', result: AuthorizeResult.ALLOW },
        { id: '1', result: AuthorizeResult.DENY },
      ]);
      expect(
        isResourcePermission(hubToolReadPermission, TOOL_RESOURCE_TYPE),
      ).toBe(true);
    });
  },
);
