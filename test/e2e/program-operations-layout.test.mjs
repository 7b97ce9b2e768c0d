/*
 * End-to-end: what a person sees of partner points, every page, at 1280 and
 * 1920 px wide, in Debian's chromium against the portal as `yarn start`
 * serves it (fresh SQLite, demo data). Screenshots go to test-results/e2e/
 * (git-ignored).
 *
 * - Carla Mendes (Contoso Solutions): her standing page with the cohort and
 *   the adjustments and exemptions;
 * - Paul Reyes (program admin): the partner picker, Contoso's standing page
 *   with the grant and revoke dialogs, and the program overview.
 *
 * On every page: no field label covers its input, value or placeholder (the
 * What-if's action select covered "Choose an action…"), no tier name breaks
 * across lines ("Advance / d" in the expiring points at 1400 px), and no card
 * holds content wider than itself.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.mjs';
import {
  APP_URL as APP,
  BACKEND_URL,
  devToken,
  eventually,
} from '../smoke/backend.mjs';
import {
  SHOTS_DIR as shots,
  signInAs,
  startDemoPortal,
} from './demoPortal.mjs';
import {
  assertCardsFit,
  assertLabelsClear,
  assertTierNamesWhole,
  card,
} from './layoutChecks.mjs';

const WIDTHS = [1280, 1920];

let portal;
let browser;
let tierNames;

before(
  async () => {
    mkdirSync(shots, { recursive: true });
    portal = await startDemoPortal();
    const carla = (await devToken(BACKEND_URL, 'user:default/carla.dev')).token;
    await eventually(
      async () => {
        const res = await fetch(`${BACKEND_URL}/api/partner-points/standing`, {
          headers: { Authorization: `Bearer ${carla}` },
        });
        return res.ok && (await res.json()).standing.expiring.length > 0;
      },
      120_000,
      'the demo standing of Contoso Solutions, with expiring points',
    );
    // Tier names as the program defines them, to find them on the pages.
    const program = await fetch(`${BACKEND_URL}/api/partner-points/program`, {
      headers: { Authorization: `Bearer ${carla}` },
    }).then(res => res.json());
    tierNames = program.tiers.map(tier => tier.name);
    assert.ok(tierNames.includes('Advanced'), 'the program has Advanced');
    browser = await launchChromium();
  },
  { timeout: 900_000 },
);

after(async () => {
  await browser?.close();
  await portal?.stop();
});

function signIn(personaName, width) {
  return signInAs(browser, personaName, {
    viewport: { width, height: 1000 },
  });
}

function shot(page, name) {
  return page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** The standing page's own checks: the two defects of issue 11 stay fixed. */
async function assertStandingPage(page, where) {
  await page.getByText('Where the points come from').waitFor({
    timeout: 60_000,
  });
  // The What-if's action select: its placeholder shows, clear of its label.
  const whatIf = card(page, 'What if?');
  const fields = await assertLabelsClear(whatIf, `${where}, what-if`);
  const action = fields.find(
    f => f.label === 'Start from a recommended action',
  );
  assert.ok(action, `${where}: the action select is there`);
  assert.equal(action.valueText.trim(), 'Choose an action…');
  // The expiring points name tiers ("Advanced"), each on one line.
  const expiring = card(page, 'Expiring points');
  const seen = await assertTierNamesWhole(
    expiring,
    tierNames,
    `${where}, expiring points`,
  );
  assert.ok(seen > 0, `${where}: the expiring points name a tier`);
  await assertTierNamesWhole(page.locator('body'), tierNames, where);
  await assertCardsFit(page, where);
}

