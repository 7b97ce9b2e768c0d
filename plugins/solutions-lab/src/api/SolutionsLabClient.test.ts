import { registerMswTestHooks } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { rest } from 'msw';
import { LAB_URL, errorBody, server } from '../__testUtils__/fakeLab';
import { createClient } from '../__testUtils__/render';

registerMswTestHooks(server);

describe('SolutionsLabClient', () => {
  it('repeats array parameters and leaves out those not given', async () => {
    let url: URL | undefined;
    server.use(
      rest.get(`${LAB_URL}/engagements`, (req, res, ctx) => {
        url = req.url;
        return res(ctx.json({ items: [] }));
      }),
    );
    await createClient().listEngagements({
      status: ['active', 'on-hold'],
      slaRisk: ['at-risk'],
      partnerRef: ['group:default/contoso-solutions'],
      sort: 'sla',
      playbookId: undefined,
    });
    expect(url?.search).toBe(
      '?status=active&status=on-hold&slaRisk=at-risk&partnerRef=group%3Adefault%2Fcontoso-solutions&sort=sla',
    );
  });

  it('sends bodies as JSON and encodes ids in the path', async () => {
    let seen: { path: string; type: string | null; body: unknown } | undefined;
    server.use(
      rest.post(
        `${LAB_URL}/engagements/:id/checklist/:itemId`,
        async (req, res, ctx) => {
          seen = {
            path: req.url.pathname,
            type: req.headers.get('content-type'),
            body: await req.json(),
          };
          return res(ctx.json({}));
        },
      ),
    );
    await createClient().setChecklistItem('demo.1', 'solution-brief', {
      checked: false,
    });
    expect(seen).toEqual({
      path: '/api/solutions-lab/engagements/demo.1/checklist/solution-brief',
      type: 'application/json',
      body: { checked: false },
    });
  });

  it('rejects with a ResponseError carrying the status and the reason', async () => {
    server.use(
      rest.post(`${LAB_URL}/engagements/:id/decisions`, (_req, res, ctx) =>
        res(
          ctx.status(409),
          ctx.json(errorBody('ConflictError', 'The engagement changed', 409)),
        ),
      ),
    );
    const error = await createClient()
      .decide('demo-1', { decision: 'advance', expectedVersion: 3 })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(409);
    expect(error.body.error.message).toBe('The engagement changed');
  });

  it('reads the program from partner points', async () => {
    server.use(
      rest.get(
        'http://localhost:7007/api/partner-points/program',
        (_req, res, ctx) => res(ctx.json({ version: '2024.1' })),
      ),
    );
    expect(await createClient().getProgram()).toEqual({ version: '2024.1' });
  });
});
