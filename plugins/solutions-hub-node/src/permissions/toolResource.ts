import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  type ConditionTransformer,
  createConditionExports,
  createConditionTransformer,
  createPermissionResourceRef,
  createPermissionRule,
  isAndCriteria,
  isNotCriteria,
  isOrCriteria,
} from '@backstage/plugin-permission-node';
import {
  SUPPORT_LEVEL_IDS,
  TOOL_CATEGORY_IDS,
  TOOL_RESOURCE_TYPE,
} from '@partner-studio/plugin-partner-studio-common';
import {
  jsonSchemaParams,
  normalizeEntityRef,
} from '@partner-studio/plugin-partner-studio-node';
import type { HubTool } from '../tool';

/**
 * What a tool permission condition becomes in the Hub: a test the search
 * index runs on every candidate inside the query, before counting facets
 * and paging (so a conditional decision never filters a full load).
 *
 * @public
 */
export type ToolPredicate = (tool: HubTool) => boolean;

/**
 * A policy's conditions on tools, as the Hub applies them: predicates
 * combined with `allOf` / `anyOf` / `not`.
 *
 * @public
 */
export type ToolCriteria = PermissionCriteria<ToolPredicate>;

/**
 * The Solutions Hub's tool resource: a tool, by its entity ref. The Hub
 * backend registers it (with {@link toolPermissionRules} and a loader from
 * its index), so the permission framework can apply conditions to single
 * tools (e.g. for the portal's global search) and the Hub to its lists.
 *
 * @public
 */
export const toolPermissionResourceRef = createPermissionResourceRef<
  HubTool,
  ToolPredicate
>().with({
  pluginId: 'solutions-hub',
  resourceType: TOOL_RESOURCE_TYPE,
});

/**
 * A predicate "owned by one of these groups". Tools share few owners, so
 * each owner's verdict is worked out once per predicate: the search runs it
 * on every candidate of every query.
 *
 * @public
 */
export function ownedByOneOf(ownerRefs: Iterable<string>): ToolPredicate {
  const owners = new Set([...ownerRefs].map(normalizeEntityRef));
  const verdicts = new Map<string, boolean>();
  return tool => {
    const owner = tool.spec.owner;
    let verdict = verdicts.get(owner);
    if (verdict === undefined) {
      verdict = owners.has(normalizeEntityRef(owner));
      verdicts.set(owner, verdict);
    }
    return verdict;
  };
}

const refList = (description: string) => ({
  type: 'array',
  items: { type: 'string' },
  description,
});

/**
 * `HAS_OWNER`: the tool is owned (`spec.owner`) by one of these groups. The
 * Partner Studio policy shows partner members the tools of the vendor's
 * public groups and of their own partner, as the catalog does.
 *
 * @public
 */
export const hasOwnerRule = createPermissionRule<
  typeof toolPermissionResourceRef,
  { ownerRefs: string[] }
>({
  name: 'HAS_OWNER',
  description: 'Allow tools owned by one of these groups',
  resourceRef: toolPermissionResourceRef,
  paramsSchema: jsonSchemaParams<{ ownerRefs: string[] }>({
    type: 'object',
    required: ['ownerRefs'],
    additionalProperties: false,
    properties: {
      ownerRefs: refList(
        'Group entity refs, e.g. group:default/partner-engineering',
      ),
    },
  }),
  apply: (tool, { ownerRefs }) =>
    ownerRefs
      .map(normalizeEntityRef)
      .includes(normalizeEntityRef(tool.spec.owner)),
  toQuery: ({ ownerRefs }) => ownedByOneOf(ownerRefs),
});

/**
 * `IS_TOOL`: the tool is one of these (by entity ref).
 *
 * @public
 */
export const isToolRule = createPermissionRule<
  typeof toolPermissionResourceRef,
  { toolRefs: string[] }
