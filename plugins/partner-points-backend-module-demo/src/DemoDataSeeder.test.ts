/*
 * The demo seeder against the real partner points plugin, on SQLite and
 * PostgreSQL: the story is written once per day, a restart the same day
 * changes nothing, and the next day re-anchors it — deleting what the
 * seeder recorded, and nothing anybody else did.
 */
import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import partnerPointsPlugin from '@partner-studio/plugin-partner-points-backend';
import {
  partnerPointsDevelopmentDataExtensionPoint,
  type DevelopmentLedgerContext,
} from '@partner-studio/plugin-partner-points-backend/alpha';
import {
  partnerStudioTestServices,
  personas,
  TEST_DATABASE_IDS,
  testOrganization,
  testOrganizationConfig,
  withMemberships,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import { DAY_MS } from '@partner-studio/scoring';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Knex } from 'knex';
import request from 'supertest';
import { demoPartnerGroups } from './__testUtils__/demoCatalog';
import { DemoDataSeeder } from './DemoDataSeeder';
import { generateDemoEvents, KNOWN_DEMO_PARTNERS } from './demoData';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

/** The demo organisation: the test one's people, every demo partner. */
const entities = withMemberships([
  ...testOrganization.filter(
    e => !(e.kind === 'Group' && e.spec?.type === 'partner'),
  ),
  ...demoPartnerGroups(),
]);

async function count(
  knex: Knex,
  table: string,
  where: Record<string, string> = {},
): Promise<number> {
  const [row] = await knex(table).where(where).count({ n: '*' });
  return Number(row.n);
}

/** Retries `check` until it passes (settling runs after ingestion). */
async function eventually(check: () => Promise<void>, timeoutMs = 30_000) {
  const started = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await sleep(100);
    }
  }
}

