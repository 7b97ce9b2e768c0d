import {
  coreServices,
  createServiceFactory,
  SchedulerService,
  SchedulerServiceTaskDescriptor,
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskRunner,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import type { Knex } from 'knex';
import { DAY_MS } from '@partner-studio/scoring';
import { partnerPointsPlugin } from '../plugin';

/** Days before now, as an ISO timestamp. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

function group(
  name: string,
  type: string,
  members: string[],
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', annotations },
    spec: { type, children: [] },
    relations: members.map(m => ({
      type: 'hasMember',
      targetRef: `user:default/${m}`,
    })),
  };
}

/** The demo organisation, as the catalog serves it (with relations). */
export const testEntities: Entity[] = [
  group('northwind-cloud', 'partner', ['nora.dev', 'niko.admin'], {
    'partner-studio.io/business-models':
      'cloud-solution-provider,solution-services',
    'partner-studio.io/admitted-at': '2019-03-11',
    'partner-studio.io/pinnacle-invited': 'true',
  }),
  group('contoso-solutions', 'partner', ['carla.dev', 'cody.admin'], {
    'partner-studio.io/business-models': 'solution-services,solution-reseller',
    'partner-studio.io/admitted-at': '2020-05-04',
  }),
  group('fabrikam-software', 'partner', ['felix.dev'], {
    'partner-studio.io/business-models': 'solution-builder',
    'partner-studio.io/admitted-at': '2021-09-01',
  }),
  group('tailspin-resellers', 'partner', ['tara.dev'], {
    'partner-studio.io/business-models': 'solution-reseller',
    'partner-studio.io/admitted-at': '2022-02-14',
  }),
  group('adatum-systems', 'partner', [], {
    'partner-studio.io/business-models':
      'solution-builder,cloud-solution-provider',
    'partner-studio.io/admitted-at': '2026-06-01',
  }),
  group('vendor-experts', 'vendor-experts', ['erin.expert']),
  group('program-admins', 'program-admins', ['paul.admin']),
];

/** Authorization headers of the personas. */
export const as = {
  nora: mockCredentials.user.header('user:default/nora.dev'),
  niko: mockCredentials.user.header('user:default/niko.admin'),
  carla: mockCredentials.user.header('user:default/carla.dev'),
  felix: mockCredentials.user.header('user:default/felix.dev'),
  erin: mockCredentials.user.header('user:default/erin.expert'),
  paul: mockCredentials.user.header('user:default/paul.admin'),
  stranger: mockCredentials.user.header('user:default/stranger'),
  service: mockCredentials.service.header(),
  none: mockCredentials.none.header(),
};

/** A scheduler whose tasks run only when a test triggers them. */
export class ManualScheduler implements SchedulerService {
  readonly tasks = new Map<string, SchedulerServiceTaskInvocationDefinition>();

  async scheduleTask(
    task: SchedulerServiceTaskScheduleDefinition &
      SchedulerServiceTaskInvocationDefinition,
  ): Promise<void> {
    this.tasks.set(task.id, task);
  }

  async triggerTask(id: string): Promise<void> {
    const task = this.tasks.get(id);
    if (!task) throw new Error(`No task ${id}`);
    await task.fn(new AbortController().signal);
  }

  async cancelTask(): Promise<void> {}

  createScheduledTaskRunner(
    schedule: SchedulerServiceTaskScheduleDefinition,
  ): SchedulerServiceTaskRunner {
    return { run: async task => this.scheduleTask({ ...schedule, ...task }) };
  }

  async getScheduledTasks(): Promise<SchedulerServiceTaskDescriptor[]> {
    return [...this.tasks.keys()].map(id => ({
      id,
      scope: 'global',
      settings: { version: 1 },
    }));
  }
}

/** What {@link startPointsBackend} returns. */
export interface PointsTestBackend {
  backend: TestBackend;
  server: TestBackend['server'];
  publish: jest.Mock;
  authorize: jest.Mock;
  scheduler: ManualScheduler;
}

/** Starts the plugin in a test backend on the given database. */
export async function startPointsBackend(
  knex: Knex,
  options: {
    /** Decides every permission request; default ALLOW. */
    decide?: (permissionName: string) => AuthorizeResult;
    config?: Record<string, any>;
    entities?: Entity[];
  } = {},
): Promise<PointsTestBackend> {
  const publish = jest.fn(async () => {});
  const authorize = jest.fn(
    async (requests: Array<{ permission: { name: string } }>) =>
      requests.map(r => ({
        result: options.decide?.(r.permission.name) ?? AuthorizeResult.ALLOW,
      })),
  );
  const scheduler = new ManualScheduler();
  const backend = await startTestBackend({
    features: [
      partnerPointsPlugin,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      catalogServiceMock.factory({
        entities: options.entities ?? testEntities,
      }),
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
      createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => ({ publish }),
      }),
      createServiceFactory({
        service: coreServices.permissions,
        deps: {},
        factory: () => ({
          authorize: authorize as any,
          authorizeConditional: jest.fn(),
        }),
      }),
    ],
  });
  return { backend, server: backend.server, publish, authorize, scheduler };
}

/** Polls `check` until it passes (or the timeout elapses, rethrowing). */
export async function eventually(
  check: () => unknown | Promise<unknown>,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(resolve => setTimeout(resolve, 25));
    }
  }
}
