import { InputError } from '@backstage/errors';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Request } from 'express';
import { findIllFormedString } from './wellFormed';

/**
 * The parts of an OpenAPI 3.0 document the validator reads.
 *
 * @public
 */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; [part: string]: unknown };
  [field: string]: unknown;
}

/**
 * The shape of one entry of the `operations` interface that
 * `openapi-typescript` generates from the same document.
 *
 * @public
 */
export interface OpenApiOperationShape {
  parameters: { query?: unknown; path?: unknown };
  requestBody?: { content: { 'application/json': unknown } };
}

/** @public */
export type OperationQuery<Op> = Op extends {
  parameters: { query?: infer Q };
}
  ? [Q] extends [never | undefined]
    ? Record<string, never>
    : NonNullable<Q>
  : Record<string, never>;

/** @public */
export type OperationPath<Op> = Op extends { parameters: { path?: infer P } }
  ? [P] extends [never | undefined]
    ? Record<string, never>
    : NonNullable<P>
  : Record<string, never>;

/** @public */
export type OperationBody<Op> = Op extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}

interface CompiledOperation {
  query: ValidateFunction;
  queryNames: string[];
  path: ValidateFunction;
  body?: ValidateFunction;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

const FORMAT_EXAMPLES: Record<string, string> = {
  'date-time':
    'an ISO 8601 date-time with a time zone, e.g. 2026-01-31T09:00:00Z',
  date: 'a calendar date, e.g. 2026-01-31',
  uri: 'an absolute URL',
  email: 'an e-mail address',
};

/**
 * Validates requests against the operation of the plugin's OpenAPI
 * document, so the document, the router's validation and the client's types
 * (generated from the same document) cannot disagree.
 *
 * - Path and query parameters are coerced to their documented types; an
 *   undocumented query parameter is refused, as is an impossible date
 *   (`2026-02-31`) for a `date`/`date-time` parameter.
 * - Bodies are validated without coercion.
 * - Strings that are not well-formed Unicode are refused everywhere.
 * - Every problem is listed in one `InputError` (400), each with its path
 *   (`query.limit: must be at most 1000`); nothing of the input is echoed.
 *
 * @public
 */
export class OpenApiRequestValidator<Operations> {
  readonly #operations = new Map<string, CompiledOperation>();

  static fromDocument<Operations>(
    document: OpenApiDocument,
  ): OpenApiRequestValidator<Operations> {
    return new OpenApiRequestValidator<Operations>(document);
  }

  private constructor(document: OpenApiDocument) {
    const options = { strict: false, allErrors: true } as const;
    const parameterAjv = new Ajv({
      ...options,
      coerceTypes: 'array',
      useDefaults: true,
    });
    const bodyAjv = new Ajv({ ...options, coerceTypes: false });
    for (const ajv of [parameterAjv, bodyAjv]) {
      addFormats(ajv, { mode: 'full' });
      ajv.addSchema(
        {
          $id: 'openapi',
          components: {
            schemas: rewriteRefs(document.components?.schemas ?? {}),
          },
        },
        'openapi',
      );
    }

    for (const item of Object.values(document.paths)) {
      const resolve = (p: Parameter | { $ref: string }): Parameter =>
        '$ref' in p ? resolveRef<Parameter>(document, p.$ref) : p;
      const shared = (
        (item.parameters ?? []) as Array<Parameter | { $ref: string }>
      ).map(resolve);
      for (const method of METHODS) {
        const operation = item[method] as
          | {
              operationId?: string;
              parameters?: Array<Parameter | { $ref: string }>;
              requestBody?: {
                content?: Record<string, { schema?: unknown }>;
              };
            }
          | undefined;
        if (!operation?.operationId) continue;
        const parameters = [
          ...shared,
          ...(operation.parameters ?? []).map(resolve),
        ];
        const objectSchema = (where: 'query' | 'path', closed: boolean) => {
          const own = parameters.filter(p => p.in === where);
          return {
            type: 'object',
            properties: Object.fromEntries(
              own.map(p => [p.name, rewriteRefs(p.schema ?? {})]),
            ),
            required: own.filter(p => p.required).map(p => p.name),
            additionalProperties: !closed,
          };
        };
        const bodySchema =
          operation.requestBody?.content?.['application/json']?.schema;
        this.#operations.set(operation.operationId, {
          query: parameterAjv.compile(objectSchema('query', true)),
          queryNames: parameters.filter(p => p.in === 'query').map(p => p.name),
          // Express also puts unnamed wildcard params in req.params.
          path: parameterAjv.compile(objectSchema('path', false)),
          ...(bodySchema
            ? { body: bodyAjv.compile(rewriteRefs(bodySchema) as object) }
            : {}),
        });
      }
    }
  }

  /** The path parameters of the operation, validated and typed. */
  params<K extends keyof Operations & string>(
    operationId: K,
    req: Request,
  ): OperationPath<Operations[K]> {
    const operation = this.#operation(operationId);
    const value = { ...req.params };
    this.#check(operation.path, value, 'path', []);
    return value as OperationPath<Operations[K]>;
  }

  /** The query parameters of the operation, validated and typed. */
  query<K extends keyof Operations & string>(
    operationId: K,
    req: Request,
  ): OperationQuery<Operations[K]> {
    const operation = this.#operation(operationId);
    const value = { ...(req.query as Record<string, unknown>) };
    this.#check(operation.query, value, 'query', operation.queryNames);
    return value as OperationQuery<Operations[K]>;
  }

  /** A parsed JSON body for the operation, validated and typed. */
  body<K extends keyof Operations & string>(
    operationId: K,
    body: unknown,
  ): OperationBody<Operations[K]> {
    const operation = this.#operation(operationId);
    if (!operation.body) {
      throw new Error(`Operation ${operationId} takes no JSON body`);
    }
    this.#check(operation.body, body, 'body', []);
    return body as OperationBody<Operations[K]>;
  }

  #operation(operationId: string): CompiledOperation {
    const operation = this.#operations.get(operationId);
    if (!operation) {
      throw new Error(`No operation ${operationId} in the OpenAPI document`);
    }
    return operation;
  }

  #check(
    validate: ValidateFunction,
    value: unknown,
    where: 'path' | 'query' | 'body',
    knownNames: string[],
  ) {
    const illFormed = findIllFormedString(value, where);
    if (illFormed) {
      throw new InputError(
        `Invalid request. ${illFormed}: is not well-formed Unicode (it holds a lone surrogate)`,
      );
    }
    if (validate(value)) return;
    const problems = (validate.errors ?? []).map(error =>
      describe(error, where, knownNames),
    );
    throw new InputError(
      `Invalid request. ${[...new Set(problems)].join('; ')}`,
    );
  }
}

