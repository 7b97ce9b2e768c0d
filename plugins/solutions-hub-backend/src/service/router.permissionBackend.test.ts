/*
 * The Hub as the portal runs it: every decision comes from the real
 * permission backend with the Partner Studio policy module, over HTTP. The
 * policy answers CONDITIONAL for partner members (tools owned by the
 * vendor's public groups or their partner's); the Hub runs those conditions
 * inside its index query, and the permission backend applies them to single
 * tools through the rules the Hub registered (as the portal's global search
 * does for the tools the collator indexes).
 */
import { TestDatabases } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type PermissionMessageBatch,
} from '@backstage/plugin-permission-common';
import {
  hubToolLaunchPermission,
  hubToolReadPermission,
  type HubToolSummary,
} from '@partner-studio/plugin-partner-studio-common';
import {
  otherCallers,
  personas,
  TEST_DATABASE_IDS,
  type TestPersona,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import request from 'supertest';
import {
  defaultEngagements,
  defaultStandings,
  fakePartnerPoints,
  fakeSolutionsLab,
  startHubBackend,
  testTools,
  type HubTestBackend,
} from '../__testUtils__/hubBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const API = '/api/solutions-hub';
const ALL_TOOLS = testTools.map(t => t.metadata.name).sort();
const PUBLIC_TOOLS = ALL_TOOLS.filter(name => name !== 'contoso-internal-kit');

describe.each(databases.eachSupportedId())(
  'the Hub behind the real permission backend on %p',
  databaseId => {
    let hub: HubTestBackend;

    beforeAll(async () => {
      hub = await startHubBackend(await databases.init(databaseId), {
        permissions: 'permission-backend',
        plugins: [
          fakePartnerPoints({ standings: defaultStandings }).feature,
          fakeSolutionsLab({
            engagements: structuredClone(defaultEngagements),
          }).feature,
        ],
      });
    });

    afterAll(async () => {
      await hub?.backend.stop();
    });

    const as = (persona: TestPersona | string) =>
      typeof persona === 'string' ? persona : persona.header;
    const get = (path: string, persona: TestPersona | string) =>
      request(hub.server)
        .get(`${API}${path}`)
        .set('Authorization', as(persona));
    const post = (path: string, persona: TestPersona | string) =>
      request(hub.server)
        .post(`${API}${path}`)
        .set('Authorization', as(persona));
    const put = (path: string, persona: TestPersona | string, body?: object) =>
      request(hub.server)
        .put(`${API}${path}`)
        .set('Authorization', as(persona))
        .send(body ?? {});
    const names = (items: HubToolSummary[]) => items.map(t => t.name).sort();

    /** What the permission backend answers for one tool (the global search's question). */
    async function decisionOn(
      persona: TestPersona,
      permission: typeof hubToolReadPermission,
      toolRef: string,
    ): Promise<AuthorizeResult> {
      const body: PermissionMessageBatch<{
        permission: typeof hubToolReadPermission;
        resourceRef: string;
      }> = { items: [{ id: '1', permission, resourceRef: toolRef }] };
      const response = await request(hub.server)
        .post('/api/permission/authorize')
        .set('Authorization', persona.header)
        .send(body);
      expect([response.status, response.body.error]).toEqual([200, undefined]);
      return response.body.items[0].result;
    }

    it('lists for each role what the policy lets it read', async () => {
      const seen = async (persona: TestPersona) => {
        const response = await get('/tools?limit=100', persona);
        expect([response.status, response.body.error]).toEqual([
          200,
          undefined,
        ]);
        expect(response.body.totalCount).toBe(response.body.items.length);
        return names(response.body.items);
      };
      expect(await seen(personas.carla)).toEqual(ALL_TOOLS);
      expect(await seen(personas.cody)).toEqual(ALL_TOOLS);
      expect(await seen(personas.nora)).toEqual(PUBLIC_TOOLS);
      expect(await seen(personas.erin)).toEqual(ALL_TOOLS);
      expect(await seen(personas.paul)).toEqual(ALL_TOOLS);
      expect(await seen(personas.stranger)).toEqual(PUBLIC_TOOLS);
      // The facet counts are those of the readable tools only.
      const nora = await get('/tools', personas.nora);
      const sdk = nora.body.facets.category.find(
        (f: { value: string }) => f.value === 'sdk',
      );
      expect(sdk.count).toBe(1);
      expect((await get('/tools', otherCallers.service)).status).toBe(403);
    });

    it('applies the conditional decision to single tools through the Hub’s rules', async () => {
      const kit = 'tool:default/contoso-internal-kit';
      const sdk = 'tool:default/compute-sdk-go';
      expect(await decisionOn(personas.carla, hubToolReadPermission, kit)).toBe(
        AuthorizeResult.ALLOW,
      );
      expect(await decisionOn(personas.nora, hubToolReadPermission, kit)).toBe(
        AuthorizeResult.DENY,
      );
      expect(await decisionOn(personas.nora, hubToolReadPermission, sdk)).toBe(
        AuthorizeResult.ALLOW,
      );
      expect(
        await decisionOn(personas.erin, hubToolLaunchPermission, sdk),
      ).toBe(AuthorizeResult.DENY);
      expect(
        await decisionOn(personas.nora, hubToolLaunchPermission, sdk),
      ).toBe(AuthorizeResult.ALLOW);
    });

    it('lets each role do what the policy says, and nothing else', async () => {
      const kit = '/tools/default/contoso-internal-kit';
      const sdk = '/tools/default/compute-sdk-go';
      // Contoso's own kit: Carla's to open and launch, a 404 for Nora.
      expect((await get(kit, personas.carla)).status).toBe(200);
      expect((await post(`${kit}/launches`, personas.carla)).status).toBe(201);
      expect((await get(kit, personas.nora)).status).toBe(404);
      expect((await post(`${kit}/launches`, personas.nora)).status).toBe(404);
      // Launch and rate: partner members; not an expert.
      expect((await post(`${sdk}/launches`, personas.nora)).status).toBe(201);
      expect((await post(`${sdk}/launches`, personas.erin)).status).toBe(403);
      expect(
        (await put(`${sdk}/rating`, personas.nora, { stars: 5 })).status,
      ).toBe(201);
      expect(
        (await put(`${sdk}/rating`, personas.erin, { stars: 5 })).status,
      ).toBe(403);
      // Verify: experts and admins; usage: the same; never partner members.
      expect(
        (await put(`${sdk}/verification`, personas.carla, { note: 'x' }))
          .status,
      ).toBe(403);
      expect(
        (await put(`${sdk}/verification`, personas.erin, { note: 'ok' }))
          .status,
      ).toBe(200);
      expect((await get('/usage', personas.carla)).status).toBe(403);
      const usage = await get('/usage', personas.erin);
      expect(usage.status).toBe(200);
      expect(usage.body.distinctPartners).toBe(2);
      expect((await get('/usage', personas.paul)).status).toBe(200);
      // Curation: program admins only.
      const [rating] = (await get(`${sdk}/ratings`, personas.paul)).body.items;
      const moderate = (persona: TestPersona) =>
        request(hub.server)
          .delete(`${API}${sdk}/ratings/${rating.id}`)
          .set('Authorization', persona.header);
      expect((await moderate(personas.erin)).status).toBe(403);
      expect((await moderate(personas.carla)).status).toBe(403);
      expect((await moderate(personas.paul)).status).toBe(204);
    });
  },
);
