/**
 * The Solutions Lab backend: expert-guided engagements that take a partner's
 * solution through development and commercialization, with points events
 * delivered to partner points through an outbox.
 *
 * @packageDocumentation
 */
export { solutionsLabPlugin as default } from './plugin';
export {
  solutionsLabSeedingExtensionPoint,
  type SolutionsLabSeedContext,
  type SolutionsLabSeeder,
  type SolutionsLabSeedingExtensionPoint,
} from './extensions';
export { LabService } from './service/LabService';
export type * from './service/types';
export type {
  EngagementCriteria,
  EngagementCondition,
} from './database/criteria';
export type {
  Decision,
  EngagementStatus,
  TimelineKind,
  Visibility,
} from './database/records';
export type * from './playbooks/types';
export {
  CLOSE_REASONS,
  DECISIONS,
  HOLD_REASONS,
  SEND_BACK_REASONS,
} from './service/reasons';
export {
  ENGAGEMENT_SIGNAL_CHANNEL,
  type EngagementSignal,
} from './service/LabNotifier';
