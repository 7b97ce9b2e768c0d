import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { PolicyQuery } from '@backstage/plugin-permission-node';
import {
  partnerAdjustmentsCreatePermission,
  partnerAdjustmentsRevokePermission,
  partnerEventsCreatePermission,
  partnerStandingReadPermission,
  partnerStandingSimulatePermission,
  programOverviewReadPermission,
} from '@partner-studio/plugin-partner-studio-common';
import {
  createPartnerConditionalDecision,
  partnerConditions,
} from '@partner-studio/plugin-partner-studio-node';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import type { PolicyCaller } from './PolicyCaller';

/** Running the program: program admins only (they are allowed before dispatch). */
const PROGRAM_ADMIN_ONLY = new Set([
  partnerEventsCreatePermission.name,
  partnerAdjustmentsCreatePermission.name,
  partnerAdjustmentsRevokePermission.name,
  programOverviewReadPermission.name,
]);

/**
 * Partner points, for everybody but program admins:
 *
 * - a partner's standing (read, what-if) — which includes its adjustments,
 *   exemptions (with their reasons) and cohort percentiles: the partner's
 *   own members, and the vendor experts assigned to one of the partner's
 *   engagements in the Solutions Lab — a conditional decision over the
 *   `IS_PARTNER` rule, so a list of partners is filtered by the points
 *   backend;
 * - running the program — ingesting performance events, granting and
 *   revoking adjustments and exemptions, the program overview: program
 *   admins (and, for ingestion, services) only.
 */
export async function decidePartnerPoints(
  request: PolicyQuery,
  caller: PolicyCaller,
): Promise<PolicyDecision> {
  const { permission } = request;
  if (PROGRAM_ADMIN_ONLY.has(permission.name)) {
    return { result: AuthorizeResult.DENY };
  }
  if (
    (permission.name === partnerStandingReadPermission.name ||
      permission.name === partnerStandingSimulatePermission.name) &&
    isResourcePermission(permission, 'partner-studio-partner')
  ) {
    const partnerRefs = [
      ...new Set([
        ...caller.partnerRefs,
        ...(await caller.assignedPartnerRefs()),
      ]),
    ];
    if (partnerRefs.length === 0) return { result: AuthorizeResult.DENY };
    return createPartnerConditionalDecision(
      permission,
      partnerConditions.isPartner({ partnerRefs }),
    );
  }
  return { result: AuthorizeResult.DENY };
}
