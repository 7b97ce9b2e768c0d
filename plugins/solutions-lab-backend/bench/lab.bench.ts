/*
 * Benchmark of the Solutions Lab store and service on PostgreSQL, in one run:
 *
 *   1. the funnel (`LabStore.funnel`, the query behind GET /analytics/funnel)
 *      over ENGAGEMENTS engagements and TIMELINE timeline rows, p50/p95,
 *      side by side with a bare `GROUP BY stage_id` over the same rows
 *      (same playbook, same date range), interleaved run by run; the ratio
 *      is the figure;
 *   2. decisions per second with WRITERS concurrent writers through the
 *      HTTP API of the plugin in a backend of its own, with the real
 *      Partner Studio policy (GET the engagement, POST a decision on its
 *      version, again on 409), then a check from the database that no
 *      update was lost or applied twice.
 *
 * Run: `yarn bench` in this package. Environment:
 *   BENCH_PG      admin connection string (default postgresql://postgres:postgres@localhost:5432)
 *   ENGAGEMENTS, TIMELINE, RUNS, WRITERS, DECISIONS, HOT   sizes (defaults below)
 *
 * The data set is generated with a seeded PRNG and written with bulk
 * inserts (the service would take hours for a million rows); its shape is
 * the service's: requests, assignments, checklist changes, notes and
 * decisions with the time spent in each stage. The database is created for
 * the run and dropped afterwards.
 */
