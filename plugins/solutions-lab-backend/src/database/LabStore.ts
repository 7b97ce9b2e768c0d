import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type {
  EngagementCriteria,
  EngagementResource,
  EngagementSort,
  SlaRisk,
} from '@partner-studio/plugin-solutions-lab-node';
import type { Knex } from 'knex';
import { whereCriteria } from './criteria';
import {
  ChecklistRecord,
  CompletedStageRecord,
  Decision,
  EngagementPatch,
  EngagementRecord,
  EngagementStatus,
  NewTimelineRecord,
  NoteRecord,
  OPEN_STATUSES,
  OutboxRecord,
  SlaNotified,
  TimelineKind,
  TimelineRecord,
  Visibility,
} from './records';

const migrationsDir = resolvePackagePath(
  '@partner-studio/plugin-solutions-lab-backend',
  'migrations',
);

const ENGAGEMENTS = 'solutions_lab_engagements';
const COMPLETED = 'solutions_lab_completed_stages';
const CHECKLIST = 'solutions_lab_checklist';
const NOTES = 'solutions_lab_notes';
const TIMELINE = 'solutions_lab_timeline';
const OUTBOX = 'solutions_lab_outbox';

/** The timeline rows that move an engagement between stages. */
const TRANSITION_KINDS: TimelineKind[] = ['requested', 'decision'];

/** Sorts after every real time: rows without an SLA clock come last. */
const NO_DEADLINE = Number.MAX_SAFE_INTEGER;

/** A transaction handle, opaque to the service. */
export type StoreTransaction = Knex.Transaction;

export type { EngagementSort, SlaRisk };

/** Where a page starts: the sort key and id of the last row of the previous page. */
export interface EngagementPageKey {
  key: number;
  id: string;
}

/** A filtered, keyset-paginated list of engagements. */
export interface EngagementListQuery {
  /** The caller's scope and any conditional decision, combined. */
  criteria?: EngagementCriteria;
  status?: readonly EngagementStatus[];
  playbookId?: string;
  stageId?: string;
  partnerRefs?: readonly string[];
  /** A user ref, or null for the unassigned ones. */
  assignedExpertRef?: string | null;
  slaRisk?: readonly SlaRisk[];
  /** For `slaRisk`: now, and the fraction of the SLA after which a stage is at risk. */
  now: number;
  atRiskFraction: number;
  sort: EngagementSort;
  after?: EngagementPageKey;
  limit: number;
}

/** Per stage, over the timeline of a playbook in a date range. */
export interface FunnelStageRow {
  stageId: string;
  /** Entries into the stage (requests, advances, send-backs). */
  entered: number;
  /** Of which new requests. */
  requested: number;
  /** Left forward (advance or complete). */
  completed: number;
  sendBacks: number;
  /** Closed while in the stage. */
  dropOffs: number;
  /** Times the stage was left (any decision that moves on). */
  exits: number;
  /** Exits after the stage's SLA. */
  slaBreaches: number;
  /** Median time in the stage over the exits, holds excluded. */
  medianDurationMs?: number;
}

/** Per stage, now. */
export interface StageOccupancyRow {
  stageId: string;
  /** Open engagements in the stage. */
  inStage: number;
  /** Of which active past the stage's SLA. */
  breachedNow: number;
}

/** What another plugin needs of an engagement: where it stands. */
export interface EngagementStageRow {
  id: string;
  partnerRef: string;
  playbookId: string;
  path?: string;
  currentStageId: string;
  status: EngagementStatus;
  completedStageIds: string[];
}

function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

function optionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : toNumber(value);
}

