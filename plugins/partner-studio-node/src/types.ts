import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';

/**
 * Who is calling, as far as Partner Studio is concerned.
 *
 * Derived from the caller's Backstage identity (never from a request
 * parameter): the catalog's membership relations of the organisation's
 * trusted Groups (sub-groups included) and the sign-in's ownership claims
 * that name such groups.
 *
 * @public
 */
export type PartnerCaller = PartnerUserCaller | PartnerServiceCaller;

/** @public */
export interface PartnerUserCaller {
  kind: 'user';
  /** The signed-in user, e.g. `user:default/nora.dev`. */
  userEntityRef: string;
  /** Member of a program admins group: sees every partner. */
  isProgramAdmin: boolean;
  /** Member of a vendor experts group. */
  isExpert: boolean;
  /**
   * The caller's partner organisation, if any. When a user belongs to several
   * partner groups this is the first by entity ref; see
   * {@link PartnerUserCaller.partners}.
   */
  partner?: PartnerSummary;
  /** Every partner organisation the user is a member of, sorted by entity ref. */
  partners: PartnerSummary[];
}

/** @public */
export interface PartnerServiceCaller {
  kind: 'service';
  /** The service principal's subject, e.g. `plugin:catalog` or `external:crm-sync`. */
  subject: string;
}

/**
 * The partner directory: which partner is this caller, and who belongs to a
 * partner. Backed by the catalog, from the organisation's trusted locations
 * only, cached briefly. Partners are identified by their group's full entity
 * ref (`group:default/contoso-solutions`), compared case-insensitively.
 *
 * @public
 */
export interface PartnerDirectoryService {
  /** Resolves the caller's partner and program role from its credentials. */
  resolveCaller(credentials: BackstageCredentials): Promise<PartnerCaller>;
  /** A partner by its group's entity ref, or undefined. */
  getPartner(partnerRef: string): Promise<PartnerSummary | undefined>;
  /** Every partner organisation, sorted by entity ref. */
  listPartners(): Promise<PartnerSummary[]>;
  /**
   * Entity refs of the partner's members (users, sub-groups' members
   * included), sorted; empty for an unknown partner.
   */
  partnerMemberRefs(partnerRef: string): Promise<string[]>;
  /** User entity refs of the program admins and of the vendor experts. */
  roleMemberRefs(): Promise<{
    programAdmins: string[];
    vendorExperts: string[];
  }>;
  /**
   * The groups a partner member may see besides its own partner's: the
   * vendor's own groups (the organisation's trusted groups that are not a
   * partner, not inside a partner, and do not list partners as children).
   */
  publicGroupRefs(): Promise<string[]>;
  /**
   * The partner's group and all its sub-groups (entity refs), so that
   * catalog visibility and membership follow the same tree.
   */
  partnerGroupRefs(partnerRef: string): Promise<string[]>;
}
