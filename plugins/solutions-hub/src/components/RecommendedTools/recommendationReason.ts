import type { ToolRecommendation } from '../../api/contractTypes';
import { formatPoints } from '@partner-studio/plugin-partner-studio-react';
import { describeLabStage } from '@partner-studio/plugin-partner-studio-common';

/** Why a tool is recommended, in words. */
export function recommendationReason(item: ToolRecommendation): string {
  const { reason } = item;
  if (reason.kind === 'stage') {
    return `Helps with ${describeLabStage(reason.stageRef)}`;
  }
  return reason.points === undefined
    ? `A next step for your standing: ${reason.title}`
    : `A next step for your standing: ${reason.title} (${formatPoints(
        reason.points,
      )} points)`;
}
