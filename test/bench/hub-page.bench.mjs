/*
 * Benchmark, the Solutions Hub's frontend half: the Hub page with 5,000
 * tools until interactive in headless chromium, against the catalog's index
 * page listing the same 5,000 Tool entities, in one run on one portal.
 * Target: the Hub at least 3× faster.
 *
 * The portal runs as a user's portal does (BUILD=production, the default):
 * the production build of packages/app (`yarn build` there, run by the
 * bench when packages/app/dist is missing or older than the frontend
 * packages' sources, or with BUILD_APP=1) served by the
 * backend's app plugin on the backend's own origin. BUILD=development runs
 * `yarn start` instead (the development bundle from the dev server). Either
 * way on a fresh embedded SQLite with the demo data and one more catalog
 * location: TOOLS tools (default 5,000) derived from the shipped ones in
 * catalog/solutions-hub/ (the same fields, owners and templates, numbered
 * titles). Carla (partner developer at Contoso) opens each page ROUNDS times
 * (default 5), alternating, after one warm-up load of each.
 *
 * Two ways in: a full page load (the browser loads and starts the app, then
 * the page), and a navigation inside the app from the home page, as a
 * sidebar link does (the page's own cost).
 *
 * "Interactive": the page shows its first results and the full count, and
 * the main thread then stays free of long tasks (> 50 ms) for a second; the
 * figure is the later of "results shown" and "end of the last long task",
 * from navigation start.
 *
 * Run: `yarn bench` in plugins/solutions-hub (or `node test/bench/hub-page.bench.mjs`).
 * Honours PARTNER_STUDIO_PORT_OFFSET like the other browser tests.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/browser.mjs';
import { parseAllDocuments, parse, stringify } from 'yaml';
import {
  APP_URL,
  BACKEND_URL,
  devToken,
  eventually,
  port,
  repoRoot,
  startBackend,
  startPortal,
  writeConfig,
} from '../smoke/backend.mjs';

const TOOLS = Number(process.env.TOOLS ?? 5000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const BUILD = process.env.BUILD ?? 'production';
const QUIET_MS = 1000;

if (BUILD !== 'production' && BUILD !== 'development') {
  throw new Error(`BUILD must be production or development, not ${BUILD}`);
}
// A production portal serves the app from the backend: one origin.
const APP = BUILD === 'production' ? BACKEND_URL : APP_URL;
const APP_DIST = join(repoRoot, 'packages/app/dist');

function log(line) {
  process.stdout.write(`${line}\n`);
}

/** TOOLS tools: the shipped ones again and again, each with a new name. */
function benchTools() {
  const dir = join(repoRoot, 'catalog/solutions-hub');
  const shipped = readdirSync(dir)
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map(doc =>
        doc.toJS(),
      ),
    )
    .filter(entity => entity?.kind === 'Tool');
  const tools = [];
  for (let i = 0; i < TOOLS; i++) {
    const base = shipped[i % shipped.length];
    const copy = Math.floor(i / shipped.length) + 1;
    // Plays and courses name one program item each; copies are plain tools.
    const { play, course, ...spec } = base.spec;
    tools.push({
      ...base,
      metadata: {
        ...base.metadata,
        name: `bench-${copy}-${base.metadata.name}`.slice(0, 63),
        title: `${base.metadata.title} ${copy}`,
      },
      spec: {
        ...spec,
        category:
          spec.category === 'sales-play' ||
          spec.category === 'enablement-course'
            ? 'reference-architecture'
            : spec.category,
      },
    });
  }
  return tools;
}

// The roles of the packages that end up in the app's bundle.
const BUNDLED_ROLES = [
  'frontend',
  'frontend-plugin',
  'web-library',
  'common-library',
];

/** The newest modification time (ms) of the files under `dir`. */
function newestFileIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(entry.parentPath ?? dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestFileIn(path) : statSync(path).mtimeMs,
    );
  }
  return newest;
}

/** When the sources of the app's bundle last changed (ms). */
function bundledSourcesChangedAt() {
  return ['packages', 'plugins']
    .flatMap(group =>
      readdirSync(join(repoRoot, group)).map(name =>
        join(repoRoot, group, name),
      ),
    )
    .filter(dir => {
      const manifest = join(dir, 'package.json');
      return (
        existsSync(manifest) &&
        existsSync(join(dir, 'src')) &&
        BUNDLED_ROLES.includes(
          JSON.parse(readFileSync(manifest, 'utf8')).backstage?.role,
        )
      );
    })
    .reduce(
      (newest, dir) => Math.max(newest, newestFileIn(join(dir, 'src'))),
      0,
    );
}

/**
 * packages/app/dist, built now (`yarn build` in packages/app) if it is
 * missing, older than the sources it bundles, or BUILD_APP=1; says when the
 * build it serves was made.
 */
