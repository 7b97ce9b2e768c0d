import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  parseEvent,
  programInForce,
  type Program,
} from '@partner-studio/scoring';
import {
  cursorCodec,
  normalizeEntityRef,
} from '@partner-studio/plugin-partner-studio-node';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type {
  EngagementStageRow,
  LabStore,
  StoreTransaction,
} from '../database/LabStore';
import type { EngagementRecord, NewTimelineRecord } from '../database/records';
import type { LabPointsEvent } from '../playbooks/completionEvents';
import {
  criteriaOnPath,
  PlaybookRegistry,
} from '../playbooks/PlaybookRegistry';
import { EngagementViews } from './views';
import { planDecision } from './decisions';
import type {
  EngagementChange,
  LabAudience,
  LabLiveUpdates,
  LabNotifier,
} from './LabNotifier';
import {
  evidenceUrl,
  EVIDENCE_WANTED,
  GROUP_REF,
  LIMITS,
  parseDateParam,
  requiredText,
  STATUSES,
  USER_REF,
} from './input';
import { DECISIONS } from './reasons';
import { allOf, scopeOf } from './scope';
import { DAY_MS, DEFAULT_AT_RISK_FRACTION, slaDueAt } from './sla';
import { matchesEngagementCriteria } from '@partner-studio/plugin-solutions-lab-node';
import type {
  AssignmentRequest,
  ChecklistUpdate,
  DecisionRequest,
  EngagementDetail,
  EngagementListRequest,
  EngagementPage,
  EngagementRequest,
  FunnelView,
  LabAccessOptions,
  LabServiceApi,
  LabActor,
  NoteRequest,
  NoteView,
  PartnerStageView,
  Playbook,
  PlaybookView,
} from '@partner-studio/plugin-solutions-lab-node';

/**
 * Where a list page starts: the sort it was made for and the key and id of
 * the previous page's last row (opaque to callers, see `cursorCodec`).
 */
const pageCursor = z
  .object({
    s: z.enum(['newest', 'sla']),
    k: z.number().int().safe(),
    i: z.string().min(1).max(64),
  })
  .strict();

/** The same answer for "does not exist" and "not yours". */
function notFound(id: string): NotFoundError {
  return new NotFoundError(`No engagement ${id}`);
}

/** Dependencies of {@link LabService}. */
export interface LabServiceOptions {
  store: LabStore;
  playbooks: PlaybookRegistry;
  /** The scoring program versions (the points shown come from the one in force). */
  programs: readonly Program[];
  notifier: LabNotifier;
  live: LabLiveUpdates;
  audience: LabAudience;
  logger: LoggerService;
  /** The clock; epoch milliseconds. */
  now?: () => number;
  /** Engagement ids; random UUIDs by default. */
  newId?: () => string;
  /** Fraction of a stage's SLA after which it is at risk (default 0.75). */
  atRiskFraction?: number;
  /** Called after a commit that queued points events (to deliver them soon). */
  onPointsQueued?: () => void;
}

/**
 * The Solutions Lab's logic: engagements through their playbook's stages,
 * checklist with evidence, decisions, notes, assignment, SLA clocks and the
 * funnel. Every method takes the caller as an explicit {@link LabActor} and
 * applies the Lab's own scoping (the second wall behind the permission
 * policy); a conditional decision of the policy is passed as `access` and
 * applied in SQL too.
 *
 * Every change bumps the engagement's version where a decision depends on
 * it, appends to the timeline and queues points events in the same
 * transaction; notifications and signals follow the commit.
 */
export class LabService implements LabServiceApi {
  readonly #store: LabStore;
  readonly #playbooks: PlaybookRegistry;
  readonly #programs: readonly Program[];
  readonly #notifier: LabNotifier;
  readonly #live: LabLiveUpdates;
  readonly #audience: LabAudience;
  readonly #logger: LoggerService;
  readonly #now: () => number;
  readonly #newId: () => string;
  readonly #atRiskFraction: number;
  readonly #onPointsQueued: () => void;
  readonly #views: EngagementViews;

  static create(options: LabServiceOptions): LabService {
    return new LabService(options);
  }

