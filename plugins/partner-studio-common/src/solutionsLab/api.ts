import type { components, operations } from '../api/solutionsLab.generated';

/**
 * The HTTP contract of the Solutions Lab backend (`/api/solutions-lab`). The
 * types are generated from its OpenAPI document
 * (`plugins/solutions-lab-backend/src/schema/openapi.yaml`), so the router,
 * the document and the frontend client share one definition. These are
 * names for the parts clients use.
 */
export type {
  components as SolutionsLabApiComponents,
  operations as SolutionsLabApiOperations,
  paths as SolutionsLabApiPaths,
} from '../api/solutionsLab.generated';

type Schemas = components['schemas'];
type Json<
  T extends keyof operations,
  S extends number = 200,
> = operations[T]['responses'] extends Record<
  S,
  { content: { 'application/json': infer B } }
>
  ? B
  : never;
type Body<T extends keyof operations> = operations[T] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** A playbook with its stages, criteria, SLAs, recommendations and points. */
export type LabPlaybook = Schemas['Playbook'];
/** A stage of a playbook. */
export type LabPlaybookStage = LabPlaybook['stages'][number];
/** An exit criterion of a playbook's stage. */
export type LabCriterion = Schemas['Criterion'];
/** The points events a stage's completion emits and the metrics they feed. */
export type LabStagePoints = Schemas['StagePoints'];
/** What a stage recommends in the Solutions Hub. */
export type LabRecommends = Schemas['Recommends'];
/** `development`, `commercialization` or `specialization`. */
export type LabStagePhase = Schemas['StagePhase'];

/** `GET /playbooks`. */
export type LabPlaybookList = Json<'ListPlaybooks'>;

/** An engagement in a list. */
export type EngagementSummary = Schemas['EngagementSummary'];
/** One engagement with its stages, gate, notes and timeline. */
export type EngagementDetail = Schemas['EngagementDetail'];
/** A stage of an engagement, with its checklist. */
export type EngagementStage = EngagementDetail['stages'][number];
/** A checklist item of an engagement's stage. */
export type ChecklistItem = Schemas['ChecklistItem'];
/** A note on an engagement. */
export type EngagementNote = Schemas['Note'];
/** An entry of an engagement's activity timeline. */
export type TimelineEntry = Schemas['TimelineEntry'];
/** The SLA clock of an engagement's current stage. */
export type SlaClock = Schemas['SlaClock'];
/** `active`, `on-hold`, `completed` or `closed`. */
export type EngagementStatus = Schemas['EngagementStatus'];
/** One engagement of a partner as `GET /partner-stages` lists it (for other plugins). */
export type LabPartnerStage = Schemas['PartnerStage'];
/** A gate decision. */
export type EngagementDecision = Schemas['Decision'];
/** A decision's reason code. */
export type DecisionReason = Schemas['ReasonCode'];
/** `shared` (the partner sees it) or `internal` (experts and admins). */
export type NoteVisibility = Schemas['Visibility'];
/** What a checked item must carry. */
export type EvidenceKind = Schemas['EvidenceKind'];

/** `GET /engagements`: one page. */
export type EngagementPage = Json<'ListEngagements'>;
/** Query of `GET /engagements`. */
export type EngagementListQuery = NonNullable<
  operations['ListEngagements']['parameters']['query']
>;
/** An SLA risk filter of `GET /engagements`. */
export type SlaRisk = NonNullable<EngagementListQuery['slaRisk']>[number];

/** Body of `POST /engagements`. */
export type RequestEngagementBody = Body<'RequestEngagement'>;
/** Body of `POST /engagements/{id}/checklist/{itemId}`. */
export type SetChecklistItemBody = Body<'SetChecklistItem'>;
/** Body of `POST /engagements/{id}/decisions`. */
export type DecisionBody = Body<'DecideEngagement'>;
/** Body of `POST /engagements/{id}/notes`. */
export type AddNoteBody = Body<'AddNote'>;
/** Body of `PUT /engagements/{id}/assignment`. */
export type AssignmentBody = Body<'AssignEngagement'>;

/** `GET /analytics/funnel`. */
export type LabFunnel = Schemas['Funnel'];
/** One stage of the funnel. */
export type LabFunnelStage = LabFunnel['stages'][number];
/** Query of `GET /analytics/funnel`. */
export type FunnelQuery = operations['GetFunnel']['parameters']['query'];

/** Signal channel on which every engagement change is published. */
export const SOLUTIONS_LAB_SIGNAL_CHANNEL = 'solutions-lab:engagement';

/**
 * The message published on {@link SOLUTIONS_LAB_SIGNAL_CHANNEL}: what
 * changed, never the content (pages fetch the engagement again).
 */
export type EngagementChangedSignal = {
  engagementId: string;
  version: number;
  kind: TimelineEntry['kind'];
};

/**
 * The reason codes each decision takes, as the OpenAPI document lists them
 * with `DecideEngagement`. `required` says whether the decision needs one;
 * `other` always needs a comment.
 */
export const DECISION_REASONS: Readonly<
  Record<
    EngagementDecision,
    { required: boolean; reasons: readonly DecisionReason[] }
  >
> = Object.freeze({
  advance: { required: false, reasons: [] },
  complete: { required: false, reasons: [] },
  resume: { required: false, reasons: [] },
  hold: {
    required: false,
    reasons: [
      'awaiting-partner',
      'awaiting-vendor',
      'partner-request',
      'other',
    ],
  },
  'send-back': {
    required: true,
    reasons: [
      'evidence-insufficient',
      'criteria-not-met',
      'quality-issues',
      'scope-changed',
      'other',
    ],
  },
  close: {
    required: true,
    reasons: [
      'partner-withdrew',
      'not-viable',
      'duplicate',
      'no-response',
      'out-of-program-scope',
      'other',
    ],
  },
});
