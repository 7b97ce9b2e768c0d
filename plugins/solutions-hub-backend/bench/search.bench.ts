/*
 * Benchmark of the Solutions Hub's tool search against the catalog, side by
 * side in one run, over real HTTP on loopback (127.0.0.1):
 *
 *   - one backend with the real catalog backend (and the Tool kind's catalog
 *     module), fed TOOLS synthetic Tool entities by an entity provider, and
 *     the Solutions Hub backend, whose index syncs from that catalog;
 *   - a mix of searches (full text, prefix while typing, typos, facet
 *     filters, text and facets, sorts), each asked of the Hub's
 *     `GET /api/solutions-hub/tools` and of the catalog's
 *     `GET /api/catalog/entities/by-query` with the same filter over the same
 *     entities (20 per page, total count included), one request in flight,
 *     as a program admin (everything visible on both sides);
 *   - p50/p95/p99 per kind and overall for each, and the ratio catalog / Hub
 *     (target: Hub p95 at least 10× faster).
 *
 * The catalog's full-text filter is a case-insensitive substring match
 * (no ranking, no typo tolerance), so the result counts of text searches
 * differ; both are printed. The Hub's answer also carries every facet's
 * counts, which by-query does not compute.
 *
 * Auth, the permission decisions (allow) and the partner directory are the
 * in-process doubles of @backstage/backend-test-utils; the HTTP server,
 * routers, databases (SQLite in memory, one per plugin), scheduler, catalog
 * and Hub are the real ones.
 *
 * The Hub's catalog sync runs on its default schedule (every 30 s), also
 * during the timed rounds, as in a portal. Each pass lists every tool's ref
 * and etag from the catalog (at 20,000 tools, 40 requests, about 2 s); an
 * earlier 5 s schedule made the passes run back to back, which slowed the
 * catalog's processing (24 min instead of 8 for 20,000 tools) and its
 * queries, and put the passes' work into the Hub's timed requests.
 *
 * Run: `yarn bench` in this package. Environment: TOOLS (default 20000),
 * ROUNDS (default 10).
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import catalogModuleSolutionsHub from '@partner-studio/plugin-catalog-backend-module-solutions-hub';
import {
  DefaultPartnerDirectoryService,
  partnerDirectoryServiceRef,
} from '@partner-studio/plugin-partner-studio-node';
import {
  personas,
  testOrganization,
  testOrganizationConfig,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { solutionsHubPlugin } from '../src/plugin';
import { syntheticTools } from '../src/__testUtils__/tools';
import type { IndexedTool } from '../src/search/types';

const env = (name: string, fallback: number) =>
  process.env[name] ? Number(process.env[name]) : fallback;

const TOOLS = env('TOOLS', 20_000);
const ROUNDS = env('ROUNDS', 10);
const PAGE = 20;

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** One search, as the Hub's query string and as the catalog's. */
interface BenchQuery {
  hub: string;
  catalog: string;
}

const TEXT_FIELDS = 'metadata.title,metadata.description,metadata.tags';
const text = (term: string) =>
  `fullTextFilterTerm=${encodeURIComponent(
    term,
  )}&fullTextFilterFields=${TEXT_FIELDS}`;
const KIND = 'filter=kind=tool';

const QUERIES: Record<string, BenchQuery[]> = {
  'full text': [
    { hub: 'q=cluster', catalog: `${KIND}&${text('cluster')}` },
    { hub: 'q=gateway', catalog: `${KIND}&${text('gateway')}` },
    { hub: 'q=recovery', catalog: `${KIND}&${text('recovery')}` },
  ],
  'prefix (typing)': [
    { hub: 'q=ku', catalog: `${KIND}&${text('ku')}` },
    { hub: 'q=net', catalog: `${KIND}&${text('net')}` },
    { hub: 'q=tena', catalog: `${KIND}&${text('tena')}` },
  ],
  typo: [
    { hub: 'q=recovry', catalog: `${KIND}&${text('recovry')}` },
    { hub: 'q=firewal', catalog: `${KIND}&${text('firewal')}` },
  ],
  'facets only': [
    { hub: 'category=sdk', catalog: `${KIND},spec.category=sdk` },
    {
      hub: 'category=api&category=sandbox&businessModel=solution-builder',
      catalog: `${KIND},spec.category=api,spec.category=sandbox,spec.businessModels=solution-builder`,
    },
    {
      hub: 'stage=solution-development/validate&supportLevel=vendor-supported',
      catalog: `${KIND},spec.labStages=solution-development/validate,spec.supportLevel=vendor-supported`,
    },
    {
      hub: 'tag=go&tag=python',
      catalog: `${KIND},metadata.tags=go,metadata.tags=python`,
    },
  ],
  'text + facets': [
    {
      hub: 'q=cluster&category=sdk&category=api',
      catalog: `${KIND},spec.category=sdk,spec.category=api&${text('cluster')}`,
    },
    {
      hub: 'q=metrics&stage=solution-development/build',
      catalog: `${KIND},spec.labStages=solution-development/build&${text(
        'metrics',
      )}`,
    },
  ],
  sorts: [
    { hub: 'sort=name', catalog: `${KIND}&orderField=metadata.title,asc` },
    {
      hub: 'sort=newest',
      catalog: `${KIND}&orderField=spec.publishedAt,desc`,
    },
    {
      hub: 'q=network&sort=name',
      catalog: `${KIND}&${text('network')}&orderField=metadata.title,asc`,
    },
  ],
};

