import type {
  Decision,
  EngagementStatus,
  TimelineKind,
  Visibility,
} from '@partner-studio/plugin-solutions-lab-node';

export type { Decision, EngagementStatus, TimelineKind, Visibility };

/**
 * The rows of the Lab's tables as the store returns and takes them. Times
 * are epoch milliseconds.
 */

/** The statuses of an engagement still in progress. */
export const OPEN_STATUSES: readonly EngagementStatus[] = ['active', 'on-hold'];

/** The SLA level people were last told about. */
export type SlaNotified = 'none' | 'at-risk' | 'breached';

/** @public */
export interface EngagementRecord {
  id: string;
  /** The partner's full entity ref. */
  partnerRef: string;
  playbookId: string;
  /** The chosen path, for playbooks with paths. */
  path?: string;
  solutionName: string;
  description: string;
  status: EngagementStatus;
  currentStageId: string;
  stageEnteredAt: number;
  /** Time spent on hold in the current stage (the SLA clock stops on hold). */
  stagePausedMs: number;
  /** Set while on hold. */
  heldAt?: number;
  /** The current stage's SLA; absent once finished. */
  slaMs?: number;
  /** When the current stage's SLA is breached; absent while on hold or finished. */
  slaDueAt?: number;
  slaNotified: SlaNotified;
  assignedExpertRef?: string;
  assignedAt?: number;
  requestedBy: string;
  createdAt: number;
  updatedAt: number;
  /** When it was completed or closed. */
  finishedAt?: number;
  closeReason?: string;
  version: number;
}

/** The fields a versioned update may change. */
export type EngagementPatch = Partial<
  Omit<
    EngagementRecord,
    'id' | 'partnerRef' | 'playbookId' | 'createdAt' | 'requestedBy' | 'version'
  >
>;

/** @public */
export interface ChecklistRecord {
  engagementId: string;
  stageId: string;
  itemId: string;
  checked: boolean;
  evidenceUrl?: string;
  evidenceLabel?: string;
  updatedBy: string;
  updatedAt: number;
}

/** @public */
export interface NoteRecord {
  id: number;
  engagementId: string;
  authorRef: string;
  visibility: Visibility;
  body: string;
  createdAt: number;
}

/** @public */
export interface TimelineRecord {
  id: number;
  engagementId: string;
  playbookId: string;
  partnerRef: string;
  /** The stage it concerns; for a decision, the stage it was taken in. */
  stageId: string;
  /** For a stage change: the stage entered. */
  toStageId?: string;
  kind: TimelineKind;
  decision?: Decision;
  reason?: string;
  /** `user:…` or `system` for the SLA watch. */
  actorRef: string;
  visibility: Visibility;
  occurredAt: number;
  /** For a decision leaving a stage: the time spent in it, holds excluded. */
  durationMs?: number;
  /** For a decision leaving a stage: whether the stage's SLA was breached. */
  slaBreached?: boolean;
  /** Kind-specific details (item, evidence, comment, assignee…). */
  details?: Record<string, string | number | boolean | null>;
}

/** A timeline entry to append (the store assigns the id). */
export type NewTimelineRecord = Omit<TimelineRecord, 'id'>;

/** A points event waiting in (or delivered from) the outbox. @public */
export interface OutboxRecord {
  eventId: string;
  partnerRef: string;
  eventType: string;
  /** The event as JSON, exactly as it is sent. */
  payload: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  deliveredAt?: number;
  lastError?: string;
}

/** A stage an engagement has passed. */
export interface CompletedStageRecord {
  engagementId: string;
  stageId: string;
  completedAt: number;
  completedBy: string;
}
