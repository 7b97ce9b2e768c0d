import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { LedgerEventRow, PointsStore } from './PointsStore';
import {
  POSTGRES_CONNECTION_ENV,
  TEST_DATABASE_IDS,
} from '@partner-studio/plugin-partner-studio-node/testUtils';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

function row(
  id: string,
  partnerRef: string,
  occurredAt: number,
): LedgerEventRow {
  return {
    id,
    partnerRef,
    type: 'deal_won',
    occurredAt,
    payload: JSON.stringify({ id, partnerRef, occurredAt }),
    contentHash: `hash-${id}`,
  };
}

/** Runs only when a PostgreSQL 15 connection string is given (as in CI). */
const itIfPostgres = process.env[POSTGRES_CONNECTION_ENV] ? it : it.skip;

/** Runs in CI only. */
const itInCi = process.env.CI ? it : it.skip;

describe('test databases', () => {
  // CI sets the connection string; when it is set, PostgreSQL must really run
  // (a silent fallback to SQLite only would hide engine-specific bugs).
  itIfPostgres(
    'really runs PostgreSQL 15 when a connection string is given',
    async () => {
      const ids = databases.eachSupportedId().map(([id]) => id);
      expect(ids).toEqual(expect.arrayContaining(['POSTGRES_15', 'SQLITE_3']));
      const knex = await databases.init('POSTGRES_15');
      const result = await knex.raw('select version() as version');
      expect(result.rows[0].version).toMatch(/^PostgreSQL 15\./);
    },
  );

  // In CI (.ci/run) the connection string must be there, or the PostgreSQL
  // half of every database test would silently not run.
  itInCi('is given PostgreSQL in CI', () => {
    expect(process.env[POSTGRES_CONNECTION_ENV]).toMatch(/^postgres(ql)?:\/\//);
  });

  it('always runs SQLite', () => {
    expect(databases.eachSupportedId().map(([id]) => id)).toContain('SQLITE_3');
  });
});

describe.each(databases.eachSupportedId())('PointsStore on %p', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    const store = await PointsStore.create({
      database: mockServices.database({ knex }),
    });
    return { knex, store };
  }

  it('inserts events once, bumping the revision in the same transaction', async () => {
    const { store } = await createStore();
    expect(await store.getRevision('p1')).toBe(0);

    const inserted = await store.transaction(async tx => {
      const ids = await store.insertEvents(
        [row('a', 'p1', 1000), row('b', 'p1', 2000), row('c', 'p2', 3000)],
        { ingestedAt: 5000, ingestedBy: 'user:default/paul.admin' },
        tx,
      );
      await store.bumpRevisions(['p1', 'p2', 'p1'], 5000, tx);
      return ids;
    });
    expect([...inserted].sort()).toEqual(['a', 'b', 'c']);
    expect(await store.getRevision('p1')).toBe(1);

    const again = await store.transaction(async tx => {
      const ids = await store.insertEvents(
        [row('a', 'p1', 1000), row('d', 'p1', 4000)],
        { ingestedAt: 6000 },
        tx,
      );
      await store.bumpRevisions(['p1'], 6000, tx);
      return ids;
    });
    expect([...again]).toEqual(['d']);
    expect(await store.getRevision('p1')).toBe(2);
    expect(await store.getRevision('p2')).toBe(1);
    expect(await store.countEvents()).toBe(4);

    const existing = await store.findExisting(['a', 'c', 'zzz']);
    expect([...existing.values()]).toEqual(
      expect.arrayContaining([
        { id: 'a', partnerRef: 'p1', contentHash: 'hash-a' },
        { id: 'c', partnerRef: 'p2', contentHash: 'hash-c' },
      ]),
    );
    expect(existing.has('zzz')).toBe(false);
  });

  it('stores payloads with any characters intact', async () => {
    const { store } = await createStore();
    const payload = JSON.stringify({
      id: 'odd, "id" {x}',
      note: 'quotes " and \\ backslashes, {braces}, commas, NULL, é ✓ 🚀',
    });
    await store.transaction(tx =>
      store.insertEvents(
        [{ ...row('odd, "id" {x}', 'p1', 10), payload }],
        { ingestedAt: 1 },
        tx,
      ),
    );
    expect(
      await store.listEventPayloads('p1', { sinceExclusive: 0, until: 20 }),
    ).toEqual([payload]);
    expect([...(await store.findExisting(['odd, "id" {x}'])).keys()]).toEqual([
      'odd, "id" {x}',
    ]);
  });

  it('rolls back every row when the transaction fails', async () => {
    const { store } = await createStore();
    await expect(
      store.transaction(async tx => {
        await store.insertEvents([row('a', 'p1', 1)], { ingestedAt: 1 }, tx);
        await store.bumpRevisions(['p1'], 1, tx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.countEvents()).toBe(0);
    expect(await store.getRevision('p1')).toBe(0);
  });

  it('handles batches larger than the bind variable limit', async () => {
    const { store } = await createStore();
    const rows = Array.from({ length: 12_000 }, (_, i) =>
      row(`e${i}`, `p${i % 50}`, i),
    );
    await store.transaction(async tx => {
      await store.insertEvents(rows, { ingestedAt: 1 }, tx);
      await store.bumpRevisions(
        rows.map(r => r.partnerRef),
        1,
        tx,
      );
    });
    expect(await store.countEvents()).toBe(12_000);
    const existing = await store.findExisting(rows.map(r => r.id));
    expect(existing.size).toBe(12_000);
  });

  it('reads a partner window in order, excluding the lower bound', async () => {
    const { store } = await createStore();
    await store.transaction(async tx => {
      await store.insertEvents(
        [
          row('late', 'p1', 3000),
          row('early', 'p1', 1000),
          row('edge', 'p1', 2000),
          row('future', 'p1', 9000),
          row('other', 'p2', 2500),
        ],
        { ingestedAt: 1 },
        tx,
      );
    });
    const payloads = await store.listEventPayloads('p1', {
      sinceExclusive: 1000,
      until: 3000,
    });
    expect(payloads.map(p => JSON.parse(p).id)).toEqual(['edge', 'late']);
    const byId = await store.getEventPayloads('p1', ['early', 'other']);
    expect(byId.map(p => JSON.parse(p).id)).toEqual(['early']);
  });

  it('records an evaluation once per revision', async () => {
    const { store } = await createStore();
    await store.transaction(tx => store.bumpRevisions(['p1'], 1, tx));
    const first = await store.transaction(tx =>
      store.recordEvaluation(
        'p1',
        { revision: 1, tier: 'select', totalPoints: 10 },
        tx,
      ),
    );
    expect(first).toEqual({
      partnerRef: 'p1',
      revision: 1,
      evaluatedRevision: 0,
    });
    const replay = await store.transaction(tx =>
      store.recordEvaluation(
        'p1',
        { revision: 1, tier: 'select', totalPoints: 10 },
        tx,
      ),
    );
    expect(replay).toBeUndefined();
    await store.transaction(tx => store.bumpRevisions(['p1'], 2, tx));
    expect(await store.listUnevaluatedPartners(10)).toEqual(['p1']);
    const second = await store.transaction(tx =>
      store.recordEvaluation(
        'p1',
        { revision: 2, tier: 'advanced', totalPoints: 20 },
        tx,
      ),
    );
    expect(second).toMatchObject({ lastTier: 'select', lastTotalPoints: 10 });
    expect(await store.listUnevaluatedPartners(10)).toEqual([]);
  });

  it('pages snapshots newest first with a cursor', async () => {
    const { store } = await createStore();
    for (const [takenAt, tier] of [
      [1000, 'community'],
      [2000, 'select'],
      [2000, 'advanced'],
      [3000, 'advanced'],
    ] as const) {
      await store.insertSnapshot({
        partnerRef: 'p1',
        takenAt,
        totalPoints: takenAt / 10,
        tier,
        reason: 'scheduled',
        revision: 1,
      });
    }
    const page1 = await store.listSnapshots('p1', { limit: 2 });
    expect(page1.map(s => [s.takenAt, s.tier])).toEqual([
      [3000, 'advanced'],
      [2000, 'advanced'],
    ]);
    const page2 = await store.listSnapshots('p1', {
      limit: 2,
      before: { takenAt: page1[1].takenAt, id: page1[1].id },
    });
    expect(page2.map(s => [s.takenAt, s.tier])).toEqual([
      [2000, 'select'],
      [1000, 'community'],
    ]);
    expect(
      await store.listSnapshots('p1', { limit: 10, since: 2000 }),
    ).toHaveLength(3);
    expect(await store.latestSnapshot('p1', 'scheduled')).toEqual({
      takenAt: 3000,
    });
  });

  it('keeps the first value of a meta key', async () => {
    const { store } = await createStore();
    expect(await store.setMetaIfAbsent('k', 'one')).toBe('one');
    expect(await store.setMetaIfAbsent('k', 'two')).toBe('one');
    expect(await store.listPartnerIds({ limit: 10 })).toEqual([]);
  });
});
