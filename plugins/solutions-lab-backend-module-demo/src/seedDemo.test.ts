import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
// The test runs the module in the plugin it extends.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import solutionsLabPlugin from '@partner-studio/plugin-solutions-lab-backend';
import {
  TEST_DATABASE_IDS,
  testOrganization,
  testOrganizationConfig,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import { solutionsLabSeedingExtensionPoint } from '@partner-studio/plugin-solutions-lab-node';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { solutionsLabModuleDemo } from './module';
import { createDemoSeeder, seedDemo } from './seedDemo';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const NOW = Date.parse('2026-12-01T10:30:00Z');
const DAY = 86_400_000;

/** Partner points' ingestion, accepting everything once per id. */
async function startLedger() {
  const ledger = new Map<string, Record<string, unknown>>();
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { events } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    let accepted = 0;
    for (const event of events) {
      if (!ledger.has(event.id)) {
        ledger.set(event.id, event);
        accepted++;
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ accepted, duplicates: [] }));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ledger,
    url,
    stop: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}

async function start(
  databaseId: TestDatabaseId,
  options: {
    ledgerUrl: string;
    features?: Parameters<typeof startTestBackend>[0]['features'];
    config?: { demoDataEnabled?: boolean };
    knex?: Awaited<ReturnType<typeof databases.init>>;
  },
) {
  const knex = options.knex ?? (await databases.init(databaseId));
  const scheduler = mockServices.scheduler();
  let markSeeded: () => void = () => {};
  /** Settles once the (background) seeding of the fixed-day seeder is over. */
  const seeded = new Promise<void>(resolve => {
    markSeeded = resolve;
  });
  const backend = await startTestBackend({
    features: [
      solutionsLabPlugin,
      ...(options.features ?? [
        createBackendModule({
          pluginId: 'solutions-lab',
          moduleId: 'demo-on-a-fixed-day',
          register(env) {
            env.registerInit({
              deps: { seeding: solutionsLabSeedingExtensionPoint },
              async init({ seeding }) {
                const seeder = createDemoSeeder({ now: () => NOW });
                seeding.addSeeder(async context => {
                  try {
                    await seeder(context);
                  } finally {
                    markSeeded();
                  }
                });
              },
            });
          },
        }),
      ]),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          ...testOrganizationConfig,
          solutionsLab: {
            demoData: { enabled: options.config?.demoDataEnabled ?? true },
          },
        },
      }),
      catalogServiceMock.factory({ entities: testOrganization }),
      createServiceFactory({
        service: coreServices.discovery,
        deps: {},
        factory: () => ({
          getBaseUrl: async () => `${options.ledgerUrl}/api/partner-points`,
          getExternalBaseUrl: async () => options.ledgerUrl,
        }),
      }),
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({ send: jest.fn(async () => {}) }),
      }),
      createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => ({ publish: jest.fn(async () => {}) }),
      }),
    ],
  });
  if (!options.features) await seeded;
  return { backend, knex, scheduler };
}

