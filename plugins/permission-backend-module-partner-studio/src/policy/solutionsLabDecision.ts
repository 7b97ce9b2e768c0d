import {
  AuthorizeResult,
  isResourcePermission,
  type PermissionCondition,
  type PermissionCriteria,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { PolicyQuery } from '@backstage/plugin-permission-node';
import {
  LAB_ENGAGEMENT_RESOURCE_TYPE,
  labChecklistUpdatePermission,
  labEngagementAssignPermission,
  labEngagementCreatePermission,
  labEngagementDecidePermission,
  labEngagementReadPermission,
  labFunnelReadPermission,
  labNoteCreatePermission,
} from '@partner-studio/plugin-partner-studio-common';
import { normalizeEntityRef } from '@partner-studio/plugin-partner-studio-node';
import {
  createEngagementConditionalDecision,
  engagementConditions,
} from '@partner-studio/plugin-solutions-lab-node';
import type { PolicyCaller } from './PolicyCaller';

type EngagementCriterion = PermissionCriteria<
  PermissionCondition<typeof LAB_ENGAGEMENT_RESOURCE_TYPE>
>;

const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * The Solutions Lab, for everybody but program admins (who may do
 * everything, the funnel and assignment included):
 *
 * - a partner's members see their partner's engagements, request new ones,
 *   check the items of the checklist and write notes on them;
 * - vendor experts see the engagements assigned to them and the unassigned
 *   queue, write notes on those, take an engagement from the queue, and
 *   work the checklist and decide only on the ones assigned to them; they
 *   read the funnel;
 * - anybody else: nothing.
 *
 * Engagement permissions are conditional decisions over the Lab's rules
 * (`HAS_PARTNER`, `IS_ASSIGNED_TO`, `IS_UNASSIGNED`), so the Lab filters its
 * lists in SQL. A user who is both an expert and a partner's member gets
 * both grants. The Lab applies the same scoping in its own code as well.
 */
export function decideSolutionsLab(
  request: PolicyQuery,
  caller: PolicyCaller,
): PolicyDecision {
  const { permission } = request;
  const isMember = caller.partnerRefs.length > 0;

  if (permission.name === labEngagementCreatePermission.name) {
    return isMember ? { result: AuthorizeResult.ALLOW } : DENY;
  }
  if (permission.name === labFunnelReadPermission.name) {
    return caller.isExpert ? { result: AuthorizeResult.ALLOW } : DENY;
  }
  if (!isResourcePermission(permission, LAB_ENGAGEMENT_RESOURCE_TYPE)) {
    return DENY;
  }

  const ownPartners: EngagementCriterion[] = isMember
    ? [engagementConditions.hasPartner({ partnerRefs: caller.partnerRefs })]
    : [];
  const me = normalizeEntityRef(caller.userEntityRef);
  const assignedToMe: EngagementCriterion[] = caller.isExpert
    ? [engagementConditions.isAssignedTo({ expertRefs: [me] })]
    : [];
  const queue: EngagementCriterion[] = caller.isExpert
    ? [engagementConditions.isUnassigned()]
    : [];

  let grants: EngagementCriterion[];
  switch (permission.name) {
    case labEngagementReadPermission.name:
    case labNoteCreatePermission.name:
      grants = [...ownPartners, ...assignedToMe, ...queue];
      break;
    case labChecklistUpdatePermission.name:
      grants = [...ownPartners, ...assignedToMe];
      break;
    case labEngagementDecidePermission.name:
      grants = assignedToMe;
      break;
    case labEngagementAssignPermission.name:
      // Take one from the queue (or keep the one it has).
      grants = [...queue, ...assignedToMe];
      break;
    default:
      grants = [];
  }
  const [first, ...rest] = grants;
  if (!first) return DENY;
  return createEngagementConditionalDecision(
    permission,
    rest.length === 0 ? first : { anyOf: [first, ...rest] },
  );
}
