import type {
  ExitCriterion,
  Playbook,
  PlaybookStage,
} from '@partner-studio/plugin-solutions-lab-node';

/**
 * The playbooks of this installation, looked up by id. Immutable once
 * loaded: a playbook changes with a restart.
 */
export class PlaybookRegistry {
  readonly #playbooks: Map<string, Playbook>;

  static create(playbooks: readonly Playbook[]): PlaybookRegistry {
    return new PlaybookRegistry(playbooks);
  }

  private constructor(playbooks: readonly Playbook[]) {
    this.#playbooks = new Map(playbooks.map(p => [p.id, p]));
  }

  /** Every playbook, in load order (shipped first). */
  list(): Playbook[] {
    return [...this.#playbooks.values()];
  }

  get(playbookId: string): Playbook | undefined {
    return this.#playbooks.get(playbookId);
  }

  /** The stage and its position, or undefined for an unknown stage. */
  stage(
    playbookId: string,
    stageId: string,
  ): { stage: PlaybookStage; index: number; playbook: Playbook } | undefined {
    const playbook = this.#playbooks.get(playbookId);
    if (!playbook) return undefined;
    const index = playbook.stages.findIndex(s => s.id === stageId);
    if (index < 0) return undefined;
    return { stage: playbook.stages[index], index, playbook };
  }
}

/** The criteria of a stage that apply on a path (all of them without paths). */
export function criteriaOnPath(
  stage: PlaybookStage,
  path: string | undefined,
): ExitCriterion[] {
  return stage.criteria.filter(
    c => c.paths.length === 0 || (path !== undefined && c.paths.includes(path)),
  );
}
