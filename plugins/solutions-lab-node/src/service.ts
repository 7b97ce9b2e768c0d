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
 * What a conditional decision of the permission policy adds, applied in
 * SQL on top of the Lab's own scoping.
 *
 * @public
 */
export interface LabAccessOptions {
  access?: EngagementCriteria;
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
