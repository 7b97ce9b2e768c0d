import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { defaultProgram } from '@partner-studio/scoring';
import { TEST_DATABASE_IDS } from '../__testUtils__/databases';
import { makeTool } from '../__testUtils__/tools';
import { HubStore } from '../database/HubStore';
import { ToolSearchIndex } from '../search/ToolSearchIndex';
import { HubService } from './HubService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const CARLA = 'user:default/carla.dev';
const NORA = 'user:default/nora.dev';
const CONTOSO = 'group:default/contoso-solutions';
const NORTHWIND = 'group:default/northwind-cloud';
const NOW = Date.UTC(2026, 11, 1, 10);

const tools = [
  makeTool('compute-sdk-go', {
    title: 'Compute SDK for Go',
    spec: { labStages: ['solution-development/build'] },
  }),
  makeTool('operator-starter', {
    title: 'Operator starter',
    spec: {
      category: 'software-template',
      launch: {
        type: 'template',
        templateRef: 'template:default/kubernetes-operator-helm-starter',
      },
    },
  }),
  makeTool('gpu-sandbox', {
    title: 'GPU sandbox',
    spec: { minimumTier: 'principal' },
  }),
];

const contosoContext = {
  standing: { tier: 'advanced' as const, totalPoints: 588 },
  completedStageRefs: ['solution-development/build'],
};

