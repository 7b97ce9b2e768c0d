/*
 * Benchmark of the partner points backend on PostgreSQL, over real HTTP on
 * loopback (127.0.0.1), each figure beside a baseline measured in the same
 * run, on the same database and from the same client:
 *
 *   1. ingestion: PARTNERS partners × EVENTS events posted to POST /events
 *      in batches of BATCH (one request in flight), against a bare
 *      multi-row `INSERT … VALUES` of the same rows, in the same batches,
 *      into a table with the ledger's columns and indexes (`LIKE … INCLUDING
 *      ALL`) of the same PostgreSQL, each batch's right after its ingestion
 *      (both under the same load). Target: ingestion ≥ 50 % of the bare
 *      insert's rate.
 *   2. GET /partners/:namespace/:name/standing against the authenticated
 *      GET /program of the same backend, under one mixed load: CONCURRENCY
 *      keep-alive connections from one client worker, each request one or
 *      the other at random, latencies kept per endpoint. On a replica that
 *      has just started (its first reads, once /health says its background
 *      warm-up is done) and again once it is warm. Target: standing p99 ≤
 *      2 × the baseline's p99, in both. For information, the same on a
 *      replica read from the moment it starts, during its warm-up.
 *   3. ingestion → signal latency: a real WebSocket client subscribed to the
 *      signals backend as a partner member; time from sending POST /events
 *      to the signal arriving.
 *
 * Run: `yarn bench` in this package. Environment:
 *   BENCH_PG           admin connection string (default postgresql://postgres:postgres@localhost:5432)
 *   PARTNERS, EVENTS, BATCH, REQUESTS, CONCURRENCY, SIGNALS   sizes (defaults below)
 *   BENCH_ONLY=ingestion  stop after the ingestion figures (to profile them)
 *
 * Auth, catalog, permissions and the events bus are in-process test
 * doubles; the HTTP server, routers, database, plugin (its standing cache
 * warm-up included) and signals backend are the real ones.
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createServiceFactory,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
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
import {
  testGroup,
  testOrganizationConfig,
  testUser,
  withMemberships,
} from '@partner-studio/plugin-partner-studio-node/testUtils';

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

/** Standing p99 at most this many times the baseline's p99. */
const TARGET_P99_RATIO = 2;
/** Ingestion at least this share of the bare insert's rate. */
const TARGET_INGEST_RATIO = 0.5;
const TARGET_SIGNAL_MS = 1_000;
/** `partnerPoints.standingCache.ttl` when not configured (the bench does not). */
const DEFAULT_CACHE_TTL_MS = 60_000;
const DAY = DAY_MS;

const partnerName = (i: number) =>
  `bench-partner-${String(i).padStart(5, '0')}`;
/** Events name a partner by its group's full entity ref. */
const partnerId = (i: number) => `group:default/${partnerName(i)}`;
const memberName = (i: number) => `bench-user-${String(i).padStart(5, '0')}`;
const memberRef = (i: number) => `user:default/${memberName(i)}`;
const ADMIN = 'user:default/bench-admin';

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

/**
 * The organisation as a trusted catalog location serves it: PARTNERS
 * partner groups with one member each, and the program admins' group.
 */
function entities(): Entity[] {
  const list: Entity[] = [];
  for (let i = 0; i < PARTNERS; i++) {
    list.push(
      testGroup(partnerName(i), {
        type: 'partner',
        title: `Bench partner ${i}`,
        annotations: {
          'partner-studio.io/business-models': [
            BUSINESS_MODEL_IDS[i % 4],
            BUSINESS_MODEL_IDS[(i + 1) % 4],
          ].join(','),
          'partner-studio.io/admitted-at': '2020-01-01',
        },
      }),
      testUser(memberName(i), [partnerName(i)]),
    );
  }
  list.push(
    testGroup('program-admins', { type: 'program-admins' }),
    testUser('bench-admin', ['program-admins']),
  );
  return withMemberships(list);
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
 * entity on each page, which at 20,000 entities would measure itself.)
 */
