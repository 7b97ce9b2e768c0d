import type {
  EngagementDecision,
  EngagementDetail,
} from '@partner-studio/plugin-partner-studio-common';

/**
 * The decisions the engagement's state allows, in the order the dialog
 * offers them (the backend refuses the others with a 400 saying why):
 * an active engagement advances (completes, on its last stage), goes on
 * hold, is sent back (not from the first stage) or closed; one on hold is
 * resumed, sent back or closed; a finished one takes none.
 */
export function availableDecisions(
  engagement: Pick<EngagementDetail, 'status' | 'stages' | 'currentStageId'>,
): EngagementDecision[] {
  const index = engagement.stages.findIndex(
    s => s.id === engagement.currentStageId,
  );
  const last = index === engagement.stages.length - 1;
  const sendBack: EngagementDecision[] = index > 0 ? ['send-back'] : [];
  switch (engagement.status) {
    case 'active':
      return [last ? 'complete' : 'advance', 'hold', ...sendBack, 'close'];
    case 'on-hold':
      return ['resume', ...sendBack, 'close'];
    default:
      return [];
  }
}

/** The stages an engagement can be sent back to: those before the current one. */
export function earlierStages(
  engagement: Pick<EngagementDetail, 'stages' | 'currentStageId'>,
) {
  const index = engagement.stages.findIndex(
    s => s.id === engagement.currentStageId,
  );
  return index > 0 ? engagement.stages.slice(0, index) : [];
}
