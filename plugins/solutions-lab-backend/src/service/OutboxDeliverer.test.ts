import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { TEST_DATABASE_IDS } from '@partner-studio/plugin-partner-studio-node/testUtils';
import { FakePartnerPoints } from '../__testUtils__/FakePartnerPoints';
import {
  actors,
  CONTOSO,
  createTestbed,
  passStage,
  Testbed,
} from '../__testUtils__/testbed';
import { OutboxDeliverer } from './OutboxDeliverer';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

describe.each(databases.eachSupportedId())(
  'OutboxDeliverer on %p',
  databaseId => {
    let testbed: Testbed;
    let partnerPoints: FakePartnerPoints;

    beforeEach(async () => {
      testbed = await createTestbed(databases, databaseId);
      partnerPoints = new FakePartnerPoints();
      await partnerPoints.start();
    });

    afterEach(async () => {
      await partnerPoints.stop();
    });

    function deliverer(options: { batchSize?: number } = {}) {
      return OutboxDeliverer.create({
        store: testbed.store,
        discovery: mockServices.discovery.mock({
          getBaseUrl: async () => partnerPoints.baseUrl,
        }),
        auth: mockServices.auth({ pluginId: 'solutions-lab' }),
        logger: mockServices.logger.mock(),
        now: testbed.clock.now,
        random: () => 1, // the longest delay of the jitter: deterministic
        options: {
          initialBackoffMs: 5_000,
          maxBackoffMs: 60_000,
          refusedBackoffMs: 3_600_000,
          requestTimeoutMs: 2_000,
          ...options,
        },
      });
    }

    async function engagementAtErin() {
      const created = await testbed.service.requestEngagement(actors.carla, {
        playbookId: 'solution-development',
        solutionName: 'Contoso Managed Kubernetes',
      });
      await testbed.service.assign(actors.erin, created.id, {
        expertRef: actors.erin.userRef,
      });
      return created.id;
    }

    const eventId = (engagementId: string, stage: string) =>
      `solutions-lab:${engagementId}:${stage}`;

    it('loses nothing and counts nothing twice while partner points is down', async () => {
      const outbox = deliverer();
      const id = await engagementAtErin();
      await passStage(testbed, actors.erin, id);
      expect(await outbox.deliverPending()).toEqual({
        delivered: 1,
        failed: 0,
      });
      expect(partnerPoints.acceptedIds).toEqual([eventId(id, 'qualify')]);
      expect(partnerPoints.callers).toEqual(new Set(['plugin:solutions-lab']));

      // Partner points goes down; two more stages are passed meanwhile.
      await partnerPoints.stop();
      await passStage(testbed, actors.erin, id);
      await passStage(testbed, actors.erin, id);
      expect(await outbox.deliverPending()).toEqual({
        delivered: 0,
        failed: 2,
      });
      const waiting = await testbed.store.getOutbox([
        eventId(id, 'design'),
        eventId(id, 'build'),
      ]);
      expect(waiting.map(w => [w.attempts, w.deliveredAt])).toEqual([
        [1, undefined],
        [1, undefined],
      ]);
      expect(waiting[0].lastError).toBeTruthy();
      // Backing off: the next run right away does not hammer it.
      expect(await outbox.deliverPending()).toEqual({
        delivered: 0,
        failed: 0,
      });
      testbed.clock.advanceMs(5_001);
      expect(await outbox.deliverPending()).toEqual({
        delivered: 0,
        failed: 2,
      });
      expect(
        (await testbed.store.getOutbox([eventId(id, 'build')]))[0]
          .nextAttemptAt,
      ).toBe(testbed.clock.now() + 10_000); // doubled

      // Back up: everything arrives, once.
      await partnerPoints.start();
      testbed.clock.advanceMs(10_001);
      expect(await outbox.deliverPending()).toEqual({
        delivered: 2,
        failed: 0,
      });
      expect(partnerPoints.acceptedIds).toEqual(
        [
          eventId(id, 'build'),
          eventId(id, 'design'),
          eventId(id, 'qualify'),
        ].sort(),
      );
      expect(await testbed.store.outboxStatus()).toMatchObject({
        pending: 0,
        delivered: 3,
      });
    });

    it('counts once when the answer is lost after partner points committed', async () => {
      const outbox = deliverer();
      const id = await engagementAtErin();
      await passStage(testbed, actors.erin, id);
      partnerPoints.loseNextAnswer = true;
      expect(await outbox.deliverPending()).toEqual({
        delivered: 0,
        failed: 1,
      });
      expect(partnerPoints.ledger.size).toBe(1); // it did arrive

      testbed.clock.advanceMs(5_001);
      expect(await outbox.deliverPending()).toEqual({
        delivered: 1,
        failed: 0,
      });
      expect(partnerPoints.posted).toEqual([
        eventId(id, 'qualify'),
        eventId(id, 'qualify'),
      ]);
      expect(partnerPoints.acceptedIds).toEqual([eventId(id, 'qualify')]);

      // Even a full replay of a delivered outbox adds nothing.
      await testbed.knex('solutions_lab_outbox').update({ delivered_at: null });
      expect(await outbox.deliverPending()).toEqual({
        delivered: 1,
        failed: 0,
      });
      expect(partnerPoints.acceptedIds).toEqual([eventId(id, 'qualify')]);
    });

    it('does not let a refused event hold back the others, and keeps it', async () => {
      const outbox = deliverer();
      const id = await engagementAtErin();
      await passStage(testbed, actors.erin, id);
      await passStage(testbed, actors.erin, id);
      await passStage(testbed, actors.erin, id);
      partnerPoints.refuse = ':design';
      expect(await outbox.deliverPending()).toEqual({
        delivered: 2,
        failed: 1,
      });
      expect(partnerPoints.acceptedIds).toEqual(
        [eventId(id, 'build'), eventId(id, 'qualify')].sort(),
      );
      const [refused] = await testbed.store.getOutbox([eventId(id, 'design')]);
      expect(refused.deliveredAt).toBeUndefined();
      expect(refused.lastError).toMatch(/^HTTP 400/);
      expect(refused.nextAttemptAt).toBe(testbed.clock.now() + 5_000);

      // Once partner points takes it (a fix deployed), it goes through.
      partnerPoints.refuse = undefined;
      testbed.clock.advanceMs(5_001);
      expect(await outbox.deliverPending()).toEqual({
        delivered: 1,
        failed: 0,
      });
      expect(partnerPoints.acceptedIds).toHaveLength(3);
    });

    it('sends each event once when replicas deliver at the same time', async () => {
      const now = testbed.clock.now();
      await testbed.store.transaction(tx =>
        testbed.store.enqueueOutbox(
          Array.from({ length: 40 }, (_, i) => {
            const id = `solutions-lab:bench-${i}:qualify`;
            return {
              eventId: id,
              partnerRef: CONTOSO,
              eventType: 'lab_stage_completed',
              payload: JSON.stringify({
                id,
                partnerId: CONTOSO,
                type: 'lab_stage_completed',
                occurredAt: new Date(now).toISOString(),
                attributes: { stage: 'qualify' },
              }),
            };
          }),
          now,
          tx,
        ),
      );
      partnerPoints.delayMs = 20;
      const [a, b] = await Promise.all([
        deliverer({ batchSize: 5 }).deliverPending(),
        deliverer({ batchSize: 5 }).deliverPending(),
      ]);
      expect(a.delivered + b.delivered).toBe(40);
      expect(partnerPoints.posted).toHaveLength(40);
      expect(new Set(partnerPoints.posted).size).toBe(40);
    });

    it('delivers soon after a decision when kicked, one run at a time', async () => {
      const outbox = deliverer();
      const id = await engagementAtErin();
      await passStage(testbed, actors.erin, id);
      outbox.kick();
      outbox.kick(); // coalesced
      // A run queued behind the kicked one finds nothing left to do.
      expect(await outbox.deliverPending()).toEqual({
        delivered: 0,
        failed: 0,
      });
      expect(partnerPoints.posted).toEqual([eventId(id, 'qualify')]);
    });
  },
);