function benchCatalog(list: Entity[]): CatalogService {
  const byRef = new Map<string, Entity>(
    list.map(
      e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e] as const,
    ),
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
      return {
        items: request.entityRefs.map(ref =>
          byRef.get(ref.toLocaleLowerCase('en-US')),
        ),
      };
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

/** What a replica's background warm-up reported. */
interface WarmUpReport {
  /** The warmer's own line: partners, seconds, cache memory, heap. */
  line: string;
  at: number;
}

/**
 * The replica's root logger: warnings and errors to stderr; of the info
 * lines only the warm-up's report, kept for the summary (it prints the
 * cache's memory).
 */
function benchLogger(onWarm: (report: WarmUpReport) => void): LoggerService {
  const logger: LoggerService = {
    error: message => process.stderr.write(`error: ${message}\n`),
    warn: message => process.stderr.write(`warn: ${message}\n`),
    info: message => {
      if (message.startsWith('Standing cache warmed')) {
        onWarm({ line: message, at: performance.now() });
      }
    },
    debug: () => {},
    child: () => logger,
  };
  return logger;
}

async function startReplica(knex: Knex, catalog: Entity[]) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let warmUp: WarmUpReport | undefined;
  // The real backend (HTTP server, routers, WebSockets) with test doubles for
  // auth, catalog, permissions and the scheduler.
  const backend = createBackend();
  backend.add(
    mockServices.rootConfig.factory({
      data: {
        ...testOrganizationConfig,
        backend: { baseUrl, listen: { host: '127.0.0.1', port } },
      },
    }),
  );
  backend.add(
    createServiceFactory({
      service: coreServices.rootLogger,
      deps: {},
      factory: () =>
        benchLogger(report => {
          warmUp = report;
        }),
    }),
  );
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
  const started = performance.now();
  await backend.start();
  return {
    backend,
    baseUrl,
    /** Since `backend.start()` was called. */
    started,
    warmUp: () => warmUp,
  };
}

type Replica = Awaited<ReturnType<typeof startReplica>>;

/** Waits until the replica's /health says its standing cache is warm. */
async function waitWarm(replica: Replica, timeoutMs: number): Promise<number> {
  for (;;) {
    const res = await fetch(`${replica.baseUrl}/api/partner-points/health`);
    const body = (await res.json()) as { standingCache?: { warm?: boolean } };
    if (body.standingCache?.warm) return performance.now() - replica.started;
    if (performance.now() - replica.started > timeoutMs) {
      throw new Error(`the replica was not warm after ${timeoutMs} ms`);
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1),
  );
  return sorted[index];
}

/**
 * The load generator runs in a worker thread, so that the client's HTTP
 * work does not share the server's event loop. Each of `concurrency`
 * connections sends requests one after the other, each at random to the
 * standing of a random partner or to the program (the baseline), until
 * `requests` of each kind have been sent; latencies are kept per kind.
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
// inflate gzip bodies, which is its own work, not the server's.
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
const kinds = {
  standing: { latencies: new Float64Array(requests), sent: 0, errors: 0 },
  program: { latencies: new Float64Array(requests), sent: 0, errors: 0 },
};
function nextKind() {
  const left = ['standing', 'program'].filter(k => kinds[k].sent < requests);
  if (left.length === 0) return undefined;
  return left[Math.floor(random() * left.length)];
}
const started = performance.now();
Promise.all(Array.from({ length: concurrency }, async () => {
  for (let kind = nextKind(); kind; kind = nextKind()) {
    const slot = kinds[kind].sent++;
    const path = kind === 'program'
      ? '/api/partner-points/program'
      : '/api/partner-points/partners/default/bench-partner-' +
        String(Math.floor(random() * partners)).padStart(5, '0') + '/standing';
    const t0 = performance.now();
    const status = await get(path);
    kinds[kind].latencies[slot] = performance.now() - t0;
    if (status !== 200) kinds[kind].errors++;
  }
})).then(() => {
  agent.destroy();
  parentPort.postMessage({
    standing: { latencies: kinds.standing.latencies, errors: kinds.standing.errors },
    program: { latencies: kinds.program.latencies, errors: kinds.program.errors },
    elapsed: performance.now() - started,
  });
});
`;

interface Latencies {
  p50: number;
  p99: number;
  errors: number;
}

interface MixedPass {
  standing: Latencies;
  program: Latencies;
  /** Requests of both kinds per second. */
  rps: number;
}

async function mixedPass(baseUrl: string, seed: number): Promise<MixedPass> {
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
  type Kind = { latencies: Float64Array; errors: number };
  const result = await new Promise<{
    standing: Kind;
    program: Kind;
    elapsed: number;
  }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const summary = (kind: Kind): Latencies => {
    const sorted = Float64Array.from(kind.latencies).sort();
    return {
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      errors: kind.errors,
    };
  };
  return {
    standing: summary(result.standing),
    program: summary(result.program),
    rps: (2 * REQUESTS) / (result.elapsed / 1000),
  };
}

