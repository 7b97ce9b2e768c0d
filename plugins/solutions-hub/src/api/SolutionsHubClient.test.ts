import { registerMswTestHooks } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { rest } from 'msw';
import {
  BACKEND,
  HUB,
  POINTS,
  SCAFFOLDER,
  createClient,
  errorBody,
  server,
} from '../__testUtils__/backend';
import { ARCHIVE, USAGE } from '../__testUtils__/fixtures';
import { attachmentFileName } from './SolutionsHubClient';

registerMswTestHooks(server);

describe('SolutionsHubClient', () => {
  it('sends a search as the contract writes it: repeated parameters, nothing empty, the token', async () => {
    let url: URL | undefined;
    let authorization: string | null = null;
    server.use(
      rest.get(`${HUB}/tools`, (req, res, ctx) => {
        url = req.url;
        authorization = req.headers.get('authorization');
        return res(
          ctx.json({ items: [], totalCount: 0, facets: {}, sources: {} }),
        );
      }),
    );
    await createClient().searchTools({
      q: 'kubernetes operator',
      category: ['sdk', 'api'],
      stage: ['solution-development/build'],
      tag: [],
      sort: 'name',
      limit: 24,
      cursor: undefined,
    });
    expect(url?.search).toBe(
      '?q=kubernetes+operator&category=sdk&category=api&stage=solution-development%2Fbuild&sort=name&limit=24',
    );
    expect(authorization).toBe('Bearer carla-token');
  });

  it('addresses a tool by namespace and name, encoded', async () => {
    const paths: string[] = [];
    server.use(
      rest.all(`${HUB}/*`, (req, res, ctx) => {
        paths.push(`${req.method} ${req.url.pathname}`);
        return req.method === 'GET' || req.method === 'POST'
          ? res(ctx.status(200), ctx.json({}))
          : res(ctx.status(204));
      }),
    );
    const client = createClient();
    const tool = { namespace: 'partners', name: 'a.b_c-d' };
    await client.getTool(tool);
    await client.launchTool(tool);
    await client.addFavorite(tool);
    await client.removeFavorite(tool);
    await client.removeRating(tool);
    await client.unverifyTool(tool);
    expect(paths).toEqual([
      'GET /api/solutions-hub/tools/partners/a.b_c-d',
      'POST /api/solutions-hub/tools/partners/a.b_c-d/launches',
      'PUT /api/solutions-hub/tools/partners/a.b_c-d/favorite',
      'DELETE /api/solutions-hub/tools/partners/a.b_c-d/favorite',
      'DELETE /api/solutions-hub/tools/partners/a.b_c-d/rating',
      'DELETE /api/solutions-hub/tools/partners/a.b_c-d/verification',
    ]);
  });

  it('sends a rating as JSON', async () => {
    let body: unknown;
    let contentType: string | null = null;
    server.use(
      rest.put(
        `${HUB}/tools/:namespace/:name/rating`,
        async (req, res, ctx) => {
          body = await req.json();
          contentType = req.headers.get('content-type');
          return res(ctx.status(201), ctx.json({ rating: { id: 'r' } }));
        },
      ),
    );
    await createClient().rateTool(
      { namespace: 'default', name: 'x' },
      { stars: 4, comment: 'Good' },
    );
    expect(body).toEqual({ stars: 4, comment: 'Good' });
    expect(contentType).toBe('application/json');
  });

  it('rejects with a ResponseError carrying the backend’s reason', async () => {
    server.use(
      rest.post(`${HUB}/tools/:namespace/:name/launches`, (_req, res, ctx) =>
        res(
          ctx.status(403),
          ctx.json(
            errorBody(
              'NotAllowedError',
              'GPU sandbox is locked: Reach Principal',
              403,
            ),
          ),
        ),
      ),
    );
    const error = await createClient()
      .launchTool({ namespace: 'default', name: 'gpu' })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(error.cause.message).toBe('GPU sandbox is locked: Reach Principal');
  });

  it('asks for usage over some weeks and tools', async () => {
    let search = '';
    server.use(
      rest.get(`${HUB}/usage`, (req, res, ctx) => {
        search = req.url.search;
        return res(ctx.json(USAGE));
      }),
    );
    await createClient().getUsage({
      weeks: 4,
      tools: ['tool:default/a', 'tool:default/b'],
    });
    expect(search).toBe(
      '?weeks=4&tool=tool%3Adefault%2Fa&tool=tool%3Adefault%2Fb',
    );
  });

  it('reads archives from the scaffolder and the program from partner points', async () => {
    server.use(
      rest.get(
        `${SCAFFOLDER}/partner-studio/archives/task%2F1`,
        (_req, res, ctx) => res(ctx.json(ARCHIVE)),
      ),
      rest.get(`${POINTS}/program`, (_req, res, ctx) =>
        res(ctx.json({ tiers: [] })),
      ),
    );
    const client = createClient();
    expect(await client.getWorkspaceArchive('task/1')).toEqual(ARCHIVE);
    expect(await client.getProgram()).toEqual({ tiers: [] });
  });

  it('downloads an archive as a file with the server’s name', async () => {
    server.use(
      rest.get(
        `${BACKEND}/api/scaffolder/partner-studio/archives/t/content`,
        (_req, res, ctx) =>
          res(
            ctx.set(
              'Content-Disposition',
              `attachment; filename="caf_.zip"; filename*=UTF-8''caf%C3%A9.zip`,
            ),
            ctx.body(new Uint8Array([0x50, 0x4b])),
          ),
      ),
    );
    const { fileName, content } = await createClient().downloadWorkspaceArchive(
      't',
    );
    expect(fileName).toBe('café.zip');
    expect(content.size).toBe(2);
  });
});

describe('attachmentFileName', () => {
  it('prefers the UTF-8 name, falls back to the plain one', () => {
    expect(
      attachmentFileName(
        `attachment; filename="a.zip"; filename*=UTF-8''b%20c.zip`,
      ),
    ).toBe('b c.zip');
    expect(attachmentFileName('attachment; filename="a.zip"')).toBe('a.zip');
    expect(attachmentFileName('attachment; filename=a.zip')).toBe('a.zip');
    expect(attachmentFileName(`attachment; filename*=UTF-8''%E0%A4%A`)).toBe(
      undefined,
    );
    expect(attachmentFileName(null)).toBe(undefined);
  });
});
