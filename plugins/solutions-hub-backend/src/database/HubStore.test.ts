import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  POSTGRES_CONNECTION_ENV,
  TEST_DATABASE_IDS,
} from '../__testUtils__/databases';
import { FIRST_MONDAY_MS, HubStore, WEEK_MS } from './HubStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const CARLA = 'user:default/carla.dev';
const CODY = 'user:default/cody.admin';
const NORA = 'user:default/nora.dev';
const CONTOSO = 'group:default/contoso-solutions';
const NORTHWIND = 'group:default/northwind-cloud';
const SDK = 'tool:default/compute-sdk-go';
const API = 'tool:default/compute-rest-api';

/** Monday of week `n` after 2026-01-05 (a Monday), plus `days`. */
const week = (n: number, days = 0) =>
  Date.UTC(2026, 0, 5) + n * WEEK_MS + days * 86_400_000;

const itIfPostgres = process.env[POSTGRES_CONNECTION_ENV] ? it : it.skip;

describe('test databases', () => {
  itIfPostgres(
    'really runs PostgreSQL 15 when a connection string is given',
    async () => {
      const knex = await databases.init('POSTGRES_15');
      const result = await knex.raw('select version() as version');
      expect(result.rows[0].version).toMatch(/^PostgreSQL 15\./);
    },
  );
});

