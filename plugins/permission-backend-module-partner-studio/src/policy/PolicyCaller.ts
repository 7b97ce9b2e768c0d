import type {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import type {
  ExpertAssignmentsService,
  PartnerDirectoryService,
} from '@partner-studio/plugin-partner-studio-node';

/**
 * What the policy knows of a signed-in user: its program role, its
 * partner(s) and the catalog groups it may see — all from the trusted
 * organisation data, through the partner directory.
 */
export interface PolicyCaller {
  userEntityRef: string;
  isProgramAdmin: boolean;
  isExpert: boolean;
  /** The user's partners (group entity refs, normalised). */
  partnerRefs: string[];
  /** The user's partners' groups and all their sub-groups. */
  partnerGroupRefs: string[];
  /** The vendor's own groups, which every signed-in user may see. */
  publicGroupRefs: string[];
  /** For experts: the partners whose engagements are assigned to them (asked lazily). */
  assignedPartnerRefs(): Promise<string[]>;
}

/** Resolves the caller of a policy query. */
export async function resolvePolicyCaller(
  credentials: BackstageCredentials<BackstageUserPrincipal>,
  directory: PartnerDirectoryService,
  assignments: ExpertAssignmentsService,
): Promise<PolicyCaller> {
  const [caller, publicGroupRefs] = await Promise.all([
    directory.resolveCaller(credentials),
    directory.publicGroupRefs(),
  ]);
  if (caller.kind !== 'user') {
    throw new Error('A policy query is always about a user');
  }
  const partnerRefs = caller.partners.map(p => p.entityRef);
  const partnerGroupRefs = (
    await Promise.all(partnerRefs.map(ref => directory.partnerGroupRefs(ref)))
  ).flat();
  let assigned: Promise<string[]> | undefined;
  return {
    userEntityRef: caller.userEntityRef,
    isProgramAdmin: caller.isProgramAdmin,
    isExpert: caller.isExpert,
    partnerRefs,
    partnerGroupRefs: [...new Set(partnerGroupRefs)].sort(),
    publicGroupRefs,
    assignedPartnerRefs: () => {
      if (!caller.isExpert) return Promise.resolve([]);
      assigned ??= assignments.assignedPartnerRefs(credentials);
      return assigned;
    },
  };
}
