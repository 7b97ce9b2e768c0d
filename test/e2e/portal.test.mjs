/*
 * End-to-end: the portal as `yarn start` serves it, in Debian's chromium.
 * One persona of each role signs in through the development sign-in page and
 * browses the demo catalog. Screenshots go to test-results/e2e/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  eventually,
  repoRoot,
  startPortal,
  writeConfig,
} from '../smoke/backend.mjs';

const APP = 'http://localhost:3000';
const shots = join(repoRoot, 'test-results/e2e');

const PERSONAS = [
  { name: 'Nora Lindqvist', role: 'partner developer at Northwind Cloud' },
  { name: 'Cody Brennan', role: 'partner admin at Contoso Solutions' },
  { name: 'Erin Kowalski', role: 'vendor expert' },
  { name: 'Paul Reyes', role: 'program admin' },
];

let portal;
let browser;
let smoke;

before(
  async () => {
    mkdirSync(shots, { recursive: true });
    smoke = writeConfig('');
    const config = writeConfig(`
backend:
  database:
    client: better-sqlite3
    connection:
      directory: ${smoke.dir}/sqlite
`);
    portal = startPortal({ configs: ['app-config.yaml', config.file] });
    await portal.waitForLine(/Listening on :7007/, 300_000);
    await eventually(
      async () => (await fetch(APP)).ok,
      300_000,
      'the frontend on :3000',
    );
    // The sign-in page lists personas once the catalog has read catalog/.
    await eventually(
      async () => {
        const res = await fetch(
          'http://localhost:7007/api/auth/persona-directory',
        );
        return res.ok && (await res.json()).items.length >= 10;
      },
      180_000,
      'the demo personas in the catalog',
    );
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  },
  { timeout: 660_000 },
);

after(async () => {
  await browser?.close();
  await portal?.stop();
  if (smoke) rmSync(smoke.dir, { recursive: true, force: true });
});

for (const persona of PERSONAS) {
  test(
    `${persona.name} (${persona.role}) signs in and browses the demo catalog`,
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext({
        viewport: { width: 1400, height: 1000 },
      });
      const page = await context.newPage();
      try {
        await page.goto(APP);
        await page
          .getByRole('button', { name: `Sign in as ${persona.name}` })
          .click({ timeout: 60_000 });
        await page
          .getByText('Welcome to Partner Studio')
          .waitFor({ timeout: 60_000 });

        // The signed-in identity is the persona's.
        await page.goto(`${APP}/settings`);
        await page.getByText(persona.name).first().waitFor({ timeout: 30_000 });

        // The partners of the demo organisation are in the catalog.
        await page.goto(
          `${APP}/catalog?filters%5Bkind%5D=group&filters%5Buser%5D=all`,
        );
        for (const partner of [
          'Northwind Cloud',
          'Contoso Solutions',
          'Fabrikam Software',
        ]) {
          await page
            .getByText(partner, { exact: true })
            .first()
            .waitFor({ timeout: 60_000 });
        }
        await page.screenshot({
          path: join(
            shots,
            `${persona.name.replace(/\W+/g, '-').toLowerCase()}-catalog.png`,
          ),
          fullPage: true,
        });

        // A partner's page shows its members.
        await page
          .getByText('Northwind Cloud', { exact: true })
          .first()
          .click();
        await page
          .getByText('Nora Lindqvist')
          .first()
          .waitFor({ timeout: 60_000 });
      } finally {
        await context.close();
      }
    },
  );
}

test(
  'signing out returns to the persona picker',
  { timeout: 120_000 },
  async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(APP);
      await page
        .getByRole('button', { name: 'Sign in as Tara Singh' })
        .click({ timeout: 60_000 });
      await page
        .getByText('Welcome to Partner Studio')
        .waitFor({ timeout: 60_000 });
      await page.goto(`${APP}/settings`);
      await page.getByRole('button', { name: /more/i }).first().click();
      await page.getByRole('menuitem', { name: /sign out/i }).click();
      await page
        .getByRole('button', { name: 'Sign in as Tara Singh' })
        .waitFor({ timeout: 60_000 });
      assert.ok(true);
    } finally {
      await context.close();
    }
  },
);