/** A synthetic tool as the catalog holds it. */
function toolEntity(tool: IndexedTool): Entity {
  return {
    apiVersion: 'partner-studio.io/v1alpha1',
    kind: 'Tool',
    metadata: {
      name: tool.name,
      namespace: tool.namespace,
      title: tool.title,
      description: tool.description,
      tags: tool.tags,
      annotations: {
        'backstage.io/managed-by-location': 'url:https://bench.example/tools',
        'backstage.io/managed-by-origin-location':
          'url:https://bench.example/tools',
      },
    },
    spec: tool.spec,
  };
}

/** Feeds the catalog the synthetic tools, once, as a full mutation. */
function benchToolsProvider(entities: Entity[]) {
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'bench-tools',
    register(reg) {
      reg.registerInit({
        deps: { processing: catalogProcessingExtensionPoint },
        async init({ processing }) {
          processing.addEntityProvider({
            getProviderName: () => 'bench-tools',
            connect: async connection => {
              await connection.applyMutation({
                type: 'full',
                entities: entities.map(entity => ({
                  entity,
                  locationKey: 'bench-tools',
                })),
              });
            },
          });
        },
      });
    },
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function startBackend(entities: Entity[]) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const backend = createBackend();
  backend.add(
    mockServices.rootConfig.factory({
      data: {
        ...testOrganizationConfig,
        backend: {
          baseUrl,
          listen: { host: '127.0.0.1', port },
          database: { client: 'better-sqlite3', connection: ':memory:' },
        },
        catalog: {
          rules: [{ allow: ['Tool', 'User', 'Group', 'Location'] }],
          processingInterval: { minutes: 30 },
        },
      },
    }),
  );
  backend.add(mockServices.rootLogger.factory({ level: 'warn' }));
  backend.add(mockServices.auth.factory());
  backend.add(mockServices.httpAuth.factory());
  backend.add(mockServices.userInfo.factory());
  backend.add(
    mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
  );
  // Who is who (Paul is a program admin) from the test organisation; the
  // tools come from the real catalog.
  backend.add(
    createServiceFactory({
      service: partnerDirectoryServiceRef,
      deps: {
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      factory: deps =>
        DefaultPartnerDirectoryService.create({
          ...deps,
          catalog: catalogServiceMock({ entities: testOrganization }),
        }),
    }),
  );
  backend.add(catalogPlugin);
  backend.add(catalogModuleSolutionsHub);
  backend.add(benchToolsProvider(entities));
  backend.add(solutionsHubPlugin);
  await backend.start();
  return { backend, baseUrl };
}

async function getJson(
  url: string,
  header: string,
): Promise<{ ms: number; body: Record<string, unknown> }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Authorization: header } });
  const body = (await response.json()) as Record<string, unknown>;
  const ms = performance.now() - started;
  if (!response.ok) {
    throw new Error(
      `${url} answered ${response.status}: ${JSON.stringify(body)}`,
    );
  }
  return { ms, body };
}

async function waitFor(
  what: string,
  check: () => Promise<number>,
  target: number,
): Promise<number> {
  const started = performance.now();
  let lastReport = started;
  for (;;) {
    let problem = '';
    const count = await check().catch(error => {
      problem = ` (${error.message})`;
      return 0;
    });
    if (count >= target) return performance.now() - started;
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      log(`  ${what}: ${count} of ${target}${problem}`);
    }
    if (performance.now() - started > 30 * 60_000) {
      throw new Error(`${what}: ${count} of ${target} after 30 minutes`);
    }
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
}

interface Figures {
  p50: number;
  p95: number;
  p99: number;
}

