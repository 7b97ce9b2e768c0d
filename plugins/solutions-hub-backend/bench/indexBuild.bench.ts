/* eslint-disable no-console */
/*
 * Benchmark of rebuilding the Hub's search index (what the catalog sync does
 * when tools changed): the longest the event loop is held up while an index
 * of TOOLS synthetic tools is built, built whole (`ToolSearchIndex.build`)
 * and in slices (`buildInSlices`, what the sync uses), side by side, ROUNDS
 * times each, alternating. A 1 ms timer measures the longest gap between its
 * turns: the wait a request arriving meanwhile would have. Not a test: it
 * prints figures and the ratio.
 *
 * Run: `yarn bench:index` in this package (also the first part of
 * `yarn bench`). Environment: TOOLS (default 20000), ROUNDS (default 3).
 */
import { syntheticTools } from '../src/__testUtils__/tools';
import { ToolSearchIndex } from '../src/search/ToolSearchIndex';

const TOOLS = Number(process.env.TOOLS ?? 20_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

/** The build's duration and the longest event-loop stall during it (ms). */
async function measure(
  build: () => unknown,
): Promise<{ buildMs: number; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  let ticking = true;
  const tick = () => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
    if (ticking) setTimeout(tick, 1);
  };
  setTimeout(tick, 1);
  await new Promise(resolve => setTimeout(resolve, 20));
  stallMs = 0;
  const start = performance.now();
  await build();
  const buildMs = performance.now() - start;
  await new Promise(resolve => setTimeout(resolve, 20));
  ticking = false;
  return { buildMs, stallMs };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const tools = syntheticTools(TOOLS);
  console.log(
    `Solutions Hub index rebuild: ${TOOLS} tools, ${ROUNDS} rounds each, Node ${process.version}`,
  );
  // Warm-up (not measured).
  ToolSearchIndex.build(tools.slice(0, 2_000));
  await ToolSearchIndex.buildInSlices(tools.slice(0, 2_000));

  const whole: Array<{ buildMs: number; stallMs: number }> = [];
  const sliced: Array<{ buildMs: number; stallMs: number }> = [];
  for (let r = 0; r < ROUNDS; r++) {
    whole.push(await measure(() => ToolSearchIndex.build(tools)));
    sliced.push(await measure(() => ToolSearchIndex.buildInSlices(tools)));
  }
  const row = (label: string, runs: typeof whole) =>
    console.log(
      `  ${label.padEnd(22)} build ${median(runs.map(r => r.buildMs))
        .toFixed(0)
        .padStart(5)} ms   longest stall ${median(runs.map(r => r.stallMs))
        .toFixed(0)
        .padStart(5)} ms   (stalls: ${runs
        .map(r => r.stallMs.toFixed(0))
        .join(', ')})`,
    );
  console.log('medians:');
  row('whole (build)', whole);
  row('in slices (the sync)', sliced);
  const ratio =
    median(whole.map(r => r.stallMs)) / median(sliced.map(r => r.stallMs));
  console.log(
    `  ratio of the longest stalls, whole / in slices: ${ratio.toFixed(1)}x`,
  );
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