/** Follows a local `$ref` (`#/components/parameters/limit`). */
function resolveRef<T>(document: OpenApiDocument, ref: string): T {
  if (!ref.startsWith('#/')) {
    throw new Error(`Only local $refs are supported, not ${ref}`);
  }
  let node: unknown = document;
  for (const segment of ref.slice(2).split('/')) {
    node =
      node && typeof node === 'object'
        ? (node as Record<string, unknown>)[segment]
        : undefined;
  }
  if (!node) throw new Error(`Unresolved $ref ${ref}`);
  return node as T;
}

/** `#/components/schemas/X` → `openapi#/components/schemas/X`. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === '$ref' && typeof item === 'string' && item.startsWith('#/')
          ? `openapi${item}`
          : rewriteRefs(item),
      ]),
    );
  }
  return value;
}

function joinPath(where: string, instancePath: string): string {
  let out = where;
  for (const segment of instancePath.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(key) ? `[${key}]` : `.${key}`;
  }
  return out;
}

function describe(
  error: ErrorObject,
  where: 'path' | 'query' | 'body',
  knownNames: string[],
): string {
  const path = joinPath(where, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      if (where === 'query') {
        return `${path}.${name}: unknown parameter; this endpoint takes ${
          knownNames.length > 0 ? knownNames.join(', ') : 'no query parameters'
        }`;
      }
      return `${path}.${name}: unknown field`;
    }
    case 'required':
      return `${path}.${String(params.missingProperty)}: is required`;
    case 'type': {
      const type = String(params.type);
      const described: Record<string, string> = {
        integer: 'an integer',
        number: 'a number',
        boolean: 'true or false',
        string: 'a string',
        array: 'a list',
        object: 'an object',
      };
      return `${path}: must be ${described[type] ?? type}`;
    }
    case 'maximum':
      return `${path}: must be at most ${params.limit}`;
    case 'exclusiveMaximum':
      return `${path}: must be less than ${params.limit}`;
    case 'minimum':
      return `${path}: must be at least ${params.limit}`;
    case 'exclusiveMinimum':
      return `${path}: must be more than ${params.limit}`;
    case 'maxLength':
      return `${path}: must be at most ${params.limit} characters`;
    case 'minLength':
      return Number(params.limit) === 1
        ? `${path}: must not be empty`
        : `${path}: must be at least ${params.limit} characters`;
    case 'maxItems':
      return `${path}: must have at most ${params.limit} items`;
    case 'minItems':
      return `${path}: must have at least ${params.limit} items`;
    case 'enum':
      return `${path}: must be one of ${(params.allowedValues as unknown[])
        .map(v => String(v))
        .join(', ')}`;
    case 'format':
      return `${path}: must be ${
        FORMAT_EXAMPLES[String(params.format)] ?? `in ${params.format} format`
      }`;
    case 'pattern':
      return `${path}: does not have the expected form (${params.pattern})`;
    default:
      return `${path}: ${error.message ?? 'is not valid'}`;
  }
}