function figures(durations: number[]): Figures {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
  };
}

const ms = (value: number) => value.toFixed(2).padStart(8);

async function main() {
  log(
    `Solutions Hub search vs catalog /entities/by-query: ${TOOLS} tools, ${ROUNDS} rounds, ${PAGE} per page`,
  );
  const entities = syntheticTools(TOOLS).map(toolEntity);
  const startedAt = performance.now();
  const { backend, baseUrl } = await startBackend(entities);
  const admin = mockCredentials.user.header(personas.paul.userEntityRef);
  const hubUrl = (query: string) =>
    `${baseUrl}/api/solutions-hub/tools?limit=${PAGE}&${query}`;
  const catalogUrl = (query: string) =>
    `${baseUrl}/api/catalog/entities/by-query?limit=${PAGE}&${query}`;

  try {
    const catalogMs = await waitFor(
      'catalog processing',
      async () =>
        Number(
          (
            await getJson(catalogUrl(`${KIND}&fields=metadata.name`), admin)
          ).body.totalItems,
        ),
      TOOLS,
    );
    log(
      `catalog: ${TOOLS} tools processed and stitched in ${(
        (performance.now() - startedAt) /
        1000
      ).toFixed(0)} s (${(catalogMs / 1000).toFixed(0)} s after start)`,
    );
    const hubMs = await waitFor(
      'Hub sync',
      async () => Number((await getJson(hubUrl('q='), admin)).body.totalCount),
      TOOLS,
    );
    log(`Hub: index in sync ${(hubMs / 1000).toFixed(1)} s later`);

    // What setting up left on the heap (the catalog's processing, the
    // index's build) is collected before either side is timed.
    globalThis.gc?.();

    // Warm up both sides.
    for (const queries of Object.values(QUERIES)) {
      for (const query of queries) {
        await getJson(hubUrl(query.hub), admin);
        await getJson(catalogUrl(query.catalog), admin);
      }
    }

    const allHub: number[] = [];
    const allCatalog: number[] = [];
    log('');
    log(
      'kind                 |  Hub p50   p95      p99     results | catalog p50  p95      p99     results | p95 ratio',
    );
    for (const [kind, queries] of Object.entries(QUERIES)) {
      const hub: number[] = [];
      const catalog: number[] = [];
      let hubResults = 0;
      let catalogResults = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (const query of queries) {
          // Alternate which side goes first, so neither gets the warmer cache.
          const order =
            round % 2 === 0 ? ['hub', 'catalog'] : ['catalog', 'hub'];
          for (const side of order) {
            if (side === 'hub') {
              const answer = await getJson(hubUrl(query.hub), admin);
              hub.push(answer.ms);
              hubResults = Number(answer.body.totalCount);
            } else {
              const answer = await getJson(catalogUrl(query.catalog), admin);
              catalog.push(answer.ms);
              catalogResults = Number(answer.body.totalItems);
            }
          }
        }
      }
      allHub.push(...hub);
      allCatalog.push(...catalog);
      const h = figures(hub);
      const c = figures(catalog);
      log(
        `${kind.padEnd(20)} | ${ms(h.p50)} ${ms(h.p95)} ${ms(h.p99)} ${String(
          hubResults,
        ).padStart(7)} | ${ms(c.p50)} ${ms(c.p95)} ${ms(c.p99)} ${String(
          catalogResults,
        ).padStart(7)} | ${(c.p95 / h.p95).toFixed(1).padStart(6)}x`,
      );
    }
    const h = figures(allHub);
    const c = figures(allCatalog);
    log('');
    log(
      `all searches (${allHub.length} each side, last kind's result counts above):`,
    );
    log(
      `  Hub      GET /api/solutions-hub/tools        p50 ${h.p50.toFixed(
        2,
      )} ms   p95 ${h.p95.toFixed(2)} ms   p99 ${h.p99.toFixed(2)} ms`,
    );
    log(
      `  catalog  GET /api/catalog/entities/by-query  p50 ${c.p50.toFixed(
        2,
      )} ms   p95 ${c.p95.toFixed(2)} ms   p99 ${c.p99.toFixed(2)} ms`,
    );
    const ratio = c.p95 / h.p95;
    log(
      `  ratio catalog/Hub: p50 ${(c.p50 / h.p50).toFixed(
        1,
      )}x, p95 ${ratio.toFixed(1)}x (target: at least 10x) — ${
        ratio >= 10 ? 'met' : 'NOT met'
      }`,
    );
  } finally {
    await backend.stop();
  }
}

main().then(
  () => process.exit(0),
  error => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
