import type {
  DecisionReason,
  EngagementDecision,
  EngagementStatus,
  EvidenceKind,
  LabStagePhase,
  SlaClock,
  TimelineEntry,
} from '@partner-studio/plugin-partner-studio-common';

/*
 * What people read for the Lab's codes. The codes are the contract's
 * (the OpenAPI document's enums); the `Record`s make the compiler ask for a
 * label whenever the contract gains a code.
 */

export const STATUS_LABELS: Record<EngagementStatus, string> = {
  active: 'Active',
  'on-hold': 'On hold',
  completed: 'Completed',
  closed: 'Closed',
};

export const PHASE_LABELS: Record<LabStagePhase, string> = {
  development: 'Development',
  commercialization: 'Commercialization',
  specialization: 'Specialization',
};

/** The decision as a button or menu item says it. */
export const DECISION_LABELS: Record<EngagementDecision, string> = {
  advance: 'Advance to the next stage',
  complete: 'Complete the engagement',
  hold: 'Put on hold',
  resume: 'Resume',
  'send-back': 'Send back',
  close: 'Close the engagement',
};

/** The decision as the timeline tells it: "Erin advanced it". */
export const DECISION_PAST: Record<EngagementDecision, string> = {
  advance: 'advanced the engagement',
  complete: 'completed the engagement',
  hold: 'put the engagement on hold',
  resume: 'resumed the engagement',
  'send-back': 'sent the engagement back',
  close: 'closed the engagement',
};

/** What the decision does, shown in the decision dialog. */
export const DECISION_HELP: Record<EngagementDecision, string> = {
  advance:
    'The current stage is passed: its points are earned and the next stage starts with a fresh SLA.',
  complete:
    'The last stage is passed: the engagement is completed and its points are earned.',
  hold: 'The SLA clock stops until the engagement is resumed.',
  resume: 'The SLA clock runs again from where it stopped.',
  'send-back':
    'Back to an earlier stage, which opens again with its SLA; the partner sees your reason.',
  close: 'The engagement ends before completion; the partner sees your reason.',
};

export const REASON_LABELS: Record<DecisionReason, string> = {
  'evidence-insufficient': 'Evidence insufficient',
  'criteria-not-met': 'Criteria not met',
  'quality-issues': 'Quality issues',
  'scope-changed': 'Scope changed',
  'partner-withdrew': 'Partner withdrew',
  'not-viable': 'Not viable',
  duplicate: 'Duplicate',
  'no-response': 'No response',
  'out-of-program-scope': 'Out of program scope',
  'awaiting-partner': 'Awaiting the partner',
  'awaiting-vendor': 'Awaiting the vendor',
  'partner-request': 'At the partner’s request',
  other: 'Other (explain in the comment)',
};

export const SLA_LABELS: Record<SlaClock['state'], string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  breached: 'SLA breached',
  paused: 'Clock paused',
  finished: 'Finished',
};

export const EVIDENCE_LABELS: Record<EvidenceKind, string> = {
  none: 'No evidence needed',
  link: 'Link to the deliverable',
  'validation-report': 'Link to a validation report',
  'tool-run': 'Link to a run of the Hub validation tool',
};

/** What the actor of a timeline entry did, after the actor's name. */
export const TIMELINE_LABELS: Record<TimelineEntry['kind'], string> = {
  requested: 'requested the engagement',
  assigned: 'assigned the engagement',
  unassigned: 'unassigned the engagement',
  'checklist-checked': 'checked an item',
  'checklist-unchecked': 'unchecked an item',
  'note-added': 'added a note',
  decision: 'took a decision',
  'sla-at-risk': 'noted that the SLA is at risk',
  'sla-breached': 'noted that the SLA was breached',
};
