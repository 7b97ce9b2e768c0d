import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  type BasicPermission,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  hubToolReadPermission,
  TOOL_RESOURCE_TYPE,
} from '@partner-studio/plugin-partner-studio-common';
import type {
  PartnerAccessService,
  PartnerDirectoryService,
  PartnerUserCaller,
} from '@partner-studio/plugin-partner-studio-node';
import {
  matchesToolCriteria,
  ownedByOneOf,
  transformToolConditions,
  type HubTool,
  type ToolCriteria,
} from '@partner-studio/plugin-solutions-hub-node';

/** A permission on a tool (its entity ref is the resource ref). */
export type ToolPermission = ResourcePermission<typeof TOOL_RESOURCE_TYPE>;

/** Which tools a caller may read: every tool, or those matching the criteria. */
export type ToolReadFilter =
  | { all: true }
  | { all: false; criteria: ToolCriteria };

const NOTHING: ToolCriteria = () => false;

/**
 * Who may see and do what in the Hub, enforced twice:
 *
 * 1. the Hub's own scoping, from the caller's identity (the partner
 *    directory): program admins and vendor experts see every tool; anybody
 *    else the tools owned by the vendor's public groups or by their own
 *    partner's groups — as the catalog shows them;
 * 2. the permission policy: `authorizeConditional`, whose conditional
 *    decision (the tool rules' `toQuery`) becomes a predicate the search
 *    index runs inside the query. Asked on every request, so every page is
 *    checked again.
 */
export class ToolAccess {
  readonly #access: PartnerAccessService;
  readonly #permissions: PermissionsService;
  readonly #directory: PartnerDirectoryService;

  static create(options: {
    access: PartnerAccessService;
    permissions: PermissionsService;
    directory: PartnerDirectoryService;
  }): ToolAccess {
    return new ToolAccess(options);
  }

  private constructor(options: {
    access: PartnerAccessService;
    permissions: PermissionsService;
    directory: PartnerDirectoryService;
  }) {
    this.#access = options.access;
    this.#permissions = options.permissions;
    this.#directory = options.directory;
  }

  /** The signed-in caller (from identity, never from a request parameter). */
  async caller(credentials: BackstageCredentials): Promise<PartnerUserCaller> {
    const caller = await this.#access.caller(credentials);
    if (caller.kind !== 'user') {
      throw new NotAllowedError(
        'The Solutions Hub answers signed-in users only',
      );
    }
    return caller;
  }

  /** The tools the caller may read: own scope AND the policy's decision. */
  async readFilter(
    caller: PartnerUserCaller,
    credentials: BackstageCredentials,
  ): Promise<ToolReadFilter> {
    const [own, [decision]] = await Promise.all([
      this.#ownScope(caller),
      this.#permissions.authorizeConditional(
        [{ permission: hubToolReadPermission }],
        { credentials },
      ),
    ]);
    let policy: ToolCriteria | undefined;
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      policy = transformToolConditions(decision.conditions);
    } else if (decision.result === AuthorizeResult.DENY) {
      policy = NOTHING;
    }
    if (own && policy)
      return { all: false, criteria: { allOf: [own, policy] } };
    const criteria = own ?? policy;
    return criteria ? { all: false, criteria } : { all: true };
  }

  /** Does the filter let the tool through? */
  static accepts(filter: ToolReadFilter, tool: HubTool): boolean {
    return filter.all || matchesToolCriteria(filter.criteria, tool);
  }

  /**
   * Whether the policy allows `permission` on this tool (one round trip; a
   * conditional decision is applied here with the same rules the lists use).
   */
  async allows(
    credentials: BackstageCredentials,
    permission: ToolPermission,
    tool: HubTool,
  ): Promise<boolean> {
    const [decision] = await this.#permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return matchesToolCriteria(
        transformToolConditions(decision.conditions),
        tool,
      );
    }
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** Throws `NotAllowedError` unless the policy allows the basic permission. */
  authorizeBasic(
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ): Promise<void> {
    return this.#access.authorizeBasic(credentials, permission);
  }

  /** The Hub's own scoping; undefined when the caller sees every tool. */
  async #ownScope(
    caller: PartnerUserCaller,
  ): Promise<ToolCriteria | undefined> {
    if (caller.isProgramAdmin || caller.isExpert) return undefined;
    const [publicGroups, partnerGroups] = await Promise.all([
      this.#directory.publicGroupRefs(),
      Promise.all(
        caller.partners.map(p => this.#directory.partnerGroupRefs(p.entityRef)),
      ),
    ]);
    return ownedByOneOf([...publicGroups, ...partnerGroups.flat()]);
  }
}
