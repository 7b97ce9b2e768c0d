import {
  coreServices,
  createServiceFactory,
  createServiceRef,
  type AuthService,
  type BackstageCredentials,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  type BasicPermission,
  type PermissionCriteria,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import type {
  PARTNER_RESOURCE_TYPE,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import {
  expertAssignmentsServiceRef,
  type ExpertAssignmentsService,
} from '../assignments/expertAssignments';
import { partnerDirectoryServiceRef } from '../directory/partnerDirectoryServiceRef';
import { normalizeEntityRef } from '../directory/refs';
import {
  isPartnerRule,
  matchesPartnerCriteria,
  type PartnerQuery,
} from '../permissions/partnerResource';
import type {
  PartnerCaller,
  PartnerDirectoryService,
  PartnerUserCaller,
} from '../types';

/**
 * The one message for "no such partner" and "not your partner", so a refusal
 * leaks nothing about which partners exist.
 *
 * @public
 */
export const PARTNER_NOT_FOUND_MESSAGE = 'Partner not found';

/** A permission on a partner (its group entity ref is the resource ref). */
export type PartnerPermission = ResourcePermission<
  typeof PARTNER_RESOURCE_TYPE
>;

/**
 * Which partners a caller may see by Partner Studio's own scoping, before
 * the permission policy has its say.
 *
 * @public
 */
export type PartnerScope =
  | { all: true }
  | { all: false; partnerRefs: string[] };

/**
 * Which partners' rows a list may return: every partner, or those matching
 * the criteria (own scope and the policy's conditions, combined). Stores
 * apply it in SQL with `applyPartnerCriteria`.
 *
 * @public
 */
export type PartnerListFilter =
  | { all: true }
  | { all: false; criteria: PermissionCriteria<PartnerQuery> };

/**
 * Partner Studio's access model, shared by its backends: who the caller is,
 * which partners it may see, and the permission framework asked on top —
 * the plugin's own scoping and the policy are two walls, both enforced.
 *
 * - Program admins and service principals: every partner.
 * - A partner's members: their partner(s).
 * - Vendor experts: the partners whose Lab engagements are assigned to them.
 * - Everybody else: none.
 *
 * @public
 */
export interface PartnerAccessService {
  /** Who is calling (from identity; never from a request parameter). */
  caller(credentials: BackstageCredentials): Promise<PartnerCaller>;

  /** The partners the caller may see by the plugin's own scoping. */
  scope(
    caller: PartnerCaller,
    credentials: BackstageCredentials,
  ): Promise<PartnerScope>;

  /**
   * The partner if the caller may `permission` it. "Missing" and "not yours"
   * both throw the same `NotFoundError`; a policy refusal of a partner the
   * caller may otherwise see throws `NotAllowedError`.
   */
  partner(
    credentials: BackstageCredentials,
    partnerRef: string,
    permission: PartnerPermission,
  ): Promise<{ caller: PartnerCaller; partner: PartnerSummary }>;

  /** The caller's own partner, if it has one and may `permission` it. */
  ownPartner(
    credentials: BackstageCredentials,
    permission: PartnerPermission,
  ): Promise<{ caller: PartnerUserCaller; partner: PartnerSummary }>;

  /**
   * The filter of a list of partner data for `permission`: own scope AND
   * the policy decision (`authorizeConditional`; a CONDITIONAL decision's
   * conditions transformed into {@link PartnerQuery} criteria). Call it for
   * every page, so access is re-checked on each.
   */
  listFilter(
    credentials: BackstageCredentials,
    permission: PartnerPermission,
  ): Promise<{ caller: PartnerCaller; filter: PartnerListFilter }>;

  /** Throws `NotAllowedError` unless the policy allows the basic permission. */
  authorizeBasic(
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ): Promise<void>;
}

const transformPartnerConditions = createConditionTransformer<PartnerQuery>({
  getRuleByName: name => {
    if (name === isPartnerRule.name) return isPartnerRule;
    throw new Error(`Unknown partner permission rule: ${name}`);
  },
});

/**
 * Default {@link PartnerAccessService}.
 *
 * @public
 */
export class DefaultPartnerAccessService implements PartnerAccessService {
  readonly #auth: AuthService;
  readonly #directory: PartnerDirectoryService;
  readonly #permissions: PermissionsService;
  readonly #assignments: ExpertAssignmentsService;

  static create(options: {
    auth: AuthService;
    directory: PartnerDirectoryService;
    permissions: PermissionsService;
    assignments: ExpertAssignmentsService;
  }): DefaultPartnerAccessService {
    return new DefaultPartnerAccessService(options);
  }

  private constructor(options: {
    auth: AuthService;
    directory: PartnerDirectoryService;
    permissions: PermissionsService;
    assignments: ExpertAssignmentsService;
  }) {
    this.#auth = options.auth;
    this.#directory = options.directory;
    this.#permissions = options.permissions;
    this.#assignments = options.assignments;
  }

  caller(credentials: BackstageCredentials): Promise<PartnerCaller> {
    return this.#directory.resolveCaller(credentials);
  }

  async scope(
    caller: PartnerCaller,
    credentials: BackstageCredentials,
  ): Promise<PartnerScope> {
    if (caller.kind === 'service' || caller.isProgramAdmin) {
      return { all: true };
    }
    const refs = new Set(caller.partners.map(p => p.entityRef));
    if (caller.isExpert && this.#auth.isPrincipal(credentials, 'user')) {
      for (const ref of await this.#assignments.assignedPartnerRefs(
        credentials,
      )) {
        refs.add(ref);
      }
    }
    return { all: false, partnerRefs: [...refs].sort() };
  }

  async partner(
    credentials: BackstageCredentials,
    partnerRef: string,
    permission: PartnerPermission,
  ): Promise<{ caller: PartnerCaller; partner: PartnerSummary }> {
    const ref = normalizeEntityRef(partnerRef);
    const caller = await this.caller(credentials);
    const scope = await this.scope(caller, credentials);
    if (!scope.all && !scope.partnerRefs.includes(ref)) {
      throw new NotFoundError(PARTNER_NOT_FOUND_MESSAGE);
    }
    const partner = await this.#directory.getPartner(ref);
    if (!partner) {
      throw new NotFoundError(PARTNER_NOT_FOUND_MESSAGE);
    }
    await this.#authorizePartner(credentials, permission, partner.entityRef);
    return { caller, partner };
  }

  async ownPartner(
    credentials: BackstageCredentials,
    permission: PartnerPermission,
  ): Promise<{ caller: PartnerUserCaller; partner: PartnerSummary }> {
    const caller = await this.caller(credentials);
    if (caller.kind !== 'user' || !caller.partner) {
      throw new NotFoundError(
        'You are not a member of a partner organisation in the catalog',
      );
    }
    await this.#authorizePartner(
      credentials,
      permission,
      caller.partner.entityRef,
    );
    return { caller, partner: caller.partner };
  }

  async listFilter(
    credentials: BackstageCredentials,
    permission: PartnerPermission,
  ): Promise<{ caller: PartnerCaller; filter: PartnerListFilter }> {
    const caller = await this.caller(credentials);
    const [scope, [decision]] = await Promise.all([
      this.scope(caller, credentials),
      this.#permissions.authorizeConditional([{ permission }], {
        credentials,
      }),
    ]);
    const own: PermissionCriteria<PartnerQuery> | undefined = scope.all
      ? undefined
      : { partnerRefs: scope.partnerRefs };
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      const conditions = transformPartnerConditions(decision.conditions);
      return {
        caller,
        filter: {
          all: false,
          criteria: own ? { allOf: [own, conditions] } : conditions,
        },
      };
    }
    if (decision.result === AuthorizeResult.ALLOW) {
      return {
        caller,
        filter: own ? { all: false, criteria: own } : { all: true },
      };
    }
    return { caller, filter: { all: false, criteria: { partnerRefs: [] } } };
  }

  async authorizeBasic(
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ): Promise<void> {
    const [decision] = await this.#permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed by the permission policy: ${permission.name}`,
      );
    }
  }

  /**
   * One round trip to the policy: a CONDITIONAL decision is applied here,
   * with the same rule the list filter uses.
   */
  async #authorizePartner(
    credentials: BackstageCredentials,
    permission: PartnerPermission,
    partnerRef: string,
  ): Promise<void> {
    const [decision] = await this.#permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    let allowed = decision.result === AuthorizeResult.ALLOW;
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      allowed = matchesPartnerCriteria(
        transformPartnerConditions(decision.conditions),
        partnerRef,
      );
    }
    if (!allowed) {
      throw new NotAllowedError(
        `Not allowed by the permission policy: ${permission.name}`,
      );
    }
  }
}

/**
 * The access service. Plugin-scoped with a default factory, so a plugin
 * only declares it: `deps: { access: partnerAccessServiceRef }`.
 *
 * @public
 */
export const partnerAccessServiceRef = createServiceRef<PartnerAccessService>({
  id: 'partner-studio.partner-access',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        directory: partnerDirectoryServiceRef,
        assignments: expertAssignmentsServiceRef,
      },
      factory: deps => DefaultPartnerAccessService.create(deps),
    }),
});
