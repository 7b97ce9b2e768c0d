import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Resource type of a Solutions Hub tool; the resource ref is the tool's
 * entity ref (e.g. `tool:default/compute-sdk-go`). The Hub backend registers
 * it with its rules (`@partner-studio/plugin-solutions-hub-node`), so a
 * policy's conditional decision filters tool lists inside the Hub's index.
 */
export const TOOL_RESOURCE_TYPE = 'solutions-hub-tool';

/** See a tool: in searches, recommendations, favourites, its page and ratings. */
export const hubToolReadPermission = createPermission({
  name: 'solutions-hub.tool.read',
  attributes: { action: 'read' },
  resourceType: TOOL_RESOURCE_TYPE,
});

/** Launch a tool (a launch is recorded for usage analytics). */
export const hubToolLaunchPermission = createPermission({
  name: 'solutions-hub.tool.launch',
  attributes: { action: 'create' },
  resourceType: TOOL_RESOURCE_TYPE,
});

/** Rate a tool (1 to 5 stars and a comment), edit and withdraw one's rating. */
export const hubToolRatePermission = createPermission({
  name: 'solutions-hub.tool.rate',
  attributes: { action: 'create' },
  resourceType: TOOL_RESOURCE_TYPE,
});

/** Mark a tool verified by the vendor's experts, or remove the mark. */
export const hubToolVerifyPermission = createPermission({
  name: 'solutions-hub.tool.verify',
  attributes: { action: 'update' },
  resourceType: TOOL_RESOURCE_TYPE,
});

/** Curate the Hub: remove another person's rating (moderation). */
export const hubCuratePermission = createPermission({
  name: 'solutions-hub.curate',
  attributes: { action: 'delete' },
});

/** Read usage analytics: launches per tool per week, distinct partners, trends. */
export const hubUsageReadPermission = createPermission({
  name: 'solutions-hub.usage.read',
  attributes: { action: 'read' },
});

/** The Hub's permissions on tools (registered with the tool resource type). */
export const hubToolPermissions = [
  hubToolReadPermission,
  hubToolLaunchPermission,
  hubToolRatePermission,
  hubToolVerifyPermission,
];

/** Every Solutions Hub permission, for registration with the permission framework. */
export const solutionsHubPermissions = [
  ...hubToolPermissions,
  hubCuratePermission,
  hubUsageReadPermission,
];
