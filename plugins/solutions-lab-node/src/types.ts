import type {
  CriterionConfirmer,
  EvidenceKind,
  PlaybookPath,
  StagePhase,
  StageRecommendations,
} from './playbook';

/** @public */
export type EngagementStatus = 'active' | 'on-hold' | 'completed' | 'closed';

/** The decisions an expert or program admin takes. @public */
export type Decision =
  | 'advance'
  | 'hold'
  | 'resume'
  | 'send-back'
  | 'close'
  | 'complete';

/** What happened, on the timeline. @public */
export type TimelineKind =
  | 'requested'
  | 'assigned'
  | 'unassigned'
  | 'checklist-checked'
  | 'checklist-unchecked'
  | 'note-added'
  | 'decision'
  | 'sla-at-risk'
  | 'sla-breached';

/** Who may read a note or a timeline entry. @public */
export type Visibility = 'shared' | 'internal';

/** SLA levels a list can filter on. @public */
export type SlaRisk = 'on-track' | 'at-risk' | 'breached';

/** Orders of the engagement list. @public */
export type EngagementSort = 'newest' | 'sla';

/** A program metric a stage's completion event feeds. @public */
export interface StagePointsMetric {
  metricId: string;
  name: string;
  /** Points at the metric's target. */
  maxPoints: number;
  target: number;
  unit: string;
  windowDays: number;
  /** Per-business-model metrics earn only for these models (all when absent). */
  businessModels?: string[];
  /**
   * What one more event adds to a count or distinct metric below its
   * target (`maxPoints / target`); absent for sums and ratios.
   */
  pointsPerEvent?: number;
  /** When the playbook has paths and the metric counts only some of them. */
  paths?: string[];
}

/** The points of one event a stage's completion emits, read from the program. @public */
export interface StagePoints {
  eventType: string;
  metrics: StagePointsMetric[];
}

/**
 * The caller's role in the Lab, as the access helper resolves it from the
 * caller's identity (never from the request).
 *
 * @public
 */
export type LabRole = 'partner-member' | 'expert' | 'program-admin';

/**
 * A signed-in user acting in the Lab.
 *
 * @public
 */
export interface LabActor {
  /** The user, e.g. `user:default/carla.dev`. */
  userRef: string;
  role: LabRole;
  /**
   * For a partner member: the full entity refs of its partners
   * (`group:default/contoso-solutions`). Empty for experts and admins.
   */
  partnerRefs: readonly string[];
}

/** An SLA clock, as shown to people. @public */
export interface SlaClockView {
  /**
   * `on-track`, `at-risk` (past the configured fraction of the SLA),
   * `breached` (past the SLA), `paused` (on hold: the clock stops) or
   * `finished`.
   */
  state: 'on-track' | 'at-risk' | 'breached' | 'paused' | 'finished';
  /** The current stage's SLA. */
  slaDays: number;
  /** Days in the current stage so far, holds excluded, one decimal. */
  daysInStage: number;
  /** When the SLA is breached; absent while paused or finished. */
  dueAt?: string;
  /** When the stage becomes at risk; absent while paused or finished. */
  atRiskAt?: string;
}

/** An engagement in a list. @public */
export interface EngagementSummary {
  id: string;
  partnerRef: string;
  playbookId: string;
  path?: string;
  solutionName: string;
  status: EngagementStatus;
  currentStageId: string;
  completedStageIds: string[];
  assignedExpertRef?: string;
  requestedBy: string;
  createdAt: string;
  updatedAt: string;
  stageEnteredAt: string;
  finishedAt?: string;
  closeReason?: string;
  /** Pass it back as `expectedVersion` with a decision. */
  version: number;
  sla: SlaClockView;
}

/** One exit criterion of a stage with its state. @public */
export interface ChecklistItemView {
  id: string;
  title: string;
  description?: string;
  required: boolean;
  evidence: EvidenceKind;
  tool?: string;
  confirmedBy: CriterionConfirmer;
  checked: boolean;
  evidenceUrl?: string;
  evidenceLabel?: string;
  updatedBy?: string;
  updatedAt?: string;
}

/** A stage of the engagement's playbook with its state. @public */
export interface EngagementStageView {
  id: string;
  name: string;
  phase: StagePhase;
  slaDays: number;
  state: 'completed' | 'current' | 'upcoming';
  completedAt?: string;
  /** The criteria on the engagement's path. */
  checklist: ChecklistItemView[];
  recommends: StageRecommendations;
}

/** @public */
export interface NoteView {
  id: number;
  authorRef: string;
  visibility: Visibility;
  body: string;
  createdAt: string;
}

