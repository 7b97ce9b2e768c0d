import { TestDatabases } from '@backstage/backend-test-utils';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { TEST_DATABASE_IDS } from '@partner-studio/plugin-partner-studio-node/testUtils';
import { actors, createTestbed, passStage } from '../__testUtils__/testbed';
import { LIMITS } from '../service/input';
import {
  CLOSE_REASONS,
  DECISIONS,
  HOLD_REASONS,
  SEND_BACK_REASONS,
} from '../service/reasons';

type Json = Record<string, any>;

const spec: Json = parse(
  fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
);

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function operations(): Array<{ method: string; path: string; op: Json }> {
  return Object.entries(spec.paths as Json).flatMap(([p, item]) =>
    Object.entries(item as Json)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ method, path: p, op: op as Json })),
  );
}

function resolve(node: Json): Json {
  if (!node.$ref) return node;
  const target = (node.$ref as string)
    .replace(/^#\//, '')
    .split('/')
    .reduce<Json | undefined>((at, key) => at?.[key], spec);
  if (!target) throw new Error(`unresolved ${node.$ref}`);
  return resolve(target);
}

function ajv() {
  const validator = new Ajv({ strict: false, allErrors: true });
  addFormats(validator);
  validator.addSchema({
    $id: 'lab',
    components: spec.components,
    paths: spec.paths,
  });
  return validator;
}

describe('openapi.yaml', () => {
  it('is OpenAPI 3.0.3 with every operation named once', () => {
    expect(spec.openapi).toBe('3.0.3');
    const ids = operations().map(o => o.op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents the whole Lab API and the endpoints other plugins call', () => {
    expect(
      operations()
        .map(o => `${o.method.toUpperCase()} ${o.path}`)
        .sort(),
    ).toEqual(
      [
        'GET /playbooks',
        'GET /engagements',
        'POST /engagements',
        'GET /engagements/{engagementId}',
        'POST /engagements/{engagementId}/checklist/{itemId}',
        'POST /engagements/{engagementId}/decisions',
        'POST /engagements/{engagementId}/notes',
        'PUT /engagements/{engagementId}/assignment',
        'GET /analytics/funnel',
        'GET /partner-stages',
        'GET /assignments/partners',
      ].sort(),
    );
  });

  it('resolves every reference', () => {
    const refs: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref') refs.push(value as string);
          else walk(value);
        }
      }
    };
    walk(spec);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) expect(() => resolve({ $ref: ref })).not.toThrow();
  });

  it('gives every parameter a schema with limits, and every path parameter a declaration', () => {
    const problems: string[] = [];
    for (const { path: p, op } of operations()) {
      const params = (op.parameters ?? []).map(resolve);
      for (const name of [...p.matchAll(/\{(\w+)\}/g)].map(m => m[1])) {
        if (!params.some((q: Json) => q.in === 'path' && q.name === name)) {
          problems.push(
            `${op.operationId}: path parameter ${name} is not declared`,
          );
        }
      }
      for (const param of params) {
        const schema = resolve(param.schema);
        const where = `${op.operationId} ${param.name}`;
        const bounded = (s: Json) =>
          s.enum !== undefined ||
          s.type === 'boolean' ||
          (s.type === 'integer' &&
            s.minimum !== undefined &&
            s.maximum !== undefined) ||
          (s.type === 'string' && s.maxLength !== undefined);
        if (schema.type === 'array') {
          if (schema.maxItems === undefined)
            problems.push(`${where}: no maxItems`);
          if (!bounded(resolve(schema.items)))
            problems.push(`${where}: unbounded items`);
        } else if (!bounded(schema)) {
          problems.push(`${where}: unbounded`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('states the limits the service enforces', () => {
    const body = (operationId: string) => {
      const op = operations().find(o => o.op.operationId === operationId)!.op;
      return resolve(op.requestBody.content['application/json'].schema);
    };
    const request = body('RequestEngagement').properties;
    expect(request.solutionName.maxLength).toBe(LIMITS.solutionName);
    expect(request.description.maxLength).toBe(LIMITS.description);
    expect(body('AddNote').properties.body.maxLength).toBe(LIMITS.note);
    const decision = body('DecideEngagement').properties;
    expect(decision.comment.maxLength).toBe(LIMITS.comment);
    expect(resolve(decision.decision).enum).toEqual([...DECISIONS]);
    expect(resolve(decision.reason).enum.sort()).toEqual(
      [
        ...new Set([...SEND_BACK_REASONS, ...CLOSE_REASONS, ...HOLD_REASONS]),
      ].sort(),
    );
    const evidence = body('SetChecklistItem').properties.evidence.properties;
    expect(evidence.url.maxLength).toBe(LIMITS.url);
    expect(evidence.label.maxLength).toBe(LIMITS.evidenceLabel);
    const limit = resolve(spec.components.parameters.limit).schema;
    expect([limit.default, limit.maximum]).toEqual([
      LIMITS.pageSize.default,
      LIMITS.pageSize.max,
    ]);
  });

  it('refuses unknown body fields and non-http evidence in its request schemas', () => {
    const pointer = [
      'paths',
      '/engagements/{engagementId}/checklist/{itemId}',
      'post',
      'requestBody',
      'content',
      'application/json',
      'schema',
    ]
      .map(part => part.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/');
    const validate = ajv().compile({ $ref: `lab#/${pointer}` });
    expect(
      validate({ checked: true, evidence: { url: 'https://a.example/x' } }),
    ).toBe(true);
    expect(
      // eslint-disable-next-line no-script-url
      // eslint-disable-next-line no-script-url -- the link must be refused
      validate({ checked: true, evidence: { url: 'javascript:alert(1)' } }),
    ).toBe(false);
    expect(validate({ checked: true, extra: 1 })).toBe(false);
  });
});

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

describe('responses match openapi.yaml', () => {
  it('for what the service returns', async () => {
    const [databaseId] = databases.eachSupportedId().map(([id]) => id);
    const testbed = await createTestbed(databases, databaseId);
    const validator = ajv();
    const check = (schema: string, value: unknown) => {
      const validate = validator.compile({
        $ref: `lab#/components/schemas/${schema}`,
      });
      const ok = validate(JSON.parse(JSON.stringify(value)));
      expect([schema, ok ? [] : validate.errors]).toEqual([schema, []]);
    };

    check('Playbook', testbed.service.listPlaybooks()[0]);
    check('Playbook', testbed.service.listPlaybooks()[1]);
    const created = await testbed.service.requestEngagement(actors.carla, {
      playbookId: 'partner-led-customer-success',
      path: 'collaborate',
      solutionName: 'Joint success',
    });
    check('EngagementDetail', created);
    // The check can fail: an undocumented field is caught.
    const strict = validator.compile({
      $ref: 'lab#/components/schemas/EngagementDetail',
    });
    expect(strict({ ...JSON.parse(JSON.stringify(created)), score: 1 })).toBe(
      false,
    );
    await testbed.service.assign(actors.erin, created.id, {
      expertRef: actors.erin.userRef,
    });
    await testbed.service.addNote(actors.erin, created.id, {
      body: 'Internal',
      visibility: 'internal',
    });
    await passStage(testbed, actors.erin, created.id);
    testbed.clock.advanceDays(2);
    const detail = await testbed.service.getEngagement(actors.erin, created.id);
    check('EngagementDetail', detail);
    const decided = await testbed.service.decide(actors.erin, created.id, {
      decision: 'close',
      reason: 'no-response',
      expectedVersion: detail.version,
    });
    check('EngagementDetail', decided);
    const page = await testbed.service.listEngagements(actors.paul, {});
    for (const item of page.items) check('EngagementSummary', item);
    check(
      'Note',
      await testbed.service.addNote(actors.carla, created.id, { body: 'Hi' }),
    );
    check(
      'Funnel',
      await testbed.service.getFunnel(actors.paul, {
        playbookId: 'partner-led-customer-success',
      }),
    );
    for (const stage of await testbed.service.listPartnerStages([
      created.partnerRef,
    ])) {
      check('PartnerStage', stage);
    }
  });
});
