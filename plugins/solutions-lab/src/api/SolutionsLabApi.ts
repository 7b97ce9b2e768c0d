import { createApiRef } from '@backstage/core-plugin-api';
import type {
  AddNoteBody,
  AssignmentBody,
  DecisionBody,
  EngagementDetail,
  EngagementListQuery,
  EngagementNote,
  EngagementPage,
  FunnelQuery,
  LabFunnel,
  LabPlaybookList,
  ProgramSummaryResponse,
  RequestEngagementBody,
  SetChecklistItemBody,
} from '@partner-studio/plugin-partner-studio-common';

/**
 * The Solutions Lab backend (`/api/solutions-lab`), as the frontend sees it,
 * and the one partner points read the Lab's pages need (the program). Every
 * method rejects with a `ResponseError` on a non-OK answer: 404 alike for an
 * engagement that does not exist and one the caller may not see, 409 when a
 * change was based on a version that is no longer current.
 *
 * @public
 */
export interface SolutionsLabApi {
  /** The playbooks, with stages, criteria, SLAs, recommendations and points. */
  listPlaybooks(): Promise<LabPlaybookList>;
  /**
   * One page of the engagements the caller may see: a partner's members
   * their partner's, experts those assigned to them and the unassigned
   * queue, program admins all.
   */
  listEngagements(query?: EngagementListQuery): Promise<EngagementPage>;
  /** Requests an engagement for the caller's partner (or, for a program admin, `partnerRef`). */
  requestEngagement(body: RequestEngagementBody): Promise<EngagementDetail>;
  /** One engagement with its stages, checklists, gate, notes and timeline. */
  getEngagement(engagementId: string): Promise<EngagementDetail>;
  /** Checks or unchecks a criterion of the current stage, with evidence. */
  setChecklistItem(
    engagementId: string,
    itemId: string,
    body: SetChecklistItemBody,
  ): Promise<EngagementDetail>;
  /** A gate decision; 409 when `expectedVersion` is stale. */
  decide(engagementId: string, body: DecisionBody): Promise<EngagementDetail>;
  /** Adds a note (shared, or internal for experts and program admins). */
  addNote(engagementId: string, body: AddNoteBody): Promise<EngagementNote>;
  /** Assigns (program admins), takes (an expert, `expertRef` itself) or unassigns. */
  assign(engagementId: string, body: AssignmentBody): Promise<EngagementDetail>;
  /** The funnel of a playbook over a date range (experts and program admins). */
  getFunnel(query: FunnelQuery): Promise<LabFunnel>;
  /**
   * The partner program in force, from partner points
   * (`GET /api/partner-points/program`): the names and rules behind the
   * points a playbook's stages earn.
   */
  getProgram(): Promise<ProgramSummaryResponse>;
}

/**
 * Utility API reference for the {@link SolutionsLabApi}.
 *
 * @public
 */
export const solutionsLabApiRef = createApiRef<SolutionsLabApi>({
  id: 'plugin.solutions-lab.service',
});