/** @public */
export interface TimelineEntryView {
  id: number;
  kind: TimelineKind;
  stageId: string;
  toStageId?: string;
  decision?: Decision;
  reason?: string;
  actorRef: string;
  visibility: Visibility;
  occurredAt: string;
  /** For a decision leaving a stage: days spent in it, one decision. */
  daysInStage?: number;
  slaBreached?: boolean;
  details?: Record<string, string | number | boolean | null>;
}

/** An engagement with everything its page shows. @public */
export interface EngagementDetail extends EngagementSummary {
  description: string;
  stages: EngagementStageView[];
  /** Whether the current stage's required criteria are met, and which are not. */
  gate: { ready: boolean; missing: string[] };
  notes: NoteView[];
  /** The most recent entries, oldest first. */
  timeline: TimelineEntryView[];
}

/** A playbook as the API shows it, with the program's points. @public */
export interface PlaybookView {
  id: string;
  name: string;
  summary: string;
  description?: string;
  businessModels: string[];
  paths: PlaybookPath[];
  /** The scoring program version the points come from. */
  programVersion: string;
  stages: Array<{
    id: string;
    name: string;
    phase: StagePhase;
    description: string;
    slaDays: number;
    criteria: Array<{
      id: string;
      title: string;
      description?: string;
      required: boolean;
      evidence: EvidenceKind;
      tool?: string;
      confirmedBy: CriterionConfirmer;
      paths: string[];
    }>;
    recommends: StageRecommendations;
    points: StagePoints[];
  }>;
}

/** What a partner member asks for. @public */
export interface EngagementRequest {
  /** Needed when the member belongs to several partners. */
  partnerRef?: string;
  playbookId: string;
  /** Required for a playbook with paths. */
  path?: string;
  solutionName: string;
  description?: string;
}

/** @public */
export interface EngagementListRequest {
  status?: EngagementStatus[];
  playbookId?: string;
  stageId?: string;
  partnerRef?: string[];
  /** `me`: assigned to the caller; `unassigned`: the queue. */
  assigned?: 'me' | 'unassigned';
  slaRisk?: SlaRisk[];
  /** `newest` (default) or `sla` (nearest deadline first, the expert queue). */
  sort?: EngagementSort;
  cursor?: string;
  /** 1–200, default 50. */
  limit?: number;
}

/** @public */
export interface EngagementPage {
  items: EngagementSummary[];
  nextCursor?: string;
}

/** @public */
export interface ChecklistUpdate {
  checked: boolean;
  /** Required to check an item whose evidence is not `none`; http(s) only. */
  evidence?: { url: string; label?: string };
  /** When given, a stale version is refused with 409. */
  expectedVersion?: number;
}

/** @public */
export interface DecisionRequest {
  decision: Decision;
  expectedVersion: number;
  /** A reason code: required for send-back and close, optional for hold. */
  reason?: string;
  comment?: string;
  /** For send-back: the earlier stage to return to (default the previous one). */
  toStageId?: string;
}

/** @public */
export interface NoteRequest {
  body: string;
  /** `internal` notes are for experts and program admins only. Default `shared`. */
  visibility?: Visibility;
}

/** @public */
export interface AssignmentRequest {
  /** The expert's user ref, or null to unassign (program admins). */
  expertRef: string | null;
  expectedVersion?: number;
}

/** Per stage of a playbook over a date range. @public */
export interface FunnelStageView {
  stageId: string;
  name: string;
  phase: StagePhase;
  /** Engagements that entered the stage in the range (requests, advances, send-backs). */
  entered: number;
  /** Left forward (advance or complete) in the range. */
  completed: number;
  /** Open engagements in the stage now. */
  inStage: number;
  /** Median days in the stage over the exits in the range (holds excluded). */
  medianDaysInStage?: number;
  /** Closed while in the stage. */
  dropOffs: number;
  sendBacks: number;
  /** Exits in the range after the stage's SLA. */
  slaBreaches: number;
  /** Active engagements in the stage past its SLA now. */
  breachedNow: number;
}

/** @public */
export interface FunnelView {
  playbookId: string;
  from: string;
  to: string;
  /** New engagements requested in the range. */
  requested: number;
  /** Engagements that completed the playbook in the range. */
  completed: number;
  stages: FunnelStageView[];
}

/** Where a partner's engagement stands, for other plugins. @public */
export interface PartnerStageView {
  partnerRef: string;
  id: string;
  playbookId: string;
  path?: string;
  currentStageId: string;
  status: EngagementStatus;
  completedStageIds: string[];
}
