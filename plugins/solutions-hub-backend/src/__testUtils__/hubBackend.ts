import {
  coreServices,
  createBackendPlugin,
  createServiceFactory,
  type AuthService,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  type TestBackend,
} from '@backstage/backend-test-utils';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import type { Entity } from '@backstage/catalog-model';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DefaultPartnerDirectoryService,
  type ExpertAssignmentsService,
} from '@partner-studio/plugin-partner-studio-node';
import {
  partnerStudioTestServices,
  personas,
  policyPermissions,
  testOrganization,
  testOrganizationConfig,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import permissionModulePartnerStudioPolicy, {
  PartnerStudioPermissionPolicy,
} from '@partner-studio/plugin-permission-backend-module-partner-studio';
import { defaultProgram, type TierId } from '@partner-studio/scoring';
import express from 'express';
import Router from 'express-promise-router';
import type { Knex } from 'knex';
import { solutionsHubPlugin } from '../plugin';

export const CONTOSO = 'group:default/contoso-solutions';
export const NORTHWIND = 'group:default/northwind-cloud';

/** A Tool entity as the catalog serves it. */
export function toolEntity(
  name: string,
  options: {
    title: string;
    description?: string;
    tags?: string[];
    owner?: string;
    spec?: Record<string, unknown>;
  },
): Entity {
  return {
    apiVersion: 'partner-studio.io/v1alpha1',
    kind: 'Tool',
    metadata: {
      name,
      namespace: 'default',
      etag: `${name}-1`,
      title: options.title,
      description:
        options.description ?? `${options.title}, for partner developers.`,
      tags: options.tags ?? [],
    },
    spec: {
      category: 'sdk',
      productArea: 'kubernetes-platform',
      businessModels: ['solution-builder'],
      supportLevel: 'vendor-supported',
      owner: options.owner ?? 'group:default/vendor',
      launch: { type: 'url', url: `https://developer.example.com/${name}` },
      ...options.spec,
    },
  };
}

/**
 * The test catalog's tools: the vendor's public ones (one per kind of lock
 * and launch), and one of Contoso's own that only Contoso sees.
 */
export const testTools: Entity[] = [
  toolEntity('compute-sdk-go', {
    title: 'Compute SDK for Go',
    tags: ['go', 'compute'],
    spec: {
      labStages: ['solution-development/build'],
      links: { sandbox: 'https://sandbox.example.com/compute' },
    },
  }),
  toolEntity('compute-api', {
    title: 'Compute REST API',
    tags: ['rest', 'compute'],
    spec: { category: 'api', labStages: ['solution-development/design'] },
  }),
  toolEntity('gpu-sandbox', {
    title: 'GPU sandbox',
    tags: ['gpu'],
    spec: { category: 'sandbox', minimumTier: 'principal' },
  }),
  toolEntity('production-credentials', {
    title: 'Production API credentials',
    tags: ['credentials'],
    spec: {
      category: 'api',
      requiredLabStage: 'solution-development/validate',
      labStages: ['solution-development/launch'],
    },
  }),
  toolEntity('certification-suite', {
    title: 'Certification suite',
    tags: ['validation'],
    spec: {
      category: 'validation-tool',
      labStages: ['solution-development/validate'],
    },
  }),
  toolEntity('operator-starter', {
    title: 'Kubernetes operator starter',
    tags: ['kubernetes', 'go'],
    spec: {
      category: 'software-template',
      labStages: ['solution-development/build'],
      launch: {
        type: 'template',
        templateRef: 'template:default/kubernetes-operator-helm-starter',
      },
    },
  }),
  toolEntity('play-kubernetes-quickstart', {
    title: 'Kubernetes quickstart play',
    tags: ['kubernetes'],
    spec: {
      category: 'sales-play',
      businessModels: ['solution-services'],
      play: { playId: 'kubernetes-quickstart' },
    },
  }),
  toolEntity('ignite-selling-value', {
    title: 'Ignite: selling value',
    tags: ['sales'],
    spec: {
      category: 'enablement-course',
      course: { courseId: 'ignite-selling-value' },
    },
  }),
  toolEntity('contoso-internal-kit', {
    title: 'Contoso internal kit',
    tags: ['internal'],
    owner: CONTOSO,
  }),
];

/** Who the fakes think each persona works for (the directory says the same). */
const PARTNER_OF: Record<string, string> = {
  [personas.carla.userEntityRef]: CONTOSO,
  [personas.cody.userEntityRef]: CONTOSO,
  [personas.nora.userEntityRef]: NORTHWIND,
  [personas.niko.userEntityRef]: NORTHWIND,
  [personas.felix.userEntityRef]: 'group:default/fabrikam-software',
};

/** The real Partner Studio policy over the test organisation, asked in-process. */
export function partnerStudioPolicyPermissions(
  options: { entities?: Entity[] } = {},
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
    assignedPartnerRefs: async () => [],
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

/** A plugin that answers like another one, and can be made to fail. */
export interface FakePlugin {
  /** Answer every request with this status from now on (undefined: answer). */
  failWith(status: number | undefined): void;
  /** Requests it received, as `METHOD path?query`. */
  requests: string[];
}

function fakePlugin(
  pluginId: string,
  routes: (
    router: express.Router,
    callerPartner: (req: express.Request) => Promise<string | undefined>,
  ) => void,
) {
  let failure: number | undefined;
  const state: FakePlugin = {
    requests: [],
    failWith(status) {
      failure = status;
    },
  };
  const feature = createBackendPlugin({
    pluginId,
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
        },
        async init({ httpRouter, httpAuth }) {
          const router = Router();
          router.use((req, res, next) => {
            state.requests.push(`${req.method} ${req.url}`);
            if (failure) {
              res
                .status(failure)
                .json({ error: { name: 'Error', message: 'down' } });
              return;
            }
            next();
          });
          routes(router, async req => {
            const credentials = await httpAuth.credentials(req, {
              allow: ['user'],
            });
            return PARTNER_OF[credentials.principal.userEntityRef];
          });
          httpRouter.use(router);
        },
      });
    },
  });
  return { feature, state };
}

