/*
 * Benchmark of the partner points backend on PostgreSQL, over real HTTP on
 * loopback (127.0.0.1):
 *
 *   1. ingestion throughput: PARTNERS partners × EVENTS events posted to
 *      POST /events in batches of BATCH (one request in flight);
 *   2. GET /partners/:id/standing p50/p99 with CONCURRENCY concurrent
 *      keep-alive connections, on a fresh replica (cold cache: first read of
 *      each partner evaluates it) and again on the same replica (warm);
 *   3. ingestion → signal latency: a real WebSocket client subscribed to the
 *      signals backend as a partner member; time from sending POST /events
 *      to the signal arriving.
 *
 * Run: `yarn bench` in this package. Environment:
 *   BENCH_PG           admin connection string (default postgresql://postgres:postgres@localhost:5432)
 *   PARTNERS, EVENTS, BATCH, REQUESTS, CONCURRENCY, SIGNALS   sizes (defaults below)
 *
 * Auth, catalog, permissions and the events bus are the in-process test
 * doubles of @backstage/backend-test-utils; the HTTP server, routers,
 * database, plugin and signals backend are the real ones.
 */
import { createBackend } from '@backstage/backend-defaults';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  catalogServiceRef,
  type CatalogService,
} from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import signalsPlugin from '@backstage/plugin-signals-backend';
import { BUSINESS_MODEL_IDS, DAY_MS } from '@partner-studio/scoring';
import knexFactory, { Knex } from 'knex';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import WebSocket from 'ws';
import { partnerPointsPlugin } from '../src/plugin';
import { createSeededRandom } from '@partner-studio/plugin-partner-studio-node';

const env = (name: string, fallback: number) =>
  process.env[name] ? Number(process.env[name]) : fallback;

const ADMIN_PG =
  process.env.BENCH_PG ?? 'postgresql://postgres:postgres@localhost:5432';
const PARTNERS = env('PARTNERS', 10_000);
const EVENTS = env('EVENTS', 1_000_000);
const BATCH = env('BATCH', 10_000);
const REQUESTS = env('REQUESTS', 20_000);
const CONCURRENCY = env('CONCURRENCY', 64);
const SIGNALS = env('SIGNALS', 20);

const TARGET_P99_MS = 50;
const TARGET_EVENTS_PER_S = 20_000;
const TARGET_SIGNAL_MS = 1_000;
const DAY = DAY_MS;

const partnerId = (i: number) => `bench-partner-${String(i).padStart(5, '0')}`;
const memberRef = (i: number) =>
  `user:default/bench-user-${String(i).padStart(5, '0')}`;
const ADMIN = 'user:default/bench-admin';

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

function entities(): Entity[] {
  const list: Entity[] = [];
  for (let i = 0; i < PARTNERS; i++) {
    list.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: partnerId(i),
        namespace: 'default',
        annotations: {
          'partner-studio.io/business-models': [
            BUSINESS_MODEL_IDS[i % 4],
            BUSINESS_MODEL_IDS[(i + 1) % 4],
          ].join(','),
          'partner-studio.io/admitted-at': '2020-01-01',
        },
      },
      spec: { type: 'partner', children: [] },
      relations: [{ type: 'hasMember', targetRef: memberRef(i) }],
    });
  }
  list.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'program-admins', namespace: 'default' },
    spec: { type: 'program-admins', children: [] },
    relations: [{ type: 'hasMember', targetRef: ADMIN }],
  });
  return list;
}

