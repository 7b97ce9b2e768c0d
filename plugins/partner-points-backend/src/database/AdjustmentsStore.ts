import type { DatabaseService } from '@backstage/backend-plugin-api';
import {
  BUSINESS_MODEL_IDS,
  TIER_IDS,
  type BusinessModelId,
  type TierId,
} from '@partner-studio/scoring';
import type { Knex } from 'knex';
import { oneOf, optionalNumber, toNumber } from './columns';
import type { StoreTransaction } from './PointsStore';

const ADJUSTMENTS = 'partner_points_adjustments';
const EXEMPTIONS = 'partner_points_exemptions';
const REVOCATIONS = 'partner_points_revocations';

/** Which kind of decision a revocation ends. */
export type DecisionKind = 'adjustment' | 'exemption';

/** Who revoked a decision, when and why. */
export interface RevocationRow {
  decisionId: string;
  kind: DecisionKind;
  partnerRef: string;
  /** Epoch milliseconds: the decision stops counting from then. */
  revokedAt: number;
  revokedBy: string;
  reason: string;
}

/** A points adjustment as stored (times in epoch milliseconds). */
export interface AdjustmentRow {
  id: string;
  partnerRef: string;
  points: number;
  businessModel?: BusinessModelId;
  reason: string;
  /** It counts from then. */
  grantedAt: number;
  /** It counts until then (exclusive); absent: until revoked. */
  expiresAt?: number;
  /** When it was recorded, and by whom. */
  recordedAt: number;
  grantedBy: string;
  revocation?: RevocationRow;
}

/** What an exemption waives. */
export type ExemptionTargetRow =
  | { kind: 'tier-requirement'; tierId: TierId; requirementId: string }
  | { kind: 'metric'; metricId: string };

/** An exemption as stored (times in epoch milliseconds). */
export interface ExemptionRow {
  id: string;
  partnerRef: string;
  target: ExemptionTargetRow;
  reason: string;
  /** In force from then. */
  startsAt: number;
  /** Until then (exclusive); absent: until revoked. */
  endsAt?: number;
  recordedAt: number;
  grantedBy: string;
  revocation?: RevocationRow;
}

/** Where a page of decisions starts: after this (start time, id), newest first. */
export interface DecisionPosition {
  at: number;
  id: string;
}

/**
 * What the queries need to know of a decision table: its alias, the
 * columns it starts and ends counting by, and how a joined row reads.
 */
interface DecisionTable<R> {
  name: string;
  alias: string;
  startColumn: string;
  endColumn: string;
  toRow: (row: JoinedRow) => R;
}

interface JoinedRow {
  partner_ref: string;
  revoked_at: unknown;
  revoked_by: string | null;
  revocation_reason: string | null;
  [column: string]: unknown;
}

function revocationOf(
  row: JoinedRow,
  kind: DecisionKind,
  decisionId: string,
): RevocationRow | undefined {
  const revokedAt = optionalNumber(row.revoked_at);
  if (revokedAt === undefined) return undefined;
  return {
    decisionId,
    kind,
    partnerRef: row.partner_ref,
    revokedAt,
    revokedBy: String(row.revoked_by),
    reason: String(row.revocation_reason),
  };
}

function toAdjustment(row: JoinedRow): AdjustmentRow {
  const id = String(row.id);
  const expiresAt = optionalNumber(row.expires_at);
  const revocation = revocationOf(row, 'adjustment', id);
  return {
    id,
    partnerRef: row.partner_ref,
    points: toNumber(row.points),
    ...(row.business_model
      ? {
          businessModel: oneOf(
            BUSINESS_MODEL_IDS,
            row.business_model,
            'business_model',
          ),
        }
      : {}),
    reason: String(row.reason),
    grantedAt: toNumber(row.granted_at),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
    recordedAt: toNumber(row.recorded_at),
    grantedBy: String(row.granted_by),
    ...(revocation ? { revocation } : {}),
  };
}

function toExemption(row: JoinedRow): ExemptionRow {
  const id = String(row.id);
  const endsAt = optionalNumber(row.ends_at);
  const revocation = revocationOf(row, 'exemption', id);
  const target: ExemptionTargetRow =
    row.target_kind === 'metric'
      ? { kind: 'metric', metricId: String(row.metric_id) }
      : {
          kind: 'tier-requirement',
          tierId: oneOf(TIER_IDS, row.tier_id, 'tier_id'),
          requirementId: String(row.requirement_id),
        };
  return {
    id,
    partnerRef: row.partner_ref,
    target,
    reason: String(row.reason),
    startsAt: toNumber(row.starts_at),
    ...(endsAt !== undefined ? { endsAt } : {}),
    recordedAt: toNumber(row.recorded_at),
    grantedBy: String(row.granted_by),
    ...(revocation ? { revocation } : {}),
  };
}

