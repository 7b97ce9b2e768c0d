/*
 * Benchmark of the Solutions Hub's tool search, the search half of the
 * issue's benchmark: 20,000 synthetic tools in the index, a mix of queries
 * (full text, prefix while typing, typos, facet filters, every sort, deep
 * pages, an access filter), p50/p95/p99 per kind and overall.
 *
 * The comparison with the catalog's /entities/by-query answering the same
 * filter over the same entities (target: Hub p95 at least 10× faster) needs
 * the Hub's HTTP API and runs in the same harness once it exists.
 *
 * Run: `yarn bench` in this package. Environment: TOOLS (default 20000),
 * ROUNDS (default 30).
 */
import { performance } from 'node:perf_hooks';
import { syntheticTools } from '../src/__testUtils__/tools';
import { ToolSearchIndex } from '../src/search/ToolSearchIndex';
import type { ToolSearchQuery } from '../src/search/types';

const env = (name: string, fallback: number) =>
  process.env[name] ? Number(process.env[name]) : fallback;

const TOOLS = env('TOOLS', 20_000);
const ROUNDS = env('ROUNDS', 30);

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

const QUERIES: Record<string, ToolSearchQuery[]> = {
  'full text': [
    { q: 'cluster' },
    { q: 'backup recovery' },
    { q: 'storage pipeline automation' },
    { q: 'gateway' },
  ],
  'prefix (typing)': [{ q: 'k' }, { q: 'ku' }, { q: 'net' }, { q: 'tena' }],
  typo: [{ q: 'kubernets' }, { q: 'recovry' }, { q: 'firewal' }],
  'facets only': [
    { filters: { category: ['sdk'] } },
    {
      filters: {
        category: ['api', 'sandbox'],
        businessModel: ['solution-builder'],
      },
    },
    {
      filters: {
        stage: ['solution-development/validate'],
        supportLevel: ['vendor-supported'],
      },
    },
    { filters: { tag: ['go', 'python'] } },
  ],
  'text + facets': [
    { q: 'cluster', filters: { category: ['sdk', 'api'] } },
    {
      q: 'metrics',
      filters: {
        productArea: ['multi-cloud-management'],
        stage: ['solution-development/build'],
      },
    },
  ],
  sorts: [
    { sort: 'name' },
    { sort: 'newest' },
    { sort: 'popularity' },
    { q: 'network', sort: 'newest' },
  ],
  'access filter': [
    { access: tool => tool.spec.minimumTier === 'community' },
    {
      q: 'backup',
      access: { not: tool => tool.spec.category === 'sales-play' },
    },
  ],
};

function main() {
  log(`Solutions Hub search benchmark: ${TOOLS} tools, ${ROUNDS} rounds`);
  const tools = syntheticTools(TOOLS);
  const buildStarted = performance.now();
  const index = ToolSearchIndex.build(tools, {
    popularity: new Map(tools.map((t, i) => [t.ref, (i * 7919) % 97])),
  });
  const buildMs = performance.now() - buildStarted;
  log(`index build: ${buildMs.toFixed(0)} ms (${index.size} tools)`);

  // Deep pages: follow cursors 10 pages into a broad search.
  const deepPage = () => {
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      cursor = index.search({ sort: 'name', limit: 20, cursor }).nextCursor;
    }
  };

  // Warm up.
  for (const queries of Object.values(QUERIES)) {
    for (const query of queries) index.search(query);
  }
  deepPage();

  const all: number[] = [];
  log('');
  log('kind                 p50 ms   p95 ms   p99 ms   results');
  for (const [kind, queries] of Object.entries(QUERIES)) {
    const durations: number[] = [];
    let results = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of queries) {
        const started = performance.now();
        const result = index.search(query);
        durations.push(performance.now() - started);
        results = result.totalCount;
      }
    }
    durations.sort((a, b) => a - b);
    all.push(...durations);
    log(
      `${kind.padEnd(20)} ${percentile(durations, 0.5)
        .toFixed(2)
        .padStart(6)}   ${percentile(durations, 0.95)
        .toFixed(2)
        .padStart(6)}   ${percentile(durations, 0.99)
        .toFixed(2)
        .padStart(6)}   ${results}`,
    );
  }
  const deep: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    deepPage();
    deep.push((performance.now() - started) / 10);
  }
  deep.sort((a, b) => a - b);
  log(
    `${'page 1-10 (per page)'.padEnd(20)} ${percentile(deep, 0.5)
      .toFixed(2)
      .padStart(6)}   ${percentile(deep, 0.95)
      .toFixed(2)
      .padStart(6)}   ${percentile(deep, 0.99).toFixed(2).padStart(6)}`,
  );
  all.sort((a, b) => a - b);
  log('');
  log(
    `all queries: p50 ${percentile(all, 0.5).toFixed(2)} ms, p95 ${percentile(
      all,
      0.95,
    ).toFixed(2)} ms, p99 ${percentile(all, 0.99).toFixed(2)} ms over ${
      all.length
    } searches`,
  );
  log(
    'catalog /entities/by-query side by side (target: Hub p95 at least 10x faster): needs the Hub API, not measured here',
  );
}

main();
