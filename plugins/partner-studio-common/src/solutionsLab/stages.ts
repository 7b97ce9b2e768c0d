/**
 * The Solutions Lab's published playbooks and stages: the one definition of
 * the stage ids other plugins may refer to. A stage is referred to as
 * `<playbookId>/<stageId>` (a "stage ref"), e.g.
 * `solution-development/validate`. The Hub's tools name the stages they help
 * with and may require one; the Lab reports which stages a partner's
 * engagements completed with the same refs.
 */

/** A stage of a Lab playbook. */
export interface LabStageDefinition {
  id: string;
  name: string;
}

/** A Lab playbook: an ordered list of stages. */
export interface LabPlaybookDefinition {
  id: string;
  name: string;
  stages: readonly LabStageDefinition[];
}

/** The Lab's playbooks, each with its stages in order. */
export const LAB_PLAYBOOKS: readonly LabPlaybookDefinition[] = Object.freeze([
  {
    id: 'solution-development',
    name: 'Solution development',
    stages: [
      { id: 'qualify', name: 'Qualify' },
      { id: 'design', name: 'Design' },
      { id: 'build', name: 'Build' },
      { id: 'validate', name: 'Validate' },
      { id: 'certify', name: 'Certify' },
      { id: 'launch', name: 'Launch' },
      { id: 'grow', name: 'Grow' },
    ],
  },
  {
    id: 'partner-led-customer-success',
    name: 'Partner-led customer success',
    stages: [
      { id: 'prepare', name: 'Prepare' },
      { id: 'path-requirements', name: 'Path requirements' },
      { id: 'customer-proof', name: 'Customer proof' },
      { id: 'specialization-review', name: 'Specialization review' },
    ],
  },
]);

/** Every published stage ref (`<playbookId>/<stageId>`), playbook by playbook, in stage order. */
export const LAB_STAGE_REFS: readonly string[] = Object.freeze(
  LAB_PLAYBOOKS.flatMap(playbook =>
    playbook.stages.map(stage => `${playbook.id}/${stage.id}`),
  ),
);

/** A published stage with its playbook. */
export interface LabStage {
  ref: string;
  playbook: LabPlaybookDefinition;
  stage: LabStageDefinition;
}

/** The published stage a ref names, or undefined when it names none. */
export function findLabStage(ref: string): LabStage | undefined {
  const separator = ref.indexOf('/');
  if (separator < 0) return undefined;
  const playbook = LAB_PLAYBOOKS.find(p => p.id === ref.slice(0, separator));
  const stage = playbook?.stages.find(s => s.id === ref.slice(separator + 1));
  return playbook && stage ? { ref, playbook, stage } : undefined;
}

/** Is the value a published stage ref? */
export function isLabStageRef(value: unknown): value is string {
  return typeof value === 'string' && LAB_STAGE_REFS.includes(value);
}

/**
 * How people say a stage: "the validate stage of Solution development".
 * Falls back to the ref itself for a ref that is not published.
 */
export function describeLabStage(ref: string): string {
  const found = findLabStage(ref);
  if (!found) return ref;
  return `the ${found.stage.name.toLocaleLowerCase('en-US')} stage of ${
    found.playbook.name
  }`;
}