describe.each(databases.eachSupportedId())('the demo seeder on %p', id => {
  let knex: Knex;

  beforeEach(async () => {
    knex = await databases.init(id);
  });

  /** Starts the plugin and hands over the context a demo seeder gets. */
  async function start() {
    let resolve: (context: DevelopmentLedgerContext) => void = () => {};
    const context = new Promise<DevelopmentLedgerContext>(r => {
      resolve = r;
    });
    const capture = createBackendModule({
      pluginId: 'partner-points',
      moduleId: 'capture-context',
      register(reg) {
        reg.registerInit({
          deps: { development: partnerPointsDevelopmentDataExtensionPoint },
          async init({ development }) {
            development.addDevelopmentSeeder({
              id: 'demo-data',
              seed: async c => resolve(c),
            });
          },
        });
      },
    });
    const { server } = await startTestBackend({
      features: [
        partnerPointsPlugin,
        capture,
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({ data: testOrganizationConfig }),
        ...partnerStudioTestServices({ entities }),
        createServiceFactory({
          service: coreServices.scheduler,
          deps: {},
          factory: () => mockServices.scheduler(),
        }),
        createServiceFactory({
          service: signalsServiceRef,
          deps: {},
          factory: () => ({ publish: async () => {} }),
        }),
      ],
    });
    return { server, context: await context };
  }

  const seederAt = (now: number) =>
    DemoDataSeeder.create({ now: () => now, sleep: async () => {} });

  it('writes the story once per day and re-anchors it the next day, touching nothing else', async () => {
    const { server, context } = await start();
    const yesterday = Date.now() - 10 * DAY_MS;
    const stampOf = (ms: number) =>
      `demo-${new Date(ms).toISOString().slice(0, 10).replace(/-/g, '')}-`;

    // Day one.
    const seeded = await seederAt(yesterday).seedOnce(context);
    expect(seeded.sort()).toEqual([...KNOWN_DEMO_PARTNERS].sort());
    const events = await count(knex, 'partner_points_events');
    expect(events).toBeGreaterThan(500);
    const [first] = await knex('partner_points_events').select('id').limit(1);
    expect(first.id.startsWith(stampOf(yesterday))).toBe(true);
    expect(await count(knex, 'partner_points_adjustments')).toBe(3);
    expect(await count(knex, 'partner_points_exemptions')).toBe(1);
    expect(await count(knex, 'partner_points_revocations')).toBe(1);
    const seededBy = 'plugin:partner-points/demo-data';
    expect(
      await count(knex, 'partner_points_snapshots', { seeded_by: seededBy }),
    ).toBe(53 * KNOWN_DEMO_PARTNERS.length);
    expect(await count(knex, 'partner_points_cohort_ranks')).toBe(
      KNOWN_DEMO_PARTNERS.length,
    );

    // Somebody else's data: a program admin's event and adjustment.
    await request(server)
      .post('/api/partner-points/events')
      .set('Authorization', personas.paul.header)
      .send({
        events: [
          {
            id: 'crm-42',
            partnerId: 'group:default/contoso-solutions',
            type: 'deal_won',
            occurredAt: new Date(Date.now() - DAY_MS).toISOString(),
            businessModel: 'solution-services',
            customerId: 'acme',
            amount: 50_000,
          },
        ],
      })
      .expect(200);
    await request(server)
      .post(
        '/api/partner-points/partners/default/contoso-solutions/adjustments',
      )
      .set('Authorization', personas.paul.header)
      .send({ points: 20, reason: 'Migration credit' })
      .expect(201);

    // A restart the same day: replays only.
    await seederAt(yesterday + 3_600_000).seedOnce(context);
    expect(await count(knex, 'partner_points_events')).toBe(events + 1);
    expect(await count(knex, 'partner_points_adjustments')).toBe(4);
    expect(await count(knex, 'partner_points_revocations')).toBe(1);

    // The next start, on another day: re-anchored.
    const today = Date.now();
    await seederAt(today).seedOnce(context);
    const ids = (await knex('partner_points_events').select('id')).map(
      r => r.id as string,
    );
    expect(ids.some(i => i.startsWith(stampOf(yesterday)))).toBe(false);
    // The same story, anchored today (admission dates cut its start).
    const todays = generateDemoEvents({
      partners: await context.listPartners(),
      anchor: today,
      programs: context.programs,
    });
    expect(ids.filter(i => i.startsWith(stampOf(today))).length).toBe(
      todays.length,
    );
    expect(ids).toContain('crm-42');
    const adjustments = await knex('partner_points_adjustments').select(
      'granted_by',
      'reason',
    );
    expect(adjustments).toHaveLength(4);
    expect(adjustments).toContainEqual({
      granted_by: personas.paul.userEntityRef,
      reason: 'Migration credit',
    });
    expect(await count(knex, 'partner_points_revocations')).toBe(1);
    expect(
      await count(knex, 'partner_points_snapshots', { seeded_by: seededBy }),
    ).toBe(53 * KNOWN_DEMO_PARTNERS.length);
    const [meta] = await knex('partner_points_meta')
      .where('key', 'demo-data:anchor')
      .select('value');
    expect(Number(meta.value)).toBe(Math.floor(today / DAY_MS) * DAY_MS);
  });
  it('tells the story through the API from the first start: Northwind at risk, Contoso benchmarked, a year of trend, decisions with reasons', async () => {
    const { server, context } = await start();
    const seeded = await DemoDataSeeder.create({
      sleep: async () => {},
    }).seedOnce(context);
    expect(seeded.sort()).toEqual([...KNOWN_DEMO_PARTNERS].sort());
    const get = (path: string, header = personas.paul.header) =>
      request(server)
        .get(`/api/partner-points${path}`)
        .set('Authorization', header);

    // Paul opens the program overview and finds Northwind at risk.
    await eventually(async () => {
      const atRisk = await get('/overview/partners?segment=at-risk');
      expect(atRisk.status).toBe(200);
      expect(
        atRisk.body.items.map(
          (i: { partner: { entityRef: string; title: string } }) => [
            i.partner.entityRef,
            i.partner.title,
          ],
        ),
      ).toContainEqual(['group:default/northwind-cloud', 'Northwind Cloud']);
    });
    const overview = await get('/overview');
    expect(overview.body.partners).toBe(KNOWN_DEMO_PARTNERS.length);
    expect(overview.body.atRisk).toBeGreaterThanOrEqual(1);
    expect(overview.body.withinReach).toBeGreaterThanOrEqual(1);
    // The year of snapshots shows movement between tiers.
    const moved = overview.body.quarters.reduce(
      (sum: number, q: { promoted: number; demoted: number }) =>
        sum + q.promoted + q.demoted,
      0,
    );
    expect(moved).toBeGreaterThan(0);

    // Carla sees Contoso's percentiles, and no other partner.
    const cohort = await get(
      '/partners/default/contoso-solutions/cohort',
      personas.carla.header,
    );
    expect(cohort.body).toMatchObject({
      available: true,
      businessModel: 'solution-services',
    });
    const text = JSON.stringify(cohort.body);
    for (const ref of KNOWN_DEMO_PARTNERS.filter(
      other => other !== 'group:default/contoso-solutions',
    )) {
      expect(text).not.toContain(ref.split('/')[1]);
    }

    // A year of trend, weekly.
    const history = await get(
      '/partners/default/contoso-solutions/history',
      personas.carla.header,
    );
    const taken = history.body.items.map((i: { takenAt: string }) =>
      Date.parse(i.takenAt),
    );
    expect(taken.length).toBeGreaterThanOrEqual(53);
    expect(Math.max(...taken) - Math.min(...taken)).toBeGreaterThan(
      360 * DAY_MS,
    );

    // Tailspin's adjustment and VanArsdel's exemption, with their reasons.
    const tailspin = await get('/partners/default/tailspin-resellers/standing');
    expect(tailspin.body.standing.adjustments).toEqual([
      expect.objectContaining({
        reason: 'Deals lost in the CRM outage of October',
        counted: true,
      }),
    ]);
    const vanarsdel = await get(
      '/partners/default/vanarsdel-software/standing',
    );
    expect(vanarsdel.body.standing.tier).toBe('select');
    expect(vanarsdel.body.standing.exemptions).toEqual([
      expect.objectContaining({ applied: true }),
    ]);
  });
});