/** A partner's standing as the fake partner points serves it. */
export interface FakeStanding {
  tier: TierId;
  totalPoints: number;
  actions?: Array<{
    actionId: string;
    title: string;
    estimatedPoints: number;
    link: { kind: string; ref: string; label: string };
  }>;
}

/**
 * Partner points, as far as the Hub asks it: `/standing`, `/progress` on
 * behalf of a user, `/program` (the shipped program).
 */
export function fakePartnerPoints(options: {
  standings: Record<string, FakeStanding>;
  progress?: Record<
    string,
    {
      plays?: Array<{ playId: string; executions: number }>;
      courses?: Array<{ courseId: string; completions: number }>;
    }
  >;
}) {
  return fakePlugin('partner-points', (router, callerPartner) => {
    router.get('/standing', async (req, res) => {
      const partnerRef = await callerPartner(req);
      const standing = partnerRef ? options.standings[partnerRef] : undefined;
      if (!partnerRef || !standing) {
        res
          .status(404)
          .json({ error: { name: 'NotFoundError', message: 'no partner' } });
        return;
      }
      res.json({
        partner: {
          entityRef: partnerRef,
          title: partnerRef,
          businessModels: [],
          pinnacleInvited: false,
        },
        standing: { ...standing, actions: standing.actions ?? [] },
      });
    });
    router.get('/progress', async (req, res) => {
      const partnerRef = await callerPartner(req);
      if (!partnerRef) {
        res
          .status(404)
          .json({ error: { name: 'NotFoundError', message: 'no partner' } });
        return;
      }
      const progress = options.progress?.[partnerRef];
      res.json({
        partnerRef,
        plays: progress?.plays ?? [],
        courses: progress?.courses ?? [],
      });
    });
    router.get('/program', (_req, res) => {
      res.json(defaultProgram);
    });
  });
}

/** An engagement as the fake Lab serves it. */
export interface FakeEngagement {
  partnerRef: string;
  playbookId: string;
  currentStageId: string;
  status: 'active' | 'on-hold' | 'completed' | 'closed';
  completedStageIds: string[];
}

/**
 * The Solutions Lab, as far as the Hub asks it: `/partner-stages`, for the
 * caller's partners or, for a service, the partners named.
 */
export function fakeSolutionsLab(options: { engagements: FakeEngagement[] }) {
  const fake = fakePlugin('solutions-lab', (router, callerPartner) => {
    router.get('/partner-stages', async (req, res) => {
      const named = req.query.partnerRef;
      let partnerRefs: string[];
      if (named !== undefined) {
        partnerRefs = (Array.isArray(named) ? named : [named]).map(String);
      } else {
        const own = await callerPartner(req);
        partnerRefs = own ? [own] : [];
      }
      res.json({
        items: options.engagements
          .filter(e => partnerRefs.includes(e.partnerRef))
          .map((e, i) => ({ id: `engagement-${i}`, ...e })),
      });
    });
  });
  return {
    ...fake,
    /** Replaces what the Lab knows. */
    setEngagements(engagements: FakeEngagement[]) {
      options.engagements = engagements;
    },
  };
}

/** The standings of the test partners: Contoso is Advanced, Northwind Select. */
export const defaultStandings: Record<string, FakeStanding> = {
  [CONTOSO]: {
    tier: 'advanced',
    totalPoints: 420,
    actions: [
      {
        actionId: 'close-velocity-deal',
        title: 'Close a velocity-play deal',
        estimatedPoints: 42,
        link: {
          kind: 'play',
          ref: 'play:kubernetes-quickstart',
          label: 'Kubernetes quickstart play',
        },
      },
      {
        actionId: 'expand-lab',
        title: 'Start a Lab engagement',
        estimatedPoints: 30,
        link: {
          kind: 'lab',
          ref: 'playbook:solution-development',
          label: 'Lab',
        },
      },
      {
        actionId: 'certify-engineer',
        title: 'Certify an engineer',
        estimatedPoints: 20,
        link: {
          kind: 'ignite',
          ref: 'course:ignite-selling-value',
          label: 'Selling value',
        },
      },
      {
        actionId: 'register-opportunity',
        title: 'Register your next opportunity',
        estimatedPoints: 10,
        link: {
          kind: 'hub',
          ref: 'category:api',
          label: 'APIs',
        },
      },
    ],
  },
  [NORTHWIND]: { tier: 'select', totalPoints: 150 },
};

