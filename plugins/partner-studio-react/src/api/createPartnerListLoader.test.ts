import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { PARTNERS, pageOf } from '../__testUtils__/partners';
import { createPartnerListLoader } from './createPartnerListLoader';

const server = setupServer();
registerMswTestHooks(server);

const discoveryApi = mockApis.discovery({ baseUrl: 'http://localhost:7007' });
const fetchApi = new MockFetchApi();

describe('createPartnerListLoader', () => {
  it('pages through GET /partners with limit and cursor', async () => {
    const seen: string[] = [];
    server.use(
      rest.get(
        'http://localhost:7007/api/partner-points/partners',
        (req, res, ctx) => {
          seen.push(req.url.search);
          return res(
            ctx.json(
              pageOf(PARTNERS, {
                cursor: req.url.searchParams.get('cursor'),
                limit: Number(req.url.searchParams.get('limit')),
              }),
            ),
          );
        },
      ),
    );
    const load = createPartnerListLoader({ discoveryApi, fetchApi });
    const first = await load({ limit: 3 });
    expect(first.items.map(p => p.title)).toEqual([
      'Adatum Corporation',
      'Contoso Solutions',
      'Fabrikam Software',
    ]);
    const second = await load({ limit: 3, cursor: first.nextCursor });
    expect(second.items.map(p => p.title)).toEqual([
      'Northwind Cloud',
      'Tailspin Toys',
    ]);
    expect(second.nextCursor).toBeUndefined();
    expect(seen).toEqual(['?limit=3', '?limit=3&cursor=3']);
  });

  it("asks another plugin's backend, and throws its errors", async () => {
    server.use(
      rest.get(
        'http://localhost:7007/api/solutions-lab/partners',
        (_req, res, ctx) =>
          res(
            ctx.status(401),
            ctx.json({
              error: { name: 'AuthenticationError', message: 'No token' },
              request: { method: 'GET', url: '/partners' },
              response: { statusCode: 401 },
            }),
          ),
      ),
    );
    const load = createPartnerListLoader({
      discoveryApi,
      fetchApi,
      pluginId: 'solutions-lab',
    });
    const error = await load({}).catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(401);
    expect(error.cause.message).toBe('No token');
  });
});
