import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@partner-studio/plugin-partner-points-backend',
  'migrations',
);

const EVENTS = 'partner_points_events';
const PARTNERS = 'partner_points_partners';
const SNAPSHOTS = 'partner_points_snapshots';
const META = 'partner_points_meta';

/** A ledger row as the service writes it. */
export interface LedgerEventRow {
  id: string;
  partnerRef: string;
  type: string;
  /** Epoch milliseconds. */
  occurredAt: number;
  /** The canonical event, JSON. */
  payload: string;
  contentHash: string;
}

/** What the ledger already holds for an id. */
export interface ExistingEvent {
  id: string;
  partnerRef: string;
  contentHash: string;
}

/** Per-partner bookkeeping. */
export interface PartnerState {
  partnerRef: string;
  revision: number;
  evaluatedRevision: number;
  lastTier?: string;
  lastTotalPoints?: number;
}

/** A stored standing snapshot. */
export interface SnapshotRow {
  id: number;
  partnerRef: string;
  /** Epoch milliseconds. */
  takenAt: number;
  totalPoints: number;
  tier: string;
  reason: 'scheduled' | 'tier-change';
  revision: number;
  /** Points per pillar id at that time (absent on snapshots older than the column). */
  pointsByPillar?: Record<string, number>;
  /** The partner's primary business model at that time: its cohort. */
  businessModel?: string;
  /** The development seeder that wrote it, if one did. */
  seededBy?: string;
}

/** A partner's latest scheduled snapshot, as the cohort ranking reads it. */
export interface RankedSnapshotRow {
  partnerRef: string;
  takenAt: number;
  totalPoints: number;
  pointsByPillar: Record<string, number>;
  businessModel?: string;
}

/** A transaction handle, opaque to the service. */
export type StoreTransaction = Knex.Transaction;

function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/**
 * SQL for the points ledger. Knows nothing of scoring or HTTP.
 */