describe.each(databases.eachSupportedId())('demo data on %p', databaseId => {
  it('tells the story: both playbooks, both experts, one in the queue, one at risk, one completed', async () => {
    const ledger = await startLedger();
    const { backend, knex, scheduler } = await start(databaseId, {
      ledgerUrl: ledger.url,
    });
    const rows = await knex('solutions_lab_engagements').orderBy('id');
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(new Set(rows.map(r => r.partner_ref))).toEqual(
      new Set([
        'group:default/contoso-solutions',
        'group:default/northwind-cloud',
        'group:default/fabrikam-software',
        'group:default/tailspin-resellers',
        'group:default/adatum-systems',
      ]),
    );
    const stagesOf = (playbook: string) =>
      new Set(
        rows
          .filter(r => r.playbook_id === playbook && r.status !== 'completed')
          .map(r => r.current_stage_id),
      );
    expect(stagesOf('solution-development').size).toBeGreaterThanOrEqual(4);
    expect(
      stagesOf('partner-led-customer-success').size,
    ).toBeGreaterThanOrEqual(2);
    const open = rows.filter(r => ['active', 'on-hold'].includes(r.status));
    for (const expert of [
      'user:default/erin.expert',
      'user:default/ethan.expert',
    ]) {
      expect(
        open.filter(r => r.assigned_expert_ref === expert).length,
      ).toBeGreaterThanOrEqual(2);
    }
    expect(rows.filter(r => r.assigned_expert_ref === null)).toHaveLength(1);
    // At risk now: 75% of the stage's SLA gone, not yet breached.
    const atRisk = rows.filter(
      r =>
        r.status === 'active' &&
        Number(r.sla_due_at) > NOW &&
        Number(r.sla_due_at) - Number(r.sla_ms) * 0.25 <= NOW,
    );
    expect(atRisk.map(r => r.solution_name)).toEqual([
      'Northwind Cloud Disaster Recovery',
    ]);
    expect(
      rows.filter(r => r.status === 'active' && Number(r.sla_due_at) <= NOW),
    ).toEqual([]);
    expect(rows.map(r => r.status)).toEqual(
      expect.arrayContaining(['active', 'on-hold', 'completed', 'closed']),
    );
    // Anchored to the day: everything happened before it, the oldest months ago.
    const times = rows.map(r => Number(r.created_at));
    expect(Math.max(...rows.map(r => Number(r.updated_at)))).toBeLessThan(
      Date.parse('2026-12-01T00:00:00Z'),
    );
    expect(Math.min(...times)).toBeLessThan(NOW - 150 * DAY);
    const timeline = await knex('solutions_lab_timeline')
      .count({ n: '*' })
      .first();
    expect(Number(timeline!.n)).toBeGreaterThan(100);

    // The completed one's points go through the outbox to the ledger.
    const completed = rows.find(r => r.status === 'completed')!;
    await scheduler.triggerTask('solutions-lab-outbox');
    const stages = [
      'qualify',
      'design',
      'build',
      'validate',
      'certify',
      'launch',
      'grow',
    ];
    for (const stage of stages) {
      expect(
        ledger.ledger.get(`solutions-lab:${completed.id}:${stage}`),
      ).toMatchObject({
        partnerId: 'group:default/fabrikam-software',
        type: 'lab_stage_completed',
        attributes: { stage, playbook: 'solution-development' },
      });
    }
    await backend.stop();
    await ledger.stop();
  });

  it('is deterministic for a day, and seeds only an empty Lab', async () => {
    const ledger = await startLedger();
    const first = await start(databaseId, { ledgerUrl: ledger.url });
    const second = await start(databaseId, { ledgerUrl: ledger.url });
    const dump = async (knex: typeof first.knex) => ({
      engagements: await knex('solutions_lab_engagements').orderBy('id'),
      checklist: await knex('solutions_lab_checklist').orderBy([
        'engagement_id',
        'stage_id',
        'item_id',
      ]),
      timeline: (
        await knex('solutions_lab_timeline').orderBy([
          'engagement_id',
          'occurred_at',
          'id',
        ])
      ).map(({ id, ...rest }) => rest),
    });
    expect(await dump(second.knex)).toEqual(await dump(first.knex));
    await second.backend.stop();

    // A restart on the same database adds nothing.
    const before = await dump(first.knex);
    await first.backend.stop();
    const again = await start(databaseId, {
      ledgerUrl: ledger.url,
      knex: first.knex,
    });
    expect(await dump(first.knex)).toEqual(before);
    await again.backend.stop();
    await ledger.stop();
  });

  it('seeds nothing unless solutionsLab.demoData.enabled is true', async () => {
    const ledger = await startLedger();
    const count = async (demoDataEnabled: boolean) => {
      const { backend, knex } = await start(databaseId, {
        ledgerUrl: ledger.url,
        features: [solutionsLabModuleDemo],
        config: { demoDataEnabled },
      });
      // Seeding runs in the background: give it time to finish either way.
      let n = 0;
      for (let waited = 0; waited < 15_000 && n === 0; waited += 250) {
        await new Promise(resolve => setTimeout(resolve, 250));
        const row = await knex('solutions_lab_engagements')
          .count({ n: '*' })
          .first();
        n = Number(row!.n);
        if (!demoDataEnabled && waited >= 2_000) break;
      }
      await backend.stop();
      return n;
    };
    expect(await count(false)).toBe(0);
    expect(await count(true)).toBeGreaterThan(0);
    await ledger.stop();
  });
});

describe('the demo seeder', () => {
  it('waits for the catalog to list the demo partners, and seeds nothing if it never does', async () => {
    const logger = mockServices.logger.mock();
    const createService = jest.fn(() => {
      throw new Error('must not seed');
    });
    const listPartnerRefs = jest.fn(async () => [
      'group:default/contoso-solutions',
    ]);
    const result = await seedDemo(
      {
        playbooks: [],
        isEmpty: async () => true,
        createService,
        listPartnerRefs,
        signal: new AbortController().signal,
        logger,
      },
      { now: NOW, partnersTimeoutMs: 100, pollMs: 20 },
    );
    expect(result).toEqual({ seeded: 0 });
    expect(listPartnerRefs.mock.calls.length).toBeGreaterThan(1);
    expect(createService).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('group:default/northwind-cloud'),
    );
  });
});
