/*
 * The portal's global search with the Hub's collator, behind the real
 * permission backend and the Partner Studio policy: each person finds the
 * tools the Hub lists for them. The search backend asks the policy about
 * `solutions-hub.tool.read`; for partner members it answers CONDITIONAL, and
 * the permission backend applies the conditions to each result through the
 * Hub's apply-conditions endpoint (the rules the Hub registered).
 */
import { TestDatabases } from '@backstage/backend-test-utils';
import searchPlugin from '@backstage/plugin-search-backend';
import searchModuleSolutionsHubCollator from '@partner-studio/plugin-search-backend-module-solutions-hub';
import {
  personas,
  TEST_DATABASE_IDS,
  type TestPersona,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import request from 'supertest';
import {
  startHubBackend,
  type HubTestBackend,
} from '../__testUtils__/hubBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

describe.each(databases.eachSupportedId())(
  'tools in the global search on %p',
  databaseId => {
    let hub: HubTestBackend;

    beforeAll(async () => {
      hub = await startHubBackend(await databases.init(databaseId), {
        permissions: 'permission-backend',
        plugins: [searchPlugin, searchModuleSolutionsHubCollator],
      });
      // The index builder names the task after the type, first dash replaced.
      await hub.scheduler.triggerTask('search_index_solutions_hub-tool');
    });

    afterAll(async () => {
      await hub?.backend.stop();
    });

    async function found(persona: TestPersona, term: string) {
      const response = await request(hub.server)
        .get(
          `/api/search/query?term=${encodeURIComponent(
            term,
          )}&types[0]=solutions-hub-tool`,
        )
        .set('Authorization', persona.header);
      expect([response.status, response.body.error]).toEqual([200, undefined]);
      return (
        response.body.results as Array<{ document: { location: string } }>
      )
        .map(r => r.document.location)
        .sort();
    }

    it('finds Contoso’s own kit for Contoso’s people only', async () => {
      const kit = '/solutions-hub/tools/default/contoso-internal-kit';
      expect(await found(personas.carla, 'internal')).toEqual([kit]);
      expect(await found(personas.cody, 'internal')).toEqual([kit]);
      expect(await found(personas.nora, 'internal')).toEqual([]);
      expect(await found(personas.stranger, 'internal')).toEqual([]);
      expect(await found(personas.erin, 'internal')).toEqual([kit]);
      expect(await found(personas.paul, 'internal')).toEqual([kit]);
    });

    it('finds the vendor’s tools for everybody, opening their Hub pages', async () => {
      const compute = [
        '/solutions-hub/tools/default/compute-api',
        '/solutions-hub/tools/default/compute-sdk-go',
      ];
      expect(await found(personas.nora, 'compute')).toEqual(compute);
      expect(await found(personas.carla, 'compute')).toEqual(compute);
    });
  },
);
