import type {
  EngagementCondition,
  EngagementCriteria,
} from '@partner-studio/plugin-solutions-lab-node';
import type { Knex } from 'knex';

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
