import type { PermissionCriteria } from '@backstage/plugin-permission-common';

/**
 * One condition on engagements that the Lab's store turns into SQL. The
 * access helper (a permission policy's conditional decision, through
 * `createConditionTransformer`) and the Lab's own scoping both speak it.
 *
 * - `partnerRef`: the engagement's partner is one of `in` (full entity refs);
 * - `assignedExpertRef`: the assigned expert is one of `in`; `null` in the
 *   list stands for "unassigned";
 * - `playbookId`: the engagement's playbook is one of `in`.
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
 * Conditions combined with `allOf`, `anyOf` and `not`: the shape of a
 * permission framework's conditional decision.
 *
 * @public
 */
export type EngagementCriteria = PermissionCriteria<EngagementCondition>;