function ensureAppBuild() {
  const index = join(APP_DIST, 'index.html');
  const stale =
    !existsSync(index) ||
    statSync(index).mtimeMs < bundledSourcesChangedAt() ||
    process.env.BUILD_APP === '1';
  if (stale) {
    log('Building the app (yarn build in packages/app)…');
    const build = spawnSync('yarn', ['build'], {
      cwd: join(repoRoot, 'packages/app'),
      stdio: 'inherit',
    });
    if (build.status !== 0) {
      throw new Error(`yarn build in packages/app failed (${build.status})`);
    }
  }
  log(
    `Production build of packages/app from ${statSync(
      index,
    ).mtime.toISOString()}.`,
  );
}

/**
 * Config for a production-style portal: the backend serves the built app
 * (plugin-app-backend) on its own origin.
 */
function oneOriginConfig() {
  return {
    app: { baseUrl: BACKEND_URL },
    backend: {
      baseUrl: BACKEND_URL,
      listen: { port: port(7007) },
      cors: { origin: BACKEND_URL },
    },
  };
}

/** The portal's catalog locations plus the bench's tools. */
function benchConfig(dir) {
  const toolsFile = join(dir, 'bench-tools.yaml');
  writeFileSync(
    toolsFile,
    benchTools()
      .map(tool => stringify(tool))
      .join('---\n'),
  );
  const appConfig = parse(
    readFileSync(join(repoRoot, 'app-config.yaml'), 'utf8'),
  );
  const locations = appConfig.catalog.locations.map(location => ({
    ...location,
    // app-config.yaml's paths are relative to packages/backend.
    target: location.target.startsWith('../../')
      ? join(repoRoot, location.target.slice('../../'.length))
      : location.target,
  }));
  const origin = BUILD === 'production' ? oneOriginConfig() : {};
  return writeConfig(
    stringify({
      ...origin,
      backend: {
        ...origin.backend,
        database: {
          client: 'better-sqlite3',
          connection: { directory: join(dir, 'sqlite') },
        },
      },
      catalog: {
        locations: [...locations, { type: 'file', target: toolsFile }],
      },
    }),
  );
}

/** Records long tasks from the first byte of every page the context opens. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push(entry.startTime + entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
`;

/**
 * Opens `url`, waits until `ready` holds in the page, then until the main
 * thread has been quiet for QUIET_MS; returns ms from navigation start.
 */
async function timeToInteractive(page, url, ready) {
  await page.goto(url, { waitUntil: 'commit' });
  const shownAt = await page.waitForFunction(ready, undefined, {
    timeout: 300_000,
    polling: 50,
  });
  return quiet(page, await shownAt.jsonValue());
}

/**
 * From the portal's home page, already loaded and idle, navigates inside the
 * app (as a sidebar link does) to `path` and times it the same way: the
 * page's own cost, without loading and starting the app.
 */
