/*
 * The portal the browser tests drive, and how a person signs in to it: as
 * `yarn start` serves it, on a fresh embedded SQLite with the demo data, on
 * the ports PARTNER_STUDIO_PORT_OFFSET moves.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  APP_URL,
  BACKEND_URL,
  eventually,
  repoRoot,
  startPortal,
  waitForDemoPersonas,
  writeConfig,
} from '../smoke/backend.mjs';

/** Where the browser tests put their screenshots. */
export const SHOTS_DIR = join(repoRoot, 'test-results/e2e');

/**
 * Starts the portal on a fresh SQLite directory and waits until the
 * frontend answers and the sign-in page lists the demo personas.
 * `stop()` stops it and removes the directory.
 */
export async function startDemoPortal() {
  const data = writeConfig('');
  const config = writeConfig(`
backend:
  database:
    client: better-sqlite3
    connection:
      directory: ${data.dir}/sqlite
`);
  const portal = startPortal({ configs: ['app-config.yaml', config.file] });
  const stop = async () => {
    await portal.stop();
    rmSync(data.dir, { recursive: true, force: true });
  };
  try {
    await portal.waitForLine(/Listening on :\d+/, 300_000);
    await eventually(
      async () => (await fetch(APP_URL)).ok,
      300_000,
      `the frontend on ${APP_URL}`,
    );
    await waitForDemoPersonas(BACKEND_URL);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...portal, stop };
}

/**
 * A new browser context signed in as a demo persona (by the name on the
 * sign-in page), on the home page. A failed sign-in leaves a screenshot.
 */
export async function signInAs(
  browser,
  personaName,
  contextOptions = { viewport: { width: 1400, height: 1000 } },
) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  try {
    await page.goto(APP_URL);
    await page
      .getByRole('button', { name: `Sign in as ${personaName}` })
      .click({ timeout: 120_000 });
    await page
      .getByText('Welcome to Partner Studio')
      .waitFor({ timeout: 60_000 });
  } catch (error) {
    await page
      .screenshot({
        path: join(SHOTS_DIR, `sign-in-failed-${personaName}.png`),
      })
      .catch(() => undefined);
    throw error;
  }
  return { context, page };
}
