#!/usr/bin/env node
/*
 * One source of truth per API: each backend plugin's `src/schema/openapi.yaml`.
 * From it this script generates, for every backend plugin that has one,
 *
 * - `<plugin>/src/schema/openapi.generated.ts`: the document as a constant,
 *   which the router's request validator (partner-studio-node's
 *   OpenApiRequestValidator) compiles;
 * - `plugins/partner-studio-common/src/api/<pluginId>.generated.ts`: the
 *   TypeScript types of paths, operations and schemas (openapi-typescript),
 *   which the router and the frontend client both use.
 *
 * A schema of the document may instead name a TypeScript type of a
 * workspace package that defines it (`x-typescript: '@partner-studio/scoring#Standing'`,
 * e.g. the scoring engine's output): it is then generated from that type
 * (ts-json-schema-generator), so the engine's type stays the one definition.
 *
 *   node scripts/generate-openapi.mjs          write the files
 *   node scripts/generate-openapi.mjs --check  fail if a file is out of date
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { createGenerator } from 'ts-json-schema-generator';
import { parse, stringify } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const HEADER = `// *******************************************************************
// * Generated from src/schema/openapi.yaml by scripts/generate-openapi.mjs.
// * Do not edit: change the OpenAPI document and run yarn generate:openapi.
// *******************************************************************
`;

function camel(pluginId) {
  return pluginId.replace(/-(\w)/g, (_, c) => c.toUpperCase());
}

/** Workspace package name → its TypeScript entry point. */
function workspaceEntries() {
  const entries = new Map();
  for (const group of ['packages', 'plugins']) {
    for (const dir of readdirSync(join(root, group))) {
      const file = join(root, group, dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.types) entries.set(pkg.name, join(root, group, dir, pkg.types));
    }
  }
  return entries;
}

const generators = new Map();
function schemaOfType(reference) {
  const [pkg, type] = reference.split('#');
  const entry = workspaceEntries().get(pkg);
  if (!entry || !type) {
    throw new Error(`x-typescript: cannot resolve ${reference}`);
  }
  let generator = generators.get(entry);
  if (!generator) {
    generator = createGenerator({
      path: entry,
      tsconfig: join(root, 'tsconfig.json'),
      skipTypeCheck: true,
      expose: 'export',
      topRef: true,
      jsDoc: 'basic',
      additionalProperties: false,
    });
    generators.set(entry, generator);
  }
  return generator.createSchema(type);
}

/** JSON Schema (draft-07, as generated) → an OpenAPI 3.0 schema object. */
function toOpenApi(value) {
  if (Array.isArray(value)) return value.map(toOpenApi);
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '$schema' || key === 'definitions') continue;
    if (key === '$ref' && typeof item === 'string') {
      out.$ref = item.replace('#/definitions/', '#/components/schemas/');
    } else if (key === 'const') {
      out.enum = [item];
    } else if (key === 'type' && Array.isArray(item)) {
      const types = item.filter(t => t !== 'null');
      out.type = types.length === 1 ? types[0] : types;
      if (types.length !== item.length) out.nullable = true;
    } else {
      out[key] = toOpenApi(item);
    }
  }
  return out;
}

/** Replaces `x-typescript` schemas by schemas generated from their types. */
function expandTypeScriptSchemas(document) {
  const schemas = document.components?.schemas ?? {};
  const generated = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const reference = schema?.['x-typescript'];
    if (!reference) continue;
    const { definitions = {}, $ref } = schemaOfType(reference);
    for (const [defName, definition] of Object.entries(definitions)) {
      const converted = toOpenApi(definition);
      const key =
        defName === $ref?.replace('#/definitions/', '') ? name : defName;
      if (key !== defName) {
        throw new Error(
          `x-typescript ${reference}: name the schema ${defName}, as the type is named`,
        );
      }
      const clash = schemas[key] && !schemas[key]['x-typescript'];
      if (
        clash ||
        (generated[key] && stringify(generated[key]) !== stringify(converted))
      ) {
        throw new Error(
          `x-typescript ${reference}: schema ${key} is defined twice; remove the hand-written one`,
        );
      }
      generated[key] = converted;
    }
  }
  for (const [name, schema] of Object.entries(schemas)) {
    const reference = schema?.['x-typescript'];
    if (reference) {
      generated[name] = {
        ...generated[name],
        description: `${
          generated[name].description
            ? `${generated[name].description}\n\n`
            : ''
        }Generated from the TypeScript type ${reference}.`,
      };
    }
  }
  return {
    ...document,
    components: {
      ...document.components,
      schemas: { ...schemas, ...generated },
    },
  };
}

async function format(file, text) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

const outputs = [];
for (const dir of readdirSync(join(root, 'plugins')).sort()) {
  const specFile = join(root, 'plugins', dir, 'src/schema/openapi.yaml');
  if (!existsSync(specFile)) continue;
  const pkg = JSON.parse(
    readFileSync(join(root, 'plugins', dir, 'package.json'), 'utf8'),
  );
  const pluginId = pkg.backstage?.pluginId;
  if (!pluginId)
    throw new Error(`${dir}/package.json has no backstage.pluginId`);
  const document = expandTypeScriptSchemas(
    parse(readFileSync(specFile, 'utf8')),
  );

  const specOut = join(root, 'plugins', dir, 'src/schema/openapi.generated.ts');
  outputs.push({
    file: specOut,
    text: await format(
      specOut,
      `${HEADER}import type { OpenApiDocument } from '@partner-studio/plugin-partner-studio-node';

/** The ${pluginId} OpenAPI document (src/schema/openapi.yaml). */
export const spec: OpenApiDocument = ${JSON.stringify(document, null, 2)};
`,
    ),
  });

  const typesOut = join(
    root,
    'plugins/partner-studio-common/src/api',
    `${camel(pluginId)}.generated.ts`,
  );
  const ast = await openapiTS(document, {
    alphabetize: false,
    exportType: false,
  });
  outputs.push({
    file: typesOut,
    text: await format(
      typesOut,
      `${HEADER.replace(
        'src/schema/openapi.yaml',
        `plugins/${dir}/src/schema/openapi.yaml`,
      )}/* eslint-disable */
${astToString(ast)}`,
    ),
  });
}

let stale = 0;
for (const { file, text } of outputs) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale++;
    process.stderr.write(`out of date: ${relative(root, file)}\n`);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    process.stdout.write(`wrote ${relative(root, file)}\n`);
  }
}
if (stale > 0) {
  process.stderr.write(
    'The generated API files do not match the OpenAPI documents; run yarn generate:openapi and commit the result.\n',
  );
  process.exit(1);
}