>({
  name: 'IS_TOOL',
  description: 'Allow the tools with these entity refs',
  resourceRef: toolPermissionResourceRef,
  paramsSchema: jsonSchemaParams<{ toolRefs: string[] }>({
    type: 'object',
    required: ['toolRefs'],
    additionalProperties: false,
    properties: {
      toolRefs: refList('Tool entity refs, e.g. tool:default/compute-sdk-go'),
    },
  }),
  apply: (tool, { toolRefs }) =>
    toolRefs.map(normalizeEntityRef).includes(normalizeEntityRef(tool.ref)),
  toQuery: ({ toolRefs }) => {
    const refs = new Set(toolRefs.map(normalizeEntityRef));
    return tool => refs.has(normalizeEntityRef(tool.ref));
  },
});

/**
 * `HAS_CATEGORY`: the tool is of one of these categories (`sdk`, `api`, …).
 *
 * @public
 */
export const hasCategoryRule = createPermissionRule<
  typeof toolPermissionResourceRef,
  { categories: string[] }
>({
  name: 'HAS_CATEGORY',
  description: 'Allow tools of these categories',
  resourceRef: toolPermissionResourceRef,
  paramsSchema: jsonSchemaParams<{ categories: string[] }>({
    type: 'object',
    required: ['categories'],
    additionalProperties: false,
    properties: {
      categories: {
        type: 'array',
        items: { type: 'string', enum: [...TOOL_CATEGORY_IDS] },
        description: 'Tool categories',
      },
    },
  }),
  apply: (tool, { categories }) => categories.includes(tool.spec.category),
  toQuery:
    ({ categories }) =>
    tool =>
      categories.includes(tool.spec.category),
});

/**
 * `HAS_SUPPORT_LEVEL`: the tool has one of these support levels
 * (`vendor-supported`, `community`, `preview`).
 *
 * @public
 */
export const hasSupportLevelRule = createPermissionRule<
  typeof toolPermissionResourceRef,
  { supportLevels: string[] }
>({
  name: 'HAS_SUPPORT_LEVEL',
  description: 'Allow tools with these support levels',
  resourceRef: toolPermissionResourceRef,
  paramsSchema: jsonSchemaParams<{ supportLevels: string[] }>({
    type: 'object',
    required: ['supportLevels'],
    additionalProperties: false,
    properties: {
      supportLevels: {
        type: 'array',
        items: { type: 'string', enum: [...SUPPORT_LEVEL_IDS] },
        description: 'Support levels',
      },
    },
  }),
  apply: (tool, { supportLevels }) =>
    supportLevels.includes(tool.spec.supportLevel),
  toQuery:
    ({ supportLevels }) =>
    tool =>
      supportLevels.includes(tool.spec.supportLevel),
});

/**
 * The tool rules, for registration with the tool resource type.
 *
 * @public
 */
export const toolPermissionRules = {
  hasOwner: hasOwnerRule,
  isTool: isToolRule,
  hasCategory: hasCategoryRule,
  hasSupportLevel: hasSupportLevelRule,
};

/**
 * Conditions for policies: `toolConditions.hasOwner({ ownerRefs })` and
 * `createToolConditionalDecision(permission, conditions)`.
 *
 * @public
 */
export const {
  conditions: toolConditions,
  createConditionalDecision: createToolConditionalDecision,
} = createConditionExports({
  resourceRef: toolPermissionResourceRef,
  rules: toolPermissionRules,
});

/**
 * Turns a conditional decision's conditions into {@link ToolCriteria}
 * (each rule's `toQuery`). Throws on a rule the Hub does not know.
 *
 * @public
 */
export const transformToolConditions: ConditionTransformer<ToolPredicate> =
  createConditionTransformer(Object.values(toolPermissionRules));

/**
 * Does the tool satisfy the criteria?
 *
 * @public
 */
export function matchesToolCriteria(
  criteria: ToolCriteria,
  tool: HubTool,
): boolean {
  if (isAndCriteria(criteria)) {
    return criteria.allOf.every(c => matchesToolCriteria(c, tool));
  }
  if (isOrCriteria(criteria)) {
    return criteria.anyOf.some(c => matchesToolCriteria(c, tool));
  }
  if (isNotCriteria(criteria)) {
    return !matchesToolCriteria(criteria.not, tool);
  }
  return criteria(tool);
}
