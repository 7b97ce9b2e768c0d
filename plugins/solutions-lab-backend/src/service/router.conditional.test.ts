import type { PermissionsService } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { labEngagementReadPermission } from '@partner-studio/plugin-partner-studio-common';
import {
  personas,
  TEST_DATABASE_IDS,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import {
  createEngagementConditionalDecision,
  engagementConditions,
} from '@partner-studio/plugin-solutions-lab-node';
import { labClient, startLabBackend } from '../__testUtils__/labBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const PARTNERS = [
  'group:default/contoso-solutions',
  'group:default/northwind-cloud',
  'group:default/fabrikam-software',
];

/**
 * A policy that allows everything but reading engagements, for which it
 * answers CONDITIONAL (or whatever the test sets), counting its answers.
 */
function conditionalPolicy() {
  const state: { read: PolicyDecision; asked: number } = {
    read: createEngagementConditionalDecision(
      labEngagementReadPermission,
      engagementConditions.hasPlaybook({
        playbookIds: ['partner-led-customer-success'],
      }),
    ),
    asked: 0,
  };
  const permissions: PermissionsService = {
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async queries =>
      queries.map(query => {
        if (query.permission.name !== labEngagementReadPermission.name) {
          return { result: AuthorizeResult.ALLOW };
        }
        state.asked++;
        return state.read;
      }),
  };
  return { state, permissions };
}

describe.each(databases.eachSupportedId())(
  'a conditional decision on %p',
  databaseId => {
    it('filters the list in SQL, full pages through to the end, and is asked again on every page', async () => {
      const knex = await databases.init(databaseId);
      const { state, permissions } = conditionalPolicy();
      const { server } = await startLabBackend(knex, { permissions });
      const paul = labClient(server, personas.paul.header);
      const success: string[] = [];
      for (let i = 0; i < 24; i++) {
        const customerSuccess = i % 3 === 0;
        const res = await paul.post('/engagements', {
          partnerRef: PARTNERS[i % PARTNERS.length],
          playbookId: customerSuccess
            ? 'partner-led-customer-success'
            : 'solution-development',
          ...(customerSuccess ? { path: 'resell' } : {}),
          solutionName: `Solution ${i}`,
        });
        expect(res.status).toBe(201);
        if (customerSuccess) success.push(res.body.id);
      }
      expect(success).toHaveLength(8);

      const listQueries: Array<{ sql: string; bindings: unknown[] }> = [];
      const onQuery = (query: { sql: string; bindings?: unknown[] }) => {
        if (/from\s+["`]?solutions_lab_engagements["`]?/i.test(query.sql)) {
          listQueries.push({ sql: query.sql, bindings: query.bindings ?? [] });
        }
      };
      knex.on('query', onQuery);
      const seen: string[] = [];
      const pageSizes: number[] = [];
      let cursor: string | undefined;
      state.asked = 0;
      do {
        const res = await paul.get(
          `/engagements?limit=3${
            cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
          }`,
        );
        expect(res.status).toBe(200);
        pageSizes.push(res.body.items.length);
        for (const item of res.body.items) {
          expect(item.playbookId).toBe('partner-led-customer-success');
          seen.push(item.id);
        }
        cursor = res.body.nextCursor;
      } while (cursor);
      knex.off('query', onQuery);

      // Full pages: the condition is in the query, not applied to its result.
      expect(pageSizes).toEqual([3, 3, 2]);
      expect(seen.sort()).toEqual([...success].sort());
      expect(state.asked).toBe(3);
      const lists = listQueries.filter(q => /limit/i.test(q.sql));
      expect(lists).toHaveLength(3);
      for (const q of lists) {
        expect(q.sql).toMatch(/playbook_id/);
        expect(q.bindings).toContain('partner-led-customer-success');
      }
    });

    it('takes a changed decision into account on the next page', async () => {
      const knex = await databases.init(databaseId);
      const { state, permissions } = conditionalPolicy();
      const { server } = await startLabBackend(knex, { permissions });
      const paul = labClient(server, personas.paul.header);
      for (let i = 0; i < 4; i++) {
        await paul
          .post('/engagements', {
            partnerRef: PARTNERS[0],
            playbookId: 'partner-led-customer-success',
            path: 'build',
            solutionName: `Solution ${i}`,
          })
          .expect(201);
      }
      const first = await paul.get('/engagements?limit=2');
      expect(first.body.items).toHaveLength(2);
      // Access withdrawn between pages: the cursor reveals nothing more.
      state.read = { result: AuthorizeResult.DENY };
      const second = await paul.get(
        `/engagements?limit=2&cursor=${encodeURIComponent(
          first.body.nextCursor,
        )}`,
      );
      expect(second.status).toBe(200);
      expect(second.body.items).toEqual([]);
      // And single engagements answer "not found".
      const one = await paul.get(`/engagements/${first.body.items[0].id}`);
      expect(one.status).toBe(404);
    });
  },
);
