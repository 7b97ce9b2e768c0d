import { DECISION_REASONS } from '@partner-studio/plugin-partner-studio-common';

/**
 * Reason codes of decisions: the decision dialog offers them, the funnel
 * counts them. `other` needs a comment. The lists are the common package's
 * (`DECISION_REASONS`), which the frontend's dialog reads too.
 */

/** Why an engagement goes back to an earlier stage. @public */
export const SEND_BACK_REASONS = DECISION_REASONS['send-back'].reasons;

/** Why an engagement is closed before completion. @public */
export const CLOSE_REASONS = DECISION_REASONS.close.reasons;

/** Why an engagement is put on hold (optional). @public */
export const HOLD_REASONS = DECISION_REASONS.hold.reasons;

/** The decisions an expert or program admin takes. @public */
export const DECISIONS = [
  'advance',
  'hold',
  'resume',
  'send-back',
  'close',
  'complete',
] as const;
