import { TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { PermissionsService } from '@backstage/backend-plugin-api';
import { partnerStandingReadPermission } from '@partner-studio/plugin-partner-studio-common';
import {
  createPartnerConditionalDecision,
  partnerConditions,
} from '@partner-studio/plugin-partner-studio-node';
import {
  otherCallers,
  personas,
  TEST_DATABASE_IDS,
  testGroup,
  testOrganization,
  testUser,
  withMemberships,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  daysAgo,
  decidingPermissions,
  eventually,
  partnerPath,
  partnerRef,
  startPointsBackend,
} from '../__testUtils__/testUtils';

/** Authorization headers of the personas. */
const as = {
  nora: personas.nora.header,
  niko: personas.niko.header,
  carla: personas.carla.header,
  cody: personas.cody.header,
  felix: personas.felix.header,
  erin: personas.erin.header,
  paul: personas.paul.header,
  stranger: personas.stranger.header,
  service: otherCallers.service,
  none: otherCallers.none,
};

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const NOT_FOUND = 'Partner not found';

let seq = 0;
/** A valid event; unique id unless given. */
function event(partnerName: string, extra: Record<string, unknown> = {}) {
  seq += 1;
  return {
    id: `evt-${seq}`,
    partnerId: partnerRef(partnerName),
    type: 'deal_won',
    occurredAt: daysAgo(10),
    businessModel:
      partnerName === 'northwind-cloud'
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
      .get(`${partnerPath(partnerId)}/standing`)
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
    it("returns the caller's own partner for each partner member, sub-groups' members included", async () => {
      const { server } = await start();
      await ingest(server, [event('northwind-cloud')]).expect(200);

      for (const [header, name] of [
        [as.nora, 'northwind-cloud'],
        [as.niko, 'northwind-cloud'],
        // Carla is a member of Contoso's platform team, a sub-group.
        [as.carla, 'contoso-solutions'],
        [as.cody, 'contoso-solutions'],
        [as.felix, 'fabrikam-software'],
      ]) {
        const res = await request(server)
          .get('/api/partner-points/standing')
          .set('Authorization', header);
        expect(res.status).toBe(200);
        expect(res.body.partner.entityRef).toBe(partnerRef(name));
        expect(res.body.standing.partnerId).toBe(partnerRef(name));
      }
      const northwind = await request(server)
        .get('/api/partner-points/standing')
        .set('Authorization', as.nora);
      expect(northwind.body.partner).toEqual({
        entityRef: 'group:default/northwind-cloud',
        title: 'Northwind Cloud',
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
      const { server } = await start({
        permissions: decidingPermissions(() => AuthorizeResult.DENY),
      });
      const res = await request(server)
        .get('/api/partner-points/standing')
        .set('Authorization', as.nora);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        'partner-studio.partner.standing.read',
      );
    });
  });

  describe('roles and membership come from the organisation only', () => {
    it('a program-admins Group from another location grants nothing', async () => {
      const elsewhere = { type: 'url', target: 'https://git.example/x.yaml' };
      const entities = withMemberships([
        ...testOrganization.filter(
          e => e.kind !== 'User' || e.metadata.name !== 'nora.dev',
        ),
        // Nora registered a location holding a program-admins group with
        // herself as a member, and a copy of herself as its member.
        testGroup('program-admins', {
          type: 'program-admins',
          namespace: 'evil',
          location: elsewhere,
        }),
        testGroup('partner-admins', {
          type: 'program-admins',
          location: elsewhere,
        }),
        testUser('nora.dev', [
          'northwind-cloud',
          'partner-admins',
          'group:evil/program-admins',
        ]),
      ]);
      const { server } = await start({ entities });
      const partners = await request(server)
        .get('/api/partner-points/partners')
        .set('Authorization', as.nora);
      expect(partners.body.items.map((p: any) => p.entityRef)).toEqual([
        'group:default/northwind-cloud',
      ]);
      await request(server)
        .get(`${partnerPath('contoso-solutions')}/standing`)
        .set('Authorization', as.nora)
        .expect(404);
      await ingest(server, [event('northwind-cloud')], as.nora).expect(403);
    });

    it('a user entity from another location is nobody', async () => {
      const entities = withMemberships([
        ...testOrganization.filter(e => e.metadata.name !== 'paul.admin'),
        testUser('paul.admin', ['program-admins'], {
          location: { type: 'url', target: 'https://git.example/people.yaml' },
        }),
      ]);
      const { server } = await start({ entities });
      await ingest(server, [event('northwind-cloud')], as.paul).expect(403);
      const partners = await request(server)
        .get('/api/partner-points/partners')
        .set('Authorization', as.paul);
      expect(partners.body.items).toEqual([]);
    });

    it('partners are told apart by namespace, never by bare name', async () => {
      const entities = withMemberships([
        ...testOrganization,
        testGroup('contoso-solutions', {
          type: 'partner',
          namespace: 'emea',
          title: 'Contoso EMEA',
          annotations: {
            'partner-studio.io/business-models': 'solution-reseller',
          },
        }),
        testUser('emil.dev', ['group:emea/contoso-solutions']),
      ]);
      const { server } = await start({ entities });
      await ingest(server, [event('contoso-solutions')]).expect(200);
      const emea = await request(server)
        .get('/api/partner-points/partners/emea/contoso-solutions/standing')
        .set('Authorization', as.paul);
      expect(emea.status).toBe(200);
      expect(emea.body.partner.title).toBe('Contoso EMEA');
      expect(emea.body.standing.totalPoints).toBe(0);
      const bare = await ingest(server, [
        { ...event('contoso-solutions'), partnerId: 'contoso-solutions' },
      ]);
      expect(bare.status).toBe(400);
      expect(bare.body.error.message).toContain(
        "events[0].partnerId: must be the partner's group entity ref",
      );
    });
  });

  describe('GET /partners', () => {
    function listPartners(
      server: Parameters<typeof request>[0],
      header: string,
      query = '',
    ) {
      return request(server)
        .get(`/api/partner-points/partners${query}`)
        .set('Authorization', header);
    }

    it('lists every demo partner, sorted by title, for a program admin', async () => {
      const { server } = await start();
      const res = await listPartners(server, as.paul);
      expect(res.status).toBe(200);
      expect(res.body.items.map((p: any) => p.title)).toEqual([
        'Adatum Systems',
        'Contoso Solutions',
        'Fabrikam Software',
        'Northwind Cloud',
        'Tailspin Resellers',
      ]);
      expect(res.body.items[3]).toEqual({
        entityRef: 'group:default/northwind-cloud',
        title: 'Northwind Cloud',
        businessModels: ['cloud-solution-provider', 'solution-services'],
        admittedAt: '2019-03-11',
        pinnacleInvited: true,
      });
      expect(res.body.nextCursor).toBeUndefined();
    });

    it('pages with a cursor', async () => {
      const { server } = await start();
      const first = await listPartners(server, as.paul, '?limit=2');
      expect(first.body.items).toHaveLength(2);
      const second = await listPartners(
        server,
        as.paul,
        `?limit=2&cursor=${first.body.nextCursor}`,
      );
      expect(second.body.error).toBeUndefined();
      const third = await listPartners(
        server,
        as.paul,
        `?limit=2&cursor=${second.body.nextCursor}`,
      );
      expect(third.body.nextCursor).toBeUndefined();
      expect(
        [...first.body.items, ...second.body.items, ...third.body.items].map(
          (p: any) => p.title,
        ),
      ).toEqual([
        'Adatum Systems',
        'Contoso Solutions',
        'Fabrikam Software',
        'Northwind Cloud',
        'Tailspin Resellers',
      ]);
      expect(second.body.error).toBeUndefined();
      const bad = await listPartners(server, as.paul, '?limit=0&cursor=nope');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain(
        'query.limit: must be at least 1',
      );
    });

    it('lists only their own partner for a partner member', async () => {
      const { server } = await start();
      for (const [header, name] of [
        [as.nora, 'northwind-cloud'],
        [as.niko, 'northwind-cloud'],
        [as.carla, 'contoso-solutions'],
        [as.felix, 'fabrikam-software'],
      ]) {
        const res = await listPartners(server, header);
        expect(res.status).toBe(200);
        expect(res.body.items.map((p: any) => p.entityRef)).toEqual([
          partnerRef(name),
        ]);
      }
    });

    it.each([
      ['an expert with no assigned engagement', as.erin],
      ['a user of no partner', as.stranger],
    ])('is an empty list for %s', async (_, header) => {
      const { server } = await start();
      const res = await listPartners(server, header);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [] });
    });

    it("lists the partners of an expert's assigned engagements, whose standing the expert may read", async () => {
      const { server } = await start({
        assignments: {
          'user:default/erin.expert': [
            'group:default/contoso-solutions',
            'group:default/tailspin-resellers',
          ],
        },
      });
      const res = await listPartners(server, as.erin);
      expect(res.body.items.map((p: any) => p.entityRef)).toEqual([
        'group:default/contoso-solutions',
        'group:default/tailspin-resellers',
      ]);
      await request(server)
        .get(`${partnerPath('contoso-solutions')}/standing`)
        .set('Authorization', as.erin)
        .expect(200);
      const other = await request(server)
        .get(`${partnerPath('northwind-cloud')}/standing`)
        .set('Authorization', as.erin);
      expect(other.status).toBe(404);
      expect(other.body.error.message).toBe(NOT_FOUND);
      // Ethan is assigned nothing.
      await request(server)
        .get(`${partnerPath('contoso-solutions')}/standing`)
        .set('Authorization', personas.ethan.header)
        .expect(404);
    });

    it('applies a conditional decision of the policy to every page', async () => {
      const allowed = [
        'group:default/contoso-solutions',
        'group:default/northwind-cloud',
        'group:default/tailspin-resellers',
      ];
      const conditional: PermissionsService = {
        authorize: async () => {
          throw new Error('lists must ask authorizeConditional');
        },
        authorizeConditional: async queries =>
          queries.map(() =>
            createPartnerConditionalDecision(
              partnerStandingReadPermission,
              partnerConditions.isPartner({ partnerRefs: allowed }),
            ),
          ),
      };
      const { server } = await start({ permissions: conditional });
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const res = await listPartners(
          server,
          as.paul,
          `?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(1);
        seen.push(...res.body.items.map((p: any) => p.entityRef));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(seen).toEqual(allowed);
      // A single partner outside the condition: refused by the policy.
      await request(server)
        .get(`${partnerPath('fabrikam-software')}/standing`)
        .set('Authorization', as.paul)
        .expect(403);
      await request(server)
        .get(`${partnerPath('contoso-solutions')}/standing`)
        .set('Authorization', as.paul)
        .expect(200);
    });

    it('leaves out everything when the policy denies', async () => {
      const { server } = await start({
        permissions: decidingPermissions(() => AuthorizeResult.DENY),
      });
      const admin = await listPartners(server, as.paul);
      expect(admin.status).toBe(200);
      expect(admin.body).toEqual({ items: [] });
      const member = await listPartners(server, as.nora);
      expect(member.body).toEqual({ items: [] });
    });

    it('refuses service principals and anonymous callers', async () => {
      const { server } = await start();
      expect((await listPartners(server, as.service)).status).toBe(403);
      expect((await listPartners(server, as.none)).status).toBe(401);
    });
  });

  describe('GET /partners/:namespace/:name/standing', () => {
    it('serves members their own partner and program admins any partner', async () => {
      const { server } = await start();
      await request(server)
        .get(`${partnerPath('northwind-cloud')}/standing`)
        .set('Authorization', as.nora)
        .expect(200);
      for (const partnerId of ['northwind-cloud', 'tailspin-resellers']) {
        const res = await request(server)
          .get(`${partnerPath(partnerId)}/standing`)
          .set('Authorization', as.paul);
        expect(res.status).toBe(200);
        expect(res.body.partner.entityRef).toBe(partnerRef(partnerId));
      }
    });

    it('tells others nothing: another partner looks exactly like a missing one', async () => {
      const { server } = await start();
      const other = await request(server)
        .get(`${partnerPath('contoso-solutions')}/standing`)
        .set('Authorization', as.nora);
      const missing = await request(server)
        .get(`${partnerPath('no-such-partner')}/standing`)
        .set('Authorization', as.nora);
      expect(other.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(other.body.error).toEqual(missing.body.error);
      expect(other.body.error.message).toBe(NOT_FOUND);

      for (const header of [as.erin, as.stranger]) {
        const res = await request(server)
          .get(`${partnerPath('northwind-cloud')}/standing`)
          .set('Authorization', header);
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(NOT_FOUND);
      }
      const admin = await request(server)
        .get(`${partnerPath('no-such-partner')}/standing`)
        .set('Authorization', as.paul);
      expect(admin.status).toBe(404);
      expect(admin.body.error.message).toBe(NOT_FOUND);
    });

    it('is 403 for a program admin the policy denies', async () => {
      const { server } = await start({
        permissions: decidingPermissions(() => AuthorizeResult.DENY),
      });
      await request(server)
        .get(`${partnerPath('contoso-solutions')}/standing`)
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
        partnersAffected: [
          'group:default/contoso-solutions',
          'group:default/northwind-cloud',
        ],
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
        permissions: decidingPermissions(name =>
          name === 'partner-studio.events.create'
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
        ),
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
        'events[1].partnerId: no partner group:default/northwnd-cloud in the catalog',
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
          entityRef: [
            'user:default/carla.dev',
            'user:default/cody.admin',
            'user:default/paul.admin',
          ],
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
        `csv-1,group:default/northwind-cloud,deal_won,${daysAgo(
          3,
        )},cloud-solution-provider,acme,,120000,`,
        `csv-2,group:default/northwind-cloud,play_executed,${daysAgo(
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
        partnersAffected: ['group:default/northwind-cloud'],
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
        `csv-1,group:default/northwind-cloud,deal_won,${daysAgo(
          3,
        )},,acme,,120000,`,
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
        partner_ref: 'group:default/fabrikam-software',
        type: 'certification_earned',
        occurred_at: Date.now() - 86_400_000,
        payload: JSON.stringify({
          id: 'orphan-1',
          partnerId: 'group:default/fabrikam-software',
          type: 'certification_earned',
          occurredAt: daysAgo(1),
          quantity: 5,
          attributes: { certification: 'kubernetes-associate' },
        }),
        content_hash: 'x',
        ingested_at: Date.now(),
      });
      await knex('partner_points_partners').insert({
        partner_ref: 'group:default/fabrikam-software',
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

  describe('GET /partners/:namespace/:name/history', () => {
    it('records a tier-change snapshot and scheduled snapshots, oldest first', async () => {
      const { server, scheduler, publish } = await start();
      const empty = await request(server)
        .get(`${partnerPath('northwind-cloud')}/history`)
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
        .get(`${partnerPath('northwind-cloud')}/history`)
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
        .get(`${partnerPath('northwind-cloud')}/history`)
        .set('Authorization', as.paul)
        .expect(200);
      const other = await request(server)
        .get(`${partnerPath('northwind-cloud')}/history`)
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
          partner_ref: 'group:default/fabrikam-software',
          taken_at: Date.now() - d * 86_400_000,
          total_points: 10 * d,
          tier: 'community',
          reason: 'scheduled',
          revision: 0,
        })),
      );
      const page1 = await request(server)
        .get(`${partnerPath('fabrikam-software')}/history?limit=2`)
        .set('Authorization', as.felix);
      expect(page1.status).toBe(200);
      expect(page1.body.items.map((i: any) => i.totalPoints)).toEqual([10, 0]);
      expect(page1.body.nextCursor).toEqual(expect.any(String));
      const page2 = await request(server)
        .get(
          `${partnerPath('fabrikam-software')}/history?limit=2&cursor=${
            page1.body.nextCursor
          }`,
        )
        .set('Authorization', as.felix);
      expect(page2.body.items.map((i: any) => i.totalPoints)).toEqual([30, 20]);
      expect(page2.body.nextCursor).toBeUndefined();

      const bad = await request(server)
        .get(
          `${partnerPath('fabrikam-software')}/history?limit=0&since=yesterday`,
        )
        .set('Authorization', as.felix);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('query.limit');
      expect(bad.body.error.message).toContain('query.since');
      await request(server)
        .get(`${partnerPath('fabrikam-software')}/history?cursor=garbage`)
        .set('Authorization', as.felix)
        .expect(400);
    });
  });

  describe('GET /partners/:namespace/:name/metrics/:metricId/contributions', () => {
    it('lists the events that earned a metric, highest first', async () => {
      const { server } = await start();
      const small = event('northwind-cloud', { amount: 50_000 });
      const large = event('northwind-cloud', { amount: 200_000 });
      const other = event('northwind-cloud', {
        type: 'opportunity_registered',
      });
      await ingest(server, [small, large, other]).expect(200);
      const res = await request(server)
        .get(`${partnerPath('northwind-cloud')}/metrics/bookings/contributions`)
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
          `${partnerPath(
            'northwind-cloud',
          )}/metrics/bookings/contributions?limit=1`,
        )
        .set('Authorization', as.nora);
      expect(paged.body.items).toHaveLength(1);
      const next = await request(server)
        .get(
          `${partnerPath(
            'northwind-cloud',
          )}/metrics/bookings/contributions?limit=1&cursor=${
            paged.body.nextCursor
          }`,
        )
        .set('Authorization', as.nora);
      expect(next.body.items.map((i: any) => i.event.id)).toEqual([small.id]);
    });

    it('is 404 for an unknown metric and for other partners', async () => {
      const { server } = await start();
      const unknown = await request(server)
        .get(`${partnerPath('northwind-cloud')}/metrics/nope/contributions`)
        .set('Authorization', as.nora);
      expect(unknown.status).toBe(404);
      const other = await request(server)
        .get(
          `${partnerPath('contoso-solutions')}/metrics/bookings/contributions`,
        )
        .set('Authorization', as.nora);
      expect(other.status).toBe(404);
      expect(other.body.error.message).toBe(NOT_FOUND);
    });
  });

  describe('POST /partners/:namespace/:name/simulate', () => {
    it('projects hypothetical events and stores nothing', async () => {
      const { server, publish } = await start();
      const res = await request(server)
        .post(`${partnerPath('contoso-solutions')}/simulate`)
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
        .post(`${partnerPath('contoso-solutions')}/simulate`)
        .set('Authorization', as.paul)
        .send({ events: [] })
        .expect(200);
    });

    it('validates hypothetical events', async () => {
      const { server } = await start();
      const res = await request(server)
        .post(`${partnerPath('contoso-solutions')}/simulate`)
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
        permissions: decidingPermissions(name =>
          name === 'partner-studio.partner.standing.simulate'
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
        ),
      });
      const other = await request(server)
        .post(`${partnerPath('contoso-solutions')}/simulate`)
        .set('Authorization', as.nora)
        .send({ events: [] });
      expect(other.status).toBe(404);
      expect(other.body.error.message).toBe(NOT_FOUND);
      await request(server)
        .post(`${partnerPath('contoso-solutions')}/simulate`)
        .set('Authorization', as.erin)
        .send({ events: [] })
        .expect(404);
      await request(server)
        .post(`${partnerPath('contoso-solutions')}/simulate`)
        .set('Authorization', as.carla)
        .send({ events: [] })
        .expect(403);
    });
  });

  describe('hardening', () => {
    const MARKER = 'ZZZ-the-body-must-never-come-back-ZZZ';

    it('reads JSON bodies only after authentication, and never echoes them', async () => {
      const { server } = await start();
      const malformed = `{"events": [${MARKER}`.padEnd(1_000_000, 'x');
      for (const path of ['/events', '/health', '/health/x', '/standing']) {
        const res = await request(server)
          .post(`/api/partner-points${path}`)
          .set('Authorization', as.none)
          .set('Content-Type', 'application/json')
          .send(malformed);
        expect({ path, status: [401, 404].includes(res.status) }).toEqual({
          path,
          status: true,
        });
        expect(res.text).not.toContain(MARKER);
        expect(res.text.length).toBeLessThan(2_000);
      }
      const admin = await request(server)
        .post('/api/partner-points/events')
        .set('Authorization', as.paul)
        .set('Content-Type', 'application/json')
        .send(malformed);
      expect(admin.status).toBe(400);
      expect(admin.body.error.message).toBe(
        'Invalid request. body: not valid JSON',
      );
      expect(admin.text).not.toContain(MARKER);
    });

    it('answers 413 for a body over the limit, reading none of it into the answer', async () => {
      const { server } = await start();
      const res = await request(server)
        .post('/api/partner-points/events')
        .set('Authorization', as.paul)
        .set('Content-Type', 'application/json')
        .send(`{"events": ["${MARKER}${'x'.repeat(33 * 1024 * 1024)}"]}`);
      expect(res.status).toBe(413);
      expect(res.text).not.toContain(MARKER);
    });

    it('refuses strings that are not well-formed Unicode with a 400, not a 409', async () => {
      const { server } = await start();
      const body = JSON.stringify({
        events: [event('northwind-cloud', { id: 'lone-surrogate' })],
      }).replace('lone-surrogate', 'lone-\\ud800');
      const res = await request(server)
        .post('/api/partner-points/events')
        .set('Authorization', as.paul)
        .set('Content-Type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(
        'body.events[0].id: is not well-formed Unicode',
      );
      expect(await countEvents(knex)).toBe(0);
    });

    it('refuses amounts and attributes beyond the documented maxima, so sums stay finite', async () => {
      const { server } = await start();
      const res = await ingest(server, [
        event('northwind-cloud', { type: 'renewal_booked', amount: 1e305 }),
        event('northwind-cloud', { type: 'renewal_booked', amount: 1e305 }),
        event('northwind-cloud', {
          attributes: Object.fromEntries(
            Array.from({ length: 40 }, (_, i) => [`k${i}`, 'v']),
          ),
        }),
      ]);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('events[0].amount');
      expect(res.body.error.message).toContain('events[1].amount');
      expect(res.body.error.message).toContain('events[2].attributes');
      expect(await countEvents(knex)).toBe(0);
    });

    it('refuses events dated more than a day ahead or before the program existed', async () => {
      const { server } = await start();
      const res = await ingest(server, [
        event('northwind-cloud', {
          occurredAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
        }),
        event('northwind-cloud', { occurredAt: '2019-06-01T00:00:00Z' }),
        event('northwind-cloud', {
          occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
      ]);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('events[0].occurredAt: ');
      expect(res.body.error.message).toContain('more than a day ahead of now');
      expect(res.body.error.message).toContain(
        "events[1].occurredAt: 2019-06-01T00:00:00.000Z is before the program's first version",
      );
      expect(res.body.error.message).not.toContain('events[2]');
      expect(await countEvents(knex)).toBe(0);
    });

    it('refuses unknown query parameters and impossible dates on every route', async () => {
      const { server } = await start();
      const cases: Array<[string, string]> = [
        ['/standing?asOf=2026-01-01', 'query.asOf: unknown parameter'],
        ['/program?verbose=1', 'query.verbose: unknown parameter'],
        ['/progress?x=1', 'query.x: unknown parameter'],
        ['/partners?sort=title', 'query.sort: unknown parameter'],
        [
          '/partners/default/northwind-cloud/standing?asOf=2026-01-01',
          'query.asOf: unknown parameter',
        ],
        [
          '/partners/default/northwind-cloud/history?since=2026-02-31T00:00:00Z',
          'query.since: must be an ISO 8601 date-time',
        ],
        [
          '/partners/default/northwind-cloud/history?limit=abc',
          'query.limit: must be an integer',
        ],
        [
          '/partners/default/northwind-cloud/metrics/bookings/contributions?limit=5000',
          'query.limit: must be at most 1000',
        ],
      ];
      for (const [path, message] of cases) {
        const res = await request(server)
          .get(`/api/partner-points${path}`)
          .set(
            'Authorization',
            path.startsWith('/standing') || path.startsWith('/progress')
              ? as.nora
              : as.paul,
          );
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
        expect(res.body.error.message).toContain(message);
      }
      const events = await request(server)
        .post('/api/partner-points/events?dryRun=true')
        .set('Authorization', as.paul)
        .send({ events: [] });
      expect(events.status).toBe(400);
    });

    it('simulate ignores hypothetical events already in the ledger', async () => {
      const { server } = await start();
      const known = event('contoso-solutions');
      await ingest(server, [known]).expect(200);
      const res = await request(server)
        .post(`${partnerPath('contoso-solutions')}/simulate`)
        .set('Authorization', as.carla)
        .send({ events: [known] });
      expect(res.status).toBe(200);
      expect(res.body.ignoredEventIds).toEqual([known.id]);
      expect(res.body.delta.totalPoints).toBe(0);
      expect(res.body.standing.totalPoints).toBe(res.body.baseline.totalPoints);
    });
  });

  describe('GET /progress', () => {
    it("counts the partner's play executions and course completions from the ledger", async () => {
      const { server } = await start();
      await ingest(server, [
        event('contoso-solutions', {
          type: 'play_executed',
          amount: undefined,
          customerId: undefined,
          businessModel: undefined,
          attributes: { play: 'velocity', playId: 'vdi-refresh' },
        }),
        event('contoso-solutions', {
          type: 'ignite_course_completed',
          amount: undefined,
          customerId: undefined,
          businessModel: undefined,
          quantity: 3,
          attributes: { courseId: 'ignite-selling-value' },
        }),
        event('northwind-cloud', {
          type: 'ignite_course_completed',
          amount: undefined,
          customerId: undefined,
          businessModel: undefined,
          attributes: { courseId: 'ignite-selling-value' },
        }),
      ]).expect(200);
      const res = await request(server)
        .get('/api/partner-points/progress')
        .set('Authorization', as.carla);
      expect(res.status).toBe(200);
      expect(res.body.partnerRef).toBe('group:default/contoso-solutions');
      expect(
        res.body.plays.find((p: any) => p.playId === 'vdi-refresh'),
      ).toMatchObject({ executions: 1 });
      expect(
        res.body.courses.find(
          (c: any) => c.courseId === 'ignite-selling-value',
        ),
      ).toMatchObject({ completions: 3 });
      const other = await request(server)
        .get(`${partnerPath('contoso-solutions')}/progress`)
        .set('Authorization', as.nora);
      expect(other.status).toBe(404);
    });
  });
});