/** The k-th event of the run: partners in contiguous blocks, all event types. */
function benchEvent(k: number, now: number, random: () => number) {
  const perPartner = Math.max(1, Math.floor(EVENTS / PARTNERS));
  const p = Math.min(PARTNERS - 1, Math.floor(k / perPartner));
  const model = BUSINESS_MODEL_IDS[(p + (k % 2)) % 4];
  const base = {
    id: `bench-${k}`,
    partnerId: partnerId(p),
    occurredAt: new Date(
      now - Math.floor(random() * 700 + 1) * DAY,
    ).toISOString(),
  };
  const amount = Math.round(random() * 200_000);
  const customerId = `c-${p}-${k % 12}`;
  switch (k % 16) {
    case 0:
      return {
        ...base,
        type: 'opportunity_registered',
        businessModel: model,
        amount,
      };
    case 1:
      return {
        ...base,
        type: 'deal_won',
        businessModel: model,
        customerId,
        amount,
      };
    case 2:
      return { ...base, type: 'deal_influenced', businessModel: model, amount };
    case 3:
      return {
        ...base,
        type: 'renewal_booked',
        businessModel: model,
        customerId,
        amount,
      };
    case 4:
      return {
        ...base,
        type: 'upsell_booked',
        businessModel: model,
        customerId,
        amount,
      };
    case 5:
      return {
        ...base,
        type: 'licenses_purchased',
        businessModel: model,
        quantity: 100,
      };
    case 6:
      return {
        ...base,
        type: 'licenses_deployed',
        businessModel: model,
        quantity: 70,
      };
    case 7:
      return {
        ...base,
        type: 'consumption_reported',
        businessModel: 'cloud-solution-provider',
        amount,
      };
    case 8:
      return {
        ...base,
        type: 'service_days_delivered',
        businessModel: 'solution-services',
        quantity: 10,
      };
    case 9:
      return {
        ...base,
        type: 'managed_service_month',
        businessModel: model,
        customerId,
      };
    case 10:
      return {
        ...base,
        type: 'certification_earned',
        quantity: 2,
        attributes: { certification: `cert-${k % 5}` },
      };
    case 11:
      return {
        ...base,
        type: 'competency_earned',
        attributes: { competency: `comp-${k % 4}` },
      };
    case 12:
      return {
        ...base,
        type: 'specialization_earned',
        attributes: { specialization: 'cloud-native-apps' },
      };
    case 13:
      return {
        ...base,
        type: 'ignite_course_completed',
        attributes: { courseId: `course-${k % 14}` },
      };
    case 14:
      return {
        ...base,
        type: 'play_executed',
        attributes: {
          play: k % 3 ? 'velocity' : 'strategy',
          playId: `play-${k % 6}`,
        },
      };
    default:
      return {
        ...base,
        type: 'lab_stage_completed',
        businessModel: model,
        attributes: { stage: `stage-${k % 5}` },
      };
  }
}

/**
 * A catalog stand-in that answers the partner directory's two queries from
 * a list, with offset cursors. (The in-memory test catalog re-indexes every
 * entity on each page, which at 10,000 groups would measure itself.)
 */
function benchCatalog(list: Entity[]): CatalogService {
  const byRef = new Map<string, Entity>(
    list.map(e => [`group:default/${e.metadata.name}`, e] as const),
  );
  const stub: Partial<CatalogService> = {
    async queryEntities(request) {
      const offset =
        request && 'cursor' in request ? Number(request.cursor) : 0;
      const limit = request?.limit ?? list.length;
      const items = list.slice(offset, offset + limit);
      return {
        items,
        totalItems: list.length,
        pageInfo:
          offset + limit < list.length
            ? { nextCursor: String(offset + limit) }
            : {},
      };
    },
    async getEntitiesByRefs(request) {
      return { items: request.entityRefs.map(ref => byRef.get(ref)) };
    },
  };
  return stub as CatalogService;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === 'object' && address ? address.port : 0),
      );
    });
  });
}

async function startReplica(knex: Knex, catalog: Entity[]) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The real backend (HTTP server, routers, WebSockets) with test doubles for
  // auth, catalog, permissions and the scheduler.
  const backend = createBackend();
  backend.add(
    mockServices.rootConfig.factory({
      data: { backend: { baseUrl, listen: { host: '127.0.0.1', port } } },
    }),
  );
  backend.add(mockServices.rootLogger.factory({ level: 'warn' }));
  backend.add(mockServices.auth.factory());
  backend.add(mockServices.httpAuth.factory());
  backend.add(mockServices.userInfo.factory());
  backend.add(mockServices.database.factory({ knex }));
  // One in-process events bus per replica, shared by its plugins (signals).
  const bus = mockServices.events();
  backend.add(
    createServiceFactory({
      service: eventsServiceRef,
      deps: {},
      factory: () => bus,
    }),
  );
  // Scheduled tasks (snapshots, settle sweep) stay out of the measurements.
  backend.add(mockServices.scheduler.factory({ skipTaskRunOnStartup: true }));
  backend.add(
    mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
  );
  backend.add(
    createServiceFactory({
      service: catalogServiceRef,
      deps: {},
      factory: () => benchCatalog(catalog),
    }),
  );
  backend.add(partnerPointsPlugin);
  backend.add(signalsPlugin);
  await backend.start();
  return { backend, baseUrl };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1),
  );
  return sorted[index];
}