for (const width of WIDTHS) {
  test(
    `Carla sees her standing, cohort and adjustments, whole, at ${width} px`,
    { timeout: 240_000 },
    async () => {
      const { context, page } = await signIn('Carla Mendes', width);
      try {
        await page.goto(`${APP}/partner-points`);
        await assertStandingPage(page, `Carla's standing at ${width}`);
        const cohort = card(page, 'Among partners like you');
        await cohort
          .getByText(/percentile|too small|Not ranked yet/)
          .first()
          .waitFor({ timeout: 30_000 });
        const decisions = card(page, 'Adjustments and exemptions');
        await decisions
          .getByText(/points:|waived|No adjustments or exemptions/)
          .first()
          .waitFor({ timeout: 30_000 });
        // A partner reads; only program admins grant.
        assert.equal(
          await decisions
            .getByRole('button', { name: 'Grant adjustment' })
            .count(),
          0,
        );
        assert.equal(
          await page.getByRole('link', { name: 'Program overview' }).count(),
          0,
        );
        await shot(page, `operations-carla-standing-${width}`);
      } finally {
        await context.close();
      }
    },
  );

  test(
    `Paul's picker, Contoso's page with its dialogs and the overview fit at ${width} px`,
    { timeout: 300_000 },
    async () => {
      const { context, page } = await signIn('Paul Reyes', width);
      try {
        // The picker, for a program admin without a partner.
        await page.goto(`${APP}/partner-points`);
        await page
          .getByRole('combobox', { name: 'Partner' })
          .waitFor({ timeout: 60_000 });
        await assertLabelsClear(
          card(page, 'Choose a partner'),
          `picker at ${width}`,
        );
        await shot(page, `operations-paul-picker-${width}`);

        // Contoso's standing page, with what only admins see.
        await page.goto(
          `${APP}/partner-points/partners/default/contoso-solutions`,
        );
        await assertStandingPage(page, `Contoso for Paul at ${width}`);
        const decisions = card(page, 'Adjustments and exemptions');
        const grant = decisions.getByRole('button', {
          name: 'Grant adjustment',
        });
        await grant.waitFor({ timeout: 30_000 });
        await shot(page, `operations-paul-contoso-${width}`);

        await grant.click();
        const adjustment = page.getByRole('dialog', {
          name: 'Grant Contoso Solutions an adjustment',
        });
        await adjustment.waitFor();
        await assertLabelsClear(adjustment, `grant adjustment at ${width}`);
        await assertCardsFit(page, `behind the dialog at ${width}`);
        await page.screenshot({
          path: join(shots, `operations-paul-grant-adjustment-${width}.png`),
        });
        await adjustment.getByRole('button', { name: 'Cancel' }).click();
        await adjustment.waitFor({ state: 'detached' });

        await decisions
          .getByRole('button', { name: 'Grant exemption' })
          .click();
        const exemption = page.getByRole('dialog', {
          name: 'Grant Contoso Solutions an exemption',
        });
        await exemption.waitFor();
        const fields = await assertLabelsClear(
          exemption,
          `grant exemption at ${width}`,
        );
        assert.equal(
          fields.find(f => f.label.startsWith('Waive'))?.valueText.trim(),
          'Choose a requirement or a metric…',
        );
        await exemption.getByRole('button', { name: /Waive/ }).click();
        await page.getByRole('option').first().waitFor();
        await assertTierNamesWhole(
          page.getByRole('listbox'),
          tierNames,
          `the requirements to waive at ${width}`,
        );
        await page.screenshot({
          path: join(shots, `operations-paul-grant-exemption-${width}.png`),
        });
        await page.keyboard.press('Escape');
        await exemption.getByRole('button', { name: 'Cancel' }).click();
        await exemption.waitFor({ state: 'detached' });

        // The program overview, from the link only admins see.
        await page.getByRole('link', { name: 'Program overview' }).click();
        await page
          .getByRole('list', { name: 'Partners by tier' })
          .waitFor({ timeout: 60_000 });
        assert.match(page.url(), /\/partner-points\/overview$/);
        await page
          .getByRole('table', { name: 'Partners', exact: true })
          .waitFor({ timeout: 60_000 });
        await assertLabelsClear(page.locator('body'), `overview at ${width}`);
        const seen = await assertTierNamesWhole(
          page.locator('body'),
          tierNames,
          `overview at ${width}`,
        );
        assert.ok(seen > 0, 'the overview names tiers');
        await assertCardsFit(page, `overview at ${width}`);
        await shot(page, `operations-paul-overview-${width}`);

        // A partner of the list opens its standing.
        const partners = page.getByRole('table', {
          name: 'Partners',
          exact: true,
        });
        const first = partners.getByRole('link').first();
        const title = await first.textContent();
        await first.click();
        await page
          .getByText('Where the points come from')
          .waitFor({ timeout: 60_000 });
        assert.match(page.url(), /\/partner-points\/partners\/[^/]+\/[^/]+$/);
        assert.ok(
          await page.getByText(title, { exact: true }).count(),
          `${title}'s standing opened`,
        );
      } finally {
        await context.close();
      }
    },
  );
}