import {
  coreServices,
  createServiceFactory,
  type LoggerService,
  type ServiceRef,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import {
  partnerStudioTestServices,
  personas,
  testOrganizationConfig,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import { ConfigReader } from '@backstage/config';
import { programs } from '@partner-studio/scoring';
import knexFactory, { Knex } from 'knex';
import { performance } from 'node:perf_hooks';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { LabStore } from '../src/database/LabStore';
import { loadPlaybooks } from '../src/playbooks/loadPlaybooks';
import { PlaybookRegistry } from '../src/playbooks/PlaybookRegistry';
import type { Playbook } from '@partner-studio/plugin-solutions-lab-node';
import { partnerStudioPolicy } from '../src/__testUtils__/labBackend';
import { solutionsLabPlugin } from '../src/plugin';

const env = (name: string, fallback: number) =>
  process.env[name] ? Number(process.env[name]) : fallback;

const ADMIN_PG =
  process.env.BENCH_PG ?? 'postgresql://postgres:postgres@localhost:5432';
const ENGAGEMENTS = env('ENGAGEMENTS', 100_000);
const TIMELINE = env('TIMELINE', 1_000_000);
const RUNS = env('RUNS', 50);
const WRITERS = env('WRITERS', 16);
const DECISIONS = env('DECISIONS', 4_000);
/** Engagements the writers decide on: few enough for real contention. */
const HOT = env('HOT', 64);

const DAY = 86_400_000;
const NOW = Date.now();
const CHUNK = 10_000;

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

/** Warnings and errors to stderr; the rest is noise here. */
const benchLogger: LoggerService = {
  error: message => process.stderr.write(`error: ${message}\n`),
  warn: message => process.stderr.write(`warn: ${message}\n`),
  info: () => {},
  debug: () => {},
  child: () => benchLogger,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

const rng = xoroshiro128plus(20261201);
const int = (from: number, to: number) =>
  unsafeUniformIntDistribution(from, to, rng);
const unit = () => int(0, 1_000_000) / 1_000_000;

type Row = Record<string, string | number | boolean | null>;

const TIMELINE_COLUMNS = [
  'engagement_id',
  'playbook_id',
  'partner_ref',
  'stage_id',
  'to_stage_id',
  'kind',
  'decision',
  'reason',
  'actor_ref',
  'visibility',
  'occurred_at',
  'duration_ms',
  'sla_breached',
  'details',
];

const ENGAGEMENT_COLUMNS = [
  'id',
  'partner_ref',
  'playbook_id',
  'path_id',
  'solution_name',
  'description',
  'status',
  'current_stage_id',
  'stage_entered_at',
  'stage_paused_ms',
  'held_at',
  'sla_ms',
  'sla_due_at',
  'sla_notified',
  'assigned_expert_ref',
  'assigned_at',
  'requested_by',
  'created_at',
  'updated_at',
  'finished_at',
  'close_reason',
  'version',
];

/** One statement per chunk: the rows as one JSON parameter. */
async function bulkInsert(
  knex: Knex,
  table: string,
  columns: string[],
  rows: Row[],
) {
  if (rows.length === 0) return;
  const list = columns.join(', ');
  await knex.raw(
    `INSERT INTO ${table} (${list})
     SELECT ${list} FROM json_populate_recordset(NULL::${table}, ?::json)`,
    [JSON.stringify(rows)],
  );
}

/** The reason code the generated decisions carry. */
const REASONS: Record<string, string> = {
  close: 'not-viable',
  'send-back': 'criteria-not-met',
};

/** One engagement's life, as the service would have written it. */
function simulate(index: number, playbooks: Playbook[]) {
  const playbook = unit() < 0.7 ? playbooks[0] : playbooks[1];
  const path =
    playbook.paths.length > 0
      ? playbook.paths[int(0, playbook.paths.length - 1)].id
      : null;
  const id = `bench-${String(index).padStart(6, '0')}`;
  const partnerRef = `group:default/bench-partner-${index % 2000}`;
  const member = `user:default/bench-member-${index % 2000}`;
  const expert =
    unit() < 0.9 ? `user:default/bench-expert-${index % 40}` : null;
  const created = NOW - int(0, 730) * DAY - int(0, DAY - 1);
  const timeline: Row[] = [];
  const base = {
    engagement_id: id,
    playbook_id: playbook.id,
    partner_ref: partnerRef,
    visibility: 'shared',
  };
  let t = created;
  let stageIndex = 0;
  timeline.push({
    ...base,
    stage_id: playbook.stages[0].id,
    to_stage_id: playbook.stages[0].id,
    kind: 'requested',
    actor_ref: member,
    occurred_at: t,
  });
  if (expert) {
    t += int(1, 72) * 3_600_000;
    timeline.push({
      ...base,
      stage_id: playbook.stages[0].id,
      kind: 'assigned',
      actor_ref: expert,
      occurred_at: t,
    });
  }
  let status = 'active';
  let stageEntered = created;
  let closeReason: string | null = null;
  let finished: number | null = null;
  for (let visits = 0; status === 'active' && visits < 40 && expert; visits++) {
    const stage = playbook.stages[stageIndex];
    const sla = stage.slaDays * DAY;
    // Log-normal around 60% of the SLA: about one stage in six breaches it.
    const normal =
      Math.sqrt(-2 * Math.log(unit() || 1e-6)) * Math.cos(2 * Math.PI * unit());
    const duration = Math.round(sla * 0.6 * Math.exp(0.5 * normal));
    const ends = stageEntered + duration;
    const checks = int(0, 2);
    for (let c = 0; c < checks; c++) {
      const at = stageEntered + Math.round(((c + 1) * duration) / (checks + 2));
      if (at > NOW) break;
      timeline.push({
        ...base,
        stage_id: stage.id,
        kind: 'checklist-checked',
        actor_ref: member,
        occurred_at: at,
        details: JSON.stringify({
          itemId: stage.criteria[c % stage.criteria.length].id,
        }),
      });
    }
    if (ends > NOW) break; // still in this stage
    const roll = unit();
    let decision = 'advance';
    if (roll < 0.07) decision = 'close';
    else if (roll < 0.15 && stageIndex > 0) decision = 'send-back';
    else if (stageIndex === playbook.stages.length - 1) decision = 'complete';
    let to: number | null = null;
    if (decision === 'advance') to = stageIndex + 1;
    if (decision === 'send-back') to = stageIndex - 1;
    timeline.push({
      ...base,
      stage_id: stage.id,
      to_stage_id: to === null ? null : playbook.stages[to].id,
      kind: 'decision',
      decision,
      reason: REASONS[decision] ?? null,
      actor_ref: expert,
      occurred_at: ends,
      duration_ms: duration,
      sla_breached: duration > sla,
    });
    if (decision === 'close' || decision === 'complete') {
      status = decision === 'close' ? 'closed' : 'completed';
      closeReason = decision === 'close' ? 'not-viable' : null;
      finished = ends;
    } else {
      stageIndex = to!;
      stageEntered = ends;
    }
    t = ends;
  }
  const stage = playbook.stages[stageIndex];
  const open = status === 'active';
  const engagement: Row = {
    id,
    partner_ref: partnerRef,
    playbook_id: playbook.id,
    path_id: path,
    solution_name: `Bench solution ${index}`,
    description: '',
    status,
    current_stage_id: stage.id,
    stage_entered_at: stageEntered,
    stage_paused_ms: 0,
    held_at: null,
    sla_ms: open ? stage.slaDays * DAY : null,
    sla_due_at: open ? stageEntered + stage.slaDays * DAY : null,
    sla_notified: 'none',
    assigned_expert_ref: expert,
    assigned_at: expert ? created : null,
    requested_by: member,
    created_at: created,
    updated_at: Math.max(t, created),
    finished_at: finished,
    close_reason: closeReason,
    version: timeline.length,
  };
  return { engagement, timeline };
}

/**
 * The Lab plugin in a backend of its own on the bench database, over the
 * demo organisation, with the real Partner Studio policy: the decisions go
 * through HTTP, authentication, the policy, validation and the service.
 */
async function startBenchBackend(knex: Knex) {
  const quietService = <T>(service: ServiceRef<T, 'plugin'>, impl: T) =>
    createServiceFactory({ service, deps: {}, factory: () => impl });
  const backend = await startTestBackend({
    features: [
      solutionsLabPlugin,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({ data: testOrganizationConfig }),
      ...partnerStudioTestServices({ permissions: partnerStudioPolicy() }),
      quietService(coreServices.logger, benchLogger),
      quietService(notificationService, { send: async () => {} }),
      quietService(signalsServiceRef, { publish: async () => {} }),
    ],
  });
  return { server: backend.server, stop: () => backend.stop() };
}

async function main() {
  const admin = knexFactory({ client: 'pg', connection: ADMIN_PG });
  const dbName = `solutions_lab_bench_${process.pid}`;
  await admin.raw(`CREATE DATABASE ${dbName}`);
  const url = new URL(ADMIN_PG);
  url.pathname = `/${dbName}`;
  const knex = knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 0, max: WRITERS + 4 },
  });
  try {
    const store = await LabStore.create({
      database: mockServices.database({ knex }),
    });
    const loaded = await loadPlaybooks({
      config: new ConfigReader({}),
      programs,
    });
    const registry = PlaybookRegistry.create(loaded.map(l => l.playbook));
    const playbooks = [
      registry.get('solution-development')!,
      registry.get('partner-led-customer-success')!,
    ];

    // --- data set -----------------------------------------------------------
    log(`Building ${ENGAGEMENTS} engagements and ${TIMELINE} timeline rows…`);
    const buildStart = performance.now();
    let engagementRows: Row[] = [];
    let timelineRows: Row[] = [];
    let timelineCount = 0;
    const lives: Array<{
      id: string;
      playbook: string;
      partner: string;
      from: number;
    }> = [];
    for (let i = 0; i < ENGAGEMENTS; i++) {
      const { engagement, timeline } = simulate(i, playbooks);
      engagementRows.push(engagement);
      lives.push({
        id: String(engagement.id),
        playbook: String(engagement.playbook_id),
        partner: String(engagement.partner_ref),
        from: Number(engagement.created_at),
      });
      const room = TIMELINE - timelineCount;
      const kept = timeline.slice(0, Math.max(0, room));
      timelineRows.push(...kept);
      timelineCount += kept.length;
      if (engagementRows.length >= CHUNK) {
        await bulkInsert(
          knex,
          'solutions_lab_engagements',
          ENGAGEMENT_COLUMNS,
          engagementRows,
        );
        engagementRows = [];
      }
      if (timelineRows.length >= CHUNK) {
        // Their engagements first (the timeline references them).
        await bulkInsert(
          knex,
          'solutions_lab_engagements',
          ENGAGEMENT_COLUMNS,
          engagementRows,
        );
        engagementRows = [];
        await bulkInsert(
          knex,
          'solutions_lab_timeline',
          TIMELINE_COLUMNS,
          timelineRows,
        );
        timelineRows = [];
      }
    }
    await bulkInsert(
      knex,
      'solutions_lab_engagements',
      ENGAGEMENT_COLUMNS,
      engagementRows,
    );
    // Top up to exactly TIMELINE rows with notes, as people write them.
    while (timelineCount < TIMELINE) {
      const life = lives[int(0, lives.length - 1)];
      const playbook = registry.get(life.playbook)!;
      timelineRows.push({
        engagement_id: life.id,
        playbook_id: life.playbook,
        partner_ref: life.partner,
        stage_id: playbook.stages[0].id,
        kind: 'note-added',
        actor_ref: 'user:default/bench-member',
        visibility: unit() < 0.3 ? 'internal' : 'shared',
        occurred_at:
          life.from +
          int(0, Math.max(1, Math.floor((NOW - life.from) / 1000))) * 1000,
        details: JSON.stringify({ noteId: timelineCount }),
      });
      timelineCount++;
      if (timelineRows.length >= CHUNK) {
        await bulkInsert(
          knex,
          'solutions_lab_timeline',
          TIMELINE_COLUMNS,
          timelineRows,
        );
        timelineRows = [];
      }
    }
    await bulkInsert(
      knex,
      'solutions_lab_timeline',
      TIMELINE_COLUMNS,
      timelineRows,
    );
    await knex.raw('VACUUM ANALYZE solutions_lab_engagements');
    await knex.raw('VACUUM ANALYZE solutions_lab_timeline');
    const counts = await knex.raw(
      `SELECT (SELECT count(*) FROM solutions_lab_engagements) AS engagements,
              (SELECT count(*) FROM solutions_lab_timeline) AS timeline,
              (SELECT count(*) FROM solutions_lab_timeline WHERE kind = 'decision') AS decisions`,
    );
    const c = counts.rows[0];
    log(
      `  ${c.engagements} engagements, ${c.timeline} timeline rows (${
        c.decisions
      } decisions) in ${((performance.now() - buildStart) / 1000).toFixed(
        1,
      )} s`,
    );

    // --- funnel vs bare GROUP BY --------------------------------------------
    const from = NOW - 365 * DAY;
    const to = NOW + 1;
    const playbookId = 'solution-development';
    const inRange = () =>
      knex('solutions_lab_timeline')
        .where('playbook_id', playbookId)
        .where('occurred_at', '>=', from)
        .where('occurred_at', '<', to);
    // Bare GROUP BY stage over the playbook's timeline rows in the range,
    // and over just the transition rows the funnel reads (its floor).
    const bareAll = () =>
      inRange().select('stage_id').count({ n: '*' }).groupBy('stage_id');
    const bareTransitions = () =>
      inRange()
        .whereIn('kind', ['requested', 'decision'])
        .select('stage_id')
        .count({ n: '*' })
        .groupBy('stage_id');
    const rowsInRange = await inRange().count({ n: '*' }).first();
    const transitionsInRange = await inRange()
      .whereIn('kind', ['requested', 'decision'])
      .count({ n: '*' })
      .first();
    log(
      `\nFunnel of ${playbookId} over the last 365 days: ${
        rowsInRange!.n
      } timeline rows in range, ${
        transitionsInRange!.n
      } of them stage transitions; ${RUNS} runs each, interleaved:`,
    );
    for (let w = 0; w < 3; w++) {
      await store.funnel({ playbookId, from, to, now: NOW });
      await bareAll();
      await bareTransitions();
    }
    const funnelMs: number[] = [];
    const allMs: number[] = [];
    const transitionsMs: number[] = [];
    let funnel: Awaited<ReturnType<typeof store.funnel>> | undefined;
    const time = async <T>(fn: () => Promise<T>, into: number[]) => {
      const start = performance.now();
      const result = await fn();
      into.push(performance.now() - start);
      return result;
    };
    for (let r = 0; r < RUNS; r++) {
      funnel = await time(
        () => store.funnel({ playbookId, from, to, now: NOW }),
        funnelMs,
      );
      await time(bareAll, allMs);
      await time(bareTransitions, transitionsMs);
    }
    for (const list of [funnelMs, allMs, transitionsMs]) {
      list.sort((a, b) => a - b);
    }
    const line = (label: string, list: number[]) =>
      log(
        `  ${label.padEnd(64)} p50 ${percentile(list, 0.5)
          .toFixed(1)
          .padStart(7)} ms   p95 ${percentile(list, 0.95)
          .toFixed(1)
          .padStart(7)} ms`,
      );
    line(
      'funnel (entries, exits, median days, drop-offs, send-backs, SLA):',
      funnelMs,
    );
    line('bare GROUP BY stage_id, all rows of the playbook in range:', allMs);
    line(
      'bare GROUP BY stage_id, the transition rows in range:',
      transitionsMs,
    );
    const f95 = percentile(funnelMs, 0.95);
    log(
      `  p95 ratio funnel / bare GROUP BY: ${(
        f95 / percentile(allMs, 0.95)
      ).toFixed(2)}× (all rows), ${(
        f95 / percentile(transitionsMs, 0.95)
      ).toFixed(2)}× (transition rows)`,
    );
    const first = funnel!.stages.find(s => s.stageId === 'qualify');
    log(
      `  (qualify: ${first?.entered} entered, ${
        first?.completed
      } passed, median ${((first?.medianDurationMs ?? 0) / DAY).toFixed(
        1,
      )} days, ${first?.slaBreaches} SLA breaches)`,
    );

    // --- concurrent decisions through the HTTP API ---------------------------
    const lab = await startBenchBackend(knex);
    const base = `http://localhost:${lab.server.port()}/api/solutions-lab`;
    const call = async (
      header: string,
      method: 'GET' | 'POST' | 'PUT',
      path: string,
      body?: object,
    ) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: header,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const json = (await response.json()) as Record<string, unknown>;
      return { status: response.status, json };
    };
    // Half the writers are the assigned expert (a conditional decision of
    // the real policy, applied in SQL), half a program admin.
    const writersAs = [personas.erin.header, personas.paul.header];
    const partners = [
      'group:default/contoso-solutions',
      'group:default/northwind-cloud',
      'group:default/fabrikam-software',
    ];
    const hot: string[] = [];
    for (let i = 0; i < HOT; i++) {
      const created = await call(personas.paul.header, 'POST', '/engagements', {
        partnerRef: partners[i % partners.length],
        playbookId,
        solutionName: `Hot ${i}`,
      });
      if (created.status !== 201) {
        throw new Error(
          `request: ${created.status} ${JSON.stringify(created.json)}`,
        );
      }
      const id = String(created.json.id);
      const assigned = await call(
        personas.paul.header,
        'PUT',
        `/engagements/${id}/assignment`,
        { expertRef: personas.erin.userEntityRef },
      );
      if (assigned.status !== 200)
        throw new Error(`assign: ${assigned.status}`);
      hot.push(id);
    }
    const versionsBefore = new Map<string, number>();
    for (const id of hot) {
      versionsBefore.set(id, (await store.getEngagement(id))!.version);
    }
    log(
      `\nDecisions through the HTTP API: ${WRITERS} concurrent writers, ${DECISIONS} decisions (hold / resume) on ${HOT} engagements:`,
    );
    const applied = new Map<string, number>(hot.map(id => [id, 0]));
    let remaining = DECISIONS;
    let conflicts = 0;
    const writer = async (index: number) => {
      const header = writersAs[index % writersAs.length];
      while (remaining > 0) {
        remaining--;
        const id = hot[int(0, hot.length - 1)];
        for (;;) {
          const current = await call(header, 'GET', `/engagements/${id}`);
          const decided = await call(
            header,
            'POST',
            `/engagements/${id}/decisions`,
            {
              decision: current.json.status === 'on-hold' ? 'resume' : 'hold',
              expectedVersion: current.json.version,
            },
          );
          if (decided.status === 200) {
            applied.set(id, applied.get(id)! + 1);
            break;
          }
          if (decided.status !== 409) {
            throw new Error(
              `decision: ${decided.status} ${JSON.stringify(decided.json)}`,
            );
          }
          conflicts++;
        }
      }
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
    const seconds = (performance.now() - start) / 1000;
    let lost = 0;
    let duplicated = 0;
    for (const id of hot) {
      const after = (await store.getEngagement(id))!;
      const decisions = await knex('solutions_lab_timeline')
        .count({ n: '*' })
        .where({ engagement_id: id, kind: 'decision' })
        .first();
      const expected = applied.get(id)!;
      const versionDelta = after.version - versionsBefore.get(id)!;
      const logged = Number(decisions!.n);
      if (versionDelta < expected || logged < expected)
        lost += expected - Math.min(versionDelta, logged);
      if (versionDelta > expected || logged > expected)
        duplicated += Math.max(versionDelta, logged) - expected;
      const status = expected % 2 === 0 ? 'active' : 'on-hold';
      if (after.status !== status) lost++;
    }
    await lab.stop();
    const total = [...applied.values()].reduce((a, b) => a + b, 0);
    log(
      `  ${total} applied in ${seconds.toFixed(2)} s: ${(
        total / seconds
      ).toFixed(0)} decisions/s; ${conflicts} refused with 409 and retried`,
    );
    log(`  lost updates: ${lost}, duplicated updates: ${duplicated}`);
    if (lost > 0 || duplicated > 0) process.exitCode = 1;
  } finally {
    await knex.destroy();
    if (process.env.KEEP_DB) log(`\nKept database ${dbName}`);
    else await admin.raw(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.destroy();
  }
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
