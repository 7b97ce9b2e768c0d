import {
  BUSINESS_MODEL_IDS,
  LAB_STAGE_REFS,
  PRODUCT_AREA_IDS,
  SUPPORT_LEVEL_IDS,
  TOOL_CATEGORY_IDS,
} from '@partner-studio/plugin-partner-studio-common';
import { TIER_IDS } from '@partner-studio/scoring';
import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { TOOL_SORTS } from '../search/types';

const specPath = path.join(__dirname, 'openapi.yaml');
const spec = parse(fs.readFileSync(specPath, 'utf8'));

type Schema = Record<string, any>;

function resolve(node: Schema): Schema {
  if (node && typeof node.$ref === 'string') {
    const target = node.$ref
      .replace('#/', '')
      .split('/')
      .reduce((value: Schema, key: string) => value[key], spec);
    return resolve(target);
  }
  return node;
}

const operations = Object.entries(spec.paths as Record<string, Schema>).flatMap(
  ([route, item]) =>
    ['get', 'put', 'post', 'delete']
      .filter(method => item[method])
      .map(method => ({
        route,
        method,
        operation: item[method] as Schema,
        parameters: [
          ...(item.parameters ?? []),
          ...(item[method].parameters ?? []),
        ].map(resolve),
      })),
);

/** Does a schema bound what it accepts? */
function isBounded(schema: Schema): boolean {
  const s = resolve(schema);
  if (s.enum) return true;
  if (s.type === 'integer' || s.type === 'number') {
    return s.maximum !== undefined && s.minimum !== undefined;
  }
  if (s.type === 'string') return s.maxLength !== undefined;
  if (s.type === 'array') return s.maxItems !== undefined && isBounded(s.items);
  return false;
}

describe('openapi.yaml', () => {
  it('is OpenAPI 3.0.3 with a unique operationId per operation', () => {
    expect(spec.openapi).toBe('3.0.3');
    const ids = operations.map(o => o.operation.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents and bounds every parameter', () => {
    for (const { route, method, parameters } of operations) {
      for (const parameter of parameters) {
        expect({
          route,
          method,
          name: parameter.name,
          documented: Boolean(parameter.description),
          bounded: isBounded(parameter.schema),
        }).toEqual({
          route,
          method,
          name: parameter.name,
          documented: true,
          bounded: true,
        });
      }
    }
  });

  it('lists the same vocabulary as the code', () => {
    const enumOf = (name: string) => spec.components.schemas[name].enum;
    expect(enumOf('Category')).toEqual([...TOOL_CATEGORY_IDS]);
    expect(enumOf('ProductArea')).toEqual([...PRODUCT_AREA_IDS]);
    expect(enumOf('LabStageRef')).toEqual([...LAB_STAGE_REFS]);
    expect(enumOf('BusinessModel')).toEqual([...BUSINESS_MODEL_IDS]);
    expect(enumOf('SupportLevel')).toEqual([...SUPPORT_LEVEL_IDS]);
    expect(enumOf('Tier')).toEqual([...TIER_IDS]);
    const sort = operations
      .find(o => o.operation.operationId === 'SearchTools')!
      .parameters.find(p => p.name === 'sort');
    expect(sort?.schema.enum).toEqual([...TOOL_SORTS]);
  });

  describe('as a request validator', () => {
    const app = express();
    app.use(express.json());
    app.use(
      OpenApiValidator.middleware({
        apiSpec: specPath,
        validateRequests: { allowUnknownQueryParameters: false },
        validateResponses: false,
        validateSecurity: false,
      }),
    );
    app.all(/.*/, (_req, res) => {
      res.status(200).json({ ok: true });
    });
    app.use(
      (
        error: { status?: number; message: string },
        _req: express.Request,
        res: express.Response,
        _next: express.NextFunction,
      ) => {
        res.status(error.status ?? 500).json({ message: error.message });
      },
    );

    it.each([
      [
        '/api/solutions-hub/tools?q=kub&category=sdk&category=api&stage=solution-development/build&sort=newest&limit=50',
        200,
      ],
      ['/api/solutions-hub/tools?colour=blue', 400],
      ['/api/solutions-hub/tools?category=sdks', 400],
      ['/api/solutions-hub/tools?limit=101', 400],
      ['/api/solutions-hub/tools?limit=0', 400],
      [`/api/solutions-hub/tools?q=${'x'.repeat(201)}`, 400],
      ['/api/solutions-hub/tools?sort=cheapest', 400],
      ['/api/solutions-hub/tools?tag=Not_A_Tag', 400],
      ['/api/solutions-hub/tools/default/compute-sdk-go', 200],
      ['/api/solutions-hub/usage?weeks=53', 400],
      [
        '/api/solutions-hub/usage?tool=tool:default/compute-sdk-go&weeks=8',
        200,
      ],
      ['/api/solutions-hub/favorites?cursor=', 400],
      ['/api/solutions-hub/tools?stage=solution-development%2Fvalidate', 200],
    ])('GET %s → %i', async (url, status) => {
      const response = await request(app).get(url);
      expect({ url, status: response.status }).toEqual({ url, status });
    });

    it('refuses a bad rating body, naming the field', async () => {
      const bad = await request(app)
        .put('/api/solutions-hub/tools/default/compute-sdk-go/rating')
        .send({ stars: 6 });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/stars/);
      const unknown = await request(app)
        .put('/api/solutions-hub/tools/default/compute-sdk-go/rating')
        .send({ stars: 4, author: 'carla' });
      expect(unknown.status).toBe(400);
      const good = await request(app)
        .put('/api/solutions-hub/tools/default/compute-sdk-go/rating')
        .send({ stars: 4, comment: 'Good.' });
      expect(good.status).toBe(200);
    });
  });
});
