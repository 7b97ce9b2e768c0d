/**
 * A playbook: the ordered stages an engagement goes through, as an operator
 * writes it in YAML (see `playbooks/*.yaml` and the README). Parsed
 * playbooks are validated by `parsePlaybook` and deeply frozen.
 *
 * @public
 */
export interface Playbook {
  /** Lower-case id, e.g. `solution-development`. Stable: engagements and Hub tools refer to it. */
  id: string;
  name: string;
  /** One sentence, for lists. */
  summary: string;
  description?: string;
  /** The business models the playbook suits (ids of the scoring package), for display. */
  businessModels: string[];
  /**
   * Alternative paths through the playbook (the partner picks one when it
   * requests an engagement). Empty when the playbook has a single path.
   */
  paths: PlaybookPath[];
  /** In order; an engagement starts in the first. */
  stages: PlaybookStage[];
}

/** @public */
export interface PlaybookPath {
  id: string;
  name: string;
  description?: string;
}

/**
 * Whether a stage develops the solution or takes it to market. Both are
 * first-class: the commercialization stages have SLAs, criteria and points
 * like the others.
 *
 * @public
 */
export type StagePhase = 'development' | 'commercialization' | 'specialization';

/** @public */
export interface PlaybookStage {
  /** Lower-case id, unique in the playbook; Hub tools refer to `<playbookId>/<stageId>`. */
  id: string;
  name: string;
  phase: StagePhase;
  /** What the stage is about, for partners. */
  description: string;
  /** Days an engagement may stay in the stage before the SLA is breached. */
  slaDays: number;
  /** The exit criteria: the checklist a decision to advance checks. */
  criteria: ExitCriterion[];
  /** Hub categories and tools that help with the stage. */
  recommends: StageRecommendations;
  /**
   * The points events the stage's completion emits, as the scoring program
   * knows them. The points themselves are the program's, never restated here.
   */
  emits: StageCompletionEvent[];
}

/** @public */
export interface StageRecommendations {
  /** Hub category ids, see `HUB_CATEGORY_IDS`. */
  categories: string[];
  /** Hub tool entity refs, e.g. `tool:default/api-conformance-suite`. */
  tools: string[];
}

/**
 * What a checked item must carry:
 * - `none`: nothing (a link may still be given);
 * - `link`: an http(s) link to the deliverable (a document, a listing, a repository);
 * - `validation-report`: an http(s) link to a test or validation report;
 * - `tool-run`: an http(s) link to a run of the Hub validation tool named by `tool`.
 *
 * @public
 */
export type EvidenceKind = 'none' | 'link' | 'validation-report' | 'tool-run';

/** Who may check an item. Experts and program admins may check any item. @public */
export type CriterionConfirmer = 'partner' | 'expert';

/** @public */
export interface ExitCriterion {
  /** Unique in the stage. */
  id: string;
  title: string;
  description?: string;
  /** Whether advancing needs it checked. */
  required: boolean;
  evidence: EvidenceKind;
  /** The Hub validation tool whose run is the evidence (with `evidence: tool-run`). */
  tool?: string;
  confirmedBy: CriterionConfirmer;
  /** The paths the criterion applies to; empty: every path. */
  paths: string[];
}

/**
 * A points event a stage completion emits.
 * - `lab_stage_completed`: id `solutions-lab:<engagementId>:<stageId>`,
 *   attributes `{ stage, playbook, engagementId }`;
 * - `specialization_earned` (last stage only): id
 *   `solutions-lab:<engagementId>:specialization`, attributes
 *   `{ specialization, option: <path id> }`.
 *
 * @public
 */
export type StageCompletionEvent =
  | { type: 'lab_stage_completed' }
  | { type: 'specialization_earned'; specialization: string };
