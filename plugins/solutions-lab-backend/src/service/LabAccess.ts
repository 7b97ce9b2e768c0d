import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  type BasicPermission,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  LAB_ENGAGEMENT_RESOURCE_TYPE,
  labEngagementReadPermission,
} from '@partner-studio/plugin-partner-studio-common';
import {
  normalizeEntityRef,
  type PartnerAccessService,
  type PartnerCaller,
} from '@partner-studio/plugin-partner-studio-node';
import {
  transformEngagementConditions,
  type EngagementCriteria,
  type LabAccessOptions,
  type LabActor,
} from '@partner-studio/plugin-solutions-lab-node';

/** A permission on engagements (the resource ref is the engagement id). */
export type EngagementPermission = ResourcePermission<
  typeof LAB_ENGAGEMENT_RESOURCE_TYPE
>;

/** What a DENY becomes: criteria no engagement matches. */
const NOTHING: EngagementCriteria = { field: 'partnerRef', in: [] };

/** Signed-in users' credentials, as the router hands them over. */
type UserCredentials = BackstageCredentials<BackstageUserPrincipal>;

/**
 * The caller as the Lab's service expects it, from the shared access model:
 * its role and partners come from the partner directory (the trusted
 * organisation, sub-groups counted, partners by full entity ref), never
 * from the request.
 */
export function labActorOf(caller: PartnerCaller): LabActor | undefined {
  if (caller.kind !== 'user') return undefined;
  const userRef = normalizeEntityRef(caller.userEntityRef);
  if (caller.isProgramAdmin) {
    return { userRef, role: 'program-admin', partnerRefs: [] };
  }
  if (caller.isExpert) return { userRef, role: 'expert', partnerRefs: [] };
  return {
    userRef,
    role: 'partner-member',
    partnerRefs: caller.partners.map(p => normalizeEntityRef(p.entityRef)),
  };
}

function toCriteria(decision: PolicyDecision): EngagementCriteria | undefined {
  if (decision.result === AuthorizeResult.ALLOW) return undefined;
  if (decision.result === AuthorizeResult.CONDITIONAL) {
    return transformEngagementConditions(decision.conditions);
  }
  return NOTHING;
}

/**
 * Access to the Lab, the Backstage way: who the caller is (the shared
 * {@link PartnerAccessService}) and what the permission policy lets it see
 * and do. Conditional decisions become {@link EngagementCriteria} that the
 * service applies in SQL, on top of its own scoping. Asked on every request,
 * so every page of a list is checked again.
 */
export class LabAccess {
  readonly #access: PartnerAccessService;
  readonly #permissions: PermissionsService;

  static create(deps: {
    access: PartnerAccessService;
    permissions: PermissionsService;
  }): LabAccess {
    return new LabAccess(deps);
  }

  private constructor(deps: {
    access: PartnerAccessService;
    permissions: PermissionsService;
  }) {
    this.#access = deps.access;
    this.#permissions = deps.permissions;
  }

  /** The caller from its identity (partners, role), for any route. */
  caller(credentials: BackstageCredentials): Promise<PartnerCaller> {
    return this.#access.caller(credentials);
  }

  /** The signed-in user as the Lab's actor. */
  async actor(credentials: UserCredentials): Promise<LabActor> {
    const actor = labActorOf(await this.#access.caller(credentials));
    if (!actor) throw new Error('A Lab actor is always a signed-in user');
    return actor;
  }

  /** The actor and the engagements it may see, for lists and reads. */
  async reader(
    credentials: UserCredentials,
  ): Promise<{ actor: LabActor; options: LabAccessOptions }> {
    const [actor, [read]] = await Promise.all([
      this.actor(credentials),
      this.#permissions.authorizeConditional(
        [{ permission: labEngagementReadPermission }],
        { credentials },
      ),
    ]);
    return { actor, options: { access: toCriteria(read) } };
  }

  /**
   * The actor, the engagements it may see and those it may do `permission`
   * to, in one round trip to the policy.
   */
  async actingOn(
    credentials: UserCredentials,
    permission: EngagementPermission,
  ): Promise<{ actor: LabActor; options: LabAccessOptions }> {
    const [actor, [read, action]] = await Promise.all([
      this.actor(credentials),
      this.#permissions.authorizeConditional(
        [{ permission: labEngagementReadPermission }, { permission }],
        { credentials },
      ),
    ]);
    return {
      actor,
      options: { access: toCriteria(read), action: toCriteria(action) },
    };
  }

  /** The actor, if the policy allows a permission that is not about one engagement. */
  async allowed(
    credentials: UserCredentials,
    permission: BasicPermission,
  ): Promise<LabActor> {
    const [actor] = await Promise.all([
      this.actor(credentials),
      this.#access.authorizeBasic(credentials, permission),
    ]);
    return actor;
  }
}
