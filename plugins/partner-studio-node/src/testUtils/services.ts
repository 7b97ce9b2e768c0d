import {
  coreServices,
  createServiceFactory,
  type BackstageCredentials,
  type PermissionsService,
  type ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  type DefinitivePolicyDecision,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { PermissionPolicy } from '@backstage/plugin-permission-node';
import { expertAssignmentsServiceRef } from '../assignments/expertAssignments';
import { normalizeEntityRef } from '../directory/refs';
import { testOrganization } from './organization';

/** The connection string CI sets for PostgreSQL 15 (see .ci/run). @public */
export const POSTGRES_CONNECTION_ENV =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/**
 * The engines database tests run on: SQLite always, PostgreSQL 15 when its
 * connection string is given. No container runtime is assumed, so a
 * developer without PostgreSQL still runs the SQLite half; CI must give the
 * connection string (a test checks that it did, and that PostgreSQL ran).
 *
 * @public
 */
export const TEST_DATABASE_IDS: TestDatabaseId[] = process.env[
  POSTGRES_CONNECTION_ENV
]
  ? ['POSTGRES_15', 'SQLITE_3']
  : ['SQLITE_3'];

/**
 * A permissions service that asks a policy in-process, as the permission
 * backend would: service principals are allowed (within no restrictions),
 * users' requests go to `policy.handle`. A CONDITIONAL decision is returned
 * as is by `authorizeConditional`; `authorize` (which the framework would
 * resolve through the resource's plugin) resolves it with `apply`, when
 * given.
 *
 * @public
 */
export function policyPermissions(
  policy: PermissionPolicy,
  options: {
    apply?: (decision: PolicyDecision, resourceRef: string) => Promise<boolean>;
  } = {},
): PermissionsService {
  const auth = mockServices.auth();
  const decide = async (
    permission: Parameters<PermissionPolicy['handle']>[0]['permission'],
    credentials: BackstageCredentials,
  ): Promise<PolicyDecision> => {
    if (auth.isPrincipal(credentials, 'service')) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (!auth.isPrincipal(credentials, 'user')) {
      return { result: AuthorizeResult.DENY };
    }
    const { userEntityRef } = credentials.principal;
    return policy.handle(
      { permission },
      {
        credentials,
        info: { userEntityRef, ownershipEntityRefs: [userEntityRef] },
      },
    );
  };
  return {
    async authorizeConditional(queries, requestOptions) {
      const credentials =
        requestOptions && 'credentials' in requestOptions
          ? requestOptions.credentials
          : undefined;
      if (!credentials) throw new Error('Tests must pass credentials');
      return Promise.all(queries.map(q => decide(q.permission, credentials)));
    },
    async authorize(requests, requestOptions) {
      const credentials =
        requestOptions && 'credentials' in requestOptions
          ? requestOptions.credentials
          : undefined;
      if (!credentials) throw new Error('Tests must pass credentials');
      return Promise.all(
        requests.map(async (request): Promise<DefinitivePolicyDecision> => {
          const decision = await decide(request.permission, credentials);
          if (decision.result !== AuthorizeResult.CONDITIONAL) return decision;
          const resourceRef =
            'resourceRef' in request ? request.resourceRef : undefined;
          const allowed =
            resourceRef !== undefined && options.apply
              ? await options.apply(decision, resourceRef)
              : false;
          return {
            result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
          };
        }),
      );
    },
  };
}

/**
 * The services a Partner Studio backend plugin needs in a test backend: the
 * catalog (the test organisation by default), the Solutions Lab's expert
 * assignments, and permissions (a policy, or a decision per permission name).
 *
 * @public
 */
export function partnerStudioTestServices(
  options: {
    entities?: Entity[];
    /** Expert user ref → partner refs of the engagements assigned to them. */
    assignments?: Record<string, string[]>;
    /** Decides every permission request; default: allow everything. */
    permissions?: PermissionsService;
  } = {},
): ServiceFactory[] {
  const assignments = new Map(
    Object.entries(options.assignments ?? {}).map(([user, refs]) => [
      normalizeEntityRef(user),
      refs.map(normalizeEntityRef),
    ]),
  );
  const allowAll: PermissionsService = {
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async queries =>
      queries.map(() => ({ result: AuthorizeResult.ALLOW })),
  };
  return [
    catalogServiceMock.factory({
      entities: options.entities ?? testOrganization,
    }),
    createServiceFactory({
      service: expertAssignmentsServiceRef,
      deps: {},
      factory: () => ({
        assignedPartnerRefs: async credentials =>
          assignments.get(
            normalizeEntityRef(credentials.principal.userEntityRef),
          ) ?? [],
      }),
    }),
    createServiceFactory({
      service: coreServices.permissions,
      deps: {},
      factory: () => options.permissions ?? allowAll,
    }),
  ];
}
