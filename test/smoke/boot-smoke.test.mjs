/*
 * Boot smoke tests: the real backend, started as `yarn start` starts it.
 *
 * - development config on a fresh embedded SQLite: no error lines, a persona
 *   token from `yarn dev:token`, the demo partners from the catalog API, each
 *   Hub tool once in the global search (the Hub's document, not the
 *   catalog's too), 401 without a token;
 * - production config without database settings: refuses to start and says
 *   what to set;
 * - production config on PostgreSQL (SMOKE_POSTGRES_* env, required in CI): no
 *   error lines, persona sign-in and dev:token refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import {
  devToken,
  eventually,
  port as testPort,
  startBackend,
  writeConfig,
} from './backend.mjs';

// catalog/org.yaml (the personas' partners) and catalog/partners.yaml (cohorts).
const DEMO_PARTNERS = [
  'adatum-systems',
  'alpine-resellers',
  'contoso-solutions',
  'fabrikam-software',
  'fourth-coffee-digital',
  'litware-consulting',
  'lucerne-integration',
  'northwind-cloud',
  'proseware-services',
  'relecloud',
  'tailspin-resellers',
  'trey-research-partners',
  'vanarsdel-software',
  'wingtip-cloud',
  'woodgrove-advisory',
];

const BOOT_TIMEOUT = 240_000;

// The search collators run this often in the smoke test (default: minutes).
const COLLATE_SECONDS = 5;

/** A vendor tool every partner may read (catalog/solutions-hub/apis.yaml). */
const PUBLIC_TOOL = {
  name: 'consumption-metering-api',
  title: 'Consumption metering API',
};

test(
  'development backend boots clean and serves the demo catalog to personas',
  { timeout: 420_000 },
  async () => {
    const port = testPort(7207);
    const url = `http://localhost:${port}`;
    const smoke = writeConfig(
      `
backend:
  baseUrl: ${url}
  listen:
    port: ${port}
  database:
    client: better-sqlite3
    connection:
      directory: SMOKE_DIR/sqlite
search:
  collators:
    catalog:
      schedule: &collate
        frequency: { seconds: ${COLLATE_SECONDS} }
        timeout: { minutes: 2 }
        initialDelay: { seconds: 1 }
    solutionsHub:
      schedule: *collate
`.replace('SMOKE_DIR', writeConfig('').dir),
    );
    const backend = startBackend({ configs: ['app-config.yaml', smoke.file] });
    try {
      await backend.waitForLine(/Listening on :\d+/, BOOT_TIMEOUT);

      // The catalog reads catalog/ shortly after start; personas exist then.
      const { token } = await eventually(
        async () => {
          const result = await devToken(url, 'user:default/nora.dev');
          return result.code === 0 ? result : undefined;
        },
        120_000,
        'a persona token for nora.dev',
      );
      assert.match(token, /^[\w-]+\.[\w-]+\.[\w-]+$/);

      // The permission policy: a program admin sees every demo partner, a
      // partner developer only her own.
      const admin = await devToken(url, 'user:default/paul.admin');
      const partnersSeenBy = async bearer => {
        const res = await fetch(
          `${url}/api/catalog/entities/by-query?filter=kind=group,spec.type=partner&fields=metadata.name`,
          { headers: { Authorization: `Bearer ${bearer}` } },
        );
        assert.equal(res.status, 200);
        return (await res.json()).items.map(e => e.metadata.name).sort();
      };
      const partners = await eventually(
        async () => {
          const names = await partnersSeenBy(admin.token);
          return names.length === DEMO_PARTNERS.length ? names : undefined;
        },
        120_000,
        'the demo partners in the catalog',
      );
      assert.deepEqual(partners, DEMO_PARTNERS);
      assert.deepEqual(await partnersSeenBy(token), ['northwind-cloud']);

      // Global search: a tool once, as the Hub's document linking to its Hub
      // page; the catalog's collator (search.collators.catalog.filter in
      // app-config.yaml) indexes the other kinds only.
      const searchFor = async (bearer, term) => {
        const res = await fetch(
          `${url}/api/search/query?term=${encodeURIComponent(
            term,
          )}&pageLimit=100`,
          { headers: { Authorization: `Bearer ${bearer}` } },
        );
        assert.equal(res.status, 200);
        return (await res.json()).results.filter(
          r => r.document.title === term,
        );
      };
      await eventually(
        async () => {
          const res = await fetch(
            `${url}/api/catalog/entities/by-query?filter=kind=tool,metadata.name=${PUBLIC_TOOL.name}`,
            { headers: { Authorization: `Bearer ${admin.token}` } },
          );
          return res.ok && (await res.json()).items.length === 1;
        },
        120_000,
        'the tool in the catalog',
      );
      const toolInCatalogAt = Date.now();
      // Query only once both collators built their index: a query before
      // that is an error in the search backend's log (MissingIndexError).
      for (const type of ['software-catalog', 'solutions-hub-tool']) {
        await backend.waitForLine(
          new RegExp(`Collating documents for ${type} succeeded`),
          120_000,
        );
      }
      // The catalog's collator runs: catalog entities are searchable.
      await eventually(
        async () =>
          (
            await searchFor(token, 'Partner Studio')
          ).some(r => r.type === 'software-catalog'),
        120_000,
        'the catalog entities in the search',
      );
      await eventually(
        async () =>
          (
            await searchFor(token, PUBLIC_TOOL.title)
          ).some(r => r.type === 'solutions-hub-tool'),
        120_000,
        "the Hub's tools in the search",
      );
      // Both collators ran again since the tool was in the catalog.
      const waitMs = toolInCatalogAt + 3 * COLLATE_SECONDS * 1000 - Date.now();
      await new Promise(r => setTimeout(r, Math.max(0, waitMs)));
      const hits = await searchFor(token, PUBLIC_TOOL.title);
      assert.deepEqual(
        hits.map(r => ({ type: r.type, location: r.document.location })),
        [
          {
            type: 'solutions-hub-tool',
            location: `/solutions-hub/tools/default/${PUBLIC_TOOL.name}`,
          },
        ],
      );

      const anonymous = await fetch(
        `${url}/api/catalog/entities?filter=kind=group`,
      );
      assert.equal(anonymous.status, 401);

      const notPersona = await devToken(url, 'user:default/nobody');
      assert.equal(notPersona.code, 1);
      assert.match(notPersona.stderr, /refused \(404\)/);

      assert.deepEqual(
        backend.errorLines(),
        [],
        'the backend log has error lines',
      );
    } finally {
      await backend.stop();
      rmSync(smoke.dir, { recursive: true, force: true });
    }
  },
);

