import express from 'express';
import request from 'supertest';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import Router from 'express-promise-router';
import {
  type OpenApiDocument,
  OpenApiRequestValidator,
} from './OpenApiRequestValidator';
import { readJsonBody } from './readJsonBody';

const document: OpenApiDocument = {
  paths: {
    '/things/{name}': {
      parameters: [{ $ref: '#/components/parameters/name' }],
      get: {
        operationId: 'GetThing',
        parameters: [
          { $ref: '#/components/parameters/limit' },
          {
            name: 'since',
            in: 'query',
            schema: { type: 'string', format: 'date-time' },
          },
          {
            name: 'day',
            in: 'query',
            schema: { type: 'string', format: 'date' },
          },
          {
            name: 'tag',
            in: 'query',
            schema: { type: 'array', items: { type: 'string' }, maxItems: 3 },
          },
          {
            name: 'sort',
            in: 'query',
            schema: { type: 'string', enum: ['name', 'newest'] },
          },
        ],
      },
      post: {
        operationId: 'PostThing',
        requestBody: {
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Thing' },
            },
          },
        },
      },
    },
  },
  components: {
    parameters: {
      name: {
        name: 'name',
        in: 'path',
        required: true,
        schema: { type: 'string', maxLength: 10 },
      },
      limit: {
        name: 'limit',
        in: 'query',
        schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
      },
    },
    schemas: {
      Thing: {
        type: 'object',
        required: ['title'],
        additionalProperties: false,
        properties: {
          title: { type: 'string', minLength: 1 },
          count: { type: 'integer', minimum: 0 },
          note: { type: 'string', nullable: true },
        },
      },
    },
  },
};

type Operations = {
  GetThing: {
    parameters: {
      path: { name: string };
      query?: {
        limit?: number;
        since?: string;
        day?: string;
        tag?: string[];
        sort?: 'name' | 'newest';
      };
    };
  };
  PostThing: {
    parameters: { path: { name: string } };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          count?: number;
          note?: string | null;
        };
      };
    };
  };
};

function app() {
  const validate = OpenApiRequestValidator.fromDocument<Operations>(document);
  const router = Router();
  router.get('/things/:name', (req, res) => {
    res.json({
      params: validate.params('GetThing', req),
      query: validate.query('GetThing', req),
    });
  });
  router.post('/things/:name', async (req, res) => {
    validate.params('PostThing', req);
    res.json(
      validate.body(
        'PostThing',
        await readJsonBody(req, res, { limit: '1kb' }),
      ),
    );
  });
  const server = express();
  server.use(router);
  server.use(
    MiddlewareFactory.create({
      config: mockServices.rootConfig(),
      logger: mockServices.logger.mock(),
    }).error(),
  );
  return server;
}

describe('OpenApiRequestValidator', () => {
  it('coerces, defaults and types parameters, following $refs', async () => {
    const res = await request(app()).get(
      '/things/box?tag=a&since=2026-01-31T10:00:00Z',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      params: { name: 'box' },
      query: { limit: 20, tag: ['a'], since: '2026-01-31T10:00:00Z' },
    });
    expect(
      (await request(app()).get('/things/box?limit=5')).body.query.limit,
    ).toBe(5);
  });

  it('lists every problem with its path, and refuses unknown parameters', async () => {
    const res = await request(app()).get(
      '/things/box?limit=0&sort=size&asOf=2026-01-01&tag=a&tag=b&tag=c&tag=d',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    for (const problem of [
      'query.limit: must be at least 1',
      'query.sort: must be one of name, newest',
      'query.asOf: unknown parameter; this endpoint takes limit, since, day, tag, sort',
      'query.tag: must have at most 3 items',
    ]) {
      expect(res.body.error.message).toContain(problem);
    }
  });

  it('refuses impossible dates and date-times without a zone', async () => {
    const day = await request(app()).get('/things/box?day=2026-02-31');
    expect(day.status).toBe(400);
    expect(day.body.error.message).toContain(
      'query.day: must be a calendar date',
    );
    const noZone = await request(app()).get(
      '/things/box?since=2026-01-31T10:00:00',
    );
    expect(noZone.status).toBe(400);
    const feb30 = await request(app()).get(
      '/things/box?since=2026-02-30T10:00:00Z',
    );
    expect(feb30.status).toBe(400);
  });

  it('validates path parameters', async () => {
    const res = await request(app()).get('/things/far-too-long-a-name');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(
      'path.name: must be at most 10 characters',
    );
  });

  it('validates bodies without coercion, naming fields', async () => {
    const ok = await request(app())
      .post('/things/box')
      .send({ title: 'x', count: 2, note: null });
    expect(ok.status).toBe(200);
    const bad = await request(app())
      .post('/things/box')
      .send({ count: '2', extra: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('body.title: is required');
    expect(bad.body.error.message).toContain('body.count: must be an integer');
    expect(bad.body.error.message).toContain('body.extra: unknown field');
  });

  it('refuses strings that are not well-formed Unicode, anywhere', async () => {
    const body = '{"title": "a\\ud800b"}';
    const res = await request(app())
      .post('/things/box')
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'Invalid request. body.title: is not well-formed Unicode (it holds a lone surrogate)',
    );
  });

  it('reads bodies without echoing them: malformed is a 400, oversized a 413, not JSON a 400', async () => {
    const marker = 'SECRET-MARKER';
    const malformed = await request(app())
      .post('/things/box')
      .set('Content-Type', 'application/json')
      .send(`{"title": "${marker}`);
    expect(malformed.status).toBe(400);
    expect(malformed.text).not.toContain(marker);
    const large = await request(app())
      .post('/things/box')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ title: marker.repeat(200) }));
    expect(large.status).toBe(413);
    expect(large.text).not.toContain(marker);
    const text = await request(app())
      .post('/things/box')
      .set('Content-Type', 'text/plain')
      .send(marker);
    expect(text.status).toBe(400);
    expect(text.body.error.message).toContain('Content-Type: application/json');
  });
});
