import {
  AuthorizeResult,
  isResourcePermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { PolicyQuery } from '@backstage/plugin-permission-node';
import {
  hubCuratePermission,
  hubToolLaunchPermission,
  hubToolRatePermission,
  hubToolReadPermission,
  hubToolVerifyPermission,
  hubUsageReadPermission,
  TOOL_RESOURCE_TYPE,
} from '@partner-studio/plugin-partner-studio-common';
import {
  createToolConditionalDecision,
  toolConditions,
} from '@partner-studio/plugin-solutions-hub-node';
import type { PolicyCaller } from './PolicyCaller';

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * The Solutions Hub, for everybody but program admins (who may do
 * everything, curation included):
 *
 * - **read** a tool: vendor experts every tool; everybody else — a
 *   partner's members above all — the tools the catalog shows them, those
 *   owned by the vendor's public groups or by their own partner's groups
 *   (`HAS_OWNER`, a conditional decision, so the Hub filters its lists inside
 *   its index query);
 * - **launch** and **rate** a tool: a partner's members, on the tools they
 *   may read; nobody else;
 * - **verify** a tool and **read usage**: vendor experts;
 * - **curate** (remove others' ratings): program admins only.
 *
 * Whether a tool is *locked* (tier, Lab stage) is not the policy's business:
 * the Hub lists locked tools with what unlocks them and refuses their
 * launch itself.
 */
export function decideSolutionsHub(
  request: PolicyQuery,
  caller: PolicyCaller,
): PolicyDecision {
  const { permission } = request;
  if (permission.name === hubUsageReadPermission.name) {
    return caller.isExpert ? ALLOW : DENY;
  }
  if (permission.name === hubCuratePermission.name) return DENY;
  if (!isResourcePermission(permission, TOOL_RESOURCE_TYPE)) return DENY;

  const visible = () =>
    createToolConditionalDecision(
      permission,
      toolConditions.hasOwner({
        ownerRefs: [
          ...new Set([...caller.publicGroupRefs, ...caller.partnerGroupRefs]),
        ],
      }),
    );
  const isPartnerMember = caller.partnerRefs.length > 0;

  switch (permission.name) {
    case hubToolReadPermission.name:
      return caller.isExpert ? ALLOW : visible();
    case hubToolLaunchPermission.name:
    case hubToolRatePermission.name:
      return isPartnerMember ? visible() : DENY;
    case hubToolVerifyPermission.name:
      return caller.isExpert ? ALLOW : DENY;
    default:
      return DENY;
  }
}