const ADJUSTMENT_TABLE: DecisionTable<AdjustmentRow> = {
  name: ADJUSTMENTS,
  alias: 'a',
  startColumn: 'granted_at',
  endColumn: 'expires_at',
  toRow: toAdjustment,
};

const EXEMPTION_TABLE: DecisionTable<ExemptionRow> = {
  name: EXEMPTIONS,
  alias: 'x',
  startColumn: 'starts_at',
  endColumn: 'ends_at',
  toRow: toExemption,
};

/**
 * SQL for program admins' decisions on partners: points adjustments,
 * exemptions and their revocations. Append-only: rows are inserted, never
 * updated; revoking inserts a revocation row. (A development seeder's own
 * rows are the one exception, see {@link AdjustmentsStore.deleteSeeded}.)
 */
export class AdjustmentsStore {
  readonly #db: Knex;

  /** Over the plugin's database; {@link PointsStore.create} runs the migrations. */
  static async create(options: {
    database: DatabaseService;
  }): Promise<AdjustmentsStore> {
    return new AdjustmentsStore(await options.database.getClient());
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  /** Inserts an adjustment; false when its id is taken (nothing changes). */
  async insertAdjustment(
    row: Omit<AdjustmentRow, 'revocation'>,
    tx: StoreTransaction,
  ): Promise<boolean> {
    const inserted = await tx(ADJUSTMENTS)
      .insert({
        id: row.id,
        partner_ref: row.partnerRef,
        points: row.points,
        business_model: row.businessModel ?? null,
        reason: row.reason,
        granted_at: row.grantedAt,
        expires_at: row.expiresAt ?? null,
        recorded_at: row.recordedAt,
        granted_by: row.grantedBy,
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    return inserted.length === 1;
  }

  /** Inserts an exemption; false when its id is taken (nothing changes). */
  async insertExemption(
    row: Omit<ExemptionRow, 'revocation'>,
    tx: StoreTransaction,
  ): Promise<boolean> {
    const { target } = row;
    const inserted = await tx(EXEMPTIONS)
      .insert({
        id: row.id,
        partner_ref: row.partnerRef,
        target_kind: target.kind,
        tier_id: target.kind === 'tier-requirement' ? target.tierId : null,
        requirement_id:
          target.kind === 'tier-requirement' ? target.requirementId : null,
        metric_id: target.kind === 'metric' ? target.metricId : null,
        reason: row.reason,
        starts_at: row.startsAt,
        ends_at: row.endsAt ?? null,
        recorded_at: row.recordedAt,
        granted_by: row.grantedBy,
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    return inserted.length === 1;
  }

  /** Records a revocation; false when the decision was already revoked. */
  async insertRevocation(
    row: RevocationRow,
    tx: StoreTransaction,
  ): Promise<boolean> {
    const inserted = await tx(REVOCATIONS)
      .insert({
        decision_id: row.decisionId,
        kind: row.kind,
        partner_ref: row.partnerRef,
        revoked_at: row.revokedAt,
        revoked_by: row.revokedBy,
        reason: row.reason,
      })
      .onConflict('decision_id')
      .ignore()
      .returning('decision_id');
    return inserted.length === 1;
  }

  /** One of the partner's adjustments, with its revocation. */
  async getAdjustment(
    partnerRef: string,
    id: string,
    tx?: StoreTransaction,
  ): Promise<AdjustmentRow | undefined> {
    return this.#get(ADJUSTMENT_TABLE, partnerRef, id, tx);
  }

  /** One of the partner's exemptions, with its revocation. */
  async getExemption(
    partnerRef: string,
    id: string,
    tx?: StoreTransaction,
  ): Promise<ExemptionRow | undefined> {
    return this.#get(EXEMPTION_TABLE, partnerRef, id, tx);
  }

  /** The partner's adjustments, newest first (by when they count from). */
  async listAdjustments(
    partnerRef: string,
    page: { limit: number; after?: DecisionPosition },
  ): Promise<AdjustmentRow[]> {
    return this.#list(ADJUSTMENT_TABLE, partnerRef, page);
  }

  /** The partner's exemptions, newest first (by when they start). */
  async listExemptions(
    partnerRef: string,
    page: { limit: number; after?: DecisionPosition },
  ): Promise<ExemptionRow[]> {
    return this.#list(EXEMPTION_TABLE, partnerRef, page);
  }

  /**
   * The partner's decisions that still count at `atMs` or later (not
   * expired and not revoked by then), for an evaluation at `atMs`: the
   * engine also forecasts their starts and ends.
   */
  async listInForce(
    partnerRef: string,
    atMs: number,
  ): Promise<{ adjustments: AdjustmentRow[]; exemptions: ExemptionRow[] }> {
    const [adjustments, exemptions] = await Promise.all([
      this.#inForce(ADJUSTMENT_TABLE, partnerRef, atMs),
      this.#inForce(EXEMPTION_TABLE, partnerRef, atMs),
    ]);
    return { adjustments, exemptions };
  }

  /**
   * Development only: deletes the decisions a seeder recorded (and every
   * revocation of them or by it). Returns the partners whose decisions
   * changed.
   */
  async deleteSeeded(
    seededBy: string,
    tx: StoreTransaction,
  ): Promise<string[]> {
    const partners = new Set<string>();
    for (const table of [ADJUSTMENTS, EXEMPTIONS]) {
      const rows = await tx(table)
        .where('granted_by', seededBy)
        .distinct('partner_ref');
      for (const row of rows) partners.add(row.partner_ref);
    }
    const revoked = await tx(REVOCATIONS)
      .where('revoked_by', seededBy)
      .distinct('partner_ref');
    for (const row of revoked) partners.add(row.partner_ref);

    await tx(REVOCATIONS)
      .where('revoked_by', seededBy)
      .orWhereIn(
        'decision_id',
        tx(ADJUSTMENTS).where('granted_by', seededBy).select('id'),
      )
      .orWhereIn(
        'decision_id',
        tx(EXEMPTIONS).where('granted_by', seededBy).select('id'),
      )
      .delete();
    await tx(ADJUSTMENTS).where('granted_by', seededBy).delete();
    await tx(EXEMPTIONS).where('granted_by', seededBy).delete();
    return [...partners].sort();
  }

  async #get<R>(
    table: DecisionTable<R>,
    partnerRef: string,
    id: string,
    tx?: StoreTransaction,
  ): Promise<R | undefined> {
    const { alias } = table;
    const row = await this.#joined(table, tx ?? this.#db)
      .where(`${alias}.partner_ref`, partnerRef)
      .where(`${alias}.id`, id)
      .first();
    return row ? table.toRow(row) : undefined;
  }

  async #list<R>(
    table: DecisionTable<R>,
    partnerRef: string,
    page: { limit: number; after?: DecisionPosition },
  ): Promise<R[]> {
    const start = `${table.alias}.${table.startColumn}`;
    const id = `${table.alias}.id`;
    const query = this.#joined(table, this.#db)
      .where(`${table.alias}.partner_ref`, partnerRef)
      .orderBy([
        { column: start, order: 'desc' },
        { column: id, order: 'desc' },
      ])
      .limit(page.limit);
    if (page.after) {
      const after = page.after;
      query.where(q =>
        q
          .where(start, '<', after.at)
          .orWhere(q2 => q2.where(start, after.at).where(id, '<', after.id)),
      );
    }
    return (await query).map(table.toRow);
  }

  async #inForce<R>(
    table: DecisionTable<R>,
    partnerRef: string,
    atMs: number,
  ): Promise<R[]> {
    const end = `${table.alias}.${table.endColumn}`;
    const rows = await this.#joined(table, this.#db)
      .where(`${table.alias}.partner_ref`, partnerRef)
      .where(q => q.whereNull(end).orWhere(end, '>', atMs))
      .where(q =>
        q.whereNull('r.revoked_at').orWhere('r.revoked_at', '>', atMs),
      )
      .orderBy(`${table.alias}.id`);
    return rows.map(table.toRow);
  }

  /** A decision table's rows joined with their revocation (if any). */
  #joined<R>(table: DecisionTable<R>, db: Knex | StoreTransaction) {
    const { alias } = table;
    return db(`${table.name} as ${alias}`)
      .leftJoin(`${REVOCATIONS} as r`, 'r.decision_id', `${alias}.id`)
      .select(
        `${alias}.*`,
        'r.revoked_at as revoked_at',
        'r.revoked_by as revoked_by',
        'r.reason as revocation_reason',
      );
  }
}
