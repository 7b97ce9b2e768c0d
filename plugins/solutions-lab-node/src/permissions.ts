import {
  isAndCriteria,
  isNotCriteria,
  isOrCriteria,
  createConditionExports,
  createConditionTransformer,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { LAB_ENGAGEMENT_RESOURCE_TYPE } from '@partner-studio/plugin-partner-studio-common';
import {
  jsonSchemaParams,
  normalizeEntityRef,
} from '@partner-studio/plugin-partner-studio-node';
import type { EngagementCondition, EngagementCriteria } from './criteria';

/**
 * An engagement as the permission rules see it: who it is for, who guides
 * it, and its playbook. The Lab loads it for the permission framework's
 * `apply-conditions` (resource ref: the engagement id).
 *
 * @public
 */
export interface EngagementResource {
  id: string;
  /** The partner's full entity ref, normalised. */
  partnerRef: string;
  playbookId: string;
  /** Absent while the engagement waits in the unassigned queue. */
  assignedExpertRef?: string;
}

/**
 * The engagement resource of the Solutions Lab. A policy's conditions on it
 * become {@link EngagementCriteria}, which the Lab applies in SQL.
 *
 * @public
 */
export const engagementPermissionResourceRef = createPermissionResourceRef<
  EngagementResource,
  EngagementCondition
>().with({
  pluginId: 'solutions-lab',
  resourceType: LAB_ENGAGEMENT_RESOURCE_TYPE,
});

const refList = (description: string) =>
  ({
    type: 'array',
    items: { type: 'string', minLength: 1, maxLength: 255 },
    maxItems: 1000,
    description,
  } as const);

/**
 * `HAS_PARTNER`: the engagement is for one of these partners (group entity
 * refs). A policy gives a partner's members their own partners.
 *
 * @public
 */
export const hasPartnerRule = createPermissionRule<
  typeof engagementPermissionResourceRef,
  { partnerRefs: string[] }
>({
  name: 'HAS_PARTNER',
  description: 'Allow engagements of the partners with these group entity refs',
  resourceRef: engagementPermissionResourceRef,
  paramsSchema: jsonSchemaParams<{ partnerRefs: string[] }>({
    type: 'object',
    required: ['partnerRefs'],
    additionalProperties: false,
    properties: {
      partnerRefs: refList(
        'Group entity refs of the partners, e.g. group:default/contoso-solutions',
      ),
    },
  }),
  apply: (engagement, { partnerRefs }) =>
    partnerRefs
      .map(normalizeEntityRef)
      .includes(normalizeEntityRef(engagement.partnerRef)),
  toQuery: ({ partnerRefs }) => ({
    field: 'partnerRef',
    in: partnerRefs.map(normalizeEntityRef),
  }),
});

/**
 * `IS_ASSIGNED_TO`: the engagement is assigned to one of these experts
 * (user entity refs). A policy gives an expert itself.
 *
 * @public
 */
export const isAssignedToRule = createPermissionRule<
  typeof engagementPermissionResourceRef,
  { expertRefs: string[] }
>({
  name: 'IS_ASSIGNED_TO',
  description:
    'Allow engagements assigned to the experts with these user entity refs',
  resourceRef: engagementPermissionResourceRef,
  paramsSchema: jsonSchemaParams<{ expertRefs: string[] }>({
    type: 'object',
    required: ['expertRefs'],
    additionalProperties: false,
    properties: {
      expertRefs: refList(
        'User entity refs of the experts, e.g. user:default/erin.expert',
      ),
    },
  }),
  apply: (engagement, { expertRefs }) =>
    engagement.assignedExpertRef !== undefined &&
    expertRefs
      .map(normalizeEntityRef)
      .includes(normalizeEntityRef(engagement.assignedExpertRef)),
  toQuery: ({ expertRefs }) => ({
    field: 'assignedExpertRef',
    in: expertRefs.map(normalizeEntityRef),
  }),
});

/**
 * `IS_UNASSIGNED`: the engagement waits in the unassigned queue.
 *
 * @public
 */
export const isUnassignedRule = createPermissionRule<
  typeof engagementPermissionResourceRef
>({
  name: 'IS_UNASSIGNED',
  description: 'Allow engagements no expert is assigned to (the queue)',
  resourceRef: engagementPermissionResourceRef,
  apply: engagement => engagement.assignedExpertRef === undefined,
  toQuery: () => ({ field: 'assignedExpertRef', in: [null] }),
});

/**
 * `HAS_PLAYBOOK`: the engagement follows one of these playbooks.
 *
 * @public
 */
export const hasPlaybookRule = createPermissionRule<
  typeof engagementPermissionResourceRef,
  { playbookIds: string[] }
>({
  name: 'HAS_PLAYBOOK',
  description: 'Allow engagements of the playbooks with these ids',
  resourceRef: engagementPermissionResourceRef,
  paramsSchema: jsonSchemaParams<{ playbookIds: string[] }>({
    type: 'object',
    required: ['playbookIds'],
    additionalProperties: false,
    properties: {
      playbookIds: {
        type: 'array',
        items: { type: 'string', minLength: 1, maxLength: 64 },
        maxItems: 100,
        description: 'Playbook ids, e.g. solution-development',
      },
    },
  }),
  apply: (engagement, { playbookIds }) =>
    playbookIds.includes(engagement.playbookId),
  toQuery: ({ playbookIds }) => ({ field: 'playbookId', in: playbookIds }),
});

/** @public */
export const engagementPermissionRules = {
  hasPartner: hasPartnerRule,
  isAssignedTo: isAssignedToRule,
  isUnassigned: isUnassignedRule,
  hasPlaybook: hasPlaybookRule,
};

/**
 * Conditions for policies: `engagementConditions.hasPartner({ partnerRefs })`,
 * `.isAssignedTo({ expertRefs })`, `.isUnassigned()`, `.hasPlaybook(…)`, and
 * `createEngagementConditionalDecision(permission, criteria)`.
 *
 * @public
 */
export const {
  conditions: engagementConditions,
  createConditionalDecision: createEngagementConditionalDecision,
} = createConditionExports({
  resourceRef: engagementPermissionResourceRef,
  rules: engagementPermissionRules,
});

/**
 * Turns a CONDITIONAL decision's conditions into {@link EngagementCriteria}
 * (throws on a rule the Lab does not define).
 *
 * @public
 */
export const transformEngagementConditions =
  createConditionTransformer<EngagementCondition>({
    getRuleByName: name => {
      const rule = Object.values(engagementPermissionRules).find(
        r => r.name === name,
      );
      if (!rule) throw new Error(`Unknown engagement permission rule: ${name}`);
      return rule;
    },
  });

function matchesCondition(
  condition: EngagementCondition,
  engagement: EngagementResource,
): boolean {
  switch (condition.field) {
    case 'partnerRef':
      return condition.in.includes(normalizeEntityRef(engagement.partnerRef));
    case 'assignedExpertRef':
      return condition.in.includes(
        engagement.assignedExpertRef === undefined
          ? null
          : normalizeEntityRef(engagement.assignedExpertRef),
      );
    case 'playbookId':
      return condition.in.includes(engagement.playbookId);
    default:
      return false;
  }
}

/**
 * Does one engagement satisfy the criteria? The in-memory twin of the
 * store's SQL, for a single engagement already loaded.
 *
 * @public
 */
export function matchesEngagementCriteria(
  criteria: EngagementCriteria,
  engagement: EngagementResource,
): boolean {
  if (isAndCriteria(criteria)) {
    return criteria.allOf.every(c => matchesEngagementCriteria(c, engagement));
  }
  if (isOrCriteria(criteria)) {
    return criteria.anyOf.some(c => matchesEngagementCriteria(c, engagement));
  }
  if (isNotCriteria(criteria)) {
    return !matchesEngagementCriteria(criteria.not, engagement);
  }
  return matchesCondition(criteria, engagement);
}
