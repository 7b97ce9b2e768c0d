import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  POSTGRES_CONNECTION_ENV,
  TEST_DATABASE_IDS,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import type { EngagementCriteria } from '@partner-studio/plugin-solutions-lab-node';
import { LabStore } from './LabStore';
import type { EngagementRecord } from './records';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

/** Runs only when a PostgreSQL 15 connection string is given. */
const itIfPostgres = process.env[POSTGRES_CONNECTION_ENV] ? it : it.skip;

/** Runs in CI only. */
const itInCi = process.env.CI ? it : it.skip;

describe('test databases', () => {
  itIfPostgres(
    'really runs PostgreSQL 15 when a connection string is given',
    async () => {
      const knex = await databases.init('POSTGRES_15');
      const result = await knex.raw('select version() as version');
      expect(result.rows[0].version).toMatch(/^PostgreSQL 15\./);
    },
  );

  itInCi('is given PostgreSQL in CI', () => {
    expect(process.env[POSTGRES_CONNECTION_ENV]).toMatch(/^postgres(ql)?:\/\//);
  });
});

function engagement(
  id: string,
  overrides: Partial<EngagementRecord> = {},
): EngagementRecord {
  return {
    id,
    partnerRef: 'group:default/contoso-solutions',
    playbookId: 'solution-development',
    solutionName: id,
    description: '',
    status: 'active',
    currentStageId: 'qualify',
    stageEnteredAt: 1_000,
    stagePausedMs: 0,
    slaMs: 10_000,
    slaDueAt: 11_000,
    slaNotified: 'none',
    requestedBy: 'user:default/carla.dev',
    createdAt: 1_000,
    updatedAt: 1_000,
    version: 1,
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())('LabStore on %p', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    const store = await LabStore.create({
      database: mockServices.database({ knex }),
    });
    return { knex, store };
  }

  it('migrates down and up again', async () => {
    const { knex } = await createStore();
    const directory = resolvePackagePath(
      '@partner-studio/plugin-solutions-lab-backend',
      'migrations',
    );
    await knex.migrate.rollback({ directory }, true);
    expect(await knex.schema.hasTable('solutions_lab_engagements')).toBe(false);
    await knex.migrate.latest({ directory });
    expect(await knex.schema.hasTable('solutions_lab_outbox')).toBe(true);
  });

  it('turns access criteria into SQL, unassigned rows included under not', async () => {
    const { store } = await createStore();
    await store.transaction(async tx => {
      await store.insertEngagement(
        engagement('a', { assignedExpertRef: 'user:default/erin.expert' }),
        tx,
      );
      await store.insertEngagement(engagement('b'), tx);
      await store.insertEngagement(
        engagement('c', {
          partnerRef: 'group:default/northwind-cloud',
          assignedExpertRef: 'user:default/ethan.expert',
        }),
        tx,
      );
      await store.insertEngagement(
        engagement('d', { partnerRef: 'group:default/northwind-cloud' }),
        tx,
      );
    });
    const ids = async (criteria: EngagementCriteria) =>
      (
        await store.listEngagements({
          criteria,
          now: 0,
          atRiskFraction: 0.75,
          sort: 'newest',
          limit: 10,
        })
      )
        .map(r => r.record.id)
        .sort();
    const erin = 'user:default/erin.expert';
    expect(await ids({ field: 'assignedExpertRef', in: [erin, null] })).toEqual(
      ['a', 'b', 'd'],
    );
    expect(
      await ids({ not: { field: 'assignedExpertRef', in: [erin] } }),
    ).toEqual(['b', 'c', 'd']);
    expect(
      await ids({
        anyOf: [
          { field: 'partnerRef', in: ['group:default/northwind-cloud'] },
          { field: 'assignedExpertRef', in: [erin] },
        ],
      }),
    ).toEqual(['a', 'c', 'd']);
    expect(
      await ids({
        allOf: [
          { field: 'partnerRef', in: ['group:default/northwind-cloud'] },
          { not: { field: 'assignedExpertRef', in: [null] } },
        ],
      }),
    ).toEqual(['c']);
    expect(await ids({ field: 'partnerRef', in: [] })).toEqual([]);
    expect(await ids({ not: { field: 'partnerRef', in: [] } })).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    await expect(
      store.getEngagement('a', {
        criteria: {
          field: 'partnerRef',
          in: ['group:default/northwind-cloud'],
        },
      }),
    ).resolves.toBeUndefined();
  });

  it('pages through rows with equal sort keys, each once', async () => {
    const { store } = await createStore();
    await store.transaction(async tx => {
      for (const id of ['e1', 'e2', 'e3', 'e4', 'e5']) {
        await store.insertEngagement(engagement(id), tx);
      }
    });
    for (const sort of ['newest', 'sla'] as const) {
      const seen: string[] = [];
      let after: { key: number; id: string } | undefined;
      for (;;) {
        const rows = await store.listEngagements({
          now: 0,
          atRiskFraction: 0.75,
          sort,
          after,
          limit: 2,
        });
        const page = rows.slice(0, 2);
        seen.push(...page.map(r => r.record.id));
        if (rows.length <= 2) break;
        const last = page[page.length - 1];
        after = { key: last.key, id: last.record.id };
      }
      expect(seen.sort()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    }
  });

  it('updates only at the expected version', async () => {
    const { store } = await createStore();
    await store.transaction(tx => store.insertEngagement(engagement('v'), tx));
    const stale = await store.transaction(tx =>
      store.updateEngagement('v', 2, { status: 'on-hold' }, tx),
    );
    expect(stale).toBeUndefined();
    expect((await store.getEngagement('v'))!.status).toBe('active');
    const fresh = await store.transaction(tx =>
      store.updateEngagement(
        'v',
        1,
        { status: 'on-hold', heldAt: 5_000, slaDueAt: undefined },
        tx,
      ),
    );
    expect(fresh).toBe(2);
    expect(await store.getEngagement('v')).toMatchObject({
      status: 'on-hold',
      heldAt: 5_000,
      slaDueAt: undefined,
      version: 2,
    });
  });
});