/** Contoso builds (qualify and design done); Northwind certifies (validate done). */
export const defaultEngagements: FakeEngagement[] = [
  {
    partnerRef: CONTOSO,
    playbookId: 'solution-development',
    currentStageId: 'build',
    status: 'active',
    completedStageIds: ['qualify', 'design'],
  },
  {
    partnerRef: NORTHWIND,
    playbookId: 'solution-development',
    currentStageId: 'certify',
    status: 'active',
    completedStageIds: ['qualify', 'design', 'build', 'validate'],
  },
];

/** What {@link startHubBackend} returns. */
export interface HubTestBackend {
  backend: TestBackend;
  server: TestBackend['server'];
  scheduler: ReturnType<typeof mockServices.scheduler>;
  /** Reads the catalog into the Hub's index (the sync task, triggered). */
  sync(): Promise<void>;
}

/**
 * The mock auth service, except that a plugin's request on behalf of a user
 * carries the plugin as the actor, as the real auth service's tokens do. The
 * permission backend refuses `authorizeConditional` from a user without an
 * actor ("direct user requests"), and the Hub's apply-conditions endpoint
 * refuses such a user too; the stock mock drops the actor.
 */
const authWithActors = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory: ({ plugin }): AuthService => {
    const mock = mockServices.auth({ pluginId: plugin.getId() });
    return {
      authenticate: (token, options) => mock.authenticate(token, options),
      getNoneCredentials: () => mock.getNoneCredentials(),
      getOwnServiceCredentials: () => mock.getOwnServiceCredentials(),
      isPrincipal: mock.isPrincipal.bind(mock),
      getLimitedUserToken: credentials => mock.getLimitedUserToken(credentials),
      listPublicServiceKeys: () => mock.listPublicServiceKeys(),
      async getPluginRequestToken(options) {
        const { onBehalfOf } = options;
        if (!mock.isPrincipal(onBehalfOf, 'user')) {
          return mock.getPluginRequestToken(options);
        }
        return {
          token: mockCredentials.user.token(
            onBehalfOf.principal.userEntityRef,
            { actor: { subject: `plugin:${plugin.getId()}` } },
          ),
        };
      },
    };
  },
});

/**
 * How the test backend decides permissions: the real Partner Studio policy
 * asked in-process (default), a given service, or `'permission-backend'`:
 * the real permission backend with the Partner Studio policy module, asked
 * over HTTP as in the portal, which applies conditional decisions on single
 * tools through the Hub's registered rules.
 */
export type HubTestPermissions = PermissionsService | 'permission-backend';

/**
 * Starts the Hub in a test backend on the given database, over the test
 * organisation and {@link testTools}, with the real Partner Studio policy
 * unless `permissions` says otherwise, and with the given fakes of partner
 * points and the Lab (absent ones are not installed: their routes 404).
 * Answers of the other plugins are kept for a millisecond, so a test sees
 * a change at once.
 */
export async function startHubBackend(
  knex: Knex,
  options: {
    permissions?: HubTestPermissions;
    entities?: Entity[];
    plugins?: Array<ReturnType<typeof createBackendPlugin>>;
    config?: Record<string, unknown>;
  } = {},
): Promise<HubTestBackend> {
  const scheduler = mockServices.scheduler();
  const entities = options.entities ?? [...testOrganization, ...testTools];
  const viaPermissionBackend = options.permissions === 'permission-backend';
  const permissions =
    options.permissions === undefined ||
    options.permissions === 'permission-backend'
      ? partnerStudioPolicyPermissions({ entities })
      : options.permissions;
  const services = partnerStudioTestServices({ entities, permissions }).filter(
    factory =>
      !viaPermissionBackend ||
      factory.service.id !== coreServices.permissions.id,
  );
  const backend = await startTestBackend({
    features: [
      solutionsHubPlugin,
      ...(viaPermissionBackend
        ? [
            permissionPlugin,
            permissionModulePartnerStudioPolicy,
            permissionsServiceFactory,
            authWithActors,
          ]
        : []),
      ...(options.plugins ?? []),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          ...testOrganizationConfig,
          ...(viaPermissionBackend ? { permission: { enabled: true } } : {}),
          solutionsHub: {
            dependencies: {
              cacheTtl: { milliseconds: 1 },
              failureTtl: { milliseconds: 1 },
              timeout: { seconds: 5 },
            },
          },
          ...options.config,
        },
      }),
      ...services,
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
    ],
  });
  const sync = () => scheduler.triggerTask('solutions-hub-catalog-sync');
  await sync();
  return { backend, server: backend.server, scheduler, sync };
}
