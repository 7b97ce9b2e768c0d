import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  HubStore,
  IndexedTool,
} from '@partner-studio/plugin-solutions-hub-backend';
import { TEST_DATABASE_IDS } from './__testUtils__/databases';
import { DemoActivitySeeder } from './DemoActivitySeeder';
import { DEMO_DAYS, generateDemoActivity } from './generateDemoActivity';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const ANCHOR = Date.UTC(2026, 11, 1);

function tool(
  name: string,
  spec: Partial<IndexedTool['spec']> = {},
): IndexedTool {
  return {
    ref: `tool:default/${name}`,
    namespace: 'default',
    name,
    title: name,
    description: name,
    tags: [],
    spec: {
      category: 'sdk',
      productArea: 'cloud-infrastructure',
      labStages: [],
      businessModels: ['solution-builder'],
      supportLevel: 'vendor-supported',
      minimumTier: 'community',
      owner: 'group:default/x',
      links: {},
      launch: { type: 'url', url: 'https://example.com' },
      ...spec,
    },
  };
}

const tools = [
  tool('open-sdk'),
  tool('starter', { category: 'software-template' }),
  tool('gpu-sandbox', { minimumTier: 'principal' }),
  tool('production-access', {
    requiredLabStage: 'solution-development/validate',
  }),
];
const partners = [
  {
    ref: 'group:default/northwind-cloud',
    memberRefs: ['user:default/nora.dev', 'user:default/niko.admin'],
    unrestricted: true,
  },
  {
    ref: 'group:default/contoso-solutions',
    memberRefs: ['user:default/carla.dev', 'user:default/cody.admin'],
    unrestricted: false,
  },
];

describe('generateDemoActivity', () => {
  const activity = generateDemoActivity({ tools, partners, anchorDay: ANCHOR });

  it('is the same every time', () => {
    expect(
      generateDemoActivity({ tools, partners, anchorDay: ANCHOR }),
    ).toEqual(activity);
    expect(
      generateDemoActivity({
        tools: [...tools].reverse(),
        partners: [...partners].reverse(),
        anchorDay: ANCHOR,
      }),
    ).toEqual(activity);
  });

  it('covers a few months before the anchor day, nothing after it', () => {
    expect(activity.launches.length).toBeGreaterThan(50);
    const times = activity.launches.map(l => l.launchedAt);
    expect(Math.max(...times)).toBeLessThan(ANCHOR);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(ANCHOR - DEMO_DAYS * DAY);
    expect(Math.min(...times)).toBeLessThan(ANCHOR - (DEMO_DAYS - 14) * DAY);
    // Moving the anchor moves everything with it.
    const later = generateDemoActivity({
      tools,
      partners,
      anchorDay: ANCHOR + 7 * DAY,
    });
    expect(later.launches.map(l => l.launchedAt - 7 * DAY)).toEqual(times);
  });

  it('launches locked tools only for the top partner', () => {
    const lockedRefs = [
      'tool:default/gpu-sandbox',
      'tool:default/production-access',
    ];
    const contoso = activity.launches.filter(
      l => l.partnerRef === 'group:default/contoso-solutions',
    );
    expect(contoso.length).toBeGreaterThan(0);
    expect(contoso.filter(l => lockedRefs.includes(l.toolRef))).toEqual([]);
    expect(activity.launches.some(l => lockedRefs.includes(l.toolRef))).toBe(
      true,
    );
  });

  it('rates only tools the rater launched, 2 to 5 stars, after launching', () => {
    expect(activity.ratings.length).toBeGreaterThan(0);
    for (const rating of activity.ratings) {
      const first = Math.min(
        ...activity.launches
          .filter(
            l => l.userRef === rating.userRef && l.toolRef === rating.toolRef,
          )
          .map(l => l.launchedAt),
      );
      expect(rating.ratedAt).toBeGreaterThan(first);
      expect(rating.stars).toBeGreaterThanOrEqual(2);
      expect(rating.stars).toBeLessThanOrEqual(5);
    }
  });
});

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

describe.each(databases.eachSupportedId())(
  'DemoActivitySeeder on %p',
  databaseId => {
    const toolEntity = (name: string): Entity => ({
      apiVersion: 'partner-studio.io/v1alpha1',
      kind: 'Tool',
      metadata: {
        name,
        namespace: 'default',
        title: name,
        description: `The ${name}.`,
      },
      spec: {
        category: 'sdk',
        productArea: 'cloud-infrastructure',
        businessModels: ['solution-builder'],
        supportLevel: 'vendor-supported',
        owner: 'group:default/compute-platform',
        launch: { type: 'url', url: 'https://developer.example.com' },
      },
    });
    const partner: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'contoso-solutions', namespace: 'default' },
      spec: { type: 'partner', children: [] },
      relations: [{ type: 'hasMember', targetRef: 'user:default/carla.dev' }],
    };

    it('writes through the store once, and waits for the catalog', async () => {
      const knex = await databases.init(databaseId);
      const store = await HubStore.create({
        database: mockServices.database({ knex }),
      });
      const seederFor = (entities: Entity[]) =>
        DemoActivitySeeder.create({
          store,
          catalog: catalogServiceMock({ entities }),
          auth: mockServices.auth(),
          logger: mockServices.logger.mock(),
          now: () => ANCHOR + 10 * 3_600_000,
        });

      expect(await seederFor([]).seedOnce()).toEqual({
        seeded: false,
        reason: 'the catalog lists 0 tools and 0 partners so far',
      });
      const result = await seederFor([
        toolEntity('sdk-a'),
        toolEntity('sdk-b'),
        partner,
      ]).seedOnce();
      expect(result).toMatchObject({ seeded: true });
      const launches = await store.countLaunches();
      expect(launches).toBeGreaterThan(10);
      const totals = await store.launchTotals({ from: 0, to: ANCHOR });
      expect(totals.reduce((sum, t) => sum + t.launches, 0)).toBe(launches);
      expect(totals.every(t => t.distinctPartners === 1)).toBe(true);

      expect(
        await seederFor([toolEntity('sdk-a'), partner]).seedOnce(),
      ).toEqual({
        seeded: false,
        reason: 'the Hub already has launches',
      });
      expect(await store.countLaunches()).toBe(launches);
    });
  },
);