describe.each(databases.eachSupportedId())('HubService on %p', databaseId => {
  async function createService(now = () => NOW) {
    const knex = await databases.init(databaseId);
    const store = await HubStore.create({
      database: mockServices.database({ knex }),
    });
    const index = ToolSearchIndex.build(tools);
    const source = {
      current: () => index,
      setPopularity: (p: ReadonlyMap<string, number>) => index.setPopularity(p),
    };
    return {
      store,
      index,
      service: HubService.create({
        store,
        index: source,
        program: defaultProgram,
        now,
      }),
    };
  }

  it('records a launch and lands a template launch in the scaffolder', async () => {
    const { service, store } = await createService();
    const result = await service.launch({
      toolRef: 'tool:default/operator-starter',
      userRef: CARLA,
      partnerRef: CONTOSO,
      context: contosoContext,
    });
    expect(result.target).toEqual({
      type: 'template',
      templateRef: 'template:default/kubernetes-operator-helm-starter',
      url: '/create/templates/default/kubernetes-operator-helm-starter',
    });
    expect(await store.launchTotals({ from: 0, to: NOW + 1 })).toEqual([
      expect.objectContaining({
        toolRef: 'tool:default/operator-starter',
        launches: 1,
        distinctPartners: 1,
      }),
    ]);
  });

  it('refuses a locked tool with what unlocks it, recording nothing', async () => {
    const { service, store } = await createService();
    await expect(
      service.launch({
        toolRef: 'tool:default/gpu-sandbox',
        userRef: CARLA,
        partnerRef: CONTOSO,
        context: contosoContext,
      }),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
      message:
        'GPU sandbox is locked: Reach Principal (you are Advanced, 12 points to go)',
    });
    await expect(
      service.launch({
        toolRef: 'tool:default/nothing',
        userRef: CARLA,
        context: contosoContext,
      }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(await store.countLaunches()).toBe(0);
  });

  it('keeps favourites per user, paged, and refuses unknown tools', async () => {
    let clock = NOW;
    const { service } = await createService(() => clock++);
    for (const tool of tools) await service.addFavorite(CARLA, tool.ref);
    await service.addFavorite(CARLA, tools[0].ref);
    const first = await service.listFavorites(CARLA, { limit: 2 });
    expect(first.items.map(f => f.tool?.name)).toEqual([
      'gpu-sandbox',
      'operator-starter',
    ]);
    const second = await service.listFavorites(CARLA, {
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.items.map(f => f.toolRef)).toEqual([
      'tool:default/compute-sdk-go',
    ]);
    expect(second.nextCursor).toBeUndefined();
    expect((await service.listFavorites(NORA)).items).toEqual([]);
    await expect(
      service.addFavorite(CARLA, 'tool:default/nothing'),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(
      service.listFavorites(CARLA, { cursor: 'garbage' }),
    ).rejects.toMatchObject({ name: 'InputError' });
    await service.removeFavorite(CARLA, tools[0].ref);
    expect(
      await service.favoritesAmong(
        CARLA,
        tools.map(t => t.ref),
      ),
    ).toEqual(new Set([tools[1].ref, tools[2].ref]));
  });

  it('shows ratings without their raters, marking the viewer\u2019s own and verified outcomes', async () => {
    let clock = NOW;
    const { service } = await createService(() => clock);
    const ref = 'tool:default/compute-sdk-go';
    await service.rate({
      toolRef: ref,
      userRef: CARLA,
      partnerRef: CONTOSO,
      stars: 2,
      comment: '  Thin samples. ',
      // Contoso had not completed the build stage yet.
      stagesAtRating: ['solution-development/qualify'],
    });
    clock += 1000;
    const edited = await service.rate({
      toolRef: ref,
      userRef: CARLA,
      partnerRef: CONTOSO,
      stars: 4,
      comment: 'Samples improved.',
      // Edited after the build stage: the first rating's moment counts.
      stagesAtRating: ['solution-development/build'],
    });
    expect(edited.created).toBe(false);
    clock += 1000;
    await service.rate({
      toolRef: ref,
      userRef: NORA,
      partnerRef: NORTHWIND,
      stars: 5,
      // Northwind had completed it before rating.
      stagesAtRating: ['solution-development/build'],
    });

    const asked: string[][] = [];
    const asNora = await service.ratingsOf(ref, {
      viewerRef: NORA,
      completedStages: async partnerRefs => {
        asked.push(partnerRefs);
        return new Map([
          [CONTOSO, new Set(['solution-development/build'])],
          [NORTHWIND, new Set(['solution-development/build'])],
        ]);
      },
    });
    expect(asked).toEqual([[CONTOSO, NORTHWIND]]);
    expect(asNora.summary).toEqual({
      count: 2,
      average: 4.5,
      histogram: [0, 0, 0, 1, 1],
    });
    expect(asNora.items).toEqual([
      expect.objectContaining({ stars: 5, mine: true, verifiedOutcome: false }),
      expect.objectContaining({
        stars: 4,
        comment: 'Samples improved.',
        mine: false,
        verifiedOutcome: true,
      }),
    ]);
    // Nothing in what Nora gets names Carla or Contoso.
    expect(JSON.stringify(asNora)).not.toMatch(/carla|contoso/i);

    await expect(
      service.rate({ toolRef: ref, userRef: CARLA, stars: 6 }),
    ).rejects.toThrow('stars must be a whole number from 1 to 5');
    await expect(
      service.rate({
        toolRef: ref,
        userRef: CARLA,
        stars: 3,
        comment: 'x'.repeat(2001),
      }),
    ).rejects.toThrow(/comment is longer than 2000/);
    await expect(
      service.rate({
        toolRef: 'tool:default/nothing',
        userRef: CARLA,
        stars: 3,
      }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    // Bad input changed nothing.
    expect((await service.ratingsOf(ref)).summary.count).toBe(2);

    const paged = await service.ratingsOf(ref, { limit: 1 });
    const rest = await service.ratingsOf(ref, {
      limit: 1,
      cursor: paged.nextCursor,
    });
    expect([...paged.items, ...rest.items].map(r => r.stars)).toEqual([5, 4]);
    await service.removeRating(CARLA, ref);
    expect(
      (await service.ratingSummaries([ref, 'tool:default/gpu-sandbox'])).get(
        ref,
      )?.count,
    ).toBe(1);
  });

  it('reports usage per week and sorts by popularity from launches', async () => {
    const { service, store, index } = await createService();
    const day = 86_400_000;
    await store.recordLaunches([
      {
        toolRef: 'tool:default/gpu-sandbox',
        userRef: NORA,
        partnerRef: NORTHWIND,
        launchedAt: NOW - 1 * day,
      },
      {
        toolRef: 'tool:default/gpu-sandbox',
        userRef: CARLA,
        partnerRef: CONTOSO,
        launchedAt: NOW - 2 * day,
      },
      {
        toolRef: 'tool:default/compute-sdk-go',
        userRef: CARLA,
        partnerRef: CONTOSO,
        launchedAt: NOW - 40 * day,
      },
    ]);
    const report = await service.usage({ weeks: 8 });
    expect(report.distinctPartners).toBe(2);
    expect(
      report.tools.map(t => [t.toolRef, t.launches, t.distinctPartners]),
    ).toEqual([
      ['tool:default/gpu-sandbox', 2, 2],
      ['tool:default/compute-sdk-go', 1, 1],
    ]);
    expect(report.tools[0].weeks).toHaveLength(8);
    await expect(service.usage({ weeks: 53 })).rejects.toThrow(/weeks must be/);

    const scores = await service.refreshPopularity();
    expect(scores.get('tool:default/gpu-sandbox')).toBeGreaterThan(
      scores.get('tool:default/compute-sdk-go')!,
    );
    expect(
      index.search({ sort: 'popularity' }).items.map(i => i.tool.name),
    ).toEqual(['gpu-sandbox', 'compute-sdk-go', 'operator-starter']);
  });

  it('keeps one verification mark per tool', async () => {
    const { service } = await createService();
    await service.setVerified(
      'tool:default/compute-sdk-go',
      'user:default/erin.expert',
      'Ran the suite.',
    );
    expect(
      await service.verificationsOf(['tool:default/compute-sdk-go']),
    ).toEqual(
      new Map([
        [
          'tool:default/compute-sdk-go',
          {
            verifiedBy: 'user:default/erin.expert',
            verifiedAt: new Date(NOW).toISOString(),
            note: 'Ran the suite.',
          },
        ],
      ]),
    );
    await service.clearVerified('tool:default/compute-sdk-go');
    expect(
      (await service.verificationsOf(['tool:default/compute-sdk-go'])).size,
    ).toBe(0);
  });
});