function optionalString(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

function optionalBoolean(value: unknown): boolean | undefined {
  return value === null || value === undefined ? undefined : Boolean(value);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

type Row = Record<string, unknown>;

function engagementFromRow(row: Row): EngagementRecord {
  return {
    id: String(row.id),
    partnerRef: String(row.partner_ref),
    playbookId: String(row.playbook_id),
    path: optionalString(row.path_id),
    solutionName: String(row.solution_name),
    description: String(row.description),
    status: row.status as EngagementStatus,
    currentStageId: String(row.current_stage_id),
    stageEnteredAt: toNumber(row.stage_entered_at),
    stagePausedMs: toNumber(row.stage_paused_ms),
    heldAt: optionalNumber(row.held_at),
    slaMs: optionalNumber(row.sla_ms),
    slaDueAt: optionalNumber(row.sla_due_at),
    slaNotified: row.sla_notified as SlaNotified,
    assignedExpertRef: optionalString(row.assigned_expert_ref),
    assignedAt: optionalNumber(row.assigned_at),
    requestedBy: String(row.requested_by),
    createdAt: toNumber(row.created_at),
    updatedAt: toNumber(row.updated_at),
    finishedAt: optionalNumber(row.finished_at),
    closeReason: optionalString(row.close_reason),
    version: toNumber(row.version),
  };
}

const PATCH_COLUMNS: Record<keyof EngagementPatch, string> = {
  path: 'path_id',
  solutionName: 'solution_name',
  description: 'description',
  status: 'status',
  currentStageId: 'current_stage_id',
  stageEnteredAt: 'stage_entered_at',
  stagePausedMs: 'stage_paused_ms',
  heldAt: 'held_at',
  slaMs: 'sla_ms',
  slaDueAt: 'sla_due_at',
  slaNotified: 'sla_notified',
  assignedExpertRef: 'assigned_expert_ref',
  assignedAt: 'assigned_at',
  updatedAt: 'updated_at',
  finishedAt: 'finished_at',
  closeReason: 'close_reason',
};

/** Columns of a patch; an explicit `undefined` clears the column. */
function patchToColumns(patch: EngagementPatch): Row {
  const columns: Row = {};
  for (const [key, value] of Object.entries(patch)) {
    const column = PATCH_COLUMNS[key as keyof EngagementPatch];
    if (column) columns[column] = value === undefined ? null : value;
  }
  return columns;
}

function timelineFromRow(row: Row): TimelineRecord {
  return {
    id: toNumber(row.id),
    engagementId: String(row.engagement_id),
    playbookId: String(row.playbook_id),
    partnerRef: String(row.partner_ref),
    stageId: String(row.stage_id),
    toStageId: optionalString(row.to_stage_id),
    kind: row.kind as TimelineKind,
    decision: optionalString(row.decision) as Decision | undefined,
    reason: optionalString(row.reason),
    actorRef: String(row.actor_ref),
    visibility: row.visibility as Visibility,
    occurredAt: toNumber(row.occurred_at),
    durationMs: optionalNumber(row.duration_ms),
    slaBreached: optionalBoolean(row.sla_breached),
    details: row.details ? JSON.parse(String(row.details)) : undefined,
  };
}

function outboxFromRow(row: Row): OutboxRecord {
  return {
    eventId: String(row.event_id),
    partnerRef: String(row.partner_ref),
    eventType: String(row.event_type),
    payload: String(row.payload),
    createdAt: toNumber(row.created_at),
    attempts: toNumber(row.attempts),
    nextAttemptAt: toNumber(row.next_attempt_at),
    deliveredAt: optionalNumber(row.delivered_at),
    lastError: optionalString(row.last_error),
  };
}

/**
 * SQL for the Solutions Lab: engagements, checklist, notes, timeline,
 * outbox. Knows nothing of playbooks, roles or HTTP; every list filters and
 * paginates in SQL.
 */
export class LabStore {
  readonly #db: Knex;
  readonly #isPostgres: boolean;
  /** Ids per `IN (…)` list, within each engine's bind variable limit. */
  readonly #idsPerStatement: number;

  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<LabStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip && !options.skipMigrations) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new LabStore(client);
  }

  private constructor(db: Knex) {
    this.#db = db;
    const client = String(db.client.config.client);
    this.#isPostgres = client === 'pg' || client.includes('postgres');
    this.#idsPerStatement = this.#isPostgres ? 10_000 : 900;
  }

  /** Runs `fn` in one transaction. */
  async transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.#db.transaction(fn);
  }

  // ---------------------------------------------------------------------------
  // Engagements

  async insertEngagement(
    record: EngagementRecord,
    tx: StoreTransaction,
  ): Promise<void> {
    await tx(ENGAGEMENTS).insert({
      id: record.id,
      partner_ref: record.partnerRef,
      playbook_id: record.playbookId,
      path_id: record.path ?? null,
      solution_name: record.solutionName,
      description: record.description,
      status: record.status,
      current_stage_id: record.currentStageId,
      stage_entered_at: record.stageEnteredAt,
      stage_paused_ms: record.stagePausedMs,
      held_at: record.heldAt ?? null,
      sla_ms: record.slaMs ?? null,
      sla_due_at: record.slaDueAt ?? null,
      sla_notified: record.slaNotified,
      assigned_expert_ref: record.assignedExpertRef ?? null,
      assigned_at: record.assignedAt ?? null,
      requested_by: record.requestedBy,
      created_at: record.createdAt,
      updated_at: record.updatedAt,
      finished_at: record.finishedAt ?? null,
      close_reason: record.closeReason ?? null,
      version: record.version,
    });
  }

  /** The engagement, if it exists and matches the criteria. */
  async getEngagement(
    id: string,
    options: { criteria?: EngagementCriteria; tx?: StoreTransaction } = {},
  ): Promise<EngagementRecord | undefined> {
    const query = (options.tx ?? this.#db)(ENGAGEMENTS)
      .where(`${ENGAGEMENTS}.id`, id)
      .first();
    if (options.criteria) whereCriteria(query, options.criteria, ENGAGEMENTS);
    const row = await query;
    return row ? engagementFromRow(row) : undefined;
  }

  /**
   * What the permission rules look at, for the permission framework's
   * `apply-conditions` (in the order of `ids`; undefined for a missing one).
   */
  async engagementResources(
    ids: readonly string[],
  ): Promise<Array<EngagementResource | undefined>> {
    const found = new Map<string, Row>();
    for (const part of chunk(ids, this.#idsPerStatement)) {
      const rows: Row[] = await this.#db(ENGAGEMENTS)
        .select('id', 'partner_ref', 'playbook_id', 'assigned_expert_ref')
        .whereIn('id', part);
      for (const row of rows) found.set(String(row.id), row);
    }
    return ids.map(id => {
      const row = found.get(id);
      return row
        ? {
            id,
            partnerRef: String(row.partner_ref),
            playbookId: String(row.playbook_id),
            assignedExpertRef: optionalString(row.assigned_expert_ref),
          }
        : undefined;
    });
  }

  /**
   * One page of engagements, filtered in SQL; returns up to `limit + 1` rows
   * so the caller knows whether there is a next page.
   */
  async listEngagements(
    query: EngagementListQuery,
  ): Promise<Array<{ record: EngagementRecord; key: number }>> {
    const e = ENGAGEMENTS;
    const slaKey = `COALESCE(${e}.sla_due_at, ${NO_DEADLINE})`;
    const builder = this.#db(e).select(`${e}.*`);
    if (query.criteria) whereCriteria(builder, query.criteria, e);
    if (query.status?.length) builder.whereIn(`${e}.status`, query.status);
    if (query.playbookId) builder.where(`${e}.playbook_id`, query.playbookId);
    if (query.stageId) builder.where(`${e}.current_stage_id`, query.stageId);
    if (query.partnerRefs)
      builder.whereIn(`${e}.partner_ref`, query.partnerRefs);
    if (query.assignedExpertRef === null) {
      builder.whereNull(`${e}.assigned_expert_ref`);
    } else if (query.assignedExpertRef !== undefined) {
      builder.where(`${e}.assigned_expert_ref`, query.assignedExpertRef);
    }
    if (query.slaRisk?.length) {
      const risks = query.slaRisk;
      builder.where(inner => {
        for (const risk of risks) {
          inner.orWhere(b => this.#whereSla(b, risk, query));
        }
      });
    }
    if (query.sort === 'sla') {
      builder.select(this.#db.raw(`${slaKey} as sort_key`));
      if (query.after) {
        const { key, id } = query.after;
        builder.where(inner =>
          inner
            .whereRaw(`${slaKey} > ?`, [key])
            .orWhere(b =>
              b.whereRaw(`${slaKey} = ?`, [key]).andWhere(`${e}.id`, '>', id),
            ),
        );
      }
      builder.orderByRaw(`${slaKey} asc, ${e}.id asc`);
    } else {
      builder.select(`${e}.created_at as sort_key`);
      if (query.after) {
        const { key, id } = query.after;
        builder.where(inner =>
          inner
            .where(`${e}.created_at`, '<', key)
            .orWhere(b =>
              b.where(`${e}.created_at`, key).andWhere(`${e}.id`, '<', id),
            ),
        );
      }
      builder.orderBy([
        { column: `${e}.created_at`, order: 'desc' },
        { column: `${e}.id`, order: 'desc' },
      ]);
    }
    const rows: Row[] = await builder.limit(query.limit + 1);
    return rows.map(row => ({
      record: engagementFromRow(row),
      key: toNumber(row.sort_key),
    }));
  }

  #whereSla(
    builder: Knex.QueryBuilder,
    risk: SlaRisk,
    options: { now: number; atRiskFraction: number },
  ): void {
    const e = ENGAGEMENTS;
    // At risk from `fraction` of the SLA on: due − (1 − fraction) × SLA ≤ now.
    const riskAt = `${e}.sla_due_at - ${e}.sla_ms * CAST(? AS DOUBLE PRECISION)`;
    const remaining = 1 - options.atRiskFraction;
    builder.where(`${e}.status`, 'active').whereNotNull(`${e}.sla_due_at`);
    if (risk === 'breached') {
      builder.where(`${e}.sla_due_at`, '<', options.now);
    } else if (risk === 'at-risk') {
      builder
        .where(`${e}.sla_due_at`, '>=', options.now)
        .whereRaw(`${riskAt} <= ?`, [remaining, options.now]);
    } else {
      builder.whereRaw(`${riskAt} > ?`, [remaining, options.now]);
    }
  }

  /**
   * Applies a patch if the engagement is still at `expectedVersion`, bumping
   * the version: `UPDATE … WHERE id = ? AND version = ?`. Returns the new
   * version, or undefined when no row matched (someone else changed it).
   */
  async updateEngagement(
    id: string,
    expectedVersion: number,
    patch: EngagementPatch,
    tx: StoreTransaction,
  ): Promise<number | undefined> {
    const count = await tx(ENGAGEMENTS)
      .where({ id, version: expectedVersion })
      .update({ ...patchToColumns(patch), version: expectedVersion + 1 });
    return count === 1 ? expectedVersion + 1 : undefined;
  }

  /**
   * Bumps the version of an open engagement still in `stageId` (a checklist
   * change) and returns the new version; undefined when it has moved on or
   * finished. With `expectedVersion`, only from that version. The increment
   * is atomic, so two people checking items at once both succeed; on
   * PostgreSQL it locks the row until commit, so a decision racing with the
   * change sees a new version and is refused.
   */
  async touchEngagementInStage(
    id: string,
    stageId: string,
    options: { now: number; expectedVersion?: number },
    tx: StoreTransaction,
  ): Promise<number | undefined> {
    const query = tx(ENGAGEMENTS)
      .where({ id, current_stage_id: stageId })
      .whereIn('status', OPEN_STATUSES);
    if (options.expectedVersion !== undefined) {
      query.where('version', options.expectedVersion);
    }
    const count = await query.update({
      version: tx.raw('version + 1'),
      updated_at: options.now,
    });
    if (count !== 1) return undefined;
    const row = await tx(ENGAGEMENTS).where({ id }).first('version');
    return toNumber(row.version);
  }

  /** Assigns an engagement nobody has taken yet; false when somebody has. */
  async assignIfUnassigned(
    id: string,
    expertRef: string,
    now: number,
    tx: StoreTransaction,
  ): Promise<number | undefined> {
    const current = await tx(ENGAGEMENTS)
      .where({ id })
      .whereNull('assigned_expert_ref')
      .whereIn('status', OPEN_STATUSES)
      .first('version');
    if (!current) return undefined;
    const version = toNumber(current.version);
    const count = await tx(ENGAGEMENTS)
      .where({ id, version })
      .whereNull('assigned_expert_ref')
      .update({
        assigned_expert_ref: expertRef,
        assigned_at: now,
        updated_at: now,
        version: version + 1,
      });
    return count === 1 ? version + 1 : undefined;
  }

  /** The playbooks and stages open engagements are in, with how many. */
  async openStagesInUse(): Promise<
    Array<{ playbookId: string; stageId: string; count: number }>
  > {
    const rows: Row[] = await this.#db(ENGAGEMENTS)
      .select('playbook_id', 'current_stage_id')
      .count({ count: '*' })
      .whereIn('status', OPEN_STATUSES)
      .groupBy('playbook_id', 'current_stage_id')
      .orderBy(['playbook_id', 'current_stage_id']);
    return rows.map(row => ({
      playbookId: String(row.playbook_id),
      stageId: String(row.current_stage_id),
      count: toNumber(row.count),
    }));
  }

  /** Number of engagements (all partners). */
  async countEngagements(): Promise<number> {
    const row = await this.#db(ENGAGEMENTS).count({ count: '*' }).first();
    return toNumber(row?.count ?? 0);
  }

  // ---------------------------------------------------------------------------
  // Stages passed

  async addCompletedStage(
    record: CompletedStageRecord,
    tx: StoreTransaction,
  ): Promise<void> {
    await tx(COMPLETED)
      .insert({
        engagement_id: record.engagementId,
        stage_id: record.stageId,
        completed_at: record.completedAt,
        completed_by: record.completedBy,
      })
      .onConflict(['engagement_id', 'stage_id'])
      .ignore();
  }

  /** Reopens stages (a send-back). */
  async removeCompletedStages(
    engagementId: string,
    stageIds: readonly string[],
    tx: StoreTransaction,
  ): Promise<void> {
    if (stageIds.length === 0) return;
    await tx(COMPLETED)
      .where('engagement_id', engagementId)
      .whereIn('stage_id', stageIds)
      .delete();
  }

  /** The stages each engagement has passed. */
  async completedStages(
    engagementIds: readonly string[],
    tx?: StoreTransaction,
  ): Promise<Map<string, CompletedStageRecord[]>> {
    const found = new Map<string, CompletedStageRecord[]>();
    for (const part of chunk(engagementIds, this.#idsPerStatement)) {
      const rows: Row[] = await (tx ?? this.#db)(COMPLETED)
        .whereIn('engagement_id', part)
        .orderBy(['engagement_id', 'completed_at', 'stage_id']);
      for (const row of rows) {
        const id = String(row.engagement_id);
        const list = found.get(id) ?? [];
        list.push({
          engagementId: id,
          stageId: String(row.stage_id),
          completedAt: toNumber(row.completed_at),
          completedBy: String(row.completed_by),
        });
        found.set(id, list);
      }
    }
    return found;
  }

  // ---------------------------------------------------------------------------
  // Checklist

  async upsertChecklistItem(
    record: ChecklistRecord,
    tx: StoreTransaction,
  ): Promise<void> {
    await tx(CHECKLIST)
      .insert({
        engagement_id: record.engagementId,
        stage_id: record.stageId,
        item_id: record.itemId,
        checked: record.checked,
        evidence_url: record.evidenceUrl ?? null,
        evidence_label: record.evidenceLabel ?? null,
        updated_by: record.updatedBy,
        updated_at: record.updatedAt,
      })
      .onConflict(['engagement_id', 'stage_id', 'item_id'])
      .merge([
        'checked',
        'evidence_url',
        'evidence_label',
        'updated_by',
        'updated_at',
      ]);
  }

  async getChecklist(
    engagementId: string,
    tx?: StoreTransaction,
  ): Promise<ChecklistRecord[]> {
    const rows: Row[] = await (tx ?? this.#db)(CHECKLIST)
      .where('engagement_id', engagementId)
      .orderBy(['stage_id', 'item_id']);
    return rows.map(row => ({
      engagementId: String(row.engagement_id),
      stageId: String(row.stage_id),
      itemId: String(row.item_id),
      checked: Boolean(row.checked),
      evidenceUrl: optionalString(row.evidence_url),
      evidenceLabel: optionalString(row.evidence_label),
      updatedBy: String(row.updated_by),
      updatedAt: toNumber(row.updated_at),
    }));
  }

  // ---------------------------------------------------------------------------
  // Notes

  async insertNote(
    note: Omit<NoteRecord, 'id'>,
    tx: StoreTransaction,
  ): Promise<NoteRecord> {
    const [inserted] = await tx(NOTES)
      .insert({
        engagement_id: note.engagementId,
        author_ref: note.authorRef,
        visibility: note.visibility,
        body: note.body,
        created_at: note.createdAt,
      })
      .returning('id');
    const id = typeof inserted === 'object' ? inserted.id : inserted;
    return { ...note, id: toNumber(id) };
  }

  /** Notes oldest first; internal ones only when asked. */
  async listNotes(
    engagementId: string,
    options: { includeInternal: boolean; limit: number },
  ): Promise<NoteRecord[]> {
    const query = this.#db(NOTES)
      .where('engagement_id', engagementId)
      .orderBy('id', 'desc')
      .limit(options.limit);
    if (!options.includeInternal) query.where('visibility', 'shared');
    const rows: Row[] = await query;
    return rows.reverse().map(row => ({
      id: toNumber(row.id),
      engagementId: String(row.engagement_id),
      authorRef: String(row.author_ref),
      visibility: row.visibility as Visibility,
      body: String(row.body),
      createdAt: toNumber(row.created_at),
    }));
  }

  // ---------------------------------------------------------------------------
  // Timeline

  async appendTimeline(
    entries: readonly NewTimelineRecord[],
    tx: StoreTransaction,
  ): Promise<void> {
    if (entries.length === 0) return;
    await tx(TIMELINE).insert(
      entries.map(entry => ({
        engagement_id: entry.engagementId,
        playbook_id: entry.playbookId,
        partner_ref: entry.partnerRef,
        stage_id: entry.stageId,
        to_stage_id: entry.toStageId ?? null,
        kind: entry.kind,
        decision: entry.decision ?? null,
        reason: entry.reason ?? null,
        actor_ref: entry.actorRef,
        visibility: entry.visibility,
        occurred_at: entry.occurredAt,
        duration_ms: entry.durationMs ?? null,
        sla_breached: entry.slaBreached ?? null,
        details: entry.details ? JSON.stringify(entry.details) : null,
      })),
    );
  }

  /** The most recent `limit` entries, oldest first; internal ones only when asked. */
  async listTimeline(
    engagementId: string,
    options: { includeInternal: boolean; limit: number },
  ): Promise<TimelineRecord[]> {
    const query = this.#db(TIMELINE)
      .where('engagement_id', engagementId)
      .orderBy('id', 'desc')
      .limit(options.limit);
    if (!options.includeInternal) query.where('visibility', 'shared');
    const rows: Row[] = await query;
    return rows.reverse().map(timelineFromRow);
  }

  // ---------------------------------------------------------------------------
  // Cross-plugin reads

  /** Where each engagement of these partners stands. */
  async engagementStages(
    partnerRefs: readonly string[],
  ): Promise<EngagementStageRow[]> {
    const found: EngagementStageRow[] = [];
    for (const part of chunk(partnerRefs, this.#idsPerStatement)) {
      const rows: Row[] = await this.#db(ENGAGEMENTS)
        .select(
          'id',
          'partner_ref',
          'playbook_id',
          'path_id',
          'current_stage_id',
          'status',
        )
        .whereIn('partner_ref', part)
        .orderBy(['partner_ref', 'created_at', 'id']);
      const completed = await this.completedStages(rows.map(r => String(r.id)));
      for (const row of rows) {
        const id = String(row.id);
        found.push({
          id,
          partnerRef: String(row.partner_ref),
          playbookId: String(row.playbook_id),
          path: optionalString(row.path_id),
          currentStageId: String(row.current_stage_id),
          status: row.status as EngagementStatus,
          completedStageIds: (completed.get(id) ?? []).map(c => c.stageId),
        });
      }
    }
    return found;
  }

  /** The partners of the open engagements assigned to an expert. */
  async assignedPartnerRefs(expertRef: string): Promise<string[]> {
    const rows: Row[] = await this.#db(ENGAGEMENTS)
      .distinct('partner_ref')
      .where('assigned_expert_ref', expertRef)
      .whereIn('status', OPEN_STATUSES)
      .orderBy('partner_ref');
    return rows.map(r => String(r.partner_ref));
  }

  // ---------------------------------------------------------------------------
  // SLA watch

  /**
   * Active engagements whose SLA level has risen past what people were told
   * in the current stage (at risk, or breached), oldest deadline first.
   */
  async slaEscalations(options: {
    now: number;
    atRiskFraction: number;
    limit: number;
  }): Promise<
    Array<{ record: EngagementRecord; level: 'at-risk' | 'breached' }>
  > {
    const e = ENGAGEMENTS;
    const remaining = 1 - options.atRiskFraction;
    const riskAt = `${e}.sla_due_at - ${e}.sla_ms * CAST(? AS DOUBLE PRECISION)`;
    const rows: Row[] = await this.#db(e)
      .where(`${e}.status`, 'active')
      .whereNotNull(`${e}.sla_due_at`)
      .where(inner =>
        inner
          .where(b =>
            b
              .where(`${e}.sla_due_at`, '<', options.now)
              .whereNot(`${e}.sla_notified`, 'breached'),
          )
          .orWhere(b =>
            b
              .whereRaw(`${riskAt} <= ?`, [remaining, options.now])
              .where(`${e}.sla_notified`, 'none'),
          ),
      )
      .orderBy([`${e}.sla_due_at`, `${e}.id`])
      .limit(options.limit);
    return rows.map(row => {
      const record = engagementFromRow(row);
      return {
        record,
        level:
          record.slaDueAt !== undefined && record.slaDueAt < options.now
            ? 'breached'
            : 'at-risk',
      };
    });
  }

  /**
   * Records that people were told about an SLA level, if nobody else did in
   * the meantime and the engagement is still in the same stage visit.
   */
  async markSlaNotified(
    record: Pick<
      EngagementRecord,
      'id' | 'currentStageId' | 'stageEnteredAt' | 'slaNotified'
    >,
    level: SlaNotified,
    tx: StoreTransaction,
  ): Promise<boolean> {
    const count = await tx(ENGAGEMENTS)
      .where({
        id: record.id,
        current_stage_id: record.currentStageId,
        stage_entered_at: record.stageEnteredAt,
        sla_notified: record.slaNotified,
        status: 'active',
      })
      .update({ sla_notified: level });
    return count === 1;
  }

  // ---------------------------------------------------------------------------
  // Funnel

  /**
   * Per stage, over the timeline of one playbook between `from` (inclusive)
   * and `to` (exclusive): one grouped scan of the stage transitions
   * (requests and decisions, a partial covering index), one for the median
   * time in stage over the same index, and a small grouped read of the open
   * engagements, side by side.
   */
  async funnel(options: {
    playbookId: string;
    from: number;
    to: number;
    now: number;
  }): Promise<{ stages: FunnelStageRow[]; occupancy: StageOccupancyRow[] }> {
    const { playbookId, from, to, now } = options;
    // The predicate repeats the partial index's, so the planner uses it.
    const transitions = () =>
      this.#db(TIMELINE)
        .where('playbook_id', playbookId)
        .where('occurred_at', '>=', from)
        .where('occurred_at', '<', to)
        .whereIn('kind', TRANSITION_KINDS);

    const groupedQuery = transitions()
      .select(
        'stage_id',
        'to_stage_id',
        'kind',
        'decision',
        this.#db.raw('COUNT(*) AS n'),
        this.#db.raw(
          'SUM(CASE WHEN sla_breached THEN 1 ELSE 0 END) AS breaches',
        ),
        this.#db.raw('COUNT(duration_ms) AS exits'),
      )
      .groupBy('stage_id', 'to_stage_id', 'kind', 'decision');

    const exits = () =>
      transitions().where('kind', 'decision').whereNotNull('duration_ms');
    const medianQuery = this.#isPostgres
      ? exits()
          .select(
            'stage_id',
            this.#db.raw(
              'percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms) AS median_ms',
            ),
          )
          .groupBy('stage_id')
      : // SQLite has no percentile function: the middle row(s) by rank.
        this.#db
          .select('stage_id', this.#db.raw('AVG(duration_ms) AS median_ms'))
          .from(
            exits()
              .select(
                'stage_id',
                'duration_ms',
                this.#db.raw(
                  'ROW_NUMBER() OVER (PARTITION BY stage_id ORDER BY duration_ms) AS rn',
                ),
                this.#db.raw('COUNT(*) OVER (PARTITION BY stage_id) AS cnt'),
              )
              .as('ranked'),
          )
          .whereRaw('rn IN ((cnt + 1) / 2, (cnt + 2) / 2)')
          .groupBy('stage_id');

    const occupancyQuery = this.#db(ENGAGEMENTS)
      .where('playbook_id', playbookId)
      .whereIn('status', OPEN_STATUSES)
      .select(
        'current_stage_id',
        this.#db.raw('COUNT(*) AS in_stage'),
        this.#db.raw(
          `SUM(CASE WHEN status = 'active' AND sla_due_at < ? THEN 1 ELSE 0 END) AS breached_now`,
          [now],
        ),
      )
      .groupBy('current_stage_id');

    // Independent reads: on PostgreSQL they run on separate connections.
    const [grouped, medianRows, occupancy]: Row[][] = await Promise.all([
      groupedQuery,
      medianQuery,
      occupancyQuery,
    ]);

    const byStage = new Map<string, FunnelStageRow>();
    const stageRow = (stageId: string): FunnelStageRow => {
      let row = byStage.get(stageId);
      if (!row) {
        row = {
          stageId,
          entered: 0,
          requested: 0,
          completed: 0,
          sendBacks: 0,
          dropOffs: 0,
          exits: 0,
          slaBreaches: 0,
        };
        byStage.set(stageId, row);
      }
      return row;
    };
    for (const row of grouped) {
      const n = toNumber(row.n);
      if (row.to_stage_id !== null && row.to_stage_id !== undefined) {
        const entered = stageRow(String(row.to_stage_id));
        entered.entered += n;
        if (row.kind === 'requested') entered.requested += n;
      }
      if (row.kind !== 'decision') continue;
      const left = stageRow(String(row.stage_id));
      if (row.decision === 'advance' || row.decision === 'complete') {
        left.completed += n;
      } else if (row.decision === 'send-back') {
        left.sendBacks += n;
      } else if (row.decision === 'close') {
        left.dropOffs += n;
      }
      left.exits += toNumber(row.exits);
      left.slaBreaches += toNumber(row.breaches);
    }
    for (const row of medianRows) {
      stageRow(String(row.stage_id)).medianDurationMs = toNumber(row.median_ms);
    }

    return {
      stages: [...byStage.values()],
      occupancy: occupancy.map(row => ({
        stageId: String(row.current_stage_id),
        inStage: toNumber(row.in_stage),
        breachedNow: toNumber(row.breached_now),
      })),
    };
  }

  // ---------------------------------------------------------------------------
  // Outbox

  /**
   * Queues points events in the caller's transaction. An id already queued
   * (a stage completed again after a send-back) keeps its first payload, so
   * the ledger never sees the same id with other content.
   */
  async enqueueOutbox(
    events: ReadonlyArray<
      Pick<OutboxRecord, 'eventId' | 'partnerRef' | 'eventType' | 'payload'>
    >,
    now: number,
    tx: StoreTransaction,
  ): Promise<void> {
    if (events.length === 0) return;
    await tx(OUTBOX)
      .insert(
        events.map(event => ({
          event_id: event.eventId,
          partner_ref: event.partnerRef,
          event_type: event.eventType,
          payload: event.payload,
          created_at: now,
          attempts: 0,
          next_attempt_at: now,
        })),
      )
      .onConflict('event_id')
      .ignore();
  }

  /**
   * Leases up to `limit` events that are due, for `leaseMs`: a replica (or a
   * second run) does not send the same events while the lease holds.
   */
  async claimOutbox(options: {
    now: number;
    limit: number;
    leaseMs: number;
    owner: string;
  }): Promise<OutboxRecord[]> {
    const { now, limit, leaseMs, owner } = options;
    const free = (q: Knex.QueryBuilder) =>
      q
        .whereNull('delivered_at')
        .where('next_attempt_at', '<=', now)
        .where(b =>
          b.whereNull('lease_until').orWhere('lease_until', '<', now),
        );
    const candidates: Row[] = await free(this.#db(OUTBOX))
      .select('event_id')
      .orderBy([
        { column: 'next_attempt_at', order: 'asc' },
        { column: 'created_at', order: 'asc' },
        { column: 'event_id', order: 'asc' },
      ])
      .limit(limit);
    const ids = candidates.map(r => String(r.event_id));
    if (ids.length === 0) return [];
    await free(this.#db(OUTBOX))
      .whereIn('event_id', ids)
      .update({ lease_owner: owner, lease_until: now + leaseMs });
    const rows: Row[] = await this.#db(OUTBOX)
      .whereIn('event_id', ids)
      .where('lease_owner', owner)
      .whereNull('delivered_at')
      .orderBy(['created_at', 'event_id']);
    return rows.map(outboxFromRow);
  }

  async markDelivered(eventIds: readonly string[], now: number): Promise<void> {
    for (const part of chunk(eventIds, this.#idsPerStatement)) {
      await this.#db(OUTBOX)
        .whereIn('event_id', part)
        .whereNull('delivered_at')
        .update({
          delivered_at: now,
          lease_owner: null,
          lease_until: null,
          last_error: null,
        });
    }
  }

  /** Releases leased events for another attempt at `nextAttemptAt`. */
  async markAttemptFailed(
    failures: ReadonlyArray<{ eventId: string; nextAttemptAt: number }>,
    error: string,
    owner: string,
  ): Promise<void> {
    if (failures.length === 0) return;
    await this.#db.transaction(async tx => {
      for (const failure of failures) {
        await tx(OUTBOX)
          .where({ event_id: failure.eventId, lease_owner: owner })
          .whereNull('delivered_at')
          .update({
            attempts: tx.raw('attempts + 1'),
            next_attempt_at: failure.nextAttemptAt,
            last_error: error.slice(0, 2000),
            lease_owner: null,
            lease_until: null,
          });
      }
    });
  }

  /** Outbox events by id (delivered or not). */
  async getOutbox(eventIds: readonly string[]): Promise<OutboxRecord[]> {
    const found: OutboxRecord[] = [];
    for (const part of chunk(eventIds, this.#idsPerStatement)) {
      const rows: Row[] = await this.#db(OUTBOX)
        .whereIn('event_id', part)
        .orderBy('event_id');
      found.push(...rows.map(outboxFromRow));
    }
    return found;
  }

  /** How the outbox stands. */
  async outboxStatus(): Promise<{
    pending: number;
    delivered: number;
    oldestPendingAt?: number;
  }> {
    const row = await this.#db(OUTBOX)
      .select(
        this.#db.raw(
          'SUM(CASE WHEN delivered_at IS NULL THEN 1 ELSE 0 END) AS pending',
        ),
        this.#db.raw(
          'SUM(CASE WHEN delivered_at IS NULL THEN 0 ELSE 1 END) AS delivered',
        ),
        this.#db.raw(
          'MIN(CASE WHEN delivered_at IS NULL THEN created_at END) AS oldest',
        ),
      )
      .first();
    return {
      pending: toNumber(row?.pending ?? 0),
      delivered: toNumber(row?.delivered ?? 0),
      oldestPendingAt: optionalNumber(row?.oldest),
    };
  }
}