test(
  'production configuration without database settings refuses to start, saying what to set',
  { timeout: 120_000 },
  async () => {
    const env = {
      POSTGRES_HOST: '',
      POSTGRES_PORT: '',
      POSTGRES_USER: '',
      POSTGRES_PASSWORD: '',
      NODE_ENV: 'production',
    };
    const backend = startBackend({
      configs: ['app-config.yaml', 'app-config.production.yaml'],
      env,
    });
    try {
      // `backstage-cli package start` stays up (watching) after the backend
      // process exits, so read the log rather than the exit code.
      await backend.waitForLine(/cannot start; fix the configuration/, 100_000);
      const problem = await backend.waitForLine(/POSTGRES_HOST/, 10_000);
      assert.match(
        problem,
        /set the environment variables POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD/,
      );
      assert.equal(
        backend.lines.find(l => /Listening on/.test(l)),
        undefined,
      );
    } finally {
      await backend.stop();
    }
  },
);

const pg = {
  host: process.env.SMOKE_POSTGRES_HOST,
  port: process.env.SMOKE_POSTGRES_PORT ?? '5432',
  user: process.env.SMOKE_POSTGRES_USER,
  password: process.env.SMOKE_POSTGRES_PASSWORD,
};

test(
  'production backend on PostgreSQL boots clean and refuses persona sign-in',
  {
    timeout: 420_000,
    skip:
      !pg.host && !process.env.CI
        ? 'set SMOKE_POSTGRES_HOST/USER/PASSWORD to run'
        : false,
  },
  async () => {
    assert.ok(
      pg.host && pg.user,
      'CI must provide SMOKE_POSTGRES_HOST and SMOKE_POSTGRES_USER',
    );
    const port = testPort(7217);
    const url = `http://localhost:${port}`;
    const smoke = writeConfig(`
backend:
  listen: ':${port}'
  database:
    prefix: partner_studio_smoke_
`);
    const backend = startBackend({
      configs: ['app-config.yaml', 'app-config.production.yaml', smoke.file],
      env: {
        POSTGRES_HOST: pg.host,
        POSTGRES_PORT: pg.port,
        POSTGRES_USER: pg.user,
        POSTGRES_PASSWORD: pg.password ?? '',
        APP_BASE_URL: url,
        BACKEND_BASE_URL: url,
      },
    });
    try {
      await backend.waitForLine(/Listening on :\d+/, BOOT_TIMEOUT);
      await backend.waitForLine(/Plugin initialization complete/, BOOT_TIMEOUT);

      const refused = await devToken(url, 'user:default/nora.dev');
      assert.equal(refused.code, 1);
      assert.equal(refused.token, '');
      assert.match(refused.stderr, /refused \(404\).*only in development/s);

      const directory = await fetch(`${url}/api/auth/persona-directory`);
      assert.equal(directory.status, 404);

      const anonymous = await fetch(`${url}/api/catalog/entities`);
      assert.equal(anonymous.status, 401);

      assert.deepEqual(
        backend.errorLines(),
        [],
        'the backend log has error lines',
      );
    } finally {
      await backend.stop();
      rmSync(smoke.dir, { recursive: true, force: true });
    }
  },
);
