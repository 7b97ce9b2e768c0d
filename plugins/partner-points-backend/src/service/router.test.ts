import { TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import request from 'supertest';
import { DAY_MS } from '@partner-studio/scoring';
import {
  as,
  daysAgo,
  eventually,
  startPointsBackend,
  testEntities,
} from '../__testUtils__/testUtils';
import { TEST_DATABASE_IDS } from '../__testUtils__/databases';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const NOT_FOUND = 'Partner not found';

let seq = 0;
/** A valid event; unique id unless given. */
function event(partnerId: string, extra: Record<string, unknown> = {}) {
  seq += 1;
  return {
    id: `evt-${seq}`,
    partnerId,
    type: 'deal_won',
    occurredAt: daysAgo(10),
    businessModel:
      partnerId === 'northwind-cloud'
        ? 'cloud-solution-provider'
        : 'solution-services',
    customerId: `customer-${seq}`,
    amount: 100_000,
    ...extra,
  };
}

async function countEvents(knex: Knex): Promise<number> {
  const [row] = await knex('partner_points_events').count({ n: '*' });
  return Number(row.n);
}

describe.each(databases.eachSupportedId())('router on %p', databaseId => {
  let knex: Knex;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
  });

  async function start(options?: Parameters<typeof startPointsBackend>[1]) {
    return startPointsBackend(knex, options);
  }

  function ingest(
    server: Parameters<typeof request>[0],
    events: unknown[],
    header = as.paul,
  ) {
    return request(server)
      .post('/api/partner-points/events')
      .set('Authorization', header)
      .send({ events });
  }

  async function standingOf(
    server: Parameters<typeof request>[0],
    partnerId: string,
  ) {
    const res = await request(server)
      .get(`/api/partner-points/partners/${partnerId}/standing`)
      .set('Authorization', as.paul);
    expect(res.status).toBe(200);
    return res.body.standing;
  }

  describe('GET /program', () => {
    it('describes tiers, benefits, plays and Ignite courses to any signed-in user', async () => {
      const { server } = await start();
      const res = await request(server)
        .get('/api/partner-points/program')
        .set('Authorization', as.stranger);
      expect(res.status).toBe(200);
      expect(res.body.tiers.map((t: any) => t.id)).toEqual([
        'community',
        'select',
        'advanced',
        'principal',
        'pinnacle',
      ]);
      expect(res.body.tiers[1]).toMatchObject({
        threshold: expect.any(Number),
        benefits: expect.any(Array),
      });
      expect(res.body.plays.length).toBeGreaterThan(0);
      expect(res.body.igniteCourses.length).toBeGreaterThan(0);
    });

    it('refuses unauthenticated callers', async () => {
      const { server } = await start();
      const res = await request(server)
        .get('/api/partner-points/program')
        .set('Authorization', as.none);
      expect(res.status).toBe(401);
    });
  });

  describe('GET /standing', () => {
    it("returns the caller's own partner for each partner member", async () => {
      const { server } = await start();
      await ingest(server, [event('northwind-cloud')]).expect(200);

      for (const [header, partnerId] of [
        [as.nora, 'northwind-cloud'],
        [as.niko, 'northwind-cloud'],
        [as.carla, 'contoso-solutions'],
        [as.felix, 'fabrikam-software'],
      ]) {
        const res = await request(server)
          .get('/api/partner-points/standing')
          .set('Authorization', header);
        expect(res.status).toBe(200);
        expect(res.body.partner).toMatchObject({
          id: partnerId,
          entityRef: `group:default/${partnerId}`,
        });
        expect(res.body.standing.partnerId).toBe(partnerId);
      }
      const northwind = await request(server)
        .get('/api/partner-points/standing')
        .set('Authorization', as.nora);
      expect(northwind.body.partner).toEqual({
        id: 'northwind-cloud',
        entityRef: 'group:default/northwind-cloud',
        title: 'northwind-cloud',
        businessModels: ['cloud-solution-provider', 'solution-services'],
        admittedAt: '2019-03-11',
        pinnacleInvited: true,
      });
      expect(northwind.body.standing.totalPoints).toBeGreaterThan(0);
      expect(northwind.body.standing).toMatchObject({
        tier: expect.any(String),
        metrics: expect.any(Array),
        actions: expect.any(Array),
        expiring: expect.any(Array),
        benefits: expect.any(Array),
      });
    });

    it.each([
      ['a program admin', as.paul],
      ['an expert', as.erin],
      ['a user of no partner', as.stranger],
    ])('is 404 for %s, who has no partner', async (_, header) => {
      const { server } = await start();
      const res = await request(server)
        .get('/api/partner-points/standing')
        .set('Authorization', header);
      expect(res.status).toBe(404);
      expect(res.body.error.name).toBe('NotFoundError');
    });

    it('refuses service principals and anonymous callers', async () => {
      const { server } = await start();
      await request(server)
        .get('/api/partner-points/standing')
        .set('Authorization', as.service)
        .expect(403);
      await request(server)
        .get('/api/partner-points/standing')
        .set('Authorization', as.none)
        .expect(401);
    });

    it('is 403 when the permission policy denies reading', async () => {
      const { server, authorize } = await start({
        decide: () => AuthorizeResult.DENY,
      });
      const res = await request(server)
        .get('/api/partner-points/standing')
        .set('Authorization', as.nora);
      expect(res.status).toBe(403);
      expect(authorize).toHaveBeenCalledWith(
        [
          expect.objectContaining({
            permission: expect.objectContaining({
              name: 'partner-studio.partner.standing.read',
            }),
            resourceRef: 'group:default/northwind-cloud',
          }),
        ],
        expect.anything(),
      );
    });
  });

  describe('GET /partners', () => {
    function listPartners(
      server: Parameters<typeof request>[0],
      header: string,
    ) {
      return request(server)
        .get('/api/partner-points/partners')
        .set('Authorization', header);
    }

    it('lists every demo partner, sorted by title, for a program admin', async () => {
      const { server } = await start();
      const res = await listPartners(server, as.paul);
      expect(res.status).toBe(200);
      expect(res.body.items.map((p: any) => p.id)).toEqual([
        'adatum-systems',
        'contoso-solutions',
        'fabrikam-software',
        'northwind-cloud',
        'tailspin-resellers',
      ]);
      expect(res.body.items[3]).toEqual({
        id: 'northwind-cloud',
        entityRef: 'group:default/northwind-cloud',
        title: 'northwind-cloud',
        businessModels: ['cloud-solution-provider', 'solution-services'],
        admittedAt: '2019-03-11',
        pinnacleInvited: true,
      });
    });

    it('sorts by title, not by id', async () => {
      const entities = testEntities.map(e =>
        e.metadata.name === 'tailspin-resellers'
          ? { ...e, metadata: { ...e.metadata, title: 'Alpine Tailspin' } }
          : e,
      );
      const { server } = await start({ entities });
      const res = await listPartners(server, as.paul);
      expect(res.status).toBe(200);
      expect(res.body.items.map((p: any) => p.title)).toEqual([
        'adatum-systems',
        'Alpine Tailspin',
        'contoso-solutions',
        'fabrikam-software',
        'northwind-cloud',
      ]);
    });

    it('lists only their own partner for a partner member', async () => {
      const { server } = await start();
      for (const [header, partnerId] of [
        [as.nora, 'northwind-cloud'],
        [as.niko, 'northwind-cloud'],
        [as.carla, 'contoso-solutions'],
        [as.felix, 'fabrikam-software'],
      ]) {
        const res = await listPartners(server, header);
        expect(res.status).toBe(200);
        expect(res.body.items.map((p: any) => p.id)).toEqual([partnerId]);
      }
    });

    it.each([
      ['an expert', as.erin],
      ['a user of no partner', as.stranger],
    ])('is an empty list for %s', async (_, header) => {
      const { server } = await start();
      const res = await listPartners(server, header);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [] });
    });

    it('leaves out partners the permission policy denies', async () => {
      const { server, authorize } = await start({
        decide: () => AuthorizeResult.DENY,
      });
      const admin = await listPartners(server, as.paul);
      expect(admin.status).toBe(200);
      expect(admin.body).toEqual({ items: [] });
      const member = await listPartners(server, as.nora);
      expect(member.status).toBe(200);
      expect(member.body).toEqual({ items: [] });
      expect(authorize).toHaveBeenCalledWith(
        [
          expect.objectContaining({
            permission: expect.objectContaining({
              name: 'partner-studio.partner.standing.read',
            }),
            resourceRef: 'group:default/northwind-cloud',
          }),
        ],
        expect.anything(),
      );
    });

    it('refuses service principals and anonymous callers', async () => {
      const { server } = await start();
      expect((await listPartners(server, as.service)).status).toBe(403);
      expect((await listPartners(server, as.none)).status).toBe(401);
    });
  });

  describe('GET /partners/:partnerId/standing', () => {
    it('serves members their own partner and program admins any partner', async () => {
      const { server } = await start();
      await request(server)
        .get('/api/partner-points/partners/northwind-cloud/standing')
        .set('Authorization', as.nora)
        .expect(200);
      for (const partnerId of ['northwind-cloud', 'tailspin-resellers']) {
        const res = await request(server)
          .get(`/api/partner-points/partners/${partnerId}/standing`)
          .set('Authorization', as.paul);
        expect(res.status).toBe(200);
        expect(res.body.partner.id).toBe(partnerId);
      }
    });

    it('tells others nothing: another partner looks exactly like a missing one', async () => {
      const { server } = await start();
      const other = await request(server)
        .get('/api/partner-points/partners/contoso-solutions/standing')
        .set('Authorization', as.nora);
      const missing = await request(server)
        .get('/api/partner-points/partners/no-such-partner/standing')
        .set('Authorization', as.nora);
      expect(other.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(other.body.error).toEqual(missing.body.error);
      expect(other.body.error.message).toBe(NOT_FOUND);

      for (const header of [as.erin, as.stranger]) {
        const res = await request(server)
          .get('/api/partner-points/partners/northwind-cloud/standing')
          .set('Authorization', header);
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(NOT_FOUND);
      }
      const admin = await request(server)
        .get('/api/partner-points/partners/no-such-partner/standing')
        .set('Authorization', as.paul);
      expect(admin.status).toBe(404);
      expect(admin.body.error.message).toBe(NOT_FOUND);
    });

    it('is 403 for a program admin the policy denies', async () => {
      const { server } = await start({ decide: () => AuthorizeResult.DENY });
      await request(server)
        .get('/api/partner-points/partners/contoso-solutions/standing')
        .set('Authorization', as.paul)
        .expect(403);
    });
  });

  describe('POST /events', () => {
    it('ingests a batch for a program admin and a service principal', async () => {
      const { server } = await start();
      const before = await standingOf(server, 'contoso-solutions');
      const res = await ingest(server, [
        event('contoso-solutions'),
        event('northwind-cloud'),
      ]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accepted: 2,
        duplicates: [],
        partnersAffected: ['contoso-solutions', 'northwind-cloud'],
      });
      const service = await ingest(
        server,
        [event('contoso-solutions')],
        as.service,
      );
      expect(service.status).toBe(200);
      expect(service.body.accepted).toBe(1);
      expect(await countEvents(knex)).toBe(3);
      const after = await standingOf(server, 'contoso-solutions');
      expect(after.totalPoints).toBeGreaterThan(before.totalPoints);
    });

    it.each([
      ['a partner admin', as.niko],
      ['a partner developer', as.nora],
      ['an expert', as.erin],
      ['a user of no partner', as.stranger],
    ])('refuses %s and writes nothing', async (_, header) => {
      const { server } = await start();
      const res = await ingest(server, [event('northwind-cloud')], header);
      expect(res.status).toBe(403);
      expect(await countEvents(knex)).toBe(0);
    });

    it('refuses a program admin the policy denies', async () => {
      const { server } = await start({
        decide: name =>
          name === 'partner-studio.events.create'
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      });
      const res = await ingest(server, [event('northwind-cloud')]);
      expect(res.status).toBe(403);
      expect(await countEvents(knex)).toBe(0);
    });

    it('rejects the whole batch listing every bad event by index and field', async () => {
      const { server } = await start();
      const res = await ingest(server, [
        event('northwind-cloud'),
        event('northwind-cloud', { occurredAt: 'yesterday' }),
        event('northwind-cloud'),
        event('northwind-cloud', { type: 'deal_lost', amount: -1 }),
        event('northwind-cloud', { amount: undefined }),
      ]);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      const message: string = res.body.error.message;
      expect(message).toContain('nothing was written');
      expect(message).toContain('events[1].occurredAt:');
      expect(message).toContain('events[3].type:');
      expect(message).toContain('events[3].amount:');
      expect(message).toContain('events[4].amount: amount is required');
      expect(message).not.toContain('events[0]');
      expect(message).not.toContain('events[2]');
      expect(res.body.error.cause.issues).toEqual(
        expect.arrayContaining([
          { path: 'events[1].occurredAt', message: expect.any(String) },
        ]),
      );
      expect(await countEvents(knex)).toBe(0);
    });

    it('rejects events of partners the catalog does not know', async () => {
      const { server } = await start();
      const res = await ingest(server, [
        event('northwind-cloud'),
        event('northwnd-cloud'),
      ]);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(
        'events[1].partnerId: no partner "northwnd-cloud"',
      );
      expect(await countEvents(knex)).toBe(0);
    });

    it('rejects bodies that are not a batch, and batches over 10,000', async () => {
      const { server } = await start();
      const notArray = await request(server)
        .post('/api/partner-points/events')
        .set('Authorization', as.paul)
        .send({ events: { id: 'x' } });
      expect(notArray.status).toBe(400);
      expect(notArray.body.error.message).toContain('body.events');

      const tooMany = Array.from({ length: 10_001 }, () =>
        event('northwind-cloud'),
      );
      const big = await ingest(server, tooMany);
      expect(big.status).toBe(400);
      expect(big.body.error.message).toContain('at most 10000');
      expect(await countEvents(knex)).toBe(0);
    });

    it('is idempotent: a replay reports duplicates and changes no total', async () => {
      const { server, publish } = await start();
      const batch = [event('northwind-cloud'), event('northwind-cloud')];
      await ingest(server, batch).expect(200);
      await eventually(() => expect(publish).toHaveBeenCalledTimes(1));
      const before = await standingOf(server, 'northwind-cloud');

      // Same events, keys in another order: still the same content.
      const replay = await ingest(
        server,
        batch.map(e => Object.fromEntries(Object.entries(e).reverse())),
      );
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual({
        accepted: 0,
        duplicates: [batch[0].id, batch[1].id],
        partnersAffected: [],
      });
      expect(await countEvents(knex)).toBe(2);
      const after = await standingOf(server, 'northwind-cloud');
      expect(after.totalPoints).toBe(before.totalPoints);
      await new Promise(resolve => setTimeout(resolve, 100));
      expect(publish).toHaveBeenCalledTimes(1);
    });

    it('reports a partial replay: new events accepted, known ones duplicates', async () => {
      const { server } = await start();
      const known = event('northwind-cloud');
      await ingest(server, [known]).expect(200);
      const fresh = event('northwind-cloud');
      const res = await ingest(server, [known, fresh, fresh]);
      expect(res.status).toBe(200);
      expect(res.body.accepted).toBe(1);
      expect(res.body.duplicates.sort()).toEqual([known.id, fresh.id].sort());
      expect(await countEvents(knex)).toBe(2);
    });

    it('is 409 for a known id with different content, and writes nothing of the batch', async () => {
      const { server } = await start();
      const original = event('northwind-cloud');
      await ingest(server, [original]).expect(200);
      const res = await ingest(server, [
        event('northwind-cloud'),
        { ...original, amount: 999 },
      ]);
      expect(res.status).toBe(409);
      expect(res.body.error.name).toBe('ConflictError');
      expect(res.body.error.message).toContain(
        `events[1] (id "${original.id}")`,
      );
      expect(await countEvents(knex)).toBe(1);
    });

    it('is 400 for one id twice in a batch with different content', async () => {
      const { server } = await start();
      const e = event('northwind-cloud');
      const res = await ingest(server, [e, { ...e, amount: 1 }]);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(
        `events[1].id: "${e.id}" is also the id of events[0]`,
      );
      expect(await countEvents(knex)).toBe(0);
    });

    it('publishes the new standing to the partner members once committed', async () => {
      const { server, publish } = await start();
      await ingest(server, [event('contoso-solutions')]).expect(200);
      await eventually(() => expect(publish).toHaveBeenCalledTimes(1));
      const standing = await standingOf(server, 'contoso-solutions');
      expect(publish).toHaveBeenCalledWith({
        channel: 'partner-points:standing',
        recipients: {
          type: 'user',
          entityRef: expect.arrayContaining([
            'group:default/contoso-solutions',
            'user:default/carla.dev',
            'user:default/cody.admin',
            'group:default/program-admins',
          ]),
        },
        message: {
          partnerRef: 'group:default/contoso-solutions',
          totalPoints: standing.totalPoints,
          tier: standing.tier,
        },
      });
      const recipients = (publish.mock.calls[0] as any[])[0].recipients
        .entityRef as string[];
      expect(recipients).not.toContain('user:default/nora.dev');
    });

    it('keeps concurrent replays of one batch atomic and exact', async () => {
      const { server } = await start();
      const batch = Array.from({ length: 300 }, (_, i) =>
        event(i % 2 ? 'northwind-cloud' : 'contoso-solutions'),
      );
      const results = await Promise.all([
        ingest(server, batch),
        ingest(server, batch),
        ingest(server, batch),
      ]);
      expect(results.map(r => r.status)).toEqual([200, 200, 200]);
      const accepted = results.reduce((n, r) => n + r.body.accepted, 0);
      const duplicates = results.reduce(
        (n, r) => n + r.body.duplicates.length,
        0,
      );
      expect(accepted).toBe(300);
      expect(duplicates).toBe(600);
      expect(await countEvents(knex)).toBe(300);
    });

    it('does not publish when a batch is rejected', async () => {
      const { server, publish } = await start();
      await ingest(server, [
        event('contoso-solutions'),
        event('contoso-solutions', { type: 'nope' }),
      ]).expect(400);
      await new Promise(resolve => setTimeout(resolve, 100));
      expect(publish).not.toHaveBeenCalled();
    });
  });

  describe('POST /events/import', () => {
    const header =
      'id,partnerId,type,occurredAt,businessModel,customerId,quantity,amount,attributes';

    it('imports a CSV through the same path', async () => {
      const { server } = await start();
      const csv = [
        header,
        `csv-1,northwind-cloud,deal_won,${daysAgo(
          3,
        )},cloud-solution-provider,acme,,120000,`,
        `csv-2,northwind-cloud,play_executed,${daysAgo(
          4,
        )},,,,,"{""play"":""velocity"",""playId"":""vdi-refresh""}"`,
      ].join('\r\n');
      const res = await request(server)
        .post('/api/partner-points/events/import')
        .set('Authorization', as.paul)
        .set('Content-Type', 'text/csv')
        .send(csv);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accepted: 2,
        duplicates: [],
        partnersAffected: ['northwind-cloud'],
      });
      const replay = await request(server)
        .post('/api/partner-points/events/import')
        .set('Authorization', as.paul)
        .set('Content-Type', 'text/csv')
        .send(csv);
      expect(replay.body).toMatchObject({
        accepted: 0,
        duplicates: ['csv-1', 'csv-2'],
      });
    });

    it('rejects the whole file listing bad rows by row number', async () => {
      const { server } = await start();
      const csv = [
        header,
        `csv-1,northwind-cloud,deal_won,${daysAgo(3)},,acme,,120000,`,
        `csv-2,northwind-cloud,deal_won,not-a-date,,acme,,lots,`,
        `csv-3,northwind-cloud,play_executed,${daysAgo(4)},,,,,{not json}`,
      ].join('\n');
      const res = await request(server)
        .post('/api/partner-points/events/import')
        .set('Authorization', as.paul)
        .set('Content-Type', 'text/csv')
        .send(csv);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('row 3.occurredAt:');
      expect(res.body.error.message).toContain('row 3.amount:');
      expect(res.body.error.message).toContain(
        'row 4.attributes: is not valid JSON',
      );
      expect(await countEvents(knex)).toBe(0);
    });

    it('requires text/csv and refuses partner members', async () => {
      const { server } = await start();
      await request(server)
        .post('/api/partner-points/events/import')
        .set('Authorization', as.paul)
        .send({ events: [] })
        .expect(400);
      await request(server)
        .post('/api/partner-points/events/import')
        .set('Authorization', as.niko)
        .set('Content-Type', 'text/csv')
        .send(`${header}\n`)
        .expect(403);
    });
  });

  describe('standing cache', () => {
    it('serves a new standing after ingestion, also on another replica', async () => {
      const replicaA = await start();
      const replicaB = await start();
      const before = await standingOf(replicaA.server, 'tailspin-resellers');
      // Warm both caches.
      await standingOf(replicaB.server, 'tailspin-resellers');

      await ingest(replicaB.server, [
        event('tailspin-resellers', { businessModel: 'solution-reseller' }),
      ]).expect(200);

      const onB = await standingOf(replicaB.server, 'tailspin-resellers');
      const onA = await standingOf(replicaA.server, 'tailspin-resellers');
      expect(onB.totalPoints).toBeGreaterThan(before.totalPoints);
      expect(onA.totalPoints).toBe(onB.totalPoints);
    });
  });

  describe('settling', () => {
    it('settles and signals a committed standing that was never signalled', async () => {
      const { server, scheduler, publish } = await start();
      // As if a replica stopped between the commit and the signal.
      await knex('partner_points_events').insert({
        id: 'orphan-1',
        partner_id: 'fabrikam-software',
        type: 'certification_earned',
        occurred_at: Date.now() - DAY_MS,
        payload: JSON.stringify({
          id: 'orphan-1',
          partnerId: 'fabrikam-software',
          type: 'certification_earned',
          occurredAt: daysAgo(1),
          quantity: 5,
          attributes: { certification: 'kubernetes-associate' },
        }),
        content_hash: 'x',
        ingested_at: Date.now(),
      });
      await knex('partner_points_partners').insert({
        partner_id: 'fabrikam-software',
        revision: 1,
        updated_at: Date.now(),
        evaluated_revision: 0,
      });
      await scheduler.triggerTask('partner-points-settle');
      expect(publish).toHaveBeenCalledTimes(1);
      const standing = await standingOf(server, 'fabrikam-software');
      expect(standing.totalPoints).toBeGreaterThan(0);
      expect(publish).toHaveBeenCalledWith(
        expect.objectContaining({
          message: {
            partnerRef: 'group:default/fabrikam-software',
            totalPoints: standing.totalPoints,
            tier: standing.tier,
          },
        }),
      );
      // Settled once: a second run does nothing.
      await scheduler.triggerTask('partner-points-settle');
      expect(publish).toHaveBeenCalledTimes(1);
    });
  });

  describe('GET /partners/:partnerId/history', () => {
    it('records a tier-change snapshot and scheduled snapshots, oldest first', async () => {
      const { server, scheduler, publish } = await start();
      const empty = await request(server)
        .get('/api/partner-points/partners/northwind-cloud/history')
        .set('Authorization', as.nora);
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({ items: [] });

      await scheduler.triggerTask('partner-points-snapshots');
      await ingest(server, [
        event('northwind-cloud', { amount: 1_000_000 }),
        event('northwind-cloud', {
          type: 'certification_earned',
          amount: undefined,
          customerId: undefined,
          businessModel: undefined,
          quantity: 20,
          attributes: { certification: 'cloud-infrastructure-professional' },
        }),
      ]).expect(200);
      await eventually(() => expect(publish).toHaveBeenCalled());

      const res = await request(server)
        .get('/api/partner-points/partners/northwind-cloud/history')
        .set('Authorization', as.nora);
      expect(res.status).toBe(200);
      const standing = await standingOf(server, 'northwind-cloud');
      expect(res.body.items).toEqual([
        {
          takenAt: expect.any(String),
          totalPoints: 0,
          tier: 'community',
          reason: 'scheduled',
        },
        {
          takenAt: expect.any(String),
          totalPoints: standing.totalPoints,
          tier: standing.tier,
          reason: 'tier-change',
        },
      ]);
      expect(standing.tier).not.toBe('community');

      // Program admins see it too; other partners' members do not.
      await request(server)
        .get('/api/partner-points/partners/northwind-cloud/history')
        .set('Authorization', as.paul)
        .expect(200);
      const other = await request(server)
        .get('/api/partner-points/partners/northwind-cloud/history')
        .set('Authorization', as.carla);
      expect(other.status).toBe(404);
      expect(other.body.error.message).toBe(NOT_FOUND);
    });

    it('pages with a cursor and validates the query', async () => {
      const { server, scheduler } = await start();
      await scheduler.triggerTask('partner-points-snapshots');
      // A re-run inside the interval does not double the trend.
      await scheduler.triggerTask('partner-points-snapshots');
      await knex('partner_points_snapshots').insert(
        [1, 2, 3].map(d => ({
          partner_id: 'fabrikam-software',
          taken_at: Date.now() - d * DAY_MS,
          total_points: 10 * d,
          tier: 'community',
          reason: 'scheduled',
          revision: 0,
        })),
      );
      const page1 = await request(server)
        .get('/api/partner-points/partners/fabrikam-software/history?limit=2')
        .set('Authorization', as.felix);
      expect(page1.status).toBe(200);
      expect(page1.body.items.map((i: any) => i.totalPoints)).toEqual([10, 0]);
      expect(page1.body.nextCursor).toEqual(expect.any(String));
      const page2 = await request(server)
        .get(
          `/api/partner-points/partners/fabrikam-software/history?limit=2&cursor=${page1.body.nextCursor}`,
        )
        .set('Authorization', as.felix);
      expect(page2.body.items.map((i: any) => i.totalPoints)).toEqual([30, 20]);
      expect(page2.body.nextCursor).toBeUndefined();

      const bad = await request(server)
        .get(
          '/api/partner-points/partners/fabrikam-software/history?limit=0&since=yesterday',
        )
        .set('Authorization', as.felix);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('query.limit');
      expect(bad.body.error.message).toContain('query.since');
      await request(server)
        .get(
          '/api/partner-points/partners/fabrikam-software/history?cursor=garbage',
        )
        .set('Authorization', as.felix)
        .expect(400);
    });
  });

  describe('GET /partners/:partnerId/metrics/:metricId/contributions', () => {
    it('lists the events that earned a metric, highest first', async () => {
      const { server } = await start();
      const small = event('northwind-cloud', { amount: 50_000 });
      const large = event('northwind-cloud', { amount: 200_000 });
      const other = event('northwind-cloud', {
        type: 'opportunity_registered',
      });
      await ingest(server, [small, large, other]).expect(200);
      const res = await request(server)
        .get(
          '/api/partner-points/partners/northwind-cloud/metrics/bookings/contributions',
        )
        .set('Authorization', as.nora);
      expect(res.status).toBe(200);
      expect(res.body.metricId).toBe('bookings');
      expect(res.body.items.map((i: any) => i.event.id)).toEqual([
        large.id,
        small.id,
      ]);
      expect(res.body.items[0]).toEqual({
        event: expect.objectContaining({ id: large.id, amount: 200_000 }),
        points: expect.any(Number),
      });
      expect(res.body.items[0].points).toBeGreaterThan(
        res.body.items[1].points,
      );

      const paged = await request(server)
        .get(
          '/api/partner-points/partners/northwind-cloud/metrics/bookings/contributions?limit=1',
        )
        .set('Authorization', as.nora);
      expect(paged.body.items).toHaveLength(1);
      const next = await request(server)
        .get(
          `/api/partner-points/partners/northwind-cloud/metrics/bookings/contributions?limit=1&cursor=${paged.body.nextCursor}`,
        )
        .set('Authorization', as.nora);
      expect(next.body.items.map((i: any) => i.event.id)).toEqual([small.id]);
    });

    it('is 404 for an unknown metric and for other partners', async () => {
      const { server } = await start();
      const unknown = await request(server)
        .get(
          '/api/partner-points/partners/northwind-cloud/metrics/nope/contributions',
        )
        .set('Authorization', as.nora);
      expect(unknown.status).toBe(404);
      const other = await request(server)
        .get(
          '/api/partner-points/partners/contoso-solutions/metrics/bookings/contributions',
        )
        .set('Authorization', as.nora);
      expect(other.status).toBe(404);
      expect(other.body.error.message).toBe(NOT_FOUND);
    });
  });

  describe('POST /partners/:partnerId/simulate', () => {
    it('projects hypothetical events and stores nothing', async () => {
      const { server, publish } = await start();
      const res = await request(server)
        .post('/api/partner-points/partners/contoso-solutions/simulate')
        .set('Authorization', as.carla)
        .send({
          events: [
            {
              type: 'deal_won',
              amount: 250_000,
              customerId: 'new-logo',
              businessModel: 'solution-services',
            },
          ],
        });
      expect(res.status).toBe(200);
      expect(res.body.delta.totalPoints).toBeGreaterThan(0);
      expect(res.body.standing.totalPoints).toBeGreaterThan(
        res.body.baseline.totalPoints,
      );
      expect(await countEvents(knex)).toBe(0);
      const standing = await standingOf(server, 'contoso-solutions');
      expect(standing.totalPoints).toBe(res.body.baseline.totalPoints);
      expect(publish).not.toHaveBeenCalled();

      await request(server)
        .post('/api/partner-points/partners/contoso-solutions/simulate')
        .set('Authorization', as.paul)
        .send({ events: [] })
        .expect(200);
    });

    it('validates hypothetical events', async () => {
      const { server } = await start();
      const res = await request(server)
        .post('/api/partner-points/partners/contoso-solutions/simulate')
        .set('Authorization', as.carla)
        .send({
          events: [
            { type: 'deal_won' },
            { type: 'deal_won', amount: 1, partnerId: 'northwind-cloud' },
          ],
        });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('events[0].amount');
      expect(res.body.error.message).toContain('events[1].partnerId');
    });

    it('refuses other partners (404) and a denying policy (403)', async () => {
      const { server } = await start({
        decide: name =>
          name === 'partner-studio.partner.standing.simulate'
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      });
      const other = await request(server)
        .post('/api/partner-points/partners/contoso-solutions/simulate')
        .set('Authorization', as.nora)
        .send({ events: [] });
      expect(other.status).toBe(404);
      expect(other.body.error.message).toBe(NOT_FOUND);
      await request(server)
        .post('/api/partner-points/partners/contoso-solutions/simulate')
        .set('Authorization', as.erin)
        .send({ events: [] })
        .expect(404);
      await request(server)
        .post('/api/partner-points/partners/contoso-solutions/simulate')
        .set('Authorization', as.carla)
        .send({ events: [] })
        .expect(403);
    });
  });

  describe('demo data', () => {
    it('seeds every demo partner on start through ingestion, idempotently', async () => {
      const config = { partnerPoints: { demoData: { enabled: true } } };
      const first = await start({ config });
      await eventually(async () => {
        const rows = await knex('partner_points_partners').count({ n: '*' });
        expect(Number(rows[0].n)).toBe(5);
      }, 15_000);
      const count = await countEvents(knex);
      expect(count).toBeGreaterThan(100);
      const contoso = await standingOf(first.server, 'contoso-solutions');
      expect(contoso.nextTier.pointsNeeded).toBeGreaterThan(0);
      expect(contoso.nextTier.pointsNeeded).toBeLessThanOrEqual(25);
      const northwind = await standingOf(first.server, 'northwind-cloud');
      expect(northwind.expiring.length).toBeGreaterThan(0);

      // A restart re-runs the seeding: nothing new.
      await first.backend.stop();
      const second = await start({ config });
      await new Promise(resolve => setTimeout(resolve, 500));
      expect(await countEvents(knex)).toBe(count);
      await second.backend.stop();
    });
  });
});
