import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  isAndCriteria,
  isNotCriteria,
  isOrCriteria,
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  PARTNER_RESOURCE_TYPE,
  type PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import type { Knex } from 'knex';
import { normalizeEntityRef } from '../directory/refs';
import { jsonSchemaParams } from './paramsSchema';

/**
 * The query a partner permission condition becomes: "the partner is one of
 * these" (normalised group entity refs). Stores turn it into SQL with
 * {@link applyPartnerCriteria}; in memory, {@link matchesPartnerCriteria}.
 *
 * @public
 */
export interface PartnerQuery {
  partnerRefs: string[];
}

/**
 * The partner resource: a partner organisation, identified by its group's
 * entity ref. Partner points owns it (its standing, history and events).
 *
 * @public
 */
export const partnerPermissionResourceRef = createPermissionResourceRef<
  PartnerSummary,
  PartnerQuery
>().with({
  pluginId: 'partner-points',
  resourceType: PARTNER_RESOURCE_TYPE,
});

/**
 * `IS_PARTNER`: the partner is one of the given partners. A policy computes
 * the list from the caller (its own partner, or the partners whose
 * engagements an expert is assigned to) and returns it as a condition.
 *
 * @public
 */
export const isPartnerRule = createPermissionRule<
  typeof partnerPermissionResourceRef,
  { partnerRefs: string[] }
>({
  name: 'IS_PARTNER',
  description: 'Allow the partners with these group entity refs',
  resourceRef: partnerPermissionResourceRef,
  paramsSchema: jsonSchemaParams<{ partnerRefs: string[] }>({
    type: 'object',
    required: ['partnerRefs'],
    additionalProperties: false,
    properties: {
      partnerRefs: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Group entity refs of the partners, e.g. group:default/acme',
      },
    },
  }),
  apply: (partner, { partnerRefs }) =>
    partnerRefs.some(
      ref => normalizeEntityRef(ref) === normalizeEntityRef(partner.entityRef),
    ),
  toQuery: ({ partnerRefs }) => ({
    partnerRefs: partnerRefs.map(normalizeEntityRef),
  }),
});

/** @public */
export const partnerPermissionRules = { isPartner: isPartnerRule };

/**
 * Conditions for policies: `partnerConditions.isPartner({ partnerRefs })`
 * and `createPartnerConditionalDecision(permission, conditions)`.
 *
 * @public
 */
export const {
  conditions: partnerConditions,
  createConditionalDecision: createPartnerConditionalDecision,
} = createConditionExports({
  resourceRef: partnerPermissionResourceRef,
  rules: partnerPermissionRules,
});

/**
 * Does the partner satisfy the criteria (from a conditional decision,
 * transformed with `createConditionTransformer`)?
 *
 * @public
 */
export function matchesPartnerCriteria(
  criteria: PermissionCriteria<PartnerQuery>,
  partnerRef: string,
): boolean {
  const ref = normalizeEntityRef(partnerRef);
  if (isAndCriteria(criteria)) {
    return criteria.allOf.every(c => matchesPartnerCriteria(c, ref));
  }
  if (isOrCriteria(criteria)) {
    return criteria.anyOf.some(c => matchesPartnerCriteria(c, ref));
  }
  if (isNotCriteria(criteria)) {
    return !matchesPartnerCriteria(criteria.not, ref);
  }
  return criteria.partnerRefs.includes(ref);
}

/**
 * Adds the criteria to a knex query as a WHERE clause over `column` (a
 * column holding normalised partner refs), so a list is filtered in SQL.
 *
 * @public
 */
export function applyPartnerCriteria(
  query: Knex.QueryBuilder,
  criteria: PermissionCriteria<PartnerQuery>,
  column: string,
): Knex.QueryBuilder {
  if (isAndCriteria(criteria)) {
    return query.where(q => {
      for (const c of criteria.allOf)
        q.andWhere(i => applyPartnerCriteria(i, c, column));
    });
  }
  if (isOrCriteria(criteria)) {
    return query.where(q => {
      for (const c of criteria.anyOf)
        q.orWhere(i => applyPartnerCriteria(i, c, column));
    });
  }
  if (isNotCriteria(criteria)) {
    return query.whereNot(q => applyPartnerCriteria(q, criteria.not, column));
  }
  if (criteria.partnerRefs.length === 0) {
    return query.whereRaw('1 = 0');
  }
  return query.whereIn(column, criteria.partnerRefs);
}