async function timeToInteractiveInApp(page, path, ready) {
  await page.evaluate(() => {
    window.history.pushState({}, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await page
    .getByText('Welcome to Partner Studio')
    .waitFor({ timeout: 60_000 });
  await quiet(page, 0);
  const start = await page.evaluate(target => {
    const now = performance.now();
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
    return now;
  }, path);
  const shownAt = await page.waitForFunction(ready, undefined, {
    timeout: 300_000,
    polling: 50,
  });
  return (await quiet(page, await shownAt.jsonValue(), start)) - start;
}

/** Waits until QUIET_MS without long tasks after `shown`; the later of both. */
async function quiet(page, shown, since = 0) {
  for (;;) {
    const { now, last } = await page.evaluate(
      after => ({
        now: performance.now(),
        last: Math.max(0, ...window.__longTasks.filter(t => t > after)),
      }),
      since,
    );
    if (now - Math.max(last, shown) >= QUIET_MS) {
      return Math.max(shown, last);
    }
    await page.waitForTimeout(200);
  }
}

/** The Hub has shown its first tools and the count of all of them. */
function hubReady(expected) {
  return new Function(`
    const list = document.querySelector('ul[aria-label="Tools"]');
    const count = document.getElementById('solutions-hub-results-heading')
      ?.parentElement?.textContent ?? '';
    return list && list.children.length > 0 &&
      count.replace(/\\D/g, '').startsWith('${expected}')
      ? performance.now() : false;
  `);
}

/** The catalog's table shows tool rows and its title counts them all. */
function catalogReady(expected) {
  return new Function(`
    const rows = document.querySelectorAll('table tbody tr');
    const title = document.body.innerText.match(/All tools \\((\\d+)\\)/i)
      ?? document.body.innerText.match(/Tools \\((\\d+)\\)/i);
    return rows.length > 1 && title && Number(title[1]) >= ${expected}
      ? performance.now() : false;
  `);
}

/** The 1-minute load average, as a shared machine skews every figure. */
function machineLoad() {
  return loadavg()[0].toFixed(1);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const work = writeConfig('');
  mkdirSync(join(work.dir, 'sqlite'), { recursive: true });
  const config = benchConfig(work.dir);
  if (BUILD === 'production') ensureAppBuild();
  log(`Starting the portal (${BUILD} build) with ${TOOLS} more tools…`);
  const configs = ['app-config.yaml', config.file];
  const portal =
    BUILD === 'production'
      ? startBackend({ configs })
      : startPortal({ configs });
  let browser;
  try {
    await portal.waitForLine(/Listening on :\d+/, 600_000);
    await eventually(
      async () => (await fetch(APP)).ok,
      600_000,
      'the frontend',
    );
    const { token } = await eventually(
      async () => {
        const result = await devToken(BACKEND_URL, 'user:default/carla.dev');
        return result.code === 0 ? result : undefined;
      },
      600_000,
      'a token for Carla',
    );
    const count = async (path, field) => {
      const res = await fetch(`${BACKEND_URL}${path}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      return res.ok ? (await res.json())[field] : 0;
    };
    // Both sides list the same tools: the catalog has read all of them (its
    // count stays put between two looks) and the Hub's index has caught up.
    let previous = -1;
    const { total, catalogTotal } = await eventually(
      async () => {
        const inCatalog = await count(
          '/api/catalog/entities/by-query?filter=kind=tool&limit=1',
          'totalItems',
        );
        const inHub = await count(
          '/api/solutions-hub/tools?limit=1',
          'totalCount',
        );
        const settled = inCatalog >= TOOLS && inCatalog === previous;
        previous = inCatalog;
        return settled && inHub === inCatalog
          ? { total: inHub, catalogTotal: inCatalog }
          : undefined;
      },
      1_200_000,
      `the same ${TOOLS} tools in the catalog and the Hub's index`,
    );
    log(
      `Carla sees ${total} tools in the Hub and ${catalogTotal} in the catalog.`,
    );

    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
    });
    await context.addInitScript(LONG_TASKS);
    const page = await context.newPage();
    await page.goto(APP);
    await page
      .getByRole('button', { name: 'Sign in as Carla Mendes' })
      .click({ timeout: 120_000 });
    await page
      .getByText('Welcome to Partner Studio')
      .waitFor({ timeout: 120_000 });

    const catalogPath = '/catalog?filters%5Bkind%5D=tool&filters%5Buser%5D=all';
    const ways = {
      'full page load': {
        hub: () =>
          timeToInteractive(page, `${APP}/solutions-hub`, hubReady(total)),
        catalog: () =>
          timeToInteractive(
            page,
            `${APP}${catalogPath}`,
            catalogReady(catalogTotal),
          ),
      },
      'in-app navigation': {
        hub: () =>
          timeToInteractiveInApp(page, '/solutions-hub', hubReady(total)),
        catalog: () =>
          timeToInteractiveInApp(page, catalogPath, catalogReady(catalogTotal)),
      },
    };
    const loadBefore = machineLoad();
    const results = [];
    for (const [way, pages] of Object.entries(ways)) {
      // Warm-up: the bundles in the browser's cache, the servers' caches warm.
      await pages.hub();
      await pages.catalog();
      const times = { hub: [], catalog: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const name of round % 2
          ? ['catalog', 'hub']
          : ['hub', 'catalog']) {
          times[name].push(await pages[name]());
        }
      }
      results.push({ way, times });
    }
    const ms = values => values.map(v => Math.round(v)).join(', ');
    log('');
    log(
      `Page until interactive, ${BUILD} build, ${TOOLS} tools, median of ${ROUNDS} (ms):`,
    );
    log(
      `Machine load (1-minute average, ${
        cpus().length
      } cores): ${loadBefore} before, ${machineLoad()} after.`,
    );
    for (const { way, times } of results) {
      const hub = median(times.hub);
      const catalog = median(times.catalog);
      log(`${way}:`);
      log(
        `  Solutions Hub  /solutions-hub  ${Math.round(hub)}  (${ms(
          times.hub,
        )})`,
      );
      log(
        `  catalog index  /catalog        ${Math.round(catalog)}  (${ms(
          times.catalog,
        )})`,
      );
      log(
        `  ratio catalog / Hub: ${(catalog / hub).toFixed(
          1,
        )}× (target ≥ 3×) — ${catalog / hub >= 3 ? 'met' : 'NOT met'}`,
      );
    }
  } finally {
    await browser?.close();
    await portal.stop();
  }
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
