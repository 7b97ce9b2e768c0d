import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';

/**
 * One condition on engagements that the store turns into SQL. The access
 * helper (a permission policy's conditional decision, through
 * `createConditionTransformer`) and the Lab's own scoping both speak it.
 *
 * - `partnerRef`: the engagement's partner is one of `in`;
 * - `assignedExpertRef`: the assigned expert is one of `in`; `null` in the
 *   list stands for "unassigned".
 *
 * An empty `in` matches nothing.
 *
 * @public
 */
export type EngagementCondition =
  | { field: 'partnerRef'; in: readonly string[] }
  | { field: 'assignedExpertRef'; in: ReadonlyArray<string | null> }
  | { field: 'playbookId'; in: readonly string[] };

/**
 * Conditions combined with `allOf`, `anyOf` and `not`, the shape of a
 * permission framework's conditional decision.
 *
 * @public
 */
export type EngagementCriteria = PermissionCriteria<EngagementCondition>;

const COLUMNS: Record<EngagementCondition['field'], string> = {
  partnerRef: 'partner_ref',
  assignedExpertRef: 'assigned_expert_ref',
  playbookId: 'playbook_id',
};

function whereCondition(
  builder: Knex.QueryBuilder,
  condition: EngagementCondition,
  table: string,
): void {
  const column = `${table}.${COLUMNS[condition.field]}`;
  const values = condition.in.filter((v): v is string => v !== null);
  const withNull = condition.in.some(v => v === null);
  // Two-valued on a nullable column (`x IS NOT NULL AND x IN (…)`), so that
  // `not` of a condition also matches the unassigned rows.
  builder.where(inner => {
    if (values.length > 0) {
      inner.where(b => b.whereNotNull(column).whereIn(column, values));
    }
    if (withNull) inner.orWhereNull(column);
    if (values.length === 0 && !withNull) inner.whereRaw('1 = 0');
  });
}

/**
 * Adds the criteria to a query as one parenthesised condition over `table`
 * (the engagements table or its alias).
 */
export function whereCriteria(
  builder: Knex.QueryBuilder,
  criteria: EngagementCriteria,
  table: string,
): void {
  if ('allOf' in criteria) {
    builder.where(inner => {
      for (const part of criteria.allOf) {
        inner.andWhere(b => whereCriteria(b, part, table));
      }
    });
  } else if ('anyOf' in criteria) {
    builder.where(inner => {
      for (const part of criteria.anyOf) {
        inner.orWhere(b => whereCriteria(b, part, table));
      }
    });
  } else if ('not' in criteria) {
    builder.whereNot(inner => whereCriteria(inner, criteria.not, table));
  } else {
    whereCondition(builder, criteria, table);
  }
}
