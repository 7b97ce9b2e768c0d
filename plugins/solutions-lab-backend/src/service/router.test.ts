import type { PermissionsService } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import {
  otherCallers,
  personas,
  TEST_DATABASE_IDS,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import type { Knex } from 'knex';
import {
  checkRequiredItems,
  currentItems,
  labClient,
  labRowCounts,
  passStageOverHttp,
  startLabBackend,
  type LabClient,
  type LabTestBackend,
} from '../__testUtils__/labBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const CONTOSO = 'group:default/contoso-solutions';
const NORTHWIND = 'group:default/northwind-cloud';
const FABRIKAM = 'group:default/fabrikam-software';

type Persona =
  | 'carla'
  | 'cody'
  | 'nora'
  | 'felix'
  | 'erin'
  | 'ethan'
  | 'paul'
  | 'stranger';

const PERSONAS: Persona[] = [
  'carla',
  'cody',
  'nora',
  'felix',
  'erin',
  'ethan',
  'paul',
  'stranger',
];

/** Every route, with a body where it takes one, for the checks all routes share. */
const ROUTES: Array<[method: 'get' | 'post' | 'put', path: string]> = [
  ['get', '/playbooks'],
  ['get', '/engagements'],
  ['post', '/engagements'],
  ['get', '/engagements/x'],
  ['post', '/engagements/x/checklist/solution-brief'],
  ['post', '/engagements/x/decisions'],
  ['post', '/engagements/x/notes'],
  ['put', '/engagements/x/assignment'],
  ['get', '/analytics/funnel?playbookId=solution-development'],
  ['get', '/partner-stages'],
  ['get', '/assignments/partners'],
];

describe.each(databases.eachSupportedId())('the Lab API on %p', databaseId => {
  let knex: Knex;
  let lab: LabTestBackend;
  let as: Record<Persona, LabClient>;
  let service: LabClient;
  let anonymous: LabClient;
  /** Contoso's, requested by Carla, assigned to Erin. */
  let contosoId: string;
  /** Northwind's (Customer Success, build path), assigned to Ethan. */
  let northwindId: string;
  /** Fabrikam's, in the unassigned queue. */
  let fabrikamId: string;

  async function start(options?: { permissions?: PermissionsService }) {
    knex = await databases.init(databaseId);
    lab = await startLabBackend(knex, options);
    as = Object.fromEntries(
      PERSONAS.map(p => [p, labClient(lab.server, personas[p].header)]),
    ) as Record<Persona, LabClient>;
    service = labClient(lab.server, otherCallers.service);
    anonymous = labClient(lab.server, otherCallers.none);
  }

  async function request(
    client: LabClient,
    body: Record<string, unknown>,
  ): Promise<string> {
    const res = await client.post('/engagements', body);
    expect(res.status).toBe(201);
    return res.body.id;
  }

  /** Three engagements: one assigned to each expert, one in the queue. */
  async function seed() {
    contosoId = await request(as.carla, {
      playbookId: 'solution-development',
      solutionName: 'Contoso Managed Kubernetes',
      description: 'Kubernetes operations as a service',
    });
    northwindId = await request(as.nora, {
      playbookId: 'partner-led-customer-success',
      path: 'build',
      solutionName: 'Northwind Success Services',
    });
    fabrikamId = await request(as.felix, {
      playbookId: 'solution-development',
      solutionName: 'Fabrikam Backup for Kubernetes',
    });
    await as.paul
      .put(`/engagements/${contosoId}/assignment`, {
        expertRef: personas.erin.userEntityRef,
      })
      .expect(200);
    await as.paul
      .put(`/engagements/${northwindId}/assignment`, {
        expertRef: personas.ethan.userEntityRef,
      })
      .expect(200);
  }

  async function listed(client: LabClient, query = ''): Promise<string[]> {
    const res = await client.get(`/engagements${query}`);
    expect(res.status).toBe(200);
    return res.body.items.map((i: { id: string }) => i.id).sort();
  }

  describe('every route', () => {
    beforeEach(() => start());

    it('refuses anonymous callers with 401', async () => {
      for (const [method, path] of ROUTES) {
        const res = await anonymous[method](path);
        expect([method, path, res.status]).toEqual([method, path, 401]);
      }
    });

    it('refuses service principals, except where other plugins call', async () => {
      for (const [method, path] of ROUTES) {
        if (path === '/partner-stages') continue;
        const res = await service[method](path);
        expect([method, path, res.status]).toEqual([method, path, 403]);
      }
    });

    it('refuses unknown query parameters with 400 naming them', async () => {
      for (const [method, path] of ROUTES) {
        const res = await as.paul[method](
          `${path}${path.includes('?') ? '&' : '?'}debug=1`,
        );
        expect([method, path, res.status]).toEqual([method, path, 400]);
        expect(res.body.error.message).toContain('debug');
      }
    });
  });

  describe('GET /playbooks', () => {
    beforeEach(() => start());

    it('shows both playbooks with the points of each stage to any signed-in user', async () => {
      for (const persona of ['stranger', 'carla', 'erin'] as const) {
        const res = await as[persona].get('/playbooks');
        expect(res.status).toBe(200);
        expect(res.body.items.map((p: { id: string }) => p.id).sort()).toEqual([
          'partner-led-customer-success',
          'solution-development',
        ]);
      }
      const res = await as.carla.get('/playbooks');
      const byId = (id: string) =>
        res.body.items.find((p: { id: string }) => p.id === id);
      const development = byId('solution-development');
      const success = byId('partner-led-customer-success');
      expect(development.stages.map((s: { phase: string }) => s.phase)).toEqual(
        [
          'development',
          'development',
          'development',
          'development',
          'development',
          'commercialization',
          'commercialization',
        ],
      );
      expect(development.stages[0].points[0]).toMatchObject({
        eventType: 'lab_stage_completed',
        metrics: [
          expect.objectContaining({ metricId: 'solution-development' }),
        ],
      });
      expect(success.paths.map((p: { id: string }) => p.id)).toEqual([
        'build',
        'resell',
        'collaborate',
      ]);
    });
  });

  describe('POST /engagements', () => {
    beforeEach(() => start());

    it("lets a partner member request one for its partner, tells the experts and signals the partner's people", async () => {
      const res = await as.carla.post('/engagements', {
        playbookId: 'solution-development',
        solutionName: 'Contoso Managed Kubernetes',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        partnerRef: CONTOSO,
        playbookId: 'solution-development',
        status: 'active',
        currentStageId: 'qualify',
        requestedBy: personas.carla.userEntityRef,
        version: 1,
        sla: { state: 'on-track', slaDays: 10 },
      });
      expect(res.body.assignedExpertRef).toBeUndefined();
      expect(res.body.timeline).toEqual([
        expect.objectContaining({
          kind: 'requested',
          actorRef: personas.carla.userEntityRef,
        }),
      ]);
      expect(lab.sent).toEqual([
        expect.objectContaining({
          recipients: expect.objectContaining({
            entityRef: [
              personas.erin.userEntityRef,
              personas.ethan.userEntityRef,
            ],
          }),
          payload: expect.objectContaining({
            title: 'New Solutions Lab request: Contoso Managed Kubernetes',
            link: `/solutions-lab/engagements/${res.body.id}`,
          }),
        }),
      ]);
      expect(lab.published).toEqual([
        {
          channel: 'solutions-lab:engagement',
          recipients: {
            type: 'user',
            entityRef: expect.arrayContaining([
              personas.carla.userEntityRef,
              personas.cody.userEntityRef,
              personas.erin.userEntityRef,
              personas.ethan.userEntityRef,
              personas.paul.userEntityRef,
            ]),
          },
          message: { engagementId: res.body.id, version: 1, kind: 'requested' },
        },
      ]);
      expect(
        lab.published[0].recipients.type === 'user' &&
          lab.published[0].recipients.entityRef,
      ).not.toContain(personas.nora.userEntityRef);
    });

    it('lets a program admin request one on behalf of a named partner', async () => {
      const res = await as.paul.post('/engagements', {
        partnerRef: FABRIKAM,
        playbookId: 'solution-development',
        solutionName: 'Fabrikam Backup',
      });
      expect(res.status).toBe(201);
      expect(res.body.partnerRef).toBe(FABRIKAM);
      const missing = await as.paul.post('/engagements', {
        playbookId: 'solution-development',
        solutionName: 'Whose?',
      });
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toContain('partnerRef');
    });

    it.each([
      ['an expert', 'erin'],
      ['a user of no partner', 'stranger'],
    ] as const)('refuses %s with 403, writing nothing', async (_, who) => {
      const before = await labRowCounts(knex);
      const res = await as[who].post('/engagements', {
        playbookId: 'solution-development',
        solutionName: 'Not mine to ask',
      });
      expect(res.status).toBe(403);
      expect(await labRowCounts(knex)).toEqual(before);
    });

    it("refuses a request for another partner's account", async () => {
      const res = await as.carla.post('/engagements', {
        partnerRef: NORTHWIND,
        playbookId: 'solution-development',
        solutionName: 'For Northwind',
      });
      expect(res.status).toBe(403);
      expect(await listed(as.paul)).toEqual([]);
    });

    it.each([
      [
        'a missing solution name',
        { playbookId: 'solution-development' },
        'solutionName',
      ],
      [
        'an unknown field',
        {
          playbookId: 'solution-development',
          solutionName: 'X',
          budget: 1,
        },
        'budget',
      ],
      [
        'an unknown playbook',
        { playbookId: 'moonshot', solutionName: 'X' },
        'playbookId',
      ],
      [
        'the Customer Success playbook without a path',
        { playbookId: 'partner-led-customer-success', solutionName: 'X' },
        'path',
      ],
      [
        'a path the playbook does not have',
        {
          playbookId: 'partner-led-customer-success',
          path: 'outsource',
          solutionName: 'X',
        },
        'path',
      ],
      [
        'a name of blanks',
        { playbookId: 'solution-development', solutionName: '   ' },
        'solutionName',
      ],
      [
        'a name too long',
        { playbookId: 'solution-development', solutionName: 'x'.repeat(121) },
        'solutionName',
      ],
    ])(
      'answers 400 naming the field for %s, and writes nothing',
      async (_, body, field) => {
        const before = await labRowCounts(knex);
        const res = await as.carla.post('/engagements', body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(field);
        expect(await labRowCounts(knex)).toEqual(before);
        expect(lab.sent).toEqual([]);
      },
    );

    it('answers 400 for a body that is not JSON, without echoing it', async () => {
      const res = await as.carla
        .post('/engagements')
        .set('Content-Type', 'application/json')
        .send('{"solutionName": "<script>');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Invalid request. body: not valid JSON',
      );
      expect(res.text).not.toContain('<script>');
    });
  });

  describe('GET /engagements', () => {
    beforeEach(async () => {
      await start();
      await seed();
    });

    it('shows each caller what the access model lets it see', async () => {
      expect(await listed(as.carla)).toEqual([contosoId]);
      expect(await listed(as.cody)).toEqual([contosoId]);
      expect(await listed(as.nora)).toEqual([northwindId]);
      expect(await listed(as.felix)).toEqual([fabrikamId]);
      // Experts: their own and the unassigned queue.
      expect(await listed(as.erin)).toEqual([contosoId, fabrikamId].sort());
      expect(await listed(as.ethan)).toEqual([northwindId, fabrikamId].sort());
      expect(await listed(as.paul)).toEqual(
        [contosoId, northwindId, fabrikamId].sort(),
      );
      expect(await listed(as.stranger)).toEqual([]);
    });

    it('filters by status, playbook, stage, partner, assignment and SLA risk', async () => {
      expect(
        await listed(as.paul, '?playbookId=partner-led-customer-success'),
      ).toEqual([northwindId]);
      expect(await listed(as.paul, '?stageId=qualify')).toEqual(
        [contosoId, fabrikamId].sort(),
      );
      expect(
        await listed(
          as.paul,
          `?partnerRef=${encodeURIComponent(
            CONTOSO,
          )}&partnerRef=${encodeURIComponent(FABRIKAM)}`,
        ),
      ).toEqual([contosoId, fabrikamId].sort());
      expect(await listed(as.erin, '?assigned=me')).toEqual([contosoId]);
      expect(await listed(as.erin, '?assigned=unassigned')).toEqual([
        fabrikamId,
      ]);
      expect(await listed(as.paul, '?status=on-hold')).toEqual([]);
      expect(await listed(as.paul, '?slaRisk=on-track')).toEqual(
        [contosoId, northwindId, fabrikamId].sort(),
      );
      expect(await listed(as.paul, '?slaRisk=breached')).toEqual([]);
      // A filter never widens what the caller may see.
      expect(
        await listed(as.nora, `?partnerRef=${encodeURIComponent(CONTOSO)}`),
      ).toEqual([]);
    });

    it('pages with a cursor, each engagement once, newest first or by SLA', async () => {
      for (const sort of ['newest', 'sla']) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const res = await as.paul.get(
            `/engagements?sort=${sort}&limit=1${
              cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
            }`,
          );
          expect(res.status).toBe(200);
          expect(res.body.items.length).toBeLessThanOrEqual(1);
          seen.push(...res.body.items.map((i: { id: string }) => i.id));
          cursor = res.body.nextCursor;
        } while (cursor);
        expect(seen.sort()).toEqual(
          [contosoId, northwindId, fabrikamId].sort(),
        );
      }
    });

    it.each([
      ['a status it does not know', '?status=lost', 'status'],
      ['a limit above 200', '?limit=500', 'limit'],
      ['a limit of 0', '?limit=0', 'limit'],
      ['a cursor it did not make', '?cursor=garbage', 'cursor'],
      ['a partner by bare name', '?partnerRef=contoso-solutions', 'partnerRef'],
      ['an unknown sort', '?sort=random', 'sort'],
    ])('answers 400 naming the parameter for %s', async (_, query, name) => {
      const res = await as.paul.get(`/engagements${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(name);
    });

    it('answers 400 to a partner member filtering by assignment', async () => {
      const res = await as.carla.get('/engagements?assigned=me');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('assigned');
    });
  });

  describe('GET /engagements/{id}', () => {
    beforeEach(async () => {
      await start();
      await seed();
    });

    it('shows the engagement with its stages, checklist, gate, notes, timeline and SLA clock', async () => {
      const res = await as.carla.get(`/engagements/${contosoId}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: contosoId,
        assignedExpertRef: personas.erin.userEntityRef,
        gate: { ready: false },
        sla: { state: 'on-track', slaDays: 10 },
      });
      expect(res.body.stages).toHaveLength(7);
      expect(res.body.stages[0].state).toBe('current');
      expect(res.body.stages[0].checklist.length).toBeGreaterThan(0);
      expect(res.body.timeline.map((t: { kind: string }) => t.kind)).toEqual([
        'requested',
        'assigned',
      ]);
    });

    it('gives "not yours" the same 404 as "does not exist"', async () => {
      const missing = await as.paul.get('/engagements/no-such-engagement');
      expect(missing.status).toBe(404);
      for (const [who, id] of [
        ['nora', contosoId],
        ['carla', northwindId],
        ['erin', northwindId],
        ['ethan', contosoId],
        ['stranger', contosoId],
      ] as const) {
        const res = await as[who].get(`/engagements/${id}`);
        expect([who, res.status]).toEqual([who, 404]);
        expect(res.body.error.message).toBe(
          missing.body.error.message.replace('no-such-engagement', id),
        );
      }
    });

    it('answers 400 for an id that cannot be one', async () => {
      const res = await as.paul.get('/engagements/a%20b');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('engagementId');
    });
  });

  describe('POST /engagements/{id}/checklist/{itemId}', () => {
    beforeEach(async () => {
      await start();
      await seed();
    });

    it("lets the partner's members check the items they deliver, with an http(s) link", async () => {
      const res = await as.carla.post(
        `/engagements/${contosoId}/checklist/solution-brief`,
        {
          checked: true,
          evidence: {
            url: 'https://docs.contoso.example/brief.pdf',
            label: 'Brief v2',
          },
        },
      );
      expect(res.status).toBe(200);
      expect(res.body.version).toBe(3);
      expect(
        res.body.stages[0].checklist.find(
          (i: { id: string }) => i.id === 'solution-brief',
        ),
      ).toMatchObject({
        checked: true,
        evidenceUrl: 'https://docs.contoso.example/brief.pdf',
        evidenceLabel: 'Brief v2',
        updatedBy: personas.carla.userEntityRef,
      });
      expect(lab.published.at(-1)?.message).toEqual({
        engagementId: contosoId,
        version: 3,
        kind: 'checklist-checked',
      });
    });

    it('keeps the items the expert confirms for the assigned expert and program admins', async () => {
      const path = `/engagements/${contosoId}/checklist/qualification-call`;
      expect((await as.carla.post(path, { checked: true })).status).toBe(403);
      expect((await as.erin.post(path, { checked: true })).status).toBe(200);
      expect((await as.paul.post(path, { checked: false })).status).toBe(200);
    });

    it('lets no expert work on an engagement that is not theirs: hidden ones 404, queued ones 403', async () => {
      const before = await labRowCounts(knex);
      const hidden = await as.ethan.post(
        `/engagements/${contosoId}/checklist/qualification-call`,
        { checked: true },
      );
      expect(hidden.status).toBe(404);
      const queued = await as.erin.post(
        `/engagements/${fabrikamId}/checklist/qualification-call`,
        { checked: true },
      );
      expect(queued.status).toBe(403);
      const other = await as.nora.post(
        `/engagements/${contosoId}/checklist/solution-brief`,
        { checked: true, evidence: { url: 'https://x.example/' } },
      );
      expect(other.status).toBe(404);
      expect(await labRowCounts(knex)).toEqual(before);
    });

    it.each([
      [
        'a javascript: link',
        // eslint-disable-next-line no-script-url -- the link must be refused
        { checked: true, evidence: { url: 'javascript:alert(1)' } },
        'evidence.url',
      ],
      [
        'a link with credentials',
        { checked: true, evidence: { url: 'https://me:secret@x.example/' } },
        'evidence.url',
      ],
      [
        'no evidence where a link is required',
        { checked: true },
        'evidence.url',
      ],
      [
        'checked missing',
        { evidence: { url: 'https://x.example' } },
        'checked',
      ],
      [
        'an unknown field',
        { checked: true, evidence: { url: 'https://x.example' }, by: 'me' },
        'by',
      ],
    ])('answers 400 for %s and writes nothing', async (_, body, field) => {
      const before = await labRowCounts(knex);
      const res = await as.carla.post(
        `/engagements/${contosoId}/checklist/solution-brief`,
        body,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
      expect(await labRowCounts(knex)).toEqual(before);
    });

    it('answers 400 for an item that is not in the current stage', async () => {
      const res = await as.carla.post(
        `/engagements/${contosoId}/checklist/marketplace-listing`,
        { checked: true, evidence: { url: 'https://x.example' } },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('marketplace-listing');
    });

    it('answers 409 for a stale expectedVersion, and nothing changes', async () => {
      const before = await labRowCounts(knex);
      const res = await as.carla.post(
        `/engagements/${contosoId}/checklist/target-market`,
        { checked: true, expectedVersion: 1 },
      );
      expect(res.status).toBe(409);
      expect(await labRowCounts(knex)).toEqual(before);
    });
  });

  describe('POST /engagements/{id}/decisions', () => {
    beforeEach(async () => {
      await start();
      await seed();
    });

    it("lets the assigned expert advance once the criteria are met, and tells the partner's people", async () => {
      const early = await as.erin.post(`/engagements/${contosoId}/decisions`, {
        decision: 'advance',
        expectedVersion: 2,
      });
      expect(early.status).toBe(400);
      expect(early.body.error.message).toContain('solution-brief');

      await checkRequiredItems(as.erin, contosoId);
      const { version } = await currentItems(as.erin, contosoId);
      lab.sent.length = 0;
      const res = await as.erin.post(`/engagements/${contosoId}/decisions`, {
        decision: 'advance',
        expectedVersion: version,
        comment: 'A clear brief.',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        currentStageId: 'design',
        completedStageIds: ['qualify'],
        version: version + 1,
      });
      expect(res.body.timeline.at(-1)).toMatchObject({
        kind: 'decision',
        decision: 'advance',
        stageId: 'qualify',
        toStageId: 'design',
        actorRef: personas.erin.userEntityRef,
      });
      expect(lab.sent).toEqual([
        expect.objectContaining({
          recipients: {
            type: 'entity',
            // Carla is a member through Contoso's platform team.
            entityRef: [
              personas.carla.userEntityRef,
              personas.cody.userEntityRef,
            ],
            excludeEntityRef: personas.erin.userEntityRef,
          },
          payload: expect.objectContaining({
            title: 'Contoso Managed Kubernetes advanced',
          }),
        }),
      ]);
      // The stage's points event waits in the outbox.
      expect(await knex('solutions_lab_outbox').pluck('event_id')).toEqual([
        `solutions-lab:${contosoId}:qualify`,
      ]);
    });

    it('lets a program admin decide, and refuses partner members (403), other experts (404) and the queue (403)', async () => {
      const body = (expectedVersion: number) => ({
        decision: 'hold',
        reason: 'awaiting-partner',
        expectedVersion,
      });
      const before = await labRowCounts(knex);
      expect(
        (await as.carla.post(`/engagements/${contosoId}/decisions`, body(2)))
          .status,
      ).toBe(403);
      expect(
        (await as.ethan.post(`/engagements/${contosoId}/decisions`, body(2)))
          .status,
      ).toBe(404);
      expect(
        (await as.erin.post(`/engagements/${fabrikamId}/decisions`, body(1)))
          .status,
      ).toBe(403);
      expect(await labRowCounts(knex)).toEqual(before);
      const res = await as.paul.post(
        `/engagements/${contosoId}/decisions`,
        body(2),
      );
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('on-hold');
      expect(res.body.sla.state).toBe('paused');
    });

    it('answers 409 for a stale expectedVersion, and nothing changes', async () => {
      const before = await labRowCounts(knex);
      const res = await as.erin.post(`/engagements/${contosoId}/decisions`, {
        decision: 'hold',
        expectedVersion: 1,
      });
      expect(res.status).toBe(409);
      expect(res.body.error.name).toBe('ConflictError');
      expect(await labRowCounts(knex)).toEqual(before);
      const after = await as.erin.get(`/engagements/${contosoId}`);
      expect(after.body).toMatchObject({ status: 'active', version: 2 });
    });

    it.each([
      [
        'an unknown decision',
        { decision: 'approve', expectedVersion: 2 },
        'decision',
      ],
      ['no expectedVersion', { decision: 'hold' }, 'expectedVersion'],
      [
        'a version of 0',
        { decision: 'hold', expectedVersion: 0 },
        'expectedVersion',
      ],
      [
        'close without a reason',
        { decision: 'close', expectedVersion: 2 },
        'reason',
      ],
      [
        'a reason code that does not exist',
        { decision: 'close', reason: 'bored', expectedVersion: 2 },
        'reason',
      ],
      [
        'a send-back from the first stage',
        {
          decision: 'send-back',
          reason: 'criteria-not-met',
          expectedVersion: 2,
        },
        'first stage',
      ],
      [
        '"other" without a comment',
        { decision: 'close', reason: 'other', expectedVersion: 2 },
        'comment',
      ],
    ])('answers 400 for %s and writes nothing', async (_, body, word) => {
      const before = await labRowCounts(knex);
      const res = await as.erin.post(
        `/engagements/${contosoId}/decisions`,
        body,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(word);
      expect(await labRowCounts(knex)).toEqual(before);
    });

    it('completes the playbook through every stage over HTTP', async () => {
      for (let stage = 0; stage < 7; stage++) {
        const { status } = await passStageOverHttp(as.erin, contosoId);
        expect(status).toBe(200);
      }
      const res = await as.carla.get(`/engagements/${contosoId}`);
      expect(res.body).toMatchObject({
        status: 'completed',
        sla: { state: 'finished' },
      });
      expect(res.body.completedStageIds).toHaveLength(7);
      expect(
        (await knex('solutions_lab_outbox').pluck('event_id')).sort(),
      ).toHaveLength(7);
    });
  });

  describe('POST /engagements/{id}/notes', () => {
    beforeEach(async () => {
      await start();
      await seed();
    });

    it('lets both sides write shared notes and keeps internal ones from the partner', async () => {
      const shared = await as.carla.post(`/engagements/${contosoId}/notes`, {
        body: 'Our sponsor is the CTO.',
      });
      expect(shared.status).toBe(201);
      expect(shared.body).toMatchObject({
        authorRef: personas.carla.userEntityRef,
        visibility: 'shared',
        body: 'Our sponsor is the CTO.',
      });
      const internal = await as.erin.post(`/engagements/${contosoId}/notes`, {
        body: 'Pricing looks optimistic.',
        visibility: 'internal',
      });
      expect(internal.status).toBe(201);
      // Internal changes are signalled to the vendor side only.
      const signal = lab.published.at(-1)!;
      expect(
        signal.recipients.type === 'user' && signal.recipients.entityRef,
      ).not.toContain(personas.carla.userEntityRef);

      const partnerView = await as.carla.get(`/engagements/${contosoId}`);
      expect(
        partnerView.body.notes.map((n: { body: string }) => n.body),
      ).toEqual(['Our sponsor is the CTO.']);
      const expertView = await as.erin.get(`/engagements/${contosoId}`);
      expect(expertView.body.notes).toHaveLength(2);
    });

    it('lets an expert write on a queued engagement, and refuses internal notes from partners', async () => {
      expect(
        (
          await as.erin.post(`/engagements/${fabrikamId}/notes`, {
            body: 'I can take this next week.',
            visibility: 'internal',
          })
        ).status,
      ).toBe(201);
      const before = await labRowCounts(knex);
      expect(
        (
          await as.carla.post(`/engagements/${contosoId}/notes`, {
            body: 'Secret',
            visibility: 'internal',
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await as.nora.post(`/engagements/${contosoId}/notes`, {
            body: 'Hello',
          })
        ).status,
      ).toBe(404);
      expect(
        (await as.carla.post(`/engagements/${contosoId}/notes`, { body: '' }))
          .status,
      ).toBe(400);
      expect(
        (
          await as.carla.post(`/engagements/${contosoId}/notes`, {
            body: 'x'.repeat(4001),
          })
        ).status,
      ).toBe(400);
      expect(await labRowCounts(knex)).toEqual(before);
    });
  });

  describe('PUT /engagements/{id}/assignment', () => {
    beforeEach(async () => {
      await start();
      await seed();
    });

    it('lets an expert take a queued engagement, after which the other expert no longer sees it', async () => {
      lab.sent.length = 0;
      const res = await as.erin.put(`/engagements/${fabrikamId}/assignment`, {
        expertRef: personas.erin.userEntityRef,
      });
      expect(res.status).toBe(200);
      expect(res.body.assignedExpertRef).toBe(personas.erin.userEntityRef);
      // She took it herself: nobody to notify.
      expect(
        lab.sent.filter(n => n.payload.title.startsWith('Assigned')),
      ).toEqual([]);
      const late = await as.ethan.put(`/engagements/${fabrikamId}/assignment`, {
        expertRef: personas.ethan.userEntityRef,
      });
      expect(late.status).toBe(404);
      expect(await listed(as.ethan)).toEqual([northwindId]);
    });

    it('lets a program admin assign, reassign and unassign, telling the expert assigned', async () => {
      lab.sent.length = 0;
      const res = await as.paul.put(`/engagements/${contosoId}/assignment`, {
        expertRef: personas.ethan.userEntityRef,
      });
      expect(res.status).toBe(200);
      expect(lab.sent).toEqual([
        expect.objectContaining({
          recipients: {
            type: 'entity',
            entityRef: personas.ethan.userEntityRef,
          },
        }),
      ]);
      expect(await listed(as.erin)).toEqual([fabrikamId]);
      const unassigned = await as.paul.put(
        `/engagements/${contosoId}/assignment`,
        { expertRef: null },
      );
      expect(unassigned.status).toBe(200);
      expect(unassigned.body.assignedExpertRef).toBeUndefined();
    });

    it('refuses partner members, experts assigning others and non-experts as assignees', async () => {
      const before = await labRowCounts(knex);
      expect(
        (
          await as.carla.put(`/engagements/${contosoId}/assignment`, {
            expertRef: personas.erin.userEntityRef,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await as.erin.put(`/engagements/${fabrikamId}/assignment`, {
            expertRef: personas.ethan.userEntityRef,
          })
        ).status,
      ).toBe(403);
      const notExpert = await as.paul.put(
        `/engagements/${contosoId}/assignment`,
        { expertRef: personas.carla.userEntityRef },
      );
      expect(notExpert.status).toBe(400);
      expect(notExpert.body.error.message).toContain('not a vendor expert');
      const badRef = await as.paul.put(`/engagements/${contosoId}/assignment`, {
        expertRef: 'erin',
      });
      expect(badRef.status).toBe(400);
      expect(badRef.body.error.message).toContain('expertRef');
      expect(await labRowCounts(knex)).toEqual(before);
    });
  });

  describe('GET /analytics/funnel', () => {
    beforeEach(async () => {
      await start();
      await seed();
    });

    it('shows experts and program admins the funnel per stage', async () => {
      for (const who of ['erin', 'paul'] as const) {
        const res = await as[who].get(
          `/analytics/funnel?playbookId=solution-development&from=${new Date(
            Date.now() - 30 * 86_400_000,
          )
            .toISOString()
            .slice(0, 10)}`,
        );
        expect(res.status).toBe(200);
        expect(res.body.requested).toBe(2);
        expect(res.body.stages[0]).toMatchObject({
          stageId: 'qualify',
          entered: 2,
          inStage: 2,
          completed: 0,
        });
      }
    });

    it('refuses partner members and strangers', async () => {
      for (const who of ['carla', 'nora', 'stranger'] as const) {
        const res = await as[who].get(
          '/analytics/funnel?playbookId=solution-development',
        );
        expect([who, res.status]).toEqual([who, 403]);
      }
    });

    it.each([
      ['no playbook', '', 'playbookId'],
      [
        'an impossible date',
        '?playbookId=solution-development&from=2026-02-31',
        'from',
      ],
      [
        'a range the wrong way round',
        '?playbookId=solution-development&from=2026-06-01&to=2026-01-01',
        'from',
      ],
      ['an unknown playbook', '?playbookId=moonshot', 'playbookId'],
    ])('answers 400 for %s', async (_, query, name) => {
      const res = await as.paul.get(`/analytics/funnel${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(name);
    });
  });

  describe('for other plugins', () => {
    /** A permission service that fails the test if anything asks it. */
    const noPermissionFramework: PermissionsService = {
      authorize: async () => {
        throw new Error('asked the permission framework');
      },
      authorizeConditional: async () => {
        throw new Error('asked the permission framework');
      },
    };

    beforeEach(async () => {
      // Seed through the real policy, then answer without any.
      await start();
      await seed();
      const seeded = knex;
      await lab.backend.stop();
      lab = await startLabBackend(seeded, {
        permissions: noPermissionFramework,
      });
      as = Object.fromEntries(
        PERSONAS.map(p => [p, labClient(lab.server, personas[p].header)]),
      ) as Record<Persona, LabClient>;
      service = labClient(lab.server, otherCallers.service);
    });

    it("GET /partner-stages: a partner member's own partners' engagements", async () => {
      const res = await as.carla.get('/partner-stages');
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([
        {
          partnerRef: CONTOSO,
          id: contosoId,
          playbookId: 'solution-development',
          currentStageId: 'qualify',
          status: 'active',
          completedStageIds: [],
        },
      ]);
      expect((await as.erin.get('/partner-stages')).body.items).toEqual([]);
      const named = await as.carla.get(
        `/partner-stages?partnerRef=${encodeURIComponent(NORTHWIND)}`,
      );
      expect(named.status).toBe(400);
      expect(named.body.error.message).toContain('partnerRef');
    });

    it('GET /partner-stages: the partners a service names, which it must', async () => {
      const res = await service.get(
        `/partner-stages?partnerRef=${encodeURIComponent(
          NORTHWIND,
        )}&partnerRef=${encodeURIComponent(FABRIKAM)}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
        [northwindId, fabrikamId].sort(),
      );
      expect(
        res.body.items.find((i: { id: string }) => i.id === northwindId),
      ).toMatchObject({ path: 'build', currentStageId: 'prepare' });
      const none = await service.get('/partner-stages');
      expect(none.status).toBe(400);
      expect(none.body.error.message).toContain('partnerRef');
    });

    it("GET /assignments/partners: an expert's assigned partners, nobody else's", async () => {
      expect((await as.erin.get('/assignments/partners')).body).toEqual({
        partnerRefs: [CONTOSO],
      });
      expect((await as.ethan.get('/assignments/partners')).body).toEqual({
        partnerRefs: [NORTHWIND],
      });
      for (const who of ['carla', 'paul', 'stranger'] as const) {
        const res = await as[who].get('/assignments/partners');
        expect([who, res.status]).toEqual([who, 403]);
      }
    });
  });
});