test(
  'Paul grants Contoso an adjustment, Carla sees it with its reason without reloading, Paul revokes it',
  { timeout: 300_000 },
  async () => {
    const carla = await signIn('Carla Mendes', 1920);
    const paul = await signIn('Paul Reyes', 1920);
    try {
      await carla.page.goto(`${APP}/partner-points`);
      const carlaCard = card(carla.page, 'Adjustments and exemptions');
      await carlaCard
        .getByText(/points:|waived|No adjustments or exemptions/)
        .first()
        .waitFor({ timeout: 60_000 });

      await paul.page.goto(
        `${APP}/partner-points/partners/default/contoso-solutions`,
      );
      const paulCard = card(paul.page, 'Adjustments and exemptions');
      await paulCard
        .getByRole('button', { name: 'Grant adjustment' })
        .click({ timeout: 60_000 });
      const dialog = paul.page.getByRole('dialog', {
        name: 'Grant Contoso Solutions an adjustment',
      });
      // Bad input: the server's 400 says what is wrong; nothing is recorded.
      await dialog.getByRole('textbox', { name: /^Points/ }).fill('20');
      await dialog
        .getByRole('textbox', { name: /^Reason/ })
        .fill('Migration credit');
      await dialog
        .getByRole('textbox', { name: /^Expires on/ })
        .fill('2020-01-01');
      await dialog.getByRole('button', { name: 'Grant adjustment' }).click();
      const refusal = dialog.getByRole('alert');
      await refusal.waitFor({ timeout: 30_000 });
      assert.match(await refusal.textContent(), /expiresAt/);
      await paul.page.screenshot({
        path: join(shots, 'operations-paul-grant-refused-1920.png'),
      });

      const expiry = new Date(Date.now() + 120 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      await dialog.getByRole('textbox', { name: /^Expires on/ }).fill(expiry);
      await dialog.getByRole('button', { name: 'Grant adjustment' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 30_000 });
      const granted =
        /\+20 points: Migration credit, granted \d+ \w+ \d{4}, expires \d+ \w+ \d{4}$/;
      await paulCard.getByText(granted).waitFor({ timeout: 30_000 });

      // Carla's page follows without a reload (signals, or the poll).
      await carlaCard.getByText(granted).waitFor({ timeout: 90_000 });
      await shot(carla.page, 'operations-carla-sees-adjustment-1920');

      await paulCard
        .getByRole('button', { name: /^Revoke: \+20 points: Migration credit/ })
        .click();
      const revoke = paul.page.getByRole('dialog', {
        name: 'Revoke this adjustment?',
      });
      await revoke
        .getByRole('textbox', { name: /^Reason for revoking/ })
        .fill('Granted by mistake');
      await assertLabelsClear(revoke, 'revoke dialog');
      await revoke.getByRole('button', { name: 'Revoke adjustment' }).click();
      await revoke.waitFor({ state: 'detached', timeout: 30_000 });
      await paulCard
        .getByText(/Revoked \d+ \w+ \d{4} by paul\.admin: Granted by mistake/)
        .waitFor({ timeout: 30_000 });
      await shot(paul.page, 'operations-paul-revoked-1920');
    } finally {
      await carla.context.close();
      await paul.context.close();
    }
  },
);
