/**
 * Reason codes of decisions: the decision dialog offers them, the funnel
 * counts them. `other` needs a comment.
 */

/** Why an engagement goes back to an earlier stage. @public */
export const SEND_BACK_REASONS = [
  'evidence-insufficient',
  'criteria-not-met',
  'quality-issues',
  'scope-changed',
  'other',
] as const;

/** Why an engagement is closed before completion. @public */
export const CLOSE_REASONS = [
  'partner-withdrew',
  'not-viable',
  'duplicate',
  'no-response',
  'out-of-program-scope',
  'other',
] as const;

/** Why an engagement is put on hold (optional). @public */
export const HOLD_REASONS = [
  'awaiting-partner',
  'awaiting-vendor',
  'partner-request',
  'other',
] as const;

/** The decisions an expert or program admin takes. @public */
export const DECISIONS = [
  'advance',
  'hold',
  'resume',
  'send-back',
  'close',
  'complete',
] as const;
