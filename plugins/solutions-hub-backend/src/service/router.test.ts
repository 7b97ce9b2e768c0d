import { TestDatabases } from '@backstage/backend-test-utils';
import type { HubToolSummary } from '@partner-studio/plugin-partner-studio-common';
import {
  otherCallers,
  personas,
  POSTGRES_CONNECTION_ENV,
  TEST_DATABASE_IDS,
  type TestPersona,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import request from 'supertest';
import {
  CONTOSO,
  defaultEngagements,
  defaultStandings,
  fakePartnerPoints,
  fakeSolutionsLab,
  startHubBackend,
  testTools,
  type HubTestBackend,
} from '../__testUtils__/hubBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const API = '/api/solutions-hub';
const PUBLIC_TOOLS = testTools
  .map(t => t.metadata.name)
  .filter(name => name !== 'contoso-internal-kit')
  .sort();
const ALL_TOOLS = testTools.map(t => t.metadata.name).sort();

const running: HubTestBackend[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(hub => hub.backend.stop()));
});

it('runs on PostgreSQL whenever its connection string is set', () => {
  expect(TEST_DATABASE_IDS.includes('POSTGRES_15')).toBe(
    Boolean(process.env[POSTGRES_CONNECTION_ENV]),
  );
});

describe.each(databases.eachSupportedId())('the Hub API on %p', databaseId => {
  async function start(
    options: {
      points?: ReturnType<typeof fakePartnerPoints> | 'absent';
      lab?: ReturnType<typeof fakeSolutionsLab> | 'absent';
    } = {},
  ) {
    const points =
      options.points ?? fakePartnerPoints({ standings: defaultStandings });
    const lab =
      options.lab ??
      fakeSolutionsLab({ engagements: structuredClone(defaultEngagements) });
    const hub = await startHubBackend(await databases.init(databaseId), {
      plugins: [
        ...(points === 'absent' ? [] : [points.feature]),
        ...(lab === 'absent' ? [] : [lab.feature]),
      ],
    });
    running.push(hub);
    const as = (persona: TestPersona | string) =>
      typeof persona === 'string' ? persona : persona.header;
    return {
      hub,
      points,
      lab,
      get: (path: string, persona: TestPersona | string) =>
        request(hub.server)
          .get(`${API}${path}`)
          .set('Authorization', as(persona)),
      put: (path: string, persona: TestPersona | string, body?: object) => {
        const call = request(hub.server)
          .put(`${API}${path}`)
          .set('Authorization', as(persona));
        return body === undefined ? call : call.send(body);
      },
      post: (path: string, persona: TestPersona | string) =>
        request(hub.server)
          .post(`${API}${path}`)
          .set('Authorization', as(persona)),
      del: (path: string, persona: TestPersona | string) =>
        request(hub.server)
          .delete(`${API}${path}`)
          .set('Authorization', as(persona)),
    };
  }

  const names = (items: HubToolSummary[]) => items.map(t => t.name).sort();
  const byName = (items: HubToolSummary[], name: string) => {
    const found = items.find(t => t.name === name);
    if (!found) throw new Error(`${name} is not in the list`);
    return found;
  };

  describe('GET /tools', () => {
    it('shows every role the tools it may read, locked ones with what unlocks them', async () => {
      const { get } = await start();
      const seen = async (persona: TestPersona) => {
        const response = await get('/tools?limit=100', persona);
        expect(response.status).toBe(200);
        return response.body;
      };

      const carla = await seen(personas.carla);
      expect(names(carla.items)).toEqual(ALL_TOOLS);
      expect(carla.totalCount).toBe(ALL_TOOLS.length);
      expect(carla.sources).toEqual({
        standing: 'ok',
        tier: 'advanced',
        lab: 'ok',
      });
      // Contoso is Advanced: the Principal sandbox is locked, with how far.
      expect(byName(carla.items, 'gpu-sandbox').lock).toEqual({
        locked: true,
        unlockedBy: [
          expect.objectContaining({
            kind: 'tier',
            tier: 'principal',
            currentTier: 'advanced',
            unknown: false,
            message: expect.stringMatching(
              /^Reach Principal \(you are Advanced, \d+ points to go\)$/,
            ),
          }),
        ],
      });
      // Contoso has not validated yet: production credentials wait for it.
      expect(byName(carla.items, 'production-credentials').lock).toEqual({
        locked: true,
        unlockedBy: [
          {
            kind: 'lab-stage',
            stageRef: 'solution-development/validate',
            playbookId: 'solution-development',
            stageId: 'validate',
            unknown: false,
            message:
              'Complete the validate stage of Solution development in the Solutions Lab',
          },
        ],
      });
      expect(byName(carla.items, 'compute-sdk-go').lock).toEqual({
        locked: false,
        unlockedBy: [],
      });

      // Northwind validated: the credentials are open to Nora; Contoso's
      // own kit is not even listed.
      const nora = await seen(personas.nora);
      expect(names(nora.items)).toEqual(PUBLIC_TOOLS);
      expect(byName(nora.items, 'production-credentials').lock.locked).toBe(
        false,
      );
      expect(nora.sources).toMatchObject({ standing: 'ok', tier: 'select' });

      for (const persona of [personas.erin, personas.paul]) {
        const staff = await seen(persona);
        expect(names(staff.items)).toEqual(ALL_TOOLS);
        expect(staff.items.every((t: HubToolSummary) => !t.lock.locked)).toBe(
          true,
        );
        expect(staff.sources).toEqual({
          standing: 'not-applicable',
          lab: 'not-applicable',
        });
      }

      // Somebody of no partner: the public tools; the gated ones locked,
      // saying that tiers and stages are a partner's.
      const stranger = await seen(personas.stranger);
      expect(names(stranger.items)).toEqual(PUBLIC_TOOLS);
      expect(byName(stranger.items, 'gpu-sandbox').lock.unlockedBy).toEqual([
        expect.objectContaining({
          unknown: false,
          message: expect.stringContaining(
            'you are not a member of a partner organisation',
          ),
        }),
      ]);
    });

    it('searches by text with facets counted under the other filters, and pages with cursors', async () => {
      const { get } = await start();
      const typed = await get('/tools?q=comput', personas.carla);
      expect(typed.status).toBe(200);
      expect(names(typed.body.items)).toEqual([
        'compute-api',
        'compute-sdk-go',
      ]);
      expect(typed.body.items[0].score).toBeGreaterThan(0);

      const typo = await get('/tools?q=certifcation', personas.carla);
      expect(names(typo.body.items)).toEqual(['certification-suite']);

      const filtered = await get(
        '/tools?category=api&category=sdk&stage=solution-development/build',
        personas.carla,
      );
      expect(names(filtered.body.items)).toEqual(['compute-sdk-go']);
      const count = (facet: string, value: string) =>
        filtered.body.facets[facet].find(
          (f: { value: string }) => f.value === value,
        )?.count;
      // The category facet is counted without the category filter…
      expect(count('category', 'software-template')).toBe(1);
      // …the stage facet without the stage filter.
      expect(count('stage', 'solution-development/design')).toBe(1);
      expect(count('stage', 'solution-development/launch')).toBe(1);

      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await get(
          `/tools?sort=name&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          personas.nora,
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((t: HubToolSummary) => t.name));
        cursor = page.body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(3);
      expect([...seen].sort()).toEqual(PUBLIC_TOOLS);
    });

    it.each([
      ['/tools?category=sdks', /query\.category\[0\]: must be one of sdk, api/],
      ['/tools?limit=0', /query\.limit: must be at least 1/],
      ['/tools?limit=101', /query\.limit: must be at most 100/],
      ['/tools?sort=cheapest', /query\.sort: must be one of/],
      ['/tools?colour=blue', /query\.colour: unknown parameter/],
      [
        `/tools?q=${'x'.repeat(201)}`,
        /query\.q: must be at most 200 characters/,
      ],
      [
        '/tools?cursor=garbage',
        /query\.cursor: not a cursor returned by this API/,
      ],
      [
        '/tools?stage=solution-development/nap',
        /query\.stage\[0\]: must be one of/,
      ],
      ['/favorites?limit=x', /query\.limit: must be an integer/],
      ['/recommendations?limit=51', /query\.limit: must be at most 50/],
      ['/usage?weeks=53', /query\.weeks: must be at most 52/],
      ['/tools/default/compute-sdk-go?x=1', /query\.x: unknown parameter/],
      [
        '/tools/default/bad%20name',
        /path\.name: does not have the expected form/,
      ],
    ])('GET %s is a 400 naming the parameter', async (path, message) => {
      const { get } = await start();
      const response = await get(path, personas.paul);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(message),
      });
    });

    it('refuses a cursor of another search, naming the cursor', async () => {
      const { get } = await start();
      const first = await get('/tools?sort=name&limit=2', personas.carla);
      const other = await get(
        `/tools?sort=newest&limit=2&cursor=${first.body.nextCursor}`,
        personas.carla,
      );
      expect(other.status).toBe(400);
      expect(other.body.error.message).toMatch(
        /query\.cursor: belongs to another search/,
      );
    });

    it('needs a signed-in user', async () => {
      const { get } = await start();
      expect((await get('/tools', otherCallers.none)).status).toBe(401);
      expect((await get('/tools', otherCallers.service)).status).toBe(403);
      expect((await get('/health', otherCallers.none)).body).toEqual({
        status: 'ok',
      });
    });
  });

  describe('GET /tools/{namespace}/{name}', () => {
    it('gives the same 404 for a tool that does not exist and one the caller may not see', async () => {
      const { get } = await start();
      const own = await get(
        '/tools/default/contoso-internal-kit',
        personas.carla,
      );
      expect(own.status).toBe(200);
      const hidden = await get(
        '/tools/default/contoso-internal-kit',
        personas.nora,
      );
      const missing = await get('/tools/default/no-such-tool', personas.nora);
      expect([hidden.status, missing.status]).toEqual([404, 404]);
      expect(hidden.body.error).toEqual(missing.body.error);
      expect(hidden.body.error).toEqual({
        name: 'NotFoundError',
        message: 'Tool not found',
      });
    });

    it('shows a play with its incentive from the program and the partner’s progress', async () => {
      const { get } = await start({
        points: fakePartnerPoints({
          standings: defaultStandings,
          progress: {
            [CONTOSO]: {
              plays: [{ playId: 'kubernetes-quickstart', executions: 2 }],
              courses: [{ courseId: 'ignite-selling-value', completions: 3 }],
            },
          },
        }),
      });
      const play = await get(
        '/tools/default/play-kubernetes-quickstart',
        personas.carla,
      );
      expect(play.status).toBe(200);
      expect(play.body.playDetail).toMatchObject({
        playId: 'kubernetes-quickstart',
        name: 'Kubernetes quickstart',
        kind: 'velocity',
        progress: { executions: 2 },
      });
      const incentives = play.body.playDetail.incentives;
      expect(incentives.length).toBeGreaterThan(0);
      expect(incentives[0]).toMatchObject({
        metricId: 'velocity-plays',
        points: expect.any(Number),
      });
      expect(play.body.playDetail.pointsPerExecution).toBeGreaterThan(0);
      expect(play.body.sources.program).toBe('ok');

      const course = await get(
        '/tools/default/ignite-selling-value',
        personas.carla,
      );
      expect(course.body.courseDetail).toMatchObject({
        courseId: 'ignite-selling-value',
        track: 'commercial',
        completions: 3,
      });
      // Nora's partner has no progress: the course, without completions.
      const asNora = await get(
        '/tools/default/ignite-selling-value',
        personas.nora,
      );
      expect(asNora.body.courseDetail.completions).toBeUndefined();
    });
  });

  describe('POST /tools/{namespace}/{name}/launches', () => {
    it('records a launch and answers where to go; a template lands in the scaffolder', async () => {
      const { post, get } = await start();
      const url = await post(
        '/tools/default/compute-sdk-go/launches',
        personas.carla,
      );
      expect(url.status).toBe(201);
      expect(url.body).toEqual({
        launchId: expect.any(String),
        target: {
          type: 'url',
          url: 'https://developer.example.com/compute-sdk-go',
        },
      });
      const template = await post(
        '/tools/default/operator-starter/launches',
        personas.nora,
      );
      expect(template.body.target).toEqual({
        type: 'template',
        templateRef: 'template:default/kubernetes-operator-helm-starter',
        url: '/create/templates/default/kubernetes-operator-helm-starter',
      });
      const usage = await get('/usage', personas.paul);
      expect(usage.body.distinctPartners).toBe(2);
      expect(
        usage.body.tools.map((t: { toolRef: string }) => t.toolRef).sort(),
      ).toEqual([
        'tool:default/compute-sdk-go',
        'tool:default/operator-starter',
      ]);
    });

    it('refuses a locked tool with what unlocks it, and records nothing', async () => {
      const { post, get } = await start();
      const locked = await post(
        '/tools/default/gpu-sandbox/launches',
        personas.carla,
      );
      expect(locked.status).toBe(403);
      expect(locked.body.error.message).toMatch(
        /^GPU sandbox is locked: Reach Principal \(you are Advanced, \d+ points to go\)$/,
      );
      const stage = await post(
        '/tools/default/production-credentials/launches',
        personas.carla,
      );
      expect(stage.status).toBe(403);
      expect(stage.body.error.message).toContain(
        'Complete the validate stage of Solution development',
      );
      expect((await get('/usage', personas.paul)).body.tools).toEqual([]);
    });

    it('lets partner members and program admins launch, not experts or strangers', async () => {
      const { post } = await start();
      const path = '/tools/default/compute-sdk-go/launches';
      expect((await post(path, personas.paul)).status).toBe(201);
      expect((await post(path, personas.erin)).status).toBe(403);
      expect((await post(path, personas.stranger)).status).toBe(403);
      expect(
        (
          await post(
            '/tools/default/contoso-internal-kit/launches',
            personas.nora,
          )
        ).status,
      ).toBe(404);
    });
  });

  describe('favourites', () => {
    it('keeps each person’s own favourites', async () => {
      const { put, get, del } = await start();
      expect(
        (await put('/tools/default/compute-sdk-go/favorite', personas.carla))
          .status,
      ).toBe(204);
      await put('/tools/default/contoso-internal-kit/favorite', personas.carla);
      await put('/tools/default/compute-sdk-go/favorite', personas.carla); // idempotent
      const carla = await get('/favorites', personas.carla);
      expect(
        carla.body.items.map((f: { toolRef: string }) => f.toolRef).sort(),
      ).toEqual([
        'tool:default/compute-sdk-go',
        'tool:default/contoso-internal-kit',
      ]);
      expect(carla.body.items[0].tool.favorite).toBe(true);

      // Nora sees none of them, and may not favourite Contoso's kit.
      expect((await get('/favorites', personas.nora)).body.items).toEqual([]);
      expect(
        (
          await put(
            '/tools/default/contoso-internal-kit/favorite',
            personas.nora,
          )
        ).status,
      ).toBe(404);
      const search = await get('/tools?q=compute', personas.nora);
      expect(byName(search.body.items, 'compute-sdk-go').favorite).toBe(false);

      expect(
        (await del('/tools/default/compute-sdk-go/favorite', personas.carla))
          .status,
      ).toBe(204);
      expect(
        (await del('/tools/default/no-such-tool/favorite', personas.carla))
          .status,
      ).toBe(204);
      expect((await get('/favorites', personas.carla)).body.items).toHaveLength(
        1,
      );
    });
  });

  describe('GET /recommendations', () => {
    it('recommends the tools of the partner’s current stage and the items behind its top actions', async () => {
      const { get } = await start();
      const carla = await get('/recommendations', personas.carla);
      expect(carla.status).toBe(200);
      expect(carla.body.currentStages).toEqual(['solution-development/build']);
      const reasons = carla.body.items.map(
        (i: { tool: HubToolSummary; reason: Record<string, unknown> }) => [
          i.tool.name,
          i.reason.kind === 'stage' ? i.reason.stageRef : i.reason.linkRef,
        ],
      );
      expect(reasons).toEqual(
        expect.arrayContaining([
          ['compute-sdk-go', 'solution-development/build'],
          ['operator-starter', 'solution-development/build'],
          ['play-kubernetes-quickstart', 'play:kubernetes-quickstart'],
          ['ignite-selling-value', 'course:ignite-selling-value'],
          ['compute-api', 'category:api'],
        ]),
      );
      expect(reasons.length).toBe(
        new Set(reasons.map((r: string[]) => r[0])).size,
      );

      const nora = await get('/recommendations', personas.nora);
      expect(nora.body.currentStages).toEqual(['solution-development/certify']);
      expect(nora.body.items).toEqual([]);

      const erin = await get('/recommendations', personas.erin);
      expect(erin.body).toEqual({
        items: [],
        sources: { standing: 'not-applicable', lab: 'not-applicable' },
      });
    });
  });

  describe('ratings', () => {
    it('shows a partner’s ratings to others without naming rater or partner, editable, one per person', async () => {
      const { put, get } = await start();
      const path = '/tools/default/compute-sdk-go';
      const first = await put(`${path}/rating`, personas.carla, {
        stars: 3,
        comment: 'Samples are thin.',
      });
      expect(first.status).toBe(201);
      const edited = await put(`${path}/rating`, personas.carla, {
        stars: 4,
        comment: 'Samples improved.',
      });
      expect(edited.status).toBe(200);
      expect(edited.body.rating).toMatchObject({ stars: 4, mine: true });
      expect(
        (await put(`${path}/rating`, personas.nora, { stars: 5 })).status,
      ).toBe(201);

      const asNora = await get(`${path}/ratings`, personas.nora);
      expect(asNora.status).toBe(200);
      expect(asNora.body.summary).toEqual({
        count: 2,
        average: 4.5,
        histogram: [0, 0, 0, 1, 1],
      });
      expect(asNora.body.items).toEqual([
        expect.objectContaining({ stars: 5, mine: true }),
        expect.objectContaining({
          stars: 4,
          comment: 'Samples improved.',
          mine: false,
        }),
      ]);
      expect(JSON.stringify(asNora.body)).not.toMatch(/carla|contoso|cody/i);
      const tool = await get(path, personas.carla);
      expect(tool.body.myRating).toMatchObject({ stars: 4, mine: true });
      expect(tool.body.rating.count).toBe(2);
    });

    it('marks a rating a verified outcome once the rater’s partner completes a stage the tool helps with', async () => {
      const lab = fakeSolutionsLab({
        engagements: structuredClone(defaultEngagements),
      });
      const { put, get } = await start({ lab });
      // The suite helps with validate, which Contoso has not done yet.
      const path = '/tools/default/certification-suite';
      await put(`${path}/rating`, personas.carla, { stars: 5 });
      await put(`${path}/rating`, personas.nora, { stars: 4 });
      const before = await get(`${path}/ratings`, personas.nora);
      expect(
        before.body.items.map(
          (r: { verifiedOutcome: boolean }) => r.verifiedOutcome,
        ),
      ).toEqual([false, false]);

      lab.setEngagements([
        {
          ...defaultEngagements[0],
          currentStageId: 'certify',
          completedStageIds: ['qualify', 'design', 'build', 'validate'],
        },
        defaultEngagements[1],
      ]);
      const after = await get(`${path}/ratings`, personas.nora);
      // Carla's (Contoso validated since) is; Nora's (Northwind had validated before) is not.
      expect(
        after.body.items.map(
          (r: { stars: number; verifiedOutcome: boolean }) => [
            r.stars,
            r.verifiedOutcome,
          ],
        ),
      ).toEqual([
        [4, false],
        [5, true],
      ]);
    });

    it('lets partner members rate, refuses experts and strangers, and refuses bad bodies naming the field', async () => {
      const { put, get, del } = await start();
      const path = '/tools/default/compute-api/rating';
      expect((await put(path, personas.erin, { stars: 4 })).status).toBe(403);
      expect((await put(path, personas.stranger, { stars: 4 })).status).toBe(
        403,
      );
      const bad = await put(path, personas.carla, { stars: 6 });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/body\.stars: must be at most 5/);
      const extra = await put(path, personas.carla, { stars: 4, author: 'x' });
      expect(extra.body.error.message).toMatch(/body\.author: unknown field/);
      const notJson = await request(running[running.length - 1].server)
        .put(`${API}${path}`)
        .set('Authorization', personas.carla.header)
        .set('Content-Type', 'application/json')
        .send('{"stars": 4');
      expect(notJson.status).toBe(400);
      expect(notJson.body.error.message).toBe(
        'Invalid request. body: not valid JSON',
      );
      expect(notJson.text).not.toContain('"stars": 4');
      const long = await put(path, personas.carla, {
        stars: 4,
        comment: 'x'.repeat(2001),
      });
      expect(long.body.error.message).toMatch(
        /body\.comment: must be at most 2000 characters/,
      );
      // Nothing was stored.
      expect(
        (await get(`/tools/default/compute-api/ratings`, personas.paul)).body
          .summary.count,
      ).toBe(0);
      expect(
        (
          await put(
            '/tools/default/contoso-internal-kit/rating',
            personas.nora,
            { stars: 1 },
          )
        ).status,
      ).toBe(404);

      await put(path, personas.carla, { stars: 2 });
      expect((await del(path, personas.carla)).status).toBe(204);
      expect((await del(path, personas.carla)).status).toBe(204);
      expect(
        (await get(`/tools/default/compute-api/ratings`, personas.paul)).body
          .summary.count,
      ).toBe(0);
    });

    it('lets program admins remove someone’s rating, nobody else', async () => {
      const { put, get, del } = await start();
      await put('/tools/default/compute-api/rating', personas.nora, {
        stars: 1,
        comment: 'spam',
      });
      const [rating] = (
        await get('/tools/default/compute-api/ratings', personas.paul)
      ).body.items;
      const path = `/tools/default/compute-api/ratings/${rating.id}`;
      expect((await del(path, personas.carla)).status).toBe(403);
      expect((await del(path, personas.erin)).status).toBe(403);
      expect((await del(path, personas.paul)).status).toBe(204);
      expect((await del(path, personas.paul)).status).toBe(404);
      expect(
        (await del('/tools/default/compute-api/ratings/abc', personas.paul))
          .status,
      ).toBe(400);
      expect(
        (await get('/tools/default/compute-api/ratings', personas.nora)).body
          .items,
      ).toEqual([]);
    });
  });

  describe('what Northwind sees of Contoso', () => {
    it('shows Nora Contoso’s ratings without Contoso or its people, and none of its launches or favourites', async () => {
      const { put, post, get } = await start();
      const path = '/tools/default/compute-sdk-go';
      await put(`${path}/rating`, personas.carla, {
        stars: 2,
        comment: 'Our platform team needed the retry options.',
      });
      await put(`${path}/rating`, personas.cody, { stars: 4 });
      await put(`${path}/favorite`, personas.carla);
      await post(`${path}/launches`, personas.carla);
      await post(`${path}/launches`, personas.cody);

      const answers = await Promise.all([
        get(path, personas.nora),
        get(`${path}/ratings`, personas.nora),
        get('/tools?q=compute', personas.nora),
        get('/favorites', personas.nora),
        get('/recommendations', personas.nora),
      ]);
      expect(answers.map(a => a.status)).toEqual([200, 200, 200, 200, 200]);
      const [tool, ratings, search, favorites] = answers.map(a => a.body);
      // The ratings are there, anonymous…
      expect(ratings.summary.count).toBe(2);
      expect(
        ratings.items.map((r: { stars: number; mine: boolean }) => [
          r.stars,
          r.mine,
        ]),
      ).toEqual(
        expect.arrayContaining([
          [2, false],
          [4, false],
        ]),
      );
      expect(tool.rating.count).toBe(2);
      expect(tool.myRating).toBeUndefined();
      // …the favourite and the launches are Contoso's own.
      expect(tool.favorite).toBe(false);
      expect(byName(search.items, 'compute-sdk-go').favorite).toBe(false);
      expect(favorites.items).toEqual([]);
      expect((await get('/usage', personas.nora)).status).toBe(403);
      for (const answer of answers) {
        expect(JSON.stringify(answer.body)).not.toMatch(
          /contoso|carla|cody|launchId/i,
        );
      }
    });
  });

  describe('bad input writes nothing', () => {
    it('refuses malformed paths and bodies naming the parameter, and stores no launch, favourite or rating', async () => {
      const { put, post, get } = await start();
      const responses = await Promise.all([
        post('/tools/default/bad%20name/launches', personas.carla),
        put('/tools/Default!/compute-sdk-go/favorite', personas.carla),
        put('/tools/default/compute-sdk-go/rating', personas.carla, {
          stars: 0,
        }),
        put('/tools/default/compute-sdk-go/rating', personas.carla, {}),
        post('/tools/default/compute-sdk-go/launches?as=nora', personas.carla),
      ]);
      expect(
        responses.map(r => [r.status, r.body.error?.message ?? '']),
      ).toEqual([
        [400, expect.stringMatching(/path\.name/)],
        [400, expect.stringMatching(/path\.namespace/)],
        [400, expect.stringMatching(/body\.stars: must be at least 1/)],
        [400, expect.stringMatching(/body\.stars/)],
        [400, expect.stringMatching(/query\.as: unknown parameter/)],
      ]);
      expect((await get('/favorites', personas.carla)).body.items).toEqual([]);
      expect((await get('/usage', personas.paul)).body.tools).toEqual([]);
      expect(
        (await get('/tools/default/compute-sdk-go/ratings', personas.paul)).body
          .summary.count,
      ).toBe(0);
    });

    it('answers 404 for an unknown tool on every route', async () => {
      const { put, post, get, del } = await start();
      const path = '/tools/default/no-such-tool';
      const responses = await Promise.all([
        get(path, personas.carla),
        post(`${path}/launches`, personas.carla),
        put(`${path}/favorite`, personas.carla),
        get(`${path}/ratings`, personas.carla),
        put(`${path}/rating`, personas.carla, { stars: 3 }),
        put(`${path}/verification`, personas.erin),
        del(`${path}/verification`, personas.erin),
      ]);
      expect(responses.map(r => r.status)).toEqual([
        404, 404, 404, 404, 404, 404, 404,
      ]);
      expect(new Set(responses.map(r => JSON.stringify(r.body.error)))).toEqual(
        new Set([
          JSON.stringify({ name: 'NotFoundError', message: 'Tool not found' }),
        ]),
      );
    });
  });

  describe('verification marks', () => {
    it('lets experts and program admins mark tools verified', async () => {
      const { put, get, del } = await start();
      const path = '/tools/default/compute-api/verification';
      expect((await put(path, personas.carla, { note: 'x' })).status).toBe(403);
      const marked = await put(path, personas.erin, {
        note: 'Ran the conformance suite.',
      });
      expect(marked.status).toBe(200);
      expect(marked.body).toEqual({
        verifiedBy: personas.erin.userEntityRef,
        verifiedAt: expect.any(String),
        note: 'Ran the conformance suite.',
      });
      const withoutBody = await put(
        '/tools/default/compute-sdk-go/verification',
        personas.paul,
      );
      expect(withoutBody.status).toBe(200);
      const listed = await get('/tools?q=compute', personas.carla);
      expect(byName(listed.body.items, 'compute-api').verified).toBe(true);
      expect(
        (await get('/tools/default/compute-api', personas.nora)).body
          .verification,
      ).toMatchObject({
        verifiedBy: personas.erin.userEntityRef,
      });
      const badNote = await put(path, personas.erin, { note: 7 });
      expect(badNote.body.error.message).toMatch(
        /body\.note: must be a string/,
      );
      expect((await del(path, personas.nora)).status).toBe(403);
      expect((await del(path, personas.erin)).status).toBe(204);
      expect(
        (await get('/tools/default/compute-api', personas.nora)).body
          .verification,
      ).toBeUndefined();
    });
  });

  describe('GET /usage', () => {
    it('is for experts and program admins, and never names the partners', async () => {
      const { post, get } = await start();
      await post('/tools/default/compute-sdk-go/launches', personas.carla);
      await post('/tools/default/compute-sdk-go/launches', personas.cody);
      await post('/tools/default/compute-sdk-go/launches', personas.nora);
      for (const persona of [
        personas.carla,
        personas.nora,
        personas.stranger,
      ]) {
        expect((await get('/usage', persona)).status).toBe(403);
      }
      const erin = await get('/usage?weeks=4', personas.erin);
      expect(erin.status).toBe(200);
      expect(erin.body.distinctPartners).toBe(2);
      expect(erin.body.tools).toEqual([
        expect.objectContaining({
          toolRef: 'tool:default/compute-sdk-go',
          title: 'Compute SDK for Go',
          launches: 3,
          distinctPartners: 2,
          distinctUsers: 3,
          trend: 'new',
        }),
      ]);
      expect(erin.body.tools[0].weeks).toHaveLength(4);
      expect(JSON.stringify(erin.body)).not.toMatch(
        /contoso|northwind|carla|nora/i,
      );
      const one = await get(
        '/usage?tool=tool:default/compute-api',
        personas.paul,
      );
      expect(one.body.tools).toEqual([]);
    });
  });

  describe('when partner points or the Lab is down', () => {
    it('keeps answering without partner points, keeping tier-gated tools locked and saying why', async () => {
      const points = fakePartnerPoints({ standings: defaultStandings });
      points.state.failWith(503);
      const { get, post } = await start({ points });
      const search = await get('/tools?limit=100', personas.carla);
      expect(search.status).toBe(200);
      expect(search.body.sources).toEqual({
        standing: 'unavailable',
        standingReason: 'partner points answered HTTP 503',
        lab: 'ok',
      });
      expect(byName(search.body.items, 'gpu-sandbox').lock.unlockedBy).toEqual([
        expect.objectContaining({
          kind: 'tier',
          unknown: true,
          message:
            'Reach Principal (your program tier could not be read right now)',
        }),
      ]);
      expect(byName(search.body.items, 'compute-sdk-go').lock.locked).toBe(
        false,
      );
      expect(
        (await post('/tools/default/gpu-sandbox/launches', personas.carla))
          .status,
      ).toBe(403);
      expect(
        (await post('/tools/default/compute-sdk-go/launches', personas.carla))
          .status,
      ).toBe(201);
      const play = await get(
        '/tools/default/play-kubernetes-quickstart',
        personas.carla,
      );
      expect(play.status).toBe(200);
      expect(play.body.playDetail).toBeUndefined();
      expect(play.body.sources.program).toBe('unavailable');
      const recommendations = await get('/recommendations', personas.carla);
      expect(recommendations.status).toBe(200);
      expect(recommendations.body.sources.standing).toBe('unavailable');

      // Back up: answered again (answers are kept for a millisecond here).
      points.state.failWith(undefined);
      const recovered = await get('/tools?limit=100', personas.carla);
      expect(recovered.body.sources).toMatchObject({
        standing: 'ok',
        tier: 'advanced',
      });
    });

    it('keeps answering without partner points installed at all', async () => {
      const { get } = await start({ points: 'absent' });
      const search = await get('/tools', personas.nora);
      expect(search.status).toBe(200);
      expect(search.body.sources.standing).toBe('unavailable');
      expect(search.body.sources.standingReason).toMatch(
        /partner points answered 404/,
      );
    });

    it('keeps answering without the Lab, keeping stage-gated tools locked and marking no outcomes', async () => {
      const lab = fakeSolutionsLab({
        engagements: structuredClone(defaultEngagements),
      });
      lab.state.failWith(500);
      const { get, put } = await start({ lab });
      const search = await get('/tools?limit=100', personas.nora);
      expect(search.status).toBe(200);
      expect(search.body.sources).toEqual({
        standing: 'ok',
        tier: 'select',
        lab: 'unavailable',
        labReason: 'the Solutions Lab answered HTTP 500',
      });
      expect(
        byName(search.body.items, 'production-credentials').lock.unlockedBy,
      ).toEqual([
        expect.objectContaining({
          kind: 'lab-stage',
          unknown: true,
          message:
            'Complete the validate stage of Solution development in the Solutions Lab (your engagements could not be read right now)',
        }),
      ]);
      const recommendations = await get('/recommendations', personas.carla);
      expect(recommendations.body.currentStages).toBeUndefined();
      expect(
        recommendations.body.items.every(
          (i: { reason: { kind: string } }) => i.reason.kind === 'action',
        ),
      ).toBe(true);
      expect(
        (
          await put(
            '/tools/default/certification-suite/rating',
            personas.carla,
            { stars: 5 },
          )
        ).status,
      ).toBe(201);
      lab.state.failWith(undefined);
      lab.setEngagements([
        {
          ...defaultEngagements[0],
          completedStageIds: ['qualify', 'design', 'build', 'validate'],
        },
      ]);
      // Rated while the Lab was down: what was done before is unknown, so no outcome is claimed.
      const ratings = await get(
        '/tools/default/certification-suite/ratings',
        personas.nora,
      );
      expect(ratings.body.items[0].verifiedOutcome).toBe(false);
    });

    it('keeps answering without the Lab installed at all', async () => {
      const { get } = await start({ lab: 'absent' });
      const search = await get('/tools', personas.carla);
      expect(search.status).toBe(200);
      expect(search.body.sources.lab).toBe('unavailable');
    });
  });
});
