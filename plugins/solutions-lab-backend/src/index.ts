/**
 * The Solutions Lab backend: expert-guided engagements that take a partner's
 * solution through development and commercialization, with points events
 * delivered to partner points through an outbox. Its types, service API and
 * extension points are in `@partner-studio/plugin-solutions-lab-node`.
 *
 * @packageDocumentation
 */
export { solutionsLabPlugin as default } from './plugin';
export { LabService } from './service/LabService';
export {
  CLOSE_REASONS,
  DECISIONS,
  HOLD_REASONS,
  SEND_BACK_REASONS,
} from './service/reasons';
