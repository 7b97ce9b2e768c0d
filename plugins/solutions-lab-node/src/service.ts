import type { EngagementCriteria } from './criteria';
import type {
  AssignmentRequest,
  ChecklistUpdate,
  DecisionRequest,
  EngagementDetail,
  EngagementListRequest,
  EngagementPage,
  EngagementRequest,
  FunnelView,
  LabActor,
  NoteRequest,
  NoteView,
  PartnerStageView,
  PlaybookView,
} from './types';

/**
 * What the permission policy's decisions add on top of the Lab's own
 * scoping (each absent when the policy allows everything).
 *
 * @public
 */
export interface LabAccessOptions {
  /**
   * The engagements the caller may see (the read permission's decision),
   * applied in SQL: an engagement outside it is "not found".
   */
  access?: EngagementCriteria;
  /**
   * The engagements the caller may do this to (the action's permission):
   * a visible engagement outside it is refused with NotAllowedError.
   */
  action?: EngagementCriteria;
}

/**
 * The Solutions Lab's logic, as the router (and seeders) call it. Every
 * method takes the caller as an explicit {@link LabActor}; errors are those
 * of `@backstage/errors` (InputError 400, NotAllowedError 403,
 * NotFoundError 404 for "missing" and "not yours" alike, ConflictError 409).
 *
 * @public
 */
export interface LabServiceApi {
  /** Every playbook, with the points the program in force gives. */
  listPlaybooks(): PlaybookView[];
  requestEngagement(
    actor: LabActor,
    request: EngagementRequest,
  ): Promise<EngagementDetail>;
  listEngagements(
    actor: LabActor,
    request?: EngagementListRequest,
    options?: LabAccessOptions,
  ): Promise<EngagementPage>;
  getEngagement(
    actor: LabActor,
    engagementId: string,
    options?: LabAccessOptions,
  ): Promise<EngagementDetail>;
  setChecklistItem(
    actor: LabActor,
    engagementId: string,
    itemId: string,
    update: ChecklistUpdate,
    options?: LabAccessOptions,
  ): Promise<EngagementDetail>;
  decide(
    actor: LabActor,
    engagementId: string,
    request: DecisionRequest,
    options?: LabAccessOptions,
  ): Promise<EngagementDetail>;
  addNote(
    actor: LabActor,
    engagementId: string,
    request: NoteRequest,
    options?: LabAccessOptions,
  ): Promise<NoteView>;
  assign(
    actor: LabActor,
    engagementId: string,
    request: AssignmentRequest,
    options?: LabAccessOptions,
  ): Promise<EngagementDetail>;
  getFunnel(
    actor: LabActor,
    request: { playbookId: string; from?: string; to?: string },
  ): Promise<FunnelView>;
  /** No permission framework: the caller decides which partners. */
  listPartnerStages(
    partnerRefs: readonly string[],
  ): Promise<PartnerStageView[]>;
  /** No permission framework: the partners of an expert's open engagements. */
  listAssignedPartnerRefs(expertRef: string): Promise<string[]>;
}
