import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  partnerEventsCreatePermission,
  type PARTNER_RESOURCE_TYPE,
} from '@partner-studio/plugin-partner-studio-common';
import {
  canReadPartner,
  type DirectoryPartner,
  type PartnerCaller,
  type PartnerDirectoryService,
  type PartnerUserCaller,
} from '@partner-studio/plugin-partner-studio-node';

/**
 * The one message for "no such partner" and "not your partner", so a refusal
 * leaks nothing about which partners exist.
 */
export const PARTNER_NOT_FOUND_MESSAGE = 'Partner not found';

/**
 * Access control of the points API: the plugin's own partner scoping from the
 * caller's identity, then the permission framework.
 */
export class PartnerAccess {
  readonly #directory: PartnerDirectoryService;
  readonly #permissions: PermissionsService;

  static create(options: {
    directory: PartnerDirectoryService;
    permissions: PermissionsService;
  }): PartnerAccess {
    return new PartnerAccess(options);
  }

  private constructor(options: {
    directory: PartnerDirectoryService;
    permissions: PermissionsService;
  }) {
    this.#directory = options.directory;
    this.#permissions = options.permissions;
  }

  /**
   * The partner, if the caller may `permission` it: a member of the partner
   * or a program admin, and allowed by the permission policy. Anybody else
   * gets the same 404 as for a partner that does not exist.
   */
  async partner(
    credentials: BackstageCredentials,
    partnerId: string,
    permission: ResourcePermission<typeof PARTNER_RESOURCE_TYPE>,
  ): Promise<{ caller: PartnerCaller; partner: DirectoryPartner }> {
    const caller = await this.#directory.resolveCaller(credentials);
    if (!canReadPartner(caller, partnerId)) {
      throw new NotFoundError(PARTNER_NOT_FOUND_MESSAGE);
    }
    const partner = await this.#directory.getPartner(partnerId);
    if (!partner) {
      throw new NotFoundError(PARTNER_NOT_FOUND_MESSAGE);
    }
    await this.#authorize(credentials, permission, partner.entityRef);
    return { caller, partner };
  }

  /** The caller's own partner, if it has one and may `permission` it. */
  async ownPartner(
    credentials: BackstageCredentials,
    permission: ResourcePermission<typeof PARTNER_RESOURCE_TYPE>,
  ): Promise<{ caller: PartnerUserCaller; partner: DirectoryPartner }> {
    const caller = await this.#directory.resolveCaller(credentials);
    if (caller.kind !== 'user' || !caller.partner) {
      throw new NotFoundError(
        'You are not a member of a partner organisation in the catalog',
      );
    }
    await this.#authorize(credentials, permission, caller.partner.entityRef);
    return { caller, partner: caller.partner };
  }

  /**
   * The partners the caller may `permission`, sorted by title: every partner
   * for a program admin, its own partner(s) for a partner member, none for
   * anybody else. Partners the permission policy denies are left out (a
   * list, so no 403), so the answer never says more than the caller could
   * read one partner at a time.
   */
  async readablePartners(
    credentials: BackstageCredentials,
    permission: ResourcePermission<typeof PARTNER_RESOURCE_TYPE>,
  ): Promise<DirectoryPartner[]> {
    const caller = await this.#directory.resolveCaller(credentials);
    if (caller.kind !== 'user') {
      return [];
    }
    const candidates = caller.isProgramAdmin
      ? await this.#directory.listPartners()
      : caller.partners;
    const readable = candidates.filter(p => canReadPartner(caller, p.id));
    if (readable.length === 0) {
      return [];
    }
    const decisions = await this.#permissions.authorize(
      readable.map(p => ({ permission, resourceRef: p.entityRef })),
      { credentials },
    );
    return readable
      .filter((_, i) => decisions[i]?.result === AuthorizeResult.ALLOW)
      .sort(
        (a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
      );
  }

  /** Ingestion: program admins and service principals only. */
  async ingestion(credentials: BackstageCredentials): Promise<PartnerCaller> {
    const caller = await this.#directory.resolveCaller(credentials);
    if (caller.kind === 'user' && !caller.isProgramAdmin) {
      throw new NotAllowedError(
        'Only program admins and services may ingest performance events',
      );
    }
    await this.#authorize(credentials, partnerEventsCreatePermission);
    return caller;
  }

  async #authorize(
    credentials: BackstageCredentials,
    permission: BasicPermission | ResourcePermission,
    resourceRef?: string,
  ): Promise<void> {
    const [decision] = await this.#permissions.authorize(
      [
        resourceRef
          ? {
              permission: permission as ResourcePermission,
              resourceRef,
            }
          : { permission: permission as BasicPermission },
      ],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed by the permission policy: ${permission.name}`,
      );
    }
  }
}
