import {
  AuthorizeResult,
  isResourcePermission,
  type PermissionCondition,
  type PermissionCriteria,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { PolicyQuery } from '@backstage/plugin-permission-node';
import {
  catalogEntityReadPermission,
  catalogLocationReadPermission,
  catalogEntityValidatePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  normalizeEntityRef,
  partnerStudioCatalogConditions as conditions,
} from '@partner-studio/plugin-partner-studio-node';
import type { PolicyCaller } from './PolicyCaller';

type EntityCriteria = PermissionCriteria<PermissionCondition<'catalog-entity'>>;

/** Reads an expert may do in the catalog (it reads everything). */
const EXPERT_READS = new Set([
  catalogEntityReadPermission.name,
  catalogLocationReadPermission.name,
  catalogEntityValidatePermission.name,
]);

/**
 * The catalog, for everybody but program admins (who may do everything):
 *
 * - vendor experts read the whole catalog, and write nothing;
 * - everybody else — a partner's members above all — reads the vendor's
 *   public entities (those owned by the vendor's own groups: tools,
 *   templates, systems, APIs…), the vendor's groups and their people, and
 *   their own partner's Group, sub-groups, people and entities; never
 *   another partner's. It is a conditional decision, so the catalog filters
 *   its lists in SQL;
 * - catalog writes (register or delete locations, delete or refresh
 *   entities, analyze locations) and location reads: program admins (and
 *   services, which the framework allows) only.
 */
export function decideCatalog(
  request: PolicyQuery,
  caller: PolicyCaller,
): PolicyDecision {
  const { permission } = request;
  if (caller.isExpert && EXPERT_READS.has(permission.name)) {
    return { result: AuthorizeResult.ALLOW };
  }
  if (permission.name === catalogEntityValidatePermission.name) {
    // Validating a YAML document reads and writes nothing.
    return { result: AuthorizeResult.ALLOW };
  }
  if (
    permission.name !== catalogEntityReadPermission.name ||
    !isResourcePermission(permission, 'catalog-entity')
  ) {
    return { result: AuthorizeResult.DENY };
  }

  const self = normalizeEntityRef(caller.userEntityRef);
  const groups = [
    ...new Set([...caller.publicGroupRefs, ...caller.partnerGroupRefs]),
  ];
  const visible: [EntityCriteria, ...EntityCriteria[]] = [
    // Entities owned by a visible group (or by the user).
    conditions.hasRelation({
      relation: 'ownedBy',
      targetRefs: [...groups, self],
    }),
    // The visible groups themselves, and the user's own entity.
    conditions.isEntity({ entityRefs: [...groups, self] }),
  ];
  if (groups.length > 0) {
    // The people of the visible groups.
    visible.push(
      conditions.hasRelation({ relation: 'memberOf', targetRefs: groups }),
    );
  }
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'catalog',
    resourceType: 'catalog-entity',
    conditions: { anyOf: visible },
  };
}
