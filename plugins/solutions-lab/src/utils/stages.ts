import type {
  EngagementSummary,
  LabPlaybook,
  LabStagePhase,
} from '@partner-studio/plugin-partner-studio-common';

/** Where a stage stands in an engagement. */
export type StageState = 'completed' | 'current' | 'upcoming';

/** A stage as the stage tracker shows it. */
export interface TrackedStage {
  id: string;
  name: string;
  phase: LabStagePhase;
  state: StageState;
}

/**
 * The stages of a listed engagement (which has only ids) with their names
 * from its playbook. A completed engagement has every stage completed; a
 * closed one keeps the stage it was closed in as its current one.
 */
export function trackedStages(
  playbook: LabPlaybook | undefined,
  engagement: Pick<
    EngagementSummary,
    'currentStageId' | 'completedStageIds' | 'status'
  >,
): TrackedStage[] {
  if (!playbook) return [];
  const completed = new Set(engagement.completedStageIds);
  return playbook.stages.map(stage => {
    let state: StageState = 'upcoming';
    if (completed.has(stage.id) || engagement.status === 'completed') {
      state = 'completed';
    } else if (stage.id === engagement.currentStageId) {
      state = 'current';
    }
    return { id: stage.id, name: stage.name, phase: stage.phase, state };
  });
}

/** "Stage 3 of 7: Build", or the stage id when the playbook does not know it. */
export function stagePosition(
  playbook: LabPlaybook | undefined,
  stageId: string,
): string {
  const index = playbook?.stages.findIndex(s => s.id === stageId) ?? -1;
  if (!playbook || index < 0) return stageId;
  return `Stage ${index + 1} of ${playbook.stages.length}: ${
    playbook.stages[index].name
  }`;
}

/** The playbook of an id, from a loaded list. */
export function findPlaybook(
  playbooks: readonly LabPlaybook[] | undefined,
  playbookId: string,
): LabPlaybook | undefined {
  return playbooks?.find(p => p.id === playbookId);
}

/** The name of a playbook's path (`resell` → "Resell the vendor's success package"). */
export function pathName(
  playbook: LabPlaybook | undefined,
  pathId: string | undefined,
): string | undefined {
  if (!pathId) return undefined;
  return playbook?.paths.find(p => p.id === pathId)?.name ?? pathId;
}
