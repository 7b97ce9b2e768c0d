/**
 * Types, permission rules and extension points of the Solutions Lab
 * backend: the actor the access helper hands the Lab, the access criteria a
 * conditional decision becomes, the engagement permission resource and its
 * rules (for policies), the service's API and shapes, playbooks, and the
 * seeding extension point the demo module uses.
 *
 * @packageDocumentation
 */
export type * from './playbook';
export type * from './types';
export type * from './criteria';
export type * from './service';
export {
  solutionsLabSeedingExtensionPoint,
  type SolutionsLabSeedContext,
  type SolutionsLabSeeder,
  type SolutionsLabSeedingExtensionPoint,
} from './extensions';
export {
  engagementConditions,
  engagementPermissionResourceRef,
  engagementPermissionRules,
  createEngagementConditionalDecision,
  hasPartnerRule,
  hasPlaybookRule,
  isAssignedToRule,
  isUnassignedRule,
  matchesEngagementCriteria,
  transformEngagementConditions,
  type EngagementResource,
} from './permissions';
