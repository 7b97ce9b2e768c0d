import type { components, operations } from '../api/solutionsLab.generated';

/**
 * The HTTP contract of the Solutions Lab backend (`/api/solutions-lab`).
 * The types are generated from its OpenAPI document
 * (`plugins/solutions-lab-backend/src/schema/openapi.yaml`), so the router's
 * validation, the document and the frontend client share one definition.
 * These are names for the parts clients use.
 */
export type {
  components as SolutionsLabApiComponents,
  operations as SolutionsLabApiOperations,
  paths as SolutionsLabApiPaths,
} from '../api/solutionsLab.generated';

type Schemas = components['schemas'];
type Body<T extends keyof operations> = operations[T] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;
type Json<
  T extends keyof operations,
  S extends number = 200,
> = operations[T]['responses'] extends Record<
  S,
  { content: { 'application/json': infer B } }
>
  ? B
  : never;

/** A playbook with its stages, criteria and the points each stage earns. */
export type LabPlaybook = Schemas['Playbook'];

/** An engagement in a list. */
export type LabEngagementSummary = Schemas['EngagementSummary'];

/** An engagement with everything its page shows. */
export type LabEngagementDetail = Schemas['EngagementDetail'];

/** `GET /engagements`: one page. */
export type LabEngagementPage = Json<'ListEngagements'>;

/** A note on an engagement. */
export type LabNote = Schemas['Note'];

/** One entry of an engagement's timeline. */
export type LabTimelineEntry = Schemas['TimelineEntry'];

/** `GET /analytics/funnel`. */
export type LabFunnel = Schemas['Funnel'];

/** `GET /partner-stages`: where one of a partner's engagements stands. */
export type LabPartnerStage = Schemas['PartnerStage'];

/** Body of `POST /engagements`. */
export type LabEngagementRequest = Body<'RequestEngagement'>;

/** Body of `POST /engagements/{engagementId}/checklist/{itemId}`. */
export type LabChecklistUpdate = Body<'SetChecklistItem'>;

/** Body of `POST /engagements/{engagementId}/decisions`. */
export type LabDecisionRequest = Body<'DecideEngagement'>;

/** Body of `POST /engagements/{engagementId}/notes`. */
export type LabNoteRequest = Body<'AddNote'>;

/** Body of `PUT /engagements/{engagementId}/assignment`. */
export type LabAssignmentRequest = Body<'AssignEngagement'>;