function describePass(label: string, pass: MixedPass): string {
  const { standing, program } = pass;
  return `${label}: standing p50 ${standing.p50.toFixed(
    1,
  )} ms, p99 ${standing.p99.toFixed(1)} ms (${
    standing.errors
  } errors); GET /program p50 ${program.p50.toFixed(
    1,
  )} ms, p99 ${program.p99.toFixed(1)} ms (${
    program.errors
  } errors); ${Math.round(pass.rps)} req/s; p99 ratio ${(
    standing.p99 / program.p99
  ).toFixed(2)}×`;
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

/** PostgreSQL's limit of bind parameters in one statement. */
const PG_MAX_BINDINGS = 65_535;

/**
 * The baseline of ingestion: the rows the ledger took from a batch, in the
 * order they were posted, inserted with plain multi-row `INSERT … VALUES`
 * statements (as many rows per statement as PostgreSQL binds), in one
 * transaction, into a table with the ledger's columns and indexes. Only the
 * statements are timed (their SQL is built before), so the baseline is as
 * fast as a client can make it.
 */
async function bareInserter(knex: Knex) {
  const table = 'bench_bare_events';
  await knex.raw(
    `CREATE TABLE ${table} (LIKE partner_points_events INCLUDING ALL)`,
  );
  let rows = 0;
  let insertMs = 0;
  return {
    async insertBatch(ids: string[]): Promise<void> {
      const batch: Array<Record<string, unknown>> = await knex(
        'partner_points_events',
      )
        .whereIn('id', ids)
        .select('*');
      const position = new Map(ids.map((id, i) => [id, i] as const));
      batch.sort(
        (x, y) => position.get(String(x.id))! - position.get(String(y.id))!,
      );
      const columns = Object.keys(batch[0] ?? {}).length || 1;
      const perStatement = Math.floor(PG_MAX_BINDINGS / columns);
      const statements: Knex.Sql[] = [];
      for (let i = 0; i < batch.length; i += perStatement) {
        statements.push(
          knex(table)
            .insert(batch.slice(i, i + perStatement))
            .toSQL(),
        );
      }
      const t0 = performance.now();
      await knex.transaction(async tx => {
        for (const statement of statements) {
          await tx.raw(statement.sql, [...statement.bindings]);
        }
      });
      insertMs += performance.now() - t0;
      rows += batch.length;
    },
    result() {
      return { rows, insertMs, rowsPerSecond: rows / (insertMs / 1000) };
    },
    drop: () => knex.schema.dropTable(table),
  };
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
      `Sizes: ${PARTNERS} partners, ${EVENTS} events in batches of ${BATCH}, ${REQUESTS} standing + ${REQUESTS} GET /program requests per pass at concurrency ${CONCURRENCY}`,
    );
    const catalog = entities();
    const primary = await startReplica(knex, catalog);
    cleanups.push(() => primary.backend.stop());
    await waitWarm(primary, 30 * 60_000);

    // 1. Ingestion and the bare insert of the same rows, batch after batch
    // (so both see the same load on the machine, the standings' background
    // settling included).
    const bareInsert = await bareInserter(knex);
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
      const result = (await res.json()) as { accepted: number };
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
      await bareInsert.insertBatch(events.map(e => e.id));
      if ((offset / BATCH) % 10 === 9) {
        log(
          `  … ${ingested} events, ${Math.round(
            ingested / (httpMs / 1000),
          )} events/s in the requests`,
        );
      }
    }
    const ingestSeconds = (performance.now() - ingestStart) / 1000;
    const eventsPerSecond = ingested / (httpMs / 1000);
    const settleMs = await waitSettled(knex, 30 * 60_000);
    log(
      `Ingestion: ${ingested} events in ${ingestSeconds.toFixed(
        1,
      )} s with the client's own work and the bare inserts, ${(
        httpMs / 1000
      ).toFixed(1)} s in HTTP requests = ${Math.round(
        eventsPerSecond,
      )} events/s; standings settled and signalled ${(settleMs / 1000).toFixed(
        1,
      )} s after the last batch`,
    );
    const bare = bareInsert.result();
    await bareInsert.drop();
    const ingestRatio = eventsPerSecond / bare.rowsPerSecond;
    log(
      `Bare multi-row INSERT of the same ${
        bare.rows
      } rows, same batches, each after its ingestion: ${(
        bare.insertMs / 1000
      ).toFixed(1)} s = ${Math.round(
        bare.rowsPerSecond,
      )} rows/s; ingestion ÷ bare insert = ${(ingestRatio * 100).toFixed(0)} %`,
    );

    if (process.env.BENCH_ONLY === 'ingestion') return;

    // 2. Standing against GET /program, under one mixed load.
    // (a) Read from the moment a replica starts: during its warm-up.
    const early = await startReplica(knex, catalog);
    const duringWarmUp = await mixedPass(early.baseUrl, 1);
    log(describePass('Replica during its warm-up (information)', duringWarmUp));
    await waitWarm(early, 30 * 60_000);
    await early.backend.stop();

    // (b) Just started: its first reads once its warm-up is done; (c) warm.
    const replica = await startReplica(knex, catalog);
    cleanups.push(() => replica.backend.stop());
    const warmUpMs = await waitWarm(replica, 30 * 60_000);
    const warmUp = replica.warmUp();
    log(
      `Just-started replica warm ${(warmUpMs / 1000).toFixed(
        1,
      )} s after start: ${warmUp?.line ?? '(no warm-up report)'}`,
    );
    if (warmUpMs > DEFAULT_CACHE_TTL_MS) {
      log(
        `  note: the warm-up took longer than the standing cache's TTL (${
          DEFAULT_CACHE_TTL_MS / 1000
        } s by default): the standings it warmed first are re-evaluated on read`,
      );
    }
    const justStarted = await mixedPass(replica.baseUrl, 2);
    log(describePass('Just-started replica, first reads', justStarted));
    const warm = await mixedPass(replica.baseUrl, 3);
    log(describePass('Warm replica', warm));
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
          if (parsed.message?.partnerRef !== partnerId(target)) {
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

    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    const p99Row = (label: string, pass: MixedPass) => {
      const ratio = pass.standing.p99 / pass.program.p99;
      const errors = pass.standing.errors + pass.program.errors;
      return `${label.padEnd(34)} ${pass.standing.p99
        .toFixed(1)
        .padStart(8)} ms ${pass.program.p99.toFixed(1).padStart(8)} ms  ${ratio
        .toFixed(2)
        .padStart(5)}×  ≤ ${TARGET_P99_RATIO}×     ${verdict(
        ratio <= TARGET_P99_RATIO && errors === 0,
      )}${errors ? ` (${errors} errors)` : ''}`;
    };
    log('');
    log(
      'Figure                                 measured   baseline   ratio   target  result',
    );
    log(
      `${'ingestion vs bare INSERT (rows/s)'.padEnd(34)} ${String(
        Math.round(eventsPerSecond),
      ).padStart(11)} ${String(Math.round(bare.rowsPerSecond)).padStart(
        11,
      )}  ${ingestRatio
        .toFixed(2)
        .padStart(5)}×  ≥ ${TARGET_INGEST_RATIO}×   ${verdict(
        ingestRatio >= TARGET_INGEST_RATIO,
      )}`,
    );
    log(p99Row('standing p99 vs /program, just started', justStarted));
    log(p99Row('standing p99 vs /program, warm', warm));
    log(
      `${'(info) standing p99 during warm-up'.padEnd(
        34,
      )} ${duringWarmUp.standing.p99
        .toFixed(1)
        .padStart(8)} ms ${duringWarmUp.program.p99
        .toFixed(1)
        .padStart(8)} ms  ${(
        duringWarmUp.standing.p99 / duringWarmUp.program.p99
      )
        .toFixed(2)
        .padStart(5)}×  (no target)`,
    );
    log(
      `${'ingestion → signal (max)'.padEnd(34)} ${signalMax
        .toFixed(1)
        .padStart(8)} ms              ${(signalMax / TARGET_SIGNAL_MS)
        .toFixed(2)
        .padStart(5)}×  < ${TARGET_SIGNAL_MS} ms ${verdict(
        signalMax < TARGET_SIGNAL_MS,
      )}  (p50 ${signalP50.toFixed(1)} ms)`,
    );
    log(
      `standing cache: ${
        warmUp?.line ?? '(no warm-up report)'
      }; heap in use (all replicas, one process) after the standing passes: ${Math.round(
        heapMb,
      )} MB`,
    );
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