export class PointsStore {
  readonly #db: Knex;
  /** PostgreSQL takes whole batches as array parameters (`unnest`, `ANY`). */
  readonly #isPostgres: boolean;
  /** Rows per multi-row statement, within each engine's bind variable limit. */
  readonly #rowsPerStatement: number;
  /** Ids per `IN (…)` list. */
  readonly #idsPerStatement: number;

  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<PointsStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip && !options.skipMigrations) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new PointsStore(client);
  }

  private constructor(db: Knex) {
    this.#db = db;
    const client = String(db.client.config.client);
    const isSqlite = client.includes('sqlite');
    this.#isPostgres = client === 'pg' || client.includes('postgres');
    // SQLite's default limit is 32766 bind variables (999 on old builds);
    // PostgreSQL's is 65535.
    this.#rowsPerStatement = isSqlite ? 100 : 5000;
    this.#idsPerStatement = isSqlite ? 900 : 10000;
  }

  /** Runs `fn` in one transaction. */
  async transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.#db.transaction(fn);
  }

  /** The rows already in the ledger for these ids. */
  async findExisting(
    ids: string[],
    tx?: StoreTransaction,
  ): Promise<Map<string, ExistingEvent>> {
    const db = tx ?? this.#db;
    const found = new Map<string, ExistingEvent>();
    for (const part of chunk(ids, this.#idsPerStatement)) {
      const query = db(EVENTS).select('id', 'partner_ref', 'content_hash');
      const rows = await (this.#isPostgres
        ? query.whereRaw('id = ANY(?::text[])', [part])
        : query.whereIn('id', part));
      for (const row of rows) {
        found.set(row.id, {
          id: row.id,
          partnerRef: row.partner_ref,
          contentHash: row.content_hash,
        });
      }
    }
    return found;
  }

  /**
   * Inserts rows, skipping ids that exist (a concurrent writer may have
   * inserted one since the caller looked). Returns the ids actually inserted.
   */
  async insertEvents(
    rows: LedgerEventRow[],
    options: { ingestedAt: number; ingestedBy?: string },
    tx: StoreTransaction,
  ): Promise<Set<string>> {
    const inserted = new Set<string>();
    if (this.#isPostgres) {
      // One statement, nine parameters, whatever the batch size.
      const result = await tx.raw(
        `INSERT INTO ${EVENTS}
           (id, partner_ref, type, occurred_at, payload, content_hash, ingested_at, ingested_by)
         SELECT u.id, u.partner_ref, u.type, u.occurred_at, u.payload, u.content_hash, ?::bigint, ?::text
         FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])
           AS u(id, partner_ref, type, occurred_at, payload, content_hash)
         ON CONFLICT (id) DO NOTHING
         RETURNING id`,
        [
          options.ingestedAt,
          options.ingestedBy ?? null,
          rows.map(r => r.id),
          rows.map(r => r.partnerRef),
          rows.map(r => r.type),
          rows.map(r => r.occurredAt),
          rows.map(r => r.payload),
          rows.map(r => r.contentHash),
        ],
      );
      for (const r of result.rows as Array<{ id: string }>) inserted.add(r.id);
      return inserted;
    }
    for (const part of chunk(rows, this.#rowsPerStatement)) {
      const result: Array<{ id: string } | string> = await tx(EVENTS)
        .insert(
          part.map(row => ({
            id: row.id,
            partner_ref: row.partnerRef,
            type: row.type,
            occurred_at: row.occurredAt,
            payload: row.payload,
            content_hash: row.contentHash,
            ingested_at: options.ingestedAt,
            ingested_by: options.ingestedBy ?? null,
          })),
        )
        .onConflict('id')
        .ignore()
        .returning('id');
      for (const r of result) {
        inserted.add(typeof r === 'string' ? r : r.id);
      }
    }
    return inserted;
  }

  /**
   * Bumps the ledger revision of each partner, creating its row if needed.
   * Runs in the ingestion transaction so a reader never sees new events
   * under an old revision.
   */
  async bumpRevisions(
    partnerRefs: string[],
    now: number,
    tx: StoreTransaction,
  ): Promise<void> {
    const sorted = [...new Set(partnerRefs)].sort(); // a stable lock order
    if (sorted.length === 0) return;
    if (this.#isPostgres) {
      await tx.raw(
        `INSERT INTO ${PARTNERS} (partner_ref, revision, updated_at, evaluated_revision)
         SELECT p, 1, ?::bigint, 0 FROM unnest(?::text[]) WITH ORDINALITY AS u(p, n)
         ORDER BY n
         ON CONFLICT (partner_ref) DO UPDATE
           SET revision = ${PARTNERS}.revision + 1, updated_at = EXCLUDED.updated_at`,
        [now, sorted],
      );
      return;
    }
    for (const part of chunk(sorted, this.#rowsPerStatement)) {
      await tx(PARTNERS)
        .insert(
          part.map(partnerRef => ({
            partner_ref: partnerRef,
            revision: 1,
            updated_at: now,
            evaluated_revision: 0,
          })),
        )
        .onConflict('partner_ref')
        .merge({
          revision: tx.raw('?? + 1', [`${PARTNERS}.revision`]),
          updated_at: now,
        });
    }
  }

  /** The partner's ledger revision; 0 when it has no events. */
  async getRevision(partnerRef: string): Promise<number> {
    const row = await this.#db(PARTNERS)
      .where('partner_ref', partnerRef)
      .first('revision');
    return row ? toNumber(row.revision) : 0;
  }

  /** The ledger revisions of these partners; absent ones have none (0). */
  async getRevisions(partnerRefs: string[]): Promise<Map<string, number>> {
    const revisions = new Map<string, number>();
    for (const part of chunk(partnerRefs, this.#idsPerStatement)) {
      const query = this.#db(PARTNERS).select('partner_ref', 'revision');
      const rows = await (this.#isPostgres
        ? query.whereRaw('partner_ref = ANY(?::text[])', [part])
        : query.whereIn('partner_ref', part));
      for (const row of rows) {
        revisions.set(row.partner_ref, toNumber(row.revision));
      }
    }
    return revisions;
  }

  async getPartnerState(
    partnerRef: string,
    tx?: StoreTransaction,
  ): Promise<PartnerState | undefined> {
    const query = (tx ?? this.#db)(PARTNERS).where('partner_ref', partnerRef);
    if (tx && this.#isPostgres) query.forUpdate();
    const row = await query.first();
    return row ? this.#toState(row) : undefined;
  }

  /**
   * Records the standing evaluated at `revision`, unless a newer one is
   * already recorded (another replica got there first). Returns the state
   * before the update, or undefined when nothing was updated.
   */
  async recordEvaluation(
    partnerRef: string,
    evaluation: { revision: number; tier: string; totalPoints: number },
    tx: StoreTransaction,
  ): Promise<PartnerState | undefined> {
    const before = await this.getPartnerState(partnerRef, tx);
    if (!before || before.evaluatedRevision >= evaluation.revision) {
      return undefined;
    }
    const updated = await tx(PARTNERS)
      .where('partner_ref', partnerRef)
      .where('evaluated_revision', before.evaluatedRevision)
      .update({
        evaluated_revision: evaluation.revision,
        last_tier: evaluation.tier,
        last_total_points: evaluation.totalPoints,
      });
    return updated === 1 ? before : undefined;
  }

  /** Partners whose latest revision has not been evaluated yet. */
  async listUnevaluatedPartners(limit: number): Promise<string[]> {
    const rows = await this.#db(PARTNERS)
      .whereRaw('evaluated_revision < revision')
      .orderBy('partner_ref')
      .limit(limit)
      .select('partner_ref');
    return rows.map(r => r.partner_ref);
  }

  /** Partner ids with events, ordered, after a cursor. */
  async listPartnerIds(options: {
    after?: string;
    limit: number;
  }): Promise<string[]> {
    const query = this.#db(PARTNERS)
      .orderBy('partner_ref')
      .limit(options.limit);
    if (options.after !== undefined) {
      query.where('partner_ref', '>', options.after);
    }
    const rows = await query.select('partner_ref');
    return rows.map(r => r.partner_ref);
  }

  /**
   * The partner's events with `sinceExclusive < occurredAt <= until`,
   * oldest first; payloads as stored.
   */
  async listEventPayloads(
    partnerRef: string,
    window: { sinceExclusive: number; until: number },
  ): Promise<string[]> {
    const rows = await this.#db(EVENTS)
      .where('partner_ref', partnerRef)
      .where('occurred_at', '>', window.sinceExclusive)
      .where('occurred_at', '<=', window.until)
      .orderBy([
        { column: 'occurred_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .select('payload');
    return rows.map(r => r.payload);
  }

  /** Payloads of all the partner's events of these types, oldest first. */
  async listEventPayloadsOfTypes(
    partnerRef: string,
    types: string[],
  ): Promise<string[]> {
    const rows = await this.#db(EVENTS)
      .where('partner_ref', partnerRef)
      .whereIn('type', types)
      .orderBy([
        { column: 'occurred_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .select('payload');
    return rows.map(r => r.payload);
  }

  /** Payloads of the partner's events with these ids. */
  async getEventPayloads(partnerRef: string, ids: string[]): Promise<string[]> {
    const out: string[] = [];
    for (const part of chunk(ids, this.#idsPerStatement)) {
      const rows = await this.#db(EVENTS)
        .where('partner_ref', partnerRef)
        .whereIn('id', part)
        .select('payload');
      out.push(...rows.map(r => r.payload));
    }
    return out;
  }

  async countEvents(): Promise<number> {
    const [row] = await this.#db(EVENTS).count({ count: '*' });
    return toNumber(row.count);
  }

  async insertSnapshot(
    snapshot: Omit<SnapshotRow, 'id'>,
    tx?: StoreTransaction,
  ): Promise<void> {
    await this.insertSnapshots([snapshot], tx);
  }

  async insertSnapshots(
    snapshots: Array<Omit<SnapshotRow, 'id'>>,
    tx?: StoreTransaction,
  ): Promise<void> {
    const db = tx ?? this.#db;
    for (const part of chunk(snapshots, this.#rowsPerStatement)) {
      await db(SNAPSHOTS).insert(
        part.map(snapshot => ({
          partner_ref: snapshot.partnerRef,
          taken_at: snapshot.takenAt,
          total_points: snapshot.totalPoints,
          tier: snapshot.tier,
          reason: snapshot.reason,
          revision: snapshot.revision,
          points_by_pillar: snapshot.pointsByPillar
            ? JSON.stringify(snapshot.pointsByPillar)
            : null,
          business_model: snapshot.businessModel ?? null,
          seeded_by: snapshot.seededBy ?? null,
        })),
      );
    }
  }

  /**
   * Each partner's latest scheduled snapshot taken at or after `sinceMs`
   * that has points per pillar: what the cohort ranking compares.
   */
  async latestScheduledSnapshots(
    sinceMs: number,
  ): Promise<RankedSnapshotRow[]> {
    const latest = this.#db(SNAPSHOTS)
      .where('reason', 'scheduled')
      .where('taken_at', '>=', sinceMs)
      .whereNotNull('points_by_pillar')
      .groupBy('partner_ref')
      .select('partner_ref')
      .max({ t: 'taken_at' });
    const rows = await this.#db(`${SNAPSHOTS} as s`)
      .join(latest.as('l'), join =>
        join.on('l.partner_ref', 's.partner_ref').andOn('l.t', 's.taken_at'),
      )
      .where('s.reason', 'scheduled')
      .whereNotNull('s.points_by_pillar')
      .orderBy([
        { column: 's.partner_ref', order: 'asc' },
        { column: 's.id', order: 'desc' },
      ])
      .select(
        's.partner_ref',
        's.taken_at',
        's.total_points',
        's.points_by_pillar',
        's.business_model',
      );
    const out: RankedSnapshotRow[] = [];
    for (const row of rows) {
      // Two snapshots of one partner at the same instant: the newest row.
      if (out[out.length - 1]?.partnerRef === row.partner_ref) continue;
      out.push({
        partnerRef: row.partner_ref,
        takenAt: toNumber(row.taken_at),
        totalPoints: toNumber(row.total_points),
        pointsByPillar: JSON.parse(row.points_by_pillar),
        ...(row.business_model ? { businessModel: row.business_model } : {}),
      });
    }
    return out;
  }

  /** Development only: deletes a seeder's snapshots of a partner. */
  async deleteSeededSnapshots(
    partnerRef: string,
    seededBy: string,
    tx: StoreTransaction,
  ): Promise<void> {
    await tx(SNAPSHOTS)
      .where({ partner_ref: partnerRef, seeded_by: seededBy })
      .delete();
  }

  /**
   * Development only: deletes what a seeder wrote — its events (ingested as
   * `seededBy`) and snapshots — and marks every partner whose ledger changed
   * as changed but settled (see {@link bumpRevisionsSettled}). Returns those
   * partners.
   */
  async deleteSeeded(
    seededBy: string,
    now: number,
    tx: StoreTransaction,
  ): Promise<string[]> {
    const rows = await tx(EVENTS)
      .where('ingested_by', seededBy)
      .distinct('partner_ref');
    const partners = rows.map(r => String(r.partner_ref)).sort();
    await tx(EVENTS).where('ingested_by', seededBy).delete();
    await tx(SNAPSHOTS).where('seeded_by', seededBy).delete();
    await this.bumpRevisionsSettled(partners, now, tx);
    return partners;
  }

  /**
   * Bumps the revisions of partners (with a row) and records the new
   * revision as evaluated: cached standings everywhere are stale, but the
   * change is not one to settle, snapshot or signal (a development reset,
   * about to be re-seeded, is not a tier change of the partner).
   */
  async bumpRevisionsSettled(
    partnerRefs: string[],
    now: number,
    tx: StoreTransaction,
  ): Promise<void> {
    for (const part of chunk(partnerRefs, this.#idsPerStatement)) {
      await tx(PARTNERS)
        .whereIn('partner_ref', part)
        .update({
          revision: tx.raw('revision + 1'),
          evaluated_revision: tx.raw('revision + 1'),
          updated_at: now,
        });
    }
  }

  /**
   * The partner's snapshots, newest first, with `takenAt >= since`, before an
   * optional `(takenAt, id)` cursor.
   */
  async listSnapshots(
    partnerRef: string,
    options: {
      since?: number;
      before?: { takenAt: number; id: number };
      limit: number;
    },
  ): Promise<SnapshotRow[]> {
    const query = this.#db(SNAPSHOTS)
      .where('partner_ref', partnerRef)
      .orderBy([
        { column: 'taken_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(options.limit);
    if (options.since !== undefined) {
      query.where('taken_at', '>=', options.since);
    }
    if (options.before) {
      const { takenAt, id } = options.before;
      query.where(q =>
        q
          .where('taken_at', '<', takenAt)
          .orWhere(q2 => q2.where('taken_at', takenAt).where('id', '<', id)),
      );
    }
    const rows = await query.select();
    return rows.map(row => ({
      id: toNumber(row.id),
      partnerRef: row.partner_ref,
      takenAt: toNumber(row.taken_at),
      totalPoints: toNumber(row.total_points),
      tier: row.tier,
      reason: row.reason,
      revision: toNumber(row.revision),
      ...(row.points_by_pillar
        ? { pointsByPillar: JSON.parse(row.points_by_pillar) }
        : {}),
      ...(row.business_model ? { businessModel: row.business_model } : {}),
      ...(row.seeded_by ? { seededBy: row.seeded_by } : {}),
    }));
  }

  /** The newest snapshot of a partner with a reason, if any. */
  async latestSnapshot(
    partnerRef: string,
    reason: SnapshotRow['reason'],
  ): Promise<{ takenAt: number } | undefined> {
    const row = await this.#db(SNAPSHOTS)
      .where({ partner_ref: partnerRef, reason })
      .orderBy('taken_at', 'desc')
      .first('taken_at');
    return row ? { takenAt: toNumber(row.taken_at) } : undefined;
  }

  async getMeta(
    key: string,
    tx?: StoreTransaction,
  ): Promise<string | undefined> {
    const row = await (tx ?? this.#db)(META).where('key', key).first('value');
    return row?.value;
  }

  /**
   * Sets `key` to `value` if it holds `expected` (absent: if it is unset);
   * false when another writer changed it first.
   */
  async swapMeta(
    key: string,
    expected: string | undefined,
    value: string,
    tx: StoreTransaction,
  ): Promise<boolean> {
    if (expected === undefined) {
      const inserted = await tx(META)
        .insert({ key, value })
        .onConflict('key')
        .ignore()
        .returning('key');
      return inserted.length === 1;
    }
    const updated = await tx(META)
      .where({ key, value: expected })
      .update({ value });
    return updated === 1;
  }

  /** Sets a value unless one is set; returns the value in force. */
  async setMetaIfAbsent(key: string, value: string): Promise<string> {
    await this.#db(META).insert({ key, value }).onConflict('key').ignore();
    return (await this.getMeta(key)) ?? value;
  }

  #toState(row: any): PartnerState {
    return {
      partnerRef: row.partner_ref,
      revision: toNumber(row.revision),
      evaluatedRevision: toNumber(row.evaluated_revision),
      ...(row.last_tier ? { lastTier: row.last_tier } : {}),
      ...(row.last_total_points !== null && row.last_total_points !== undefined
        ? { lastTotalPoints: toNumber(row.last_total_points) }
        : {}),
    };
  }
}