/**
 * The load generator runs in a worker thread, so that the client's HTTP and
 * decompression work does not share the server's event loop.
 */
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const http = require('node:http');
const { baseUrl, requests, concurrency, header, partners, seed } = workerData;
let a = seed >>> 0;
const random = () => {
  a = (a + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
// A lean keep-alive client (one socket per connection, as wrk would use):
// latency is the time to the response's last byte; the client does not
// inflate the gzip body, which is its own work, not the server's.
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const url = new URL(baseUrl);
function get(path) {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path,
        headers: { Authorization: header, 'Accept-Encoding': 'gzip' },
      },
      res => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}
const latencies = new Float64Array(requests);
let next = 0;
let errors = 0;
const started = performance.now();
Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < requests) {
    const n = next++;
    const id = 'bench-partner-' + String(Math.floor(random() * partners)).padStart(5, '0');
    const t0 = performance.now();
    const status = await get('/api/partner-points/partners/' + id + '/standing');
    latencies[n] = performance.now() - t0;
    if (status !== 200) errors++;
  }
})).then(() => {
  agent.destroy();
  parentPort.postMessage({ latencies, errors, elapsed: performance.now() - started });
});
`;

async function standingPass(
  baseUrl: string,
  seed: number,
): Promise<{ p50: number; p99: number; rps: number; errors: number }> {
  const worker = new Worker(LOAD_WORKER, {
    eval: true,
    workerData: {
      baseUrl,
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      header: mockCredentials.user.header(ADMIN),
      partners: PARTNERS,
      seed,
    },
  });
  const result = await new Promise<{
    latencies: Float64Array;
    errors: number;
    elapsed: number;
  }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const latencies = [...result.latencies].sort((x, y) => x - y);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: REQUESTS / (result.elapsed / 1000),
    errors: result.errors,
  };
}

async function waitSettled(knex: Knex, timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const [row] = await knex('partner_points_partners')
      .whereRaw('evaluated_revision < revision')
      .count({ n: '*' });
    if (Number(row.n) === 0) return performance.now() - started;
    if (performance.now() - started > timeoutMs) {
      throw new Error(
        `${row.n} partners still unsettled after ${timeoutMs} ms`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

async function main() {
  const dbName = `partner_points_bench_${process.pid}`;
  const admin = knexFactory({ client: 'pg', connection: ADMIN_PG });
  await admin.raw(`CREATE DATABASE ${dbName}`);
  const url = new URL(ADMIN_PG);
  url.pathname = `/${dbName}`;
  const knex = knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 2, max: 20 },
  });
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const { rows } = await knex.raw('select version() as v');
    log(`PostgreSQL: ${rows[0].v.split(',')[0]}; Node ${process.version}`);
    log(
      `Sizes: ${PARTNERS} partners, ${EVENTS} events in batches of ${BATCH}, ${REQUESTS} standing requests at concurrency ${CONCURRENCY}`,
    );
    const catalog = entities();
    const primary = await startReplica(knex, catalog);
    cleanups.push(() => primary.backend.stop());

    // 1. Ingestion.
    const now = Date.now();
    const generator = createSeededRandom(42);
    const random = () => generator.next();
    const service = { Authorization: mockCredentials.service.header() };
    let ingested = 0;
    let httpMs = 0;
    const ingestStart = performance.now();
    for (let offset = 0; offset < EVENTS; offset += BATCH) {
      const events = [];
      for (let k = offset; k < Math.min(EVENTS, offset + BATCH); k++) {
        events.push(benchEvent(k, now, random));
      }
      const body = JSON.stringify({ events });
      const t0 = performance.now();
      const res = await fetch(`${primary.baseUrl}/api/partner-points/events`, {
        method: 'POST',
        headers: { ...service, 'Content-Type': 'application/json' },
        body,
      });
      const result = (await res.json()) as any;
      httpMs += performance.now() - t0;
      if (res.status !== 200) {
        throw new Error(
          `ingestion failed: ${res.status} ${JSON.stringify(result).slice(
            0,
            500,
          )}`,
        );
      }
      ingested += result.accepted;
      if ((offset / BATCH) % 10 === 9) {
        const seconds = (performance.now() - ingestStart) / 1000;
        log(
          `  … ${ingested} events, ${Math.round(ingested / seconds)} events/s`,
        );
      }
    }
    const ingestSeconds = (performance.now() - ingestStart) / 1000;
    const eventsPerSecond = ingested / ingestSeconds;
    const settleMs = await waitSettled(knex, 30 * 60_000);
    log(
      `Ingestion: ${ingested} events in ${ingestSeconds.toFixed(
        1,
      )} s = ${Math.round(eventsPerSecond)} events/s (HTTP time ${Math.round(
        ingested / (httpMs / 1000),
      )} events/s); standings settled and signalled ${(settleMs / 1000).toFixed(
        1,
      )} s after the last batch`,
    );

    // 2. Standing latency on a fresh replica (cold cache), then warm.
    const replica = await startReplica(knex, catalog);
    cleanups.push(() => replica.backend.stop());
    // Load the catalog snapshot once (as any running replica would have).
    await fetch(
      `${replica.baseUrl}/api/partner-points/partners/${partnerId(0)}/standing`,
      {
        headers: { Authorization: mockCredentials.user.header(ADMIN) },
      },
    );
    const cold = await standingPass(replica.baseUrl, 1);
    log(
      `GET /standing cold replica: p50 ${cold.p50.toFixed(
        1,
      )} ms, p99 ${cold.p99.toFixed(1)} ms, ${Math.round(cold.rps)} req/s, ${
        cold.errors
      } errors`,
    );
    const warm = await standingPass(replica.baseUrl, 2);
    log(
      `GET /standing warm replica: p50 ${warm.p50.toFixed(
        1,
      )} ms, p99 ${warm.p99.toFixed(1)} ms, ${Math.round(warm.rps)} req/s, ${
        warm.errors
      } errors`,
    );
    const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;

    // 3. Ingestion → signal, over a real WebSocket as a partner member.
    const target = 4242 % PARTNERS;
    const ws = new WebSocket(
      `${primary.baseUrl.replace('http', 'ws')}/api/signals`,
      {
        headers: {
          Authorization: mockCredentials.user.header(memberRef(target)),
        },
      },
    );
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.send(
      JSON.stringify({
        action: 'subscribe',
        channel: 'partner-points:standing',
      }),
    );
    await new Promise(resolve => setTimeout(resolve, 200));
    const signalLatencies: number[] = [];
    for (let i = 0; i < SIGNALS; i++) {
      const received = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('no signal within 10 s')),
          10_000,
        );
        ws.once('message', data => {
          clearTimeout(timer);
          const parsed = JSON.parse(data.toString());
          if (parsed.message?.partnerId !== partnerId(target)) {
            reject(new Error(`unexpected signal ${data}`));
          }
          resolve(performance.now());
        });
      });
      const t0 = performance.now();
      const res = await fetch(`${primary.baseUrl}/api/partner-points/events`, {
        method: 'POST',
        headers: { ...service, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          events: [
            {
              id: `bench-signal-${i}`,
              partnerId: partnerId(target),
              type: 'deal_won',
              occurredAt: new Date().toISOString(),
              businessModel: BUSINESS_MODEL_IDS[target % 4],
              customerId: `signal-${i}`,
              amount: 10_000,
            },
          ],
        }),
      });
      await res.arrayBuffer();
      signalLatencies.push((await received) - t0);
    }
    ws.close();
    signalLatencies.sort((a, b) => a - b);
    const signalP50 = percentile(signalLatencies, 50);
    const signalMax = signalLatencies[signalLatencies.length - 1];
    log(
      `Ingestion → signal (WebSocket client): p50 ${signalP50.toFixed(
        1,
      )} ms, max ${signalMax.toFixed(1)} ms over ${SIGNALS} ingestions`,
    );

    const ratio = (value: number, targetValue: number) =>
      `${(value / targetValue).toFixed(2)}×`;
    log('');
    log(
      'Figure                              value        target      ratio (value/target)',
    );
    log(
      `ingestion throughput           ${String(
        Math.round(eventsPerSecond),
      ).padStart(8)} ev/s  ≥ ${TARGET_EVENTS_PER_S} ev/s   ${ratio(
        eventsPerSecond,
        TARGET_EVENTS_PER_S,
      )} ${eventsPerSecond >= TARGET_EVENTS_PER_S ? 'PASS' : 'FAIL'}`,
    );
    log(
      `GET /standing p99 (cold)       ${cold.p99
        .toFixed(1)
        .padStart(8)} ms    ≤ ${TARGET_P99_MS} ms       ${ratio(
        cold.p99,
        TARGET_P99_MS,
      )} ${
        cold.p99 <= TARGET_P99_MS ? 'PASS' : 'FAIL'
      }  (p50 ${cold.p50.toFixed(1)} ms)`,
    );
    log(
      `GET /standing p99 (warm)       ${warm.p99
        .toFixed(1)
        .padStart(8)} ms    ≤ ${TARGET_P99_MS} ms       ${ratio(
        warm.p99,
        TARGET_P99_MS,
      )} ${
        warm.p99 <= TARGET_P99_MS ? 'PASS' : 'FAIL'
      }  (p50 ${warm.p50.toFixed(1)} ms)`,
    );
    log(
      `ingestion → signal (max)       ${signalMax
        .toFixed(1)
        .padStart(8)} ms    < ${TARGET_SIGNAL_MS} ms     ${ratio(
        signalMax,
        TARGET_SIGNAL_MS,
      )} ${
        signalMax < TARGET_SIGNAL_MS ? 'PASS' : 'FAIL'
      }  (p50 ${signalP50.toFixed(1)} ms)`,
    );
    log(`heap in use after the standing passes: ${Math.round(heapMb)} MB`);
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch(() => {});
    }
    await knex.destroy();
    await admin.raw(`DROP DATABASE IF EXISTS ${dbName}`).catch(() => {});
    await admin.destroy();
  }
}

main().then(
  () => process.exit(0),
  error => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
