/*
 * The outbox against the real partner points plugin: stage completions and
 * the Customer Success specialization reach the partner's ledger at least
 * once and count once, and none is lost while partner points is down.
 *
 * Partner points runs in a test backend of its own, on its own database,
 * so the test can stop it and start it again on the same data while the
 * Lab keeps running.
 */
import {
  coreServices,
  createServiceFactory,
  type DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
  type TestBackend,
} from '@backstage/backend-test-utils';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import partnerPointsPlugin from '@partner-studio/plugin-partner-points-backend';
import {
  partnerStudioTestServices,
  personas,
  TEST_DATABASE_IDS,
  testOrganizationConfig,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  labClient,
  partnerStudioPolicy,
  passStageOverHttp,
  startLabBackend,
  type LabClient,
  type LabTestBackend,
} from '../__testUtils__/labBackend';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const FABRIKAM = 'group:default/fabrikam-software';
const CONTOSO = 'group:default/contoso-solutions';

/** Partner points in a test backend that can be stopped and started again. */
class PartnerPointsInstance {
  #backend?: TestBackend;
  readonly #knex: Knex;

  constructor(knex: Knex) {
    this.#knex = knex;
  }

  async start(): Promise<void> {
    this.#backend = await startTestBackend({
      features: [
        partnerPointsPlugin,
        mockServices.database.factory({ knex: this.#knex }),
        mockServices.rootConfig.factory({ data: testOrganizationConfig }),
        ...partnerStudioTestServices({ permissions: partnerStudioPolicy() }),
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
  }

  async stop(): Promise<void> {
    await this.#backend?.stop();
    this.#backend = undefined;
  }

  /** Where the Lab finds it: the last address it listened on, even while down. */
  #lastUrl = 'http://127.0.0.1:1/api/partner-points';

  baseUrl(): string {
    if (this.#backend) {
      this.#lastUrl = `http://127.0.0.1:${this.#backend.server.port()}/api/partner-points`;
    }
    return this.#lastUrl;
  }

  /** A partner's standing as a program admin reads it. */
  async standing(partnerRef: string) {
    if (!this.#backend) throw new Error('partner points is not running');
    const name = partnerRef.split('/')[1];
    const res = await request(this.#backend.server)
      .get(`/api/partner-points/partners/default/${name}/standing`)
      .set('Authorization', personas.paul.header);
    if (res.status !== 200) {
      throw new Error(`standing: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const metric = (id: string): number =>
      res.body.standing.metrics.find((m: { id: string }) => m.id === id)
        ?.points ?? 0;
    return {
      totalPoints: res.body.standing.totalPoints as number,
      metric,
    };
  }

  /** Ingests events as a program admin (data partner points has from elsewhere). */
  async ingest(events: object[]): Promise<void> {
    if (!this.#backend) throw new Error('partner points is not running');
    const res = await request(this.#backend.server)
      .post('/api/partner-points/events')
      .set('Authorization', personas.paul.header)
      .send({ events });
    if (res.status !== 200) {
      throw new Error(`ingestion: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }

  /** An event as the ledger holds it. */
  async ledgerEvent(eventId: string): Promise<unknown> {
    const row = await this.#knex('partner_points_events')
      .where({ id: eventId })
      .first();
    return row ? JSON.parse(String(row.payload)) : undefined;
  }

  /** How many times the ledger holds an event. */
  async ledgerCount(eventId: string): Promise<number> {
    const [row] = await this.#knex('partner_points_events')
      .where({ id: eventId })
      .count({ n: '*' });
    return Number(row.n);
  }
}

describe.each(databases.eachSupportedId())(
  'points events to the real partner points on %p',
  databaseId => {
    let points: PartnerPointsInstance;
    let lab: LabTestBackend;
    let labKnex: Knex;
    let as: Record<'carla' | 'felix' | 'erin' | 'paul', LabClient>;

    beforeEach(async () => {
      labKnex = await databases.init(databaseId);
      points = new PartnerPointsInstance(await databases.init(databaseId));
      await points.start();
      let ownBase = '';
      const discovery: DiscoveryService = {
        getBaseUrl: async pluginId =>
          pluginId === 'partner-points'
            ? points.baseUrl()
            : `${ownBase}/api/${pluginId}`,
        getExternalBaseUrl: async pluginId =>
          pluginId === 'partner-points'
            ? points.baseUrl()
            : `${ownBase}/api/${pluginId}`,
      };
      lab = await startLabBackend(labKnex, {
        discovery,
        // Short retries, so the test need not wait minutes for a backoff.
        config: {
          solutionsLab: { outbox: { maxBackoff: { milliseconds: 200 } } },
        },
      });
      ownBase = `http://127.0.0.1:${lab.server.port()}`;
      as = {
        carla: labClient(lab.server, personas.carla.header),
        felix: labClient(lab.server, personas.felix.header),
        erin: labClient(lab.server, personas.erin.header),
        paul: labClient(lab.server, personas.paul.header),
      };
    });

    afterEach(async () => {
      await lab.backend.stop();
      await points.stop();
    });

    async function outbox() {
      return labKnex('solutions_lab_outbox')
        .select('event_id', 'attempts', 'delivered_at')
        .orderBy('event_id');
    }

    /** Runs the scheduled delivery until nothing is pending (backoff included). */
    async function deliverAll(): Promise<void> {
      const deadline = Date.now() + 20_000;
      for (;;) {
        await lab.scheduler.triggerTask('solutions-lab-outbox');
        const pending = (await outbox()).filter(r => r.delivered_at === null);
        if (pending.length === 0) return;
        if (Date.now() > deadline) {
          throw new Error(`still pending: ${JSON.stringify(pending)}`);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
      }
    }

    async function requestAssigned(
      client: LabClient,
      body: Record<string, unknown>,
    ): Promise<string> {
      const res = await client.post('/engagements', body);
      expect(res.status).toBe(201);
      await as.paul
        .put(`/engagements/${res.body.id}/assignment`, {
          expertRef: personas.erin.userEntityRef,
        })
        .expect(200);
      return res.body.id;
    }

    it('delivers a stage completion decided while partner points is down once it is back, and counts it once', async () => {
      const id = await requestAssigned(as.felix, {
        playbookId: 'solution-development',
        solutionName: 'Fabrikam Backup for Kubernetes',
      });
      const playbooks = await as.felix.get('/playbooks');
      const qualify = playbooks.body.items
        .find((p: { id: string }) => p.id === 'solution-development')
        .stages.find((s: { id: string }) => s.id === 'qualify');
      const award: number = qualify.points[0].metrics.find(
        (m: { metricId: string }) => m.metricId === 'solution-development',
      ).pointsPerEvent;
      expect(award).toBeGreaterThan(0);
      const before = await points.standing(FABRIKAM);

      await points.stop();
      const decided = await passStageOverHttp(as.erin, id);
      expect(decided.status).toBe(200);
      // The decision's own delivery and a scheduled one both fail: it waits.
      await lab.scheduler.triggerTask('solutions-lab-outbox');
      const waiting = await outbox();
      expect(waiting).toEqual([
        expect.objectContaining({
          event_id: `solutions-lab:${id}:qualify`,
          delivered_at: null,
        }),
      ]);
      expect(Number(waiting[0].attempts)).toBeGreaterThanOrEqual(1);

      await points.start();
      expect((await points.standing(FABRIKAM)).totalPoints).toBe(
        before.totalPoints,
      );
      await deliverAll();
      const after = await points.standing(FABRIKAM);
      expect(after.metric('solution-development')).toBeCloseTo(
        before.metric('solution-development') + award,
        1,
      );
      expect(after.totalPoints - before.totalPoints).toBeCloseTo(award, 0);
      expect(await points.ledgerCount(`solutions-lab:${id}:qualify`)).toBe(1);

      // At least once: an answer lost on the way sends the event again;
      // partner points takes the replay as a duplicate.
      await labKnex('solutions_lab_outbox').update({
        delivered_at: null,
        next_attempt_at: 0,
      });
      await deliverAll();
      expect(await points.ledgerCount(`solutions-lab:${id}:qualify`)).toBe(1);
      expect((await points.standing(FABRIKAM)).totalPoints).toBe(
        after.totalPoints,
      );
    });

    it('grants the Customer Success specialization with its path exactly once', async () => {
      const id = await requestAssigned(as.carla, {
        playbookId: 'partner-led-customer-success',
        path: 'resell',
        solutionName: 'Contoso Success Services',
      });
      // The resell path's requirement: a sale of the vendor's success package.
      await points.ingest([
        {
          id: 'crm-contoso-success-package-1',
          partnerId: CONTOSO,
          type: 'deal_won',
          occurredAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
          businessModel: 'solution-reseller',
          customerId: 'customer-1',
          amount: 50_000,
          attributes: { product: 'vendor-success-package' },
        },
      ]);
      const playbooks = await as.carla.get('/playbooks');
      const review = playbooks.body.items
        .find((p: { id: string }) => p.id === 'partner-led-customer-success')
        .stages.find((s: { id: string }) => s.id === 'specialization-review');
      const award: number = review.points
        .find(
          (p: { eventType: string }) => p.eventType === 'specialization_earned',
        )
        .metrics.find(
          (m: { metricId: string }) =>
            m.metricId === 'customer-success-specialization',
        ).maxPoints;
      const before = await points.standing(CONTOSO);
      await points.stop();
      for (let stage = 0; stage < 4; stage++) {
        expect((await passStageOverHttp(as.erin, id)).status).toBe(200);
      }
      expect((await outbox()).map(r => [r.event_id, r.delivered_at])).toEqual(
        [
          `solutions-lab:${id}:customer-proof`,
          `solutions-lab:${id}:path-requirements`,
          `solutions-lab:${id}:prepare`,
          `solutions-lab:${id}:specialization`,
          `solutions-lab:${id}:specialization-review`,
        ].map(e => [e, null]),
      );
      await points.start();
      await deliverAll();
      const after = await points.standing(CONTOSO);
      expect(after.metric('customer-success-specialization')).toBeCloseTo(
        before.metric('customer-success-specialization') + award,
        1,
      );
      expect(award).toBeGreaterThan(0);
      expect(
        await points.ledgerCount(`solutions-lab:${id}:specialization`),
      ).toBe(1);
      expect(
        await points.ledgerEvent(`solutions-lab:${id}:specialization`),
      ).toMatchObject({
        partnerId: CONTOSO,
        type: 'specialization_earned',
        attributes: {
          specialization: 'partner-led-customer-success',
          option: 'resell',
        },
      });
      expect(
        await points.ledgerEvent(`solutions-lab:${id}:prepare`),
      ).toMatchObject({
        type: 'lab_stage_completed',
        attributes: {
          stage: 'prepare',
          playbook: 'partner-led-customer-success',
          engagementId: id,
        },
      });
    });
  },
);
