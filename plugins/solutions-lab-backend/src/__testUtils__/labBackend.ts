import {
  coreServices,
  createServiceFactory,
  type DiscoveryService,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  type TestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  notificationService,
  type NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import {
  signalsServiceRef,
  type SignalPayload,
} from '@backstage/plugin-signals-node';
import type { JsonObject } from '@backstage/types';
import {
  DefaultPartnerDirectoryService,
  type ExpertAssignmentsService,
} from '@partner-studio/plugin-partner-studio-node';
import {
  partnerStudioTestServices,
  policyPermissions,
  testOrganization,
  testOrganizationConfig,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import { PartnerStudioPermissionPolicy } from '@partner-studio/plugin-permission-backend-module-partner-studio';
import type { Knex } from 'knex';
import request from 'supertest';
import { solutionsLabPlugin } from '../plugin';

/** The Lab's API path. */
export const LAB = '/api/solutions-lab';

/**
 * The real Partner Studio policy over the test organisation, asked
 * in-process as the permission backend would ask it.
 */
export function partnerStudioPolicy(
  options: {
    entities?: Entity[];
    assignments?: ExpertAssignmentsService;
  } = {},
): PermissionsService {
  const directory = DefaultPartnerDirectoryService.create({
    auth: mockServices.auth(),
    userInfo: mockServices.userInfo(),
    catalog: catalogServiceMock({
      entities: options.entities ?? testOrganization,
    }),
    config: mockServices.rootConfig({ data: testOrganizationConfig }),
    logger: mockServices.rootLogger(),
  });
  return policyPermissions(
    PartnerStudioPermissionPolicy.create({
      auth: mockServices.auth(),
      directory,
      assignments: options.assignments ?? {
        assignedPartnerRefs: async () => [],
      },
      templateActions: [],
    }),
  );
}

/** What {@link startLabBackend} returns. */
export interface LabTestBackend {
  backend: TestBackend;
  server: TestBackend['server'];
  /** Notifications sent, in order. */
  sent: NotificationSendOptions[];
  /** Signals published, in order. */
  published: SignalPayload[];
  scheduler: ReturnType<typeof mockServices.scheduler>;
}

/**
 * Starts the Lab in a test backend on the given database, over the test
 * organisation, with the real Partner Studio policy unless `permissions`
 * says otherwise. Notifications and signals are recorded; the scheduler's
 * tasks run only when a test triggers them.
 */
export async function startLabBackend(
  knex: Knex,
  options: {
    permissions?: PermissionsService;
    entities?: Entity[];
    config?: JsonObject;
    /** Where other plugins are (partner points, for the outbox). */
    discovery?: DiscoveryService;
  } = {},
): Promise<LabTestBackend> {
  const sent: NotificationSendOptions[] = [];
  const published: SignalPayload[] = [];
  const scheduler = mockServices.scheduler();
  const entities = options.entities ?? testOrganization;
  const discovery = options.discovery;
  const backend = await startTestBackend({
    features: [
      solutionsLabPlugin,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: { ...testOrganizationConfig, ...options.config },
      }),
      ...partnerStudioTestServices({
        entities,
        permissions: options.permissions ?? partnerStudioPolicy({ entities }),
      }),
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
      ...(discovery
        ? [
            createServiceFactory({
              service: coreServices.discovery,
              deps: {},
              factory: () => discovery,
            }),
          ]
        : []),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (notification: NotificationSendOptions) => {
            sent.push(notification);
          },
        }),
      }),
      createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => ({
          publish: async (signal: SignalPayload) => {
            published.push(signal);
          },
        }),
      }),
    ],
  });
  return { backend, server: backend.server, sent, published, scheduler };
}

/** A client of the Lab's API as one caller (an `Authorization` header). */
export function labClient(server: TestBackend['server'], header: string) {
  return {
    get: (path: string) =>
      request(server).get(`${LAB}${path}`).set('Authorization', header),
    post: (path: string, body?: string | object) => {
      const req = request(server)
        .post(`${LAB}${path}`)
        .set('Authorization', header);
      return body === undefined ? req : req.send(body);
    },
    put: (path: string, body?: string | object) => {
      const req = request(server)
        .put(`${LAB}${path}`)
        .set('Authorization', header);
      return body === undefined ? req : req.send(body);
    },
  };
}

export type LabClient = ReturnType<typeof labClient>;

/** Counts of the Lab's rows, to show that refused input wrote nothing. */
export async function labRowCounts(
  knex: Knex,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'solutions_lab_engagements',
    'solutions_lab_checklist',
    'solutions_lab_notes',
    'solutions_lab_timeline',
    'solutions_lab_outbox',
    'solutions_lab_completed_stages',
  ]) {
    const [row] = await knex(table).count({ n: '*' });
    counts[table] = Number(row.n);
  }
  return counts;
}

/** The checklist items of an engagement's current stage, as the API shows them. */
export async function currentItems(client: LabClient, engagementId: string) {
  const res = await client.get(`/engagements/${engagementId}`);
  if (res.status !== 200) {
    throw new Error(`GET ${engagementId}: ${res.status} ${res.text}`);
  }
  const stage = res.body.stages.find(
    (s: { state: string }) => s.state === 'current',
  );
  return {
    version: res.body.version as number,
    isLast:
      res.body.stages[res.body.stages.length - 1].id ===
      res.body.currentStageId,
    items: (stage?.checklist ?? []) as Array<{
      id: string;
      required: boolean;
      checked: boolean;
      evidence: string;
    }>,
  };
}

/**
 * Checks every required item of the current stage through the API, as the
 * given caller (an assigned expert or a program admin may check any).
 */
export async function checkRequiredItems(
  client: LabClient,
  engagementId: string,
): Promise<void> {
  const { items } = await currentItems(client, engagementId);
  for (const item of items.filter(i => i.required && !i.checked)) {
    const res = await client.post(
      `/engagements/${engagementId}/checklist/${item.id}`,
      {
        checked: true,
        ...(item.evidence === 'none'
          ? {}
          : {
              evidence: {
                url: `https://evidence.example/${engagementId}/${item.id}`,
              },
            }),
      },
    );
    if (res.status !== 200) {
      throw new Error(`check ${item.id}: ${res.status} ${res.text}`);
    }
  }
}

/** Passes the current stage through the API: its criteria, then advance (or complete). */
export async function passStageOverHttp(
  client: LabClient,
  engagementId: string,
): Promise<{ status: number; body: any }> {
  await checkRequiredItems(client, engagementId);
  const { version, isLast } = await currentItems(client, engagementId);
  const res = await client.post(`/engagements/${engagementId}/decisions`, {
    decision: isLast ? 'complete' : 'advance',
    expectedVersion: version,
  });
  return { status: res.status, body: res.body };
}
