import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import type { JsonObject } from '@backstage/types';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_DATABASE_IDS } from '@partner-studio/plugin-partner-studio-node/testUtils';
import { FakePartnerPoints } from './__testUtils__/FakePartnerPoints';
import { actors, passStage } from './__testUtils__/testbed';
import {
  solutionsLabSeedingExtensionPoint,
  type SolutionsLabSeedContext,
} from '@partner-studio/plugin-solutions-lab-node';
import { solutionsLabPlugin } from './plugin';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

describe.each(databases.eachSupportedId())('the plugin on %p', databaseId => {
  let partnerPoints: FakePartnerPoints;

  beforeEach(async () => {
    partnerPoints = new FakePartnerPoints();
    await partnerPoints.start();
  });

  afterEach(async () => {
    await partnerPoints.stop();
  });

  async function start(
    options: {
      config?: JsonObject;
      seed?: (context: SolutionsLabSeedContext) => Promise<void>;
    } = {},
  ) {
    const knex = await databases.init(databaseId);
    const scheduler = mockServices.scheduler();
    const send = jest.fn(async () => {});
    const seeding = createBackendModule({
      pluginId: 'solutions-lab',
      moduleId: 'test-seed',
      register(env) {
        env.registerInit({
          deps: { seeding: solutionsLabSeedingExtensionPoint },
          async init({ seeding: point }) {
            if (options.seed) point.addSeeder(options.seed);
          },
        });
      },
    });
    const backend = await startTestBackend({
      features: [
        solutionsLabPlugin,
        seeding,
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({ data: options.config ?? {} }),
        catalogServiceMock.factory({ entities: [] }),
        createServiceFactory({
          service: coreServices.discovery,
          deps: {},
          factory: () => ({
            getBaseUrl: async () => partnerPoints.baseUrl,
            getExternalBaseUrl: async () => partnerPoints.baseUrl,
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
          factory: () => ({ send }),
        }),
        createServiceFactory({
          service: signalsServiceRef,
          deps: {},
          factory: () => ({ publish: jest.fn(async () => {}) }),
        }),
      ],
    });
    return { backend, scheduler, knex, send };
  }

  it('schedules outbox delivery and the SLA watch once across replicas', async () => {
    const { backend, scheduler } = await start();
    const tasks = await scheduler.getScheduledTasks();
    expect(tasks.map(t => [t.id, t.scope]).sort()).toEqual([
      ['solutions-lab-outbox', 'global'],
      ['solutions-lab-sla-watch', 'global'],
    ]);
    await backend.stop();
  });

  it('refuses to start with a bad playbook, naming the file and the field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-plugin-'));
    const file = path.join(dir, 'bad.yaml');
    fs.writeFileSync(
      file,
      [
        'id: bad-playbook',
        'name: Bad',
        'summary: Bad.',
        'stages:',
        '  - id: one',
        '    name: One',
        '    phase: development',
        '    description: x',
        '    slaDays: 5',
        '    criteria: [{ id: a, title: A, evidence: photo }]',
        '    emits: [{ type: lab_stage_completed }]',
      ].join('\n'),
    );
    await expect(
      start({ config: { solutionsLab: { playbooks: [{ file }] } } }),
    ).rejects.toThrow(
      `Playbook ${file} is invalid:\n  stages[0].criteria[0].evidence: evidence must be one of: none, link, validation-report, tool-run`,
    );
  });

  it('runs seeders in the background after start, and their points reach partner points', async () => {
    let seededId: string | undefined;
    let seeded: () => void = () => {};
    const done = new Promise<void>(resolve => {
      seeded = resolve;
    });
    const { backend, scheduler, send } = await start({
      seed: async context => {
        expect(context.signal.aborted).toBe(false);
        expect(await context.isEmpty()).toBe(true);
        expect(context.playbooks.map(p => p.id)).toContain(
          'solution-development',
        );
        let clock = Date.now() - 20 * 86_400_000;
        let n = 0;
        const service = context.createService({
          now: () => clock,
          newId: () => `seeded-${++n}`,
        });
        const created = await service.requestEngagement(actors.carla, {
          playbookId: 'solution-development',
          solutionName: 'Seeded',
        });
        await service.assign(actors.erin, created.id, {
          expertRef: actors.erin.userRef,
        });
        clock += 3 * 86_400_000;
        await passStage(
          { service } as Parameters<typeof passStage>[0],
          actors.erin,
          created.id,
        );
        seededId = created.id;
        seeded();
      },
    });
    await done;
    expect(seededId).toBe('seeded-1');
    await scheduler.triggerTask('solutions-lab-outbox');
    expect(partnerPoints.acceptedIds).toEqual([
      'solutions-lab:seeded-1:qualify',
    ]);
    // Seeded history is not news.
    expect(send).not.toHaveBeenCalled();
    await backend.stop();
  });
});