  private constructor(options: LabServiceOptions) {
    this.#store = options.store;
    this.#playbooks = options.playbooks;
    this.#programs = options.programs;
    this.#notifier = options.notifier;
    this.#live = options.live;
    this.#audience = options.audience;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
    this.#newId = options.newId ?? randomUUID;
    this.#atRiskFraction = options.atRiskFraction ?? DEFAULT_AT_RISK_FRACTION;
    this.#onPointsQueued = options.onPointsQueued ?? (() => {});
    this.#views = EngagementViews.create({
      playbooks: this.#playbooks,
      atRiskFraction: this.#atRiskFraction,
    });
    if (!(this.#atRiskFraction > 0 && this.#atRiskFraction < 1)) {
      throw new Error(
        `solutionsLab.sla.atRiskFraction must be between 0 and 1 (exclusive), got ${
          this.#atRiskFraction
        }`,
      );
    }
  }

  // ---------------------------------------------------------------------------
  // Playbooks

  /** Every playbook, with the points the program in force gives. */
  listPlaybooks(): PlaybookView[] {
    const program = programInForce(this.#programs, new Date(this.#now()));
    return this.#playbooks
      .list()
      .map(playbook => this.#views.playbook(playbook, program));
  }

  // ---------------------------------------------------------------------------
  // Engagements

  /** A partner member requests an engagement for its partner. */
  async requestEngagement(
    actor: LabActor,
    request: EngagementRequest,
  ): Promise<EngagementDetail> {
    if (actor.role === 'expert') {
      throw new NotAllowedError(
        "Engagements are requested by the partner's members or a program admin",
      );
    }
    const partnerRef = this.#requestedPartner(actor, request.partnerRef);
    const playbook = this.#playbooks.get(request.playbookId);
    if (!playbook) {
      throw new InputError(
        `playbookId "${
          request.playbookId
        }" is not a playbook; one of ${this.#playbooks
          .list()
          .map(p => p.id)
          .join(', ')}`,
      );
    }
    const pathIds = playbook.paths.map(p => p.id);
    if (pathIds.length > 0 && request.path === undefined) {
      throw new InputError(
        `path is required for ${playbook.name}: one of ${pathIds.join(', ')}`,
      );
    }
    if (request.path !== undefined && !pathIds.includes(request.path)) {
      throw new InputError(
        pathIds.length === 0
          ? `path: ${playbook.name} has no paths`
          : `path "${request.path}" is not a path of ${
              playbook.name
            }; one of ${pathIds.join(', ')}`,
      );
    }
    const solutionName = requiredText(
      'solutionName',
      request.solutionName,
      LIMITS.solutionName,
    );
    const description = (request.description ?? '').trim();
    if (description.length > LIMITS.description) {
      throw new InputError(
        `description must be at most ${LIMITS.description} characters`,
      );
    }

    const now = this.#now();
    const first = playbook.stages[0];
    const slaMs = first.slaDays * DAY_MS;
    const record: EngagementRecord = {
      id: this.#newId(),
      partnerRef,
      playbookId: playbook.id,
      path: request.path,
      solutionName,
      description,
      status: 'active',
      currentStageId: first.id,
      stageEnteredAt: now,
      stagePausedMs: 0,
      slaMs,
      slaDueAt: slaDueAt(now, 0, slaMs),
      slaNotified: 'none',
      requestedBy: actor.userRef,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await this.#store.transaction(async tx => {
      await this.#store.insertEngagement(record, tx);
      await this.#store.appendTimeline(
        [
          {
            ...this.#entry(record, 'requested', actor.userRef, now),
            toStageId: first.id,
            details: request.path ? { path: request.path } : undefined,
          },
        ],
        tx,
      );
    });
    await this.#notifier.requested(record, actor.userRef);
    await this.#changed(record, { kind: 'requested', visibility: 'shared' });
    return this.getEngagement(actor, record.id);
  }

  /** The engagements the caller may see, filtered and paginated in SQL. */
  async listEngagements(
    actor: LabActor,
    request: EngagementListRequest = {},
    options: LabAccessOptions = {},
  ): Promise<EngagementPage> {
    const limit = request.limit ?? LIMITS.pageSize.default;
    if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.pageSize.max) {
      throw new InputError(
        `limit must be a whole number from 1 to ${LIMITS.pageSize.max}`,
      );
    }
    for (const status of request.status ?? []) {
      if (!STATUSES.includes(status)) {
        throw new InputError(
          `status "${status}" is not one of ${STATUSES.join(', ')}`,
        );
      }
    }
    if (request.partnerRef && request.partnerRef.length > LIMITS.partnerRefs) {
      throw new InputError(
        `at most ${LIMITS.partnerRefs} partnerRef values per request`,
      );
    }
    if (request.assigned && actor.role === 'partner-member') {
      throw new InputError(
        'assigned is a filter for experts and program admins',
      );
    }
    const sort = request.sort ?? 'newest';
    let after: { key: number; id: string } | undefined;
    if (request.cursor) {
      const position = cursorCodec.decode(request.cursor, pageCursor);
      if (position.s !== sort) {
        throw new InputError(
          `Invalid request. query.cursor: it belongs to another sort order than "${sort}"; start again without a cursor`,
        );
      }
      after = { key: position.k, id: position.i };
    }
    const now = this.#now();
    let assignedExpertRef: string | null | undefined;
    if (request.assigned === 'me') assignedExpertRef = actor.userRef;
    else if (request.assigned === 'unassigned') assignedExpertRef = null;

    const rows = await this.#store.listEngagements({
      criteria: allOf(scopeOf(actor), options.access),
      status: request.status,
      playbookId: request.playbookId,
      stageId: request.stageId,
      partnerRefs: request.partnerRef?.map(r => r.toLocaleLowerCase('en-US')),
      assignedExpertRef,
      slaRisk: request.slaRisk,
      now,
      atRiskFraction: this.#atRiskFraction,
      sort,
      after,
      limit,
    });
    const page = rows.slice(0, limit);
    const completed = await this.#store.completedStages(
      page.map(r => r.record.id),
    );
    const last = page[page.length - 1];
    return {
      items: page.map(({ record }) =>
        this.#views.summary(
          record,
          (completed.get(record.id) ?? []).map(c => c.stageId),
          now,
        ),
      ),
      nextCursor:
        rows.length > limit && last
          ? cursorCodec.encode({ s: sort, k: last.key, i: last.record.id })
          : undefined,
    };
  }

  /** One engagement with its checklist, evidence, notes, timeline and SLA clock. */
  async getEngagement(
    actor: LabActor,
    engagementId: string,
    options: LabAccessOptions = {},
  ): Promise<EngagementDetail> {
    const record = await this.#store.getEngagement(engagementId, {
      criteria: allOf(scopeOf(actor), options.access),
    });
    if (!record) throw notFound(engagementId);
    const includeInternal = actor.role !== 'partner-member';
    const [checklist, completed, notes, timeline] = await Promise.all([
      this.#store.getChecklist(record.id),
      this.#store.completedStages([record.id]),
      this.#store.listNotes(record.id, {
        includeInternal,
        limit: LIMITS.notesShown,
      }),
      this.#store.listTimeline(record.id, {
        includeInternal,
        limit: LIMITS.timelineShown,
      }),
    ]);
    return this.#views.detail(
      this.#now(),
      record,
      checklist,
      completed.get(record.id) ?? [],
      notes,
      timeline,
    );
  }

  /** Checks or unchecks an exit criterion of the current stage. */
  async setChecklistItem(
    actor: LabActor,
    engagementId: string,
    itemId: string,
    update: ChecklistUpdate,
    options: LabAccessOptions = {},
  ): Promise<EngagementDetail> {
    if (typeof update.checked !== 'boolean') {
      throw new InputError('checked is required: true or false');
    }
    const label = update.evidence?.label?.trim();
    if (label && label.length > LIMITS.evidenceLabel) {
      throw new InputError(
        `evidence.label must be at most ${LIMITS.evidenceLabel} characters`,
      );
    }
    const url =
      update.evidence !== undefined
        ? evidenceUrl(update.evidence.url)
        : undefined;
    const now = this.#now();
    const record = await this.#store.transaction(async tx => {
      const current = await this.#visible(actor, engagementId, options, tx);
      if (current.status === 'completed' || current.status === 'closed') {
        throw new InputError(
          `The engagement is ${current.status}; its checklist is final`,
        );
      }
      const stage = this.#playbooks.stage(
        current.playbookId,
        current.currentStageId,
      )?.stage;
      const criterion = stage
        ? criteriaOnPath(stage, current.path).find(c => c.id === itemId)
        : undefined;
      if (!stage || !criterion) {
        throw new InputError(
          `"${itemId}" is not an exit criterion of the current stage "${current.currentStageId}"`,
        );
      }
      if (
        actor.role === 'expert' &&
        current.assignedExpertRef !== actor.userRef
      ) {
        throw new NotAllowedError(
          'Only the assigned expert works on this checklist; take the engagement first',
        );
      }
      if (
        actor.role === 'partner-member' &&
        criterion.confirmedBy === 'expert'
      ) {
        throw new NotAllowedError(
          `"${criterion.title}" is confirmed by the Lab expert`,
        );
      }
      if (update.checked && criterion.evidence !== 'none' && !url) {
        throw new InputError(
          `evidence.url is required to check "${criterion.title}": ${
            EVIDENCE_WANTED[criterion.evidence]
          }${criterion.tool ? ` (${criterion.tool})` : ''}`,
        );
      }
      if (
        update.expectedVersion !== undefined &&
        update.expectedVersion !== current.version
      ) {
        throw this.#conflict(current, update.expectedVersion);
      }
      const version = await this.#store.touchEngagementInStage(
        current.id,
        stage.id,
        { now, expectedVersion: update.expectedVersion },
        tx,
      );
      if (version === undefined) throw this.#conflict(current);
      await this.#store.upsertChecklistItem(
        {
          engagementId: current.id,
          stageId: stage.id,
          itemId,
          checked: update.checked,
          evidenceUrl: update.checked ? url : undefined,
          evidenceLabel: update.checked && url ? label || undefined : undefined,
          updatedBy: actor.userRef,
          updatedAt: now,
        },
        tx,
      );
      await this.#store.appendTimeline(
        [
          {
            ...this.#entry(
              current,
              update.checked ? 'checklist-checked' : 'checklist-unchecked',
              actor.userRef,
              now,
            ),
            details: {
              itemId,
              ...(update.checked && url ? { evidenceUrl: url } : {}),
            },
          },
        ],
        tx,
      );
      return { ...current, version, updatedAt: now };
    });
    await this.#changed(record, {
      kind: update.checked ? 'checklist-checked' : 'checklist-unchecked',
      visibility: 'shared',
    });
    return this.getEngagement(actor, engagementId, options);
  }

  /**
   * A gate decision by the assigned expert or a program admin, on the
   * version the decider saw: a stale `expectedVersion` is a 409 and nothing
   * changes.
   */
  async decide(
    actor: LabActor,
    engagementId: string,
    request: DecisionRequest,
    options: LabAccessOptions = {},
  ): Promise<EngagementDetail> {
    if (!(DECISIONS as readonly string[]).includes(request.decision)) {
      throw new InputError(`decision must be one of ${DECISIONS.join(', ')}`);
    }
    if (
      !Number.isSafeInteger(request.expectedVersion) ||
      request.expectedVersion < 1
    ) {
      throw new InputError(
        'expectedVersion is required: the version of the engagement the decision was taken on',
      );
    }
    const now = this.#now();
    const outcome = await this.#store.transaction(async tx => {
      const current = await this.#visible(actor, engagementId, options, tx);
      this.#mayDecide(actor, current);
      if (current.version !== request.expectedVersion) {
        throw this.#conflict(current, request.expectedVersion);
      }
      const playbook = this.#playbookOf(current);
      const checklist = await this.#store.getChecklist(current.id, tx);
      const plan = planDecision({
        playbook,
        record: current,
        checklist,
        request,
        actorRef: actor.userRef,
        now,
      });
      const version = await this.#store.updateEngagement(
        current.id,
        request.expectedVersion,
        plan.patch,
        tx,
      );
      if (version === undefined) {
        throw this.#conflict(current, request.expectedVersion);
      }
      if (plan.completedStageId) {
        await this.#store.addCompletedStage(
          {
            engagementId: current.id,
            stageId: plan.completedStageId,
            completedAt: now,
            completedBy: actor.userRef,
          },
          tx,
        );
      }
      await this.#store.removeCompletedStages(
        current.id,
        plan.reopenedStageIds,
        tx,
      );
      await this.#store.appendTimeline([plan.timeline], tx);
      await this.#queuePoints(plan.events, now, tx);
      const updated: EngagementRecord = {
        ...current,
        ...plan.patch,
        version,
      };
      return { before: current, updated, plan };
    });

    if (outcome.plan.events.length > 0) this.#onPointsQueued();
    await this.#notifier.decided(outcome.updated, {
      decision: request.decision,
      reason: request.reason,
      fromStageId: outcome.before.currentStageId,
      toStageId: outcome.plan.timeline.toStageId,
      actorRef: actor.userRef,
    });
    await this.#changed(outcome.updated, {
      kind: 'decision',
      visibility: 'shared',
    });
    return this.getEngagement(actor, engagementId, options);
  }

  /** A note on an engagement, shared with the partner or internal to the vendor. */
  async addNote(
    actor: LabActor,
    engagementId: string,
    request: NoteRequest,
    options: LabAccessOptions = {},
  ): Promise<NoteView> {
    const body = requiredText('body', request.body, LIMITS.note);
    const visibility = request.visibility ?? 'shared';
    if (visibility !== 'shared' && visibility !== 'internal') {
      throw new InputError('visibility must be shared or internal');
    }
    if (visibility === 'internal' && actor.role === 'partner-member') {
      throw new NotAllowedError(
        'Internal notes are for experts and program admins',
      );
    }
    const now = this.#now();
    const { record, note } = await this.#store.transaction(async tx => {
      const current = await this.#visible(actor, engagementId, options, tx);
      const inserted = await this.#store.insertNote(
        {
          engagementId: current.id,
          authorRef: actor.userRef,
          visibility,
          body,
          createdAt: now,
        },
        tx,
      );
      await this.#store.appendTimeline(
        [
          {
            ...this.#entry(current, 'note-added', actor.userRef, now),
            visibility,
            details: { noteId: inserted.id },
          },
        ],
        tx,
      );
      return { record: current, note: inserted };
    });
    await this.#changed(record, { kind: 'note-added', visibility });
    return this.#views.note(note);
  }

  /**
   * Assigns an engagement: program admins assign any expert (or unassign);
   * an expert may take an unassigned engagement.
   */
  async assign(
    actor: LabActor,
    engagementId: string,
    request: AssignmentRequest,
    options: LabAccessOptions = {},
  ): Promise<EngagementDetail> {
    const expertRef =
      typeof request.expertRef === 'string'
        ? normalizeEntityRef(request.expertRef)
        : request.expertRef;
    if (
      expertRef !== null &&
      (typeof expertRef !== 'string' || !USER_REF.test(expertRef))
    ) {
      throw new InputError(
        'expertRef must be the user entity ref of a vendor expert (user:default/erin.expert), or null to unassign',
      );
    }
    if (actor.role === 'partner-member') {
      throw new NotAllowedError('Program admins assign engagements');
    }
    if (actor.role === 'expert' && expertRef !== actor.userRef) {
      throw new NotAllowedError(
        'An expert may only take an unassigned engagement; program admins assign others',
      );
    }
    if (
      actor.role === 'program-admin' &&
      expertRef !== null &&
      !(await this.#audience.isExpert(expertRef))
    ) {
      throw new InputError(`${expertRef} is not a vendor expert`);
    }
    const now = this.#now();
    const outcome = await this.#store.transaction(async tx => {
      const current = await this.#visible(actor, engagementId, options, tx);
      if (current.status === 'completed' || current.status === 'closed') {
        throw new InputError(
          `The engagement is ${current.status}; its assignment is final`,
        );
      }
      if (current.assignedExpertRef === (expertRef ?? undefined)) {
        return undefined; // Already so: nothing changes, nothing to tell.
      }
      if (
        request.expectedVersion !== undefined &&
        request.expectedVersion !== current.version
      ) {
        throw this.#conflict(current, request.expectedVersion);
      }
      let version: number | undefined;
      if (actor.role === 'expert') {
        if (current.assignedExpertRef !== undefined) {
          throw new ConflictError(
            'Another expert has taken this engagement in the meantime',
          );
        }
        version = await this.#store.assignIfUnassigned(
          current.id,
          actor.userRef,
          now,
          tx,
        );
      } else {
        version = await this.#store.updateEngagement(
          current.id,
          current.version,
          {
            assignedExpertRef: expertRef ?? undefined,
            assignedAt: expertRef ? now : undefined,
            updatedAt: now,
          },
          tx,
        );
      }
      if (version === undefined) throw this.#conflict(current);
      await this.#store.appendTimeline(
        [
          {
            ...this.#entry(
              current,
              expertRef ? 'assigned' : 'unassigned',
              actor.userRef,
              now,
            ),
            details: {
              expertRef,
              previousExpertRef: current.assignedExpertRef ?? null,
            },
          },
        ],
        tx,
      );
      const updated: EngagementRecord = {
        ...current,
        assignedExpertRef: expertRef ?? undefined,
        assignedAt: expertRef ? now : undefined,
        updatedAt: now,
        version,
      };
      return { before: current, updated };
    });
    if (outcome) {
      if (expertRef) {
        await this.#notifier.assigned(
          outcome.updated,
          expertRef,
          actor.userRef,
        );
      }
      await this.#changed(outcome.updated, {
        kind: expertRef ? 'assigned' : 'unassigned',
        visibility: 'shared',
        alsoTell: outcome.before.assignedExpertRef
          ? [outcome.before.assignedExpertRef]
          : undefined,
      });
    }
    return this.getEngagement(actor, engagementId, options);
  }

  // ---------------------------------------------------------------------------
  // Funnel

  /** Per stage of a playbook over a date range: experts and program admins. */
  async getFunnel(
    actor: LabActor,
    request: { playbookId: string; from?: string; to?: string },
  ): Promise<FunnelView> {
    if (actor.role === 'partner-member') {
      throw new NotAllowedError(
        'The funnel is for vendor experts and program admins',
      );
    }
    const playbook = this.#playbooks.get(request.playbookId);
    if (!playbook) {
      throw new InputError(
        `playbookId "${request.playbookId}" is not a playbook`,
      );
    }
    const now = this.#now();
    // `to` is exclusive; by default it includes what happened just now.
    const to = request.to ? parseDateParam('to', request.to) : now + 1;
    const from = request.from
      ? parseDateParam('from', request.from)
      : to - 365 * DAY_MS;
    if (from >= to) throw new InputError('from must be before to');
    if (to - from > LIMITS.funnelRangeDays * DAY_MS) {
      throw new InputError(
        `the range may span at most ${LIMITS.funnelRangeDays} days`,
      );
    }
    const { stages, occupancy } = await this.#store.funnel({
      playbookId: playbook.id,
      from,
      to,
      now,
    });
    return this.#views.funnel(playbook, { stages, occupancy }, { from, to });
  }

  // ---------------------------------------------------------------------------
  // For other plugins (no permission framework: the policy itself calls them)

  /**
   * Where the engagements of these partners stand. The caller decides
   * which partners (a partner member's own, or those a service names).
   */
  async listPartnerStages(
    partnerRefs: readonly string[],
  ): Promise<PartnerStageView[]> {
    if (partnerRefs.length === 0) return [];
    if (partnerRefs.length > LIMITS.partnerRefs) {
      throw new InputError(
        `at most ${LIMITS.partnerRefs} partnerRef values per request`,
      );
    }
    for (const ref of partnerRefs) {
      if (!GROUP_REF.test(ref)) {
        throw new InputError(
          `partnerRef "${ref}" must be a partner's full entity ref, e.g. group:default/contoso-solutions`,
        );
      }
    }
    const rows: EngagementStageRow[] = await this.#store.engagementStages([
      ...new Set(partnerRefs.map(r => r.toLocaleLowerCase('en-US'))),
    ]);
    return rows.map(row => ({
      partnerRef: row.partnerRef,
      id: row.id,
      playbookId: row.playbookId,
      path: row.path,
      currentStageId: row.currentStageId,
      status: row.status,
      completedStageIds: this.#views.inStageOrder(
        row.playbookId,
        row.completedStageIds,
      ),
    }));
  }

  /** The partners of the open engagements assigned to an expert. */
  async listAssignedPartnerRefs(expertRef: string): Promise<string[]> {
    return this.#store.assignedPartnerRefs(normalizeEntityRef(expertRef));
  }

  // ---------------------------------------------------------------------------
  // Helpers

  #requestedPartner(actor: LabActor, requested: string | undefined): string {
    if (actor.role === 'program-admin') {
      if (!requested || !GROUP_REF.test(requested)) {
        throw new InputError(
          "partnerRef is required: the partner's full entity ref, e.g. group:default/contoso-solutions",
        );
      }
      return requested.toLocaleLowerCase('en-US');
    }
    if (actor.partnerRefs.length === 0) {
      throw new NotAllowedError('You are not a member of a partner');
    }
    if (requested === undefined) {
      if (actor.partnerRefs.length > 1) {
        throw new InputError(
          `partnerRef is required: you are a member of ${actor.partnerRefs.join(
            ', ',
          )}`,
        );
      }
      return actor.partnerRefs[0].toLocaleLowerCase('en-US');
    }
    const own = actor.partnerRefs.find(
      ref =>
        ref.toLocaleLowerCase('en-US') === requested.toLocaleLowerCase('en-US'),
    );
    if (!own) {
      throw new NotAllowedError(
        'You may only request engagements for your own partner',
      );
    }
    return own.toLocaleLowerCase('en-US');
  }

  /** The engagement if the caller may see it; the same 404 otherwise. */
  async #visible(
    actor: LabActor,
    engagementId: string,
    options: LabAccessOptions,
    tx: StoreTransaction,
  ): Promise<EngagementRecord> {
    const record = await this.#store.getEngagement(engagementId, {
      criteria: allOf(scopeOf(actor), options.access),
      tx,
    });
    if (!record) throw notFound(engagementId);
    if (
      options.action &&
      !matchesEngagementCriteria(options.action, {
        id: record.id,
        partnerRef: record.partnerRef,
        playbookId: record.playbookId,
        assignedExpertRef: record.assignedExpertRef,
      })
    ) {
      throw new NotAllowedError(
        'The permission policy does not allow you to do this on this engagement',
      );
    }
    return record;
  }

  #mayDecide(actor: LabActor, record: EngagementRecord): void {
    if (actor.role === 'program-admin') return;
    if (actor.role === 'expert') {
      if (record.assignedExpertRef === actor.userRef) return;
      throw new NotAllowedError(
        'Only the assigned expert or a program admin decides; take the engagement first',
      );
    }
    throw new NotAllowedError(
      'Decisions are taken by the assigned expert or a program admin',
    );
  }

  #conflict(record: EngagementRecord, expected?: number): ConflictError {
    return new ConflictError(
      expected !== undefined && expected !== record.version
        ? `The engagement has changed since version ${expected} (it is at version ${record.version}); reload it and try again`
        : 'The engagement changed while this was being applied; reload it and try again',
    );
  }

  #playbookOf(record: EngagementRecord): Playbook {
    const playbook = this.#playbooks.get(record.playbookId);
    if (!playbook) {
      throw new InputError(
        `The engagement's playbook "${record.playbookId}" is no longer configured`,
      );
    }
    return playbook;
  }

  #entry(
    record: EngagementRecord,
    kind: NewTimelineRecord['kind'],
    actorRef: string,
    now: number,
  ): NewTimelineRecord {
    return {
      engagementId: record.id,
      playbookId: record.playbookId,
      partnerRef: record.partnerRef,
      stageId: record.currentStageId,
      kind,
      actorRef,
      visibility: 'shared',
      occurredAt: now,
    };
  }

  async #queuePoints(
    events: readonly LabPointsEvent[],
    now: number,
    tx: StoreTransaction,
  ): Promise<void> {
    if (events.length === 0) return;
    await this.#store.enqueueOutbox(
      events.map(event => {
        // Exactly the scoring package's canonical form: what the ledger stores.
        const parsed = parseEvent(event);
        return {
          eventId: parsed.id,
          partnerRef: event.partnerId,
          eventType: parsed.type,
          payload: JSON.stringify(parsed),
        };
      }),
      now,
      tx,
    );
  }

  async #changed(record: EngagementRecord, change: EngagementChange) {
    try {
      await this.#live.changed(record, change);
    } catch (error) {
      this.#logger.warn(`Could not publish a change of ${record.id}: ${error}`);
    }
  }
}
