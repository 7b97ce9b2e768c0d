import {
  coreServices,
  createServiceFactory,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  type TestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
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
import { DAY_MS } from '@partner-studio/scoring';
import { partnerPointsPlugin } from '../plugin';

/** Days before now, as an ISO timestamp. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

/** Days after now, as an ISO timestamp. */
export function daysAhead(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString();
}

/** A partner's group ref from its name, and its API path. */
export const partnerRef = (name: string) => `group:default/${name}`;
export const partnerPath = (name: string) =>
  `/api/partner-points/partners/default/${name}`;

/**
 * The real Partner Studio policy over the test organisation, asked
 * in-process (as the permission backend would ask it).
 */
export function partnerStudioPolicyPermissions(
  options: {
    entities?: Entity[];
    assignments?: Record<string, string[]>;
  } = {},
): PermissionsService {
  const directory = DefaultPartnerDirectoryService.create({
    auth: mockServices.auth(),
    userInfo: mockServices.userInfo(),
    catalog: catalogServiceMock({
      entities: options.entities ?? testOrganization,
    }),
    config: mockServices.rootConfig({ data: testOrganizationConfig }),
    logger: mockServices.logger.mock(),
  });
  const assignments: ExpertAssignmentsService = {
    assignedPartnerRefs: async credentials =>
      options.assignments?.[credentials.principal.userEntityRef] ?? [],
  };
  return policyPermissions(
    PartnerStudioPermissionPolicy.create({
      auth: mockServices.auth(),
      directory,
      assignments,
      templateActions: [],
    }),
  );
}

/** A permissions service deciding each request by permission name. */
export function decidingPermissions(
  decide: (permissionName: string) => AuthorizeResult,
): PermissionsService {
  return {
    authorize: async requests =>
      requests.map(r => ({
        result:
          decide(r.permission.name) === AuthorizeResult.ALLOW
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
      })),
    authorizeConditional: async queries =>
      queries.map(q => {
        const result = decide(q.permission.name);
        return {
          result:
            result === AuthorizeResult.ALLOW
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
        };
      }),
  };
}

/** What {@link startPointsBackend} returns. */
export interface PointsTestBackend {
  backend: TestBackend;
  server: TestBackend['server'];
  publish: jest.Mock;
  scheduler: ReturnType<typeof mockServices.scheduler>;
}

/**
 * Starts the plugin in a test backend on the given database, over the test
 * organisation, with the real Partner Studio policy unless `permissions`
 * says otherwise. The scheduler is `mockServices.scheduler()`: its tasks run
 * only when a test triggers them.
 */
export async function startPointsBackend(
  knex: Knex,
  options: {
    permissions?: PermissionsService;
    assignments?: Record<string, string[]>;
    config?: Record<string, any>;
    entities?: Entity[];
    /** More features: modules, service factories (e.g. an auditor mock). */
    features?: Parameters<typeof startTestBackend>[0]['features'];
  } = {},
): Promise<PointsTestBackend> {
  const publish = jest.fn(async () => {});
  const scheduler = mockServices.scheduler();
  const entities = options.entities ?? testOrganization;
  const backend = await startTestBackend({
    features: [
      partnerPointsPlugin,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: { ...testOrganizationConfig, ...options.config },
      }),
      ...partnerStudioTestServices({
        entities,
        assignments: options.assignments,
        permissions:
          options.permissions ??
          partnerStudioPolicyPermissions({
            entities,
            assignments: options.assignments,
          }),
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
      ...(options.features ?? []),
    ],
  });
  return { backend, server: backend.server, publish, scheduler };
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