describe.each(databases.eachSupportedId())('HubStore on %p', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    return HubStore.create({ database: mockServices.database({ knex }) });
  }

  it('keeps favourites per user, newest first, paged', async () => {
    const store = await createStore();
    expect(await store.addFavorite(CARLA, SDK, 1_000)).toBe(true);
    expect(await store.addFavorite(CARLA, SDK, 2_000)).toBe(false);
    await store.addFavorite(CARLA, API, 3_000);
    await store.addFavorite(CARLA, 'tool:default/a', 3_000);
    await store.addFavorite(NORA, 'tool:default/b', 4_000);

    const first = await store.listFavorites(CARLA, { limit: 2 });
    // Newest first; ties by tool ref, descending.
    expect(first).toEqual([
      { toolRef: API, createdAt: 3_000 },
      { toolRef: 'tool:default/a', createdAt: 3_000 },
    ]);
    const second = await store.listFavorites(CARLA, {
      limit: 2,
      after: first[1],
    });
    expect(second).toEqual([{ toolRef: SDK, createdAt: 1_000 }]);
    expect(
      await store.favoriteRefsAmong(CARLA, [SDK, 'tool:default/b']),
    ).toEqual(new Set([SDK]));
    expect(await store.removeFavorite(CARLA, SDK)).toBe(true);
    expect(await store.removeFavorite(CARLA, SDK)).toBe(false);
    expect(await store.favoriteRefsAmong(NORA, [SDK])).toEqual(new Set());
  });

  it('keeps one rating per person per tool, editable, and sums them in SQL', async () => {
    const store = await createStore();
    const created = await store.upsertRating({
      toolRef: SDK,
      userRef: CARLA,
      partnerRef: CONTOSO,
      stars: 3,
      comment: 'Good docs, thin samples.',
      now: 1_000,
    });
    expect(created.created).toBe(true);
    const edited = await store.upsertRating({
      toolRef: SDK,
      userRef: CARLA,
      partnerRef: CONTOSO,
      stars: 5,
      now: 2_000,
    });
    expect(edited).toEqual({
      created: false,
      rating: {
        id: created.rating.id,
        toolRef: SDK,
        userRef: CARLA,
        partnerRef: CONTOSO,
        stars: 5,
        createdAt: 1_000,
        updatedAt: 2_000,
      },
    });
    await store.upsertRating({
      toolRef: SDK,
      userRef: NORA,
      partnerRef: NORTHWIND,
      stars: 4,
      comment: 'Solid.',
      now: 3_000,
    });
    await store.upsertRating({
      toolRef: SDK,
      userRef: CODY,
      partnerRef: CONTOSO,
      stars: 4,
      now: 3_000,
    });
    await store.upsertRating({
      toolRef: API,
      userRef: NORA,
      stars: 1,
      now: 3_000,
    });

    const aggregates = await store.ratingAggregates([
      SDK,
      API,
      'tool:default/none',
    ]);
    expect(aggregates.get(SDK)).toEqual({
      count: 3,
      histogram: [0, 0, 0, 2, 1],
    });
    expect(aggregates.get(API)).toEqual({
      count: 1,
      histogram: [1, 0, 0, 0, 0],
    });
    expect(aggregates.has('tool:default/none')).toBe(false);

    // Most recently updated first; ties by the later id first.
    const page1 = await store.listRatings(SDK, { limit: 2 });
    expect(page1.map(r => r.userRef)).toEqual([CODY, NORA]);
    const page2 = await store.listRatings(SDK, {
      limit: 2,
      after: { updatedAt: page1[1].updatedAt, id: page1[1].id },
    });
    expect([...page1, ...page2].map(r => r.userRef).sort()).toEqual(
      [CARLA, CODY, NORA].sort(),
    );
    expect(page2.map(r => r.userRef)).toEqual([CARLA]);
    expect(
      (await store.listRatings(SDK, { limit: 10, withComment: true })).map(
        r => r.comment,
      ),
    ).toEqual(['Solid.']);

    expect(await store.getRating(SDK, CARLA)).toMatchObject({ stars: 5 });
    expect(await store.deleteRating(SDK, CARLA)).toBe(true);
    expect(await store.getRating(SDK, CARLA)).toBeUndefined();
  });

  it('rolls launches up per tool per week with distinct partners and users', async () => {
    const store = await createStore();
    await store.recordLaunch({
      toolRef: SDK,
      userRef: CARLA,
      partnerRef: CONTOSO,
      launchedAt: week(0, 0),
    });
    await store.recordLaunches([
      {
        toolRef: SDK,
        userRef: CARLA,
        partnerRef: CONTOSO,
        launchedAt: week(0, 6),
      },
      {
        toolRef: SDK,
        userRef: CODY,
        partnerRef: CONTOSO,
        launchedAt: week(0, 3),
      },
      {
        toolRef: SDK,
        userRef: NORA,
        partnerRef: NORTHWIND,
        launchedAt: week(1, 1),
      },
      {
        toolRef: API,
        userRef: NORA,
        partnerRef: NORTHWIND,
        launchedAt: week(1, 2),
      },
      { toolRef: API, userRef: 'user:default/paul.admin', launchedAt: week(2) },
      {
        toolRef: API,
        userRef: NORA,
        partnerRef: NORTHWIND,
        launchedAt: week(5),
      },
    ]);
    expect(await store.countLaunches()).toBe(7);

    const weekly = await store.weeklyLaunches({ from: week(0), to: week(4) });
    expect(weekly).toEqual([
      {
        toolRef: API,
        weekStart: week(1),
        launches: 1,
        distinctPartners: 1,
        distinctUsers: 1,
      },
      {
        toolRef: API,
        weekStart: week(2),
        launches: 1,
        distinctPartners: 0,
        distinctUsers: 1,
      },
      {
        toolRef: SDK,
        weekStart: week(0),
        launches: 3,
        distinctPartners: 1,
        distinctUsers: 2,
      },
      {
        toolRef: SDK,
        weekStart: week(1),
        launches: 1,
        distinctPartners: 1,
        distinctUsers: 1,
      },
    ]);
    expect((weekly[0].weekStart - FIRST_MONDAY_MS) % WEEK_MS).toBe(0);
    expect(
      await store.weeklyLaunches({
        from: week(0),
        to: week(4),
        toolRefs: [SDK],
      }),
    ).toHaveLength(2);

    expect(await store.launchTotals({ from: week(0), to: week(6) })).toEqual([
      {
        toolRef: SDK,
        launches: 4,
        distinctPartners: 2,
        distinctUsers: 3,
        lastLaunchedAt: week(1, 1),
      },
      {
        toolRef: API,
        launches: 3,
        distinctPartners: 1,
        distinctUsers: 2,
        lastLaunchedAt: week(5),
      },
    ]);
    expect(
      await store.distinctLaunchingPartners({ from: week(0), to: week(6) }),
    ).toBe(2);
    expect(
      await store.distinctLaunchingPartners({ from: week(2), to: week(3) }),
    ).toBe(0);
    expect(await store.launchTotals({ from: 0, to: 1, toolRefs: [] })).toEqual(
      [],
    );
  });

  it('keeps one verification mark per tool', async () => {
    const store = await createStore();
    await store.setVerification({
      toolRef: SDK,
      verifiedBy: 'user:default/erin.expert',
      verifiedAt: 1_000,
    });
    await store.setVerification({
      toolRef: SDK,
      verifiedBy: 'user:default/ethan.expert',
      verifiedAt: 2_000,
      note: 'Ran the suite.',
    });
    expect(await store.verificationsOf([SDK, API])).toEqual(
      new Map([
        [
          SDK,
          {
            toolRef: SDK,
            verifiedBy: 'user:default/ethan.expert',
            verifiedAt: 2_000,
            note: 'Ran the suite.',
          },
        ],
      ]),
    );
    expect(await store.clearVerification(SDK)).toBe(true);
    expect(await store.clearVerification(SDK)).toBe(false);
  });
});
