import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';

/**
 * A partner as the directory knows it: the API's {@link PartnerSummary}
 * (identified by its entity ref) plus `id`, the group's `metadata.name`, by
 * which the points ledger is still keyed.
 *
 * @public
 */
export interface DirectoryPartner extends PartnerSummary {
  /** The group's `metadata.name`. */
  id: string;
}

/**
 * Who is calling, as far as Partner Studio is concerned.
 *
 * Derived from the caller's Backstage identity (never from a request
 * parameter): the user's ownership refs plus the catalog's membership
 * relations.
 *
 * @public
 */
export type PartnerCaller = PartnerUserCaller | PartnerServiceCaller;

/** @public */
export interface PartnerUserCaller {
  kind: 'user';
  /** The signed-in user, e.g. `user:default/nora.dev`. */
  userEntityRef: string;
  /** Member of the program admins group: sees every partner. */
  isProgramAdmin: boolean;
  /** Member of the vendor experts group. */
  isExpert: boolean;
  /**
   * The caller's partner organisation, if any. When a user belongs to several
   * partner groups this is the first by id; see {@link PartnerUserCaller.partners}.
   */
  partner?: DirectoryPartner;
  /** Every partner organisation the user is a member of, sorted by id. */
  partners: DirectoryPartner[];
}

/** @public */
export interface PartnerServiceCaller {
  kind: 'service';
  /** The service principal's subject, e.g. `plugin:catalog` or `external:crm-sync`. */
  subject: string;
}

/**
 * The partner directory: which partner is this caller, and who belongs to a
 * partner. Backed by the catalog, cached briefly.
 *
 * @public
 */
export interface PartnerDirectoryService {
  /** Resolves the caller's partner and program role from its credentials. */
  resolveCaller(credentials: BackstageCredentials): Promise<PartnerCaller>;
  /** A partner by id (its group's `metadata.name`), or undefined. */
  getPartner(partnerId: string): Promise<DirectoryPartner | undefined>;
  /** Every partner organisation, sorted by id. */
  listPartners(): Promise<DirectoryPartner[]>;
  /**
   * Entity refs of the partner's members (users), sorted; empty for an
   * unknown partner.
   */
  partnerMemberRefs(partnerId: string): Promise<string[]>;
  /**
   * The group entity refs that confer program roles: the configured groups
   * plus every group whose `spec.type` names the role.
   */
  roleGroupRefs(): Promise<{
    programAdmins: string[];
    vendorExperts: string[];
  }>;
}
