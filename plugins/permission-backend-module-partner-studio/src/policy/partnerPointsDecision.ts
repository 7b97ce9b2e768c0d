import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { PolicyQuery } from '@backstage/plugin-permission-node';
import {
  partnerEventsCreatePermission,
  partnerStandingReadPermission,
  partnerStandingSimulatePermission,
} from '@partner-studio/plugin-partner-studio-common';
import {
  createPartnerConditionalDecision,
  partnerConditions,
} from '@partner-studio/plugin-partner-studio-node';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import type { PolicyCaller } from './PolicyCaller';

/**
 * Partner points, for everybody but program admins:
 *
 * - a partner's standing (read, what-if): the partner's own members, and
 *   the vendor experts assigned to one of the partner's engagements in the
 *   Solutions Lab — a conditional decision over the `IS_PARTNER` rule, so a
 *   list of partners is filtered by the points backend;
 * - ingestion of performance events: program admins (and services) only.
 */
export async function decidePartnerPoints(
  request: PolicyQuery,
  caller: PolicyCaller,
): Promise<PolicyDecision> {
  const { permission } = request;
  if (permission.name === partnerEventsCreatePermission.name) {
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
