import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  AuthService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import type {
  ExpertAssignmentsService,
  PartnerDirectoryService,
} from '@partner-studio/plugin-partner-studio-node';
import { decideCatalog } from './catalogDecision';
import { decidePartnerPoints } from './partnerPointsDecision';
import { resolvePolicyCaller } from './PolicyCaller';
import { decideScaffolder } from './scaffolderDecision';
import { decideSolutionsHub } from './solutionsHubDecision';
import { decideSolutionsLab } from './solutionsLabDecision';

/** Actions the policy refuses by default on permissions it does not know. */
const CHANGING_ACTIONS = new Set(['create', 'update', 'delete']);

/**
 * The Partner Studio permission policy: the reference policy for a partner
 * portal. Program admins may do everything. For everybody else it decides by
 * the plugin the permission belongs to (the catalog, the scaffolder, partner
 * points, and — as they are installed — the Solutions Hub and Lab); a
 * permission it does not know is allowed when it only reads and refused when
 * it creates, updates or deletes.
 *
 * Roles and partners come from the partner directory, that is from the
 * organisation's trusted catalog locations only. Services never reach a
 * policy: the framework allows them (within their access restrictions).
 */
export class PartnerStudioPermissionPolicy implements PermissionPolicy {
  readonly #auth: AuthService;
  readonly #directory: PartnerDirectoryService;
  readonly #assignments: ExpertAssignmentsService;
  readonly #templateActions: string[];

  static create(options: {
    auth: AuthService;
    directory: PartnerDirectoryService;
    assignments: ExpertAssignmentsService;
    templateActions: string[];
  }): PartnerStudioPermissionPolicy {
    return new PartnerStudioPermissionPolicy(options);
  }

  private constructor(options: {
    auth: AuthService;
    directory: PartnerDirectoryService;
    assignments: ExpertAssignmentsService;
    templateActions: string[];
  }) {
    this.#auth = options.auth;
    this.#directory = options.directory;
    this.#assignments = options.assignments;
    this.#templateActions = options.templateActions;
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user || !this.#auth.isPrincipal(user.credentials, 'user')) {
      return { result: AuthorizeResult.DENY };
    }
    const credentials: BackstageCredentials<BackstageUserPrincipal> =
      user.credentials;
    const caller = await resolvePolicyCaller(
      credentials,
      this.#directory,
      this.#assignments,
    );
    if (caller.isProgramAdmin) {
      return { result: AuthorizeResult.ALLOW };
    }

    const { name, attributes } = request.permission;
    if (name.startsWith('catalog.')) return decideCatalog(request, caller);
    if (name.startsWith('scaffolder.')) {
      return decideScaffolder(request, caller, this.#templateActions);
    }
    if (name.startsWith('solutions-hub.')) {
      return decideSolutionsHub(request, caller);
    }
    if (name.startsWith('partner-studio.')) {
      return decidePartnerPoints(request, caller);
    }
    if (name.startsWith('solutions-lab.')) {
      return decideSolutionsLab(request, caller);
    }
    return {
      result:
        attributes.action && CHANGING_ACTIONS.has(attributes.action)
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    };
  }
}
