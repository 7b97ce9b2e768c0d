import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { createPluginRequest, queryString } from './pluginRequest';

const server = setupServer();
registerMswTestHooks(server);

const BASE = 'http://localhost:7007/api/solutions-lab';
const request = createPluginRequest({
  discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
  fetchApi: new MockFetchApi({
    injectIdentityAuth: { token: 'erin-token' },
  }),
});

describe('queryString', () => {
  it('repeats lists and leaves out what has no value', () => {
    expect(
      queryString({
        status: ['active', 'on-hold'],
        q: 'cloud migration',
        empty: '',
        none: undefined,
        noItems: [],
        limit: 20,
      }),
    ).toBe('?status=active&status=on-hold&q=cloud+migration&limit=20');
    expect(queryString({ none: undefined })).toBe('');
    expect(queryString()).toBe('');
  });
});

describe('createPluginRequest', () => {
  it('sends JSON with the user token to the plugin and reads JSON back', async () => {
    let seen: { method: string; auth: string | null; type: string | null } = {
      method: '',
      auth: null,
      type: null,
    };
    let body: unknown;
    server.use(
      rest.post(`${BASE}/engagements`, async (req, res, ctx) => {
        seen = {
          method: req.method,
          auth: req.headers.get('authorization'),
          type: req.headers.get('content-type'),
        };
        body = await req.json();
        return res(ctx.status(201), ctx.json({ id: 'e-1' }));
      }),
    );
    const created = await request<{ id: string }>(
      'solutions-lab',
      '/engagements',
      { method: 'POST', body: { playbookId: 'customer-success' } },
    );
    expect(created).toEqual({ id: 'e-1' });
    expect(seen).toEqual({
      method: 'POST',
      auth: 'Bearer erin-token',
      type: 'application/json',
    });
    expect(body).toEqual({ playbookId: 'customer-success' });
  });

  it('sends no body or content type without a body, and reads with `read`', async () => {
    let type: string | null = 'unset';
    server.use(
      rest.put(`${BASE}/favorite`, (req, res, ctx) => {
        type = req.headers.get('content-type');
        return res(ctx.status(204));
      }),
    );
    const result = await request<string>('solutions-lab', '/favorite', {
      method: 'PUT',
      read: async response => `status ${response.status}`,
    });
    expect(result).toBe('status 204');
    expect(type).toBeNull();
  });

  it("throws the backend's error for an answer that is not OK", async () => {
    server.use(
      rest.get(`${BASE}/engagements/nope`, (_req, res, ctx) =>
        res(
          ctx.status(404),
          ctx.json({
            error: { name: 'NotFoundError', message: 'No engagement nope' },
            request: { method: 'GET', url: '/engagements/nope' },
            response: { statusCode: 404 },
          }),
        ),
      ),
    );
    const failure = await request('solutions-lab', '/engagements/nope').catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ResponseError);
    expect((failure as ResponseError).response.status).toBe(404);
    expect((failure as ResponseError).body.error.message).toBe(
      'No engagement nope',
    );
  });
});
