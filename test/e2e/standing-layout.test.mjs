/*
 * End-to-end: what a person sees of partner points, at 1280, 1400 and
 * 1920 px wide, in Debian's chromium against the portal as `yarn start`
 * serves it (fresh SQLite, demo data). Screenshots go to test-results/e2e/.
 *
 * - Carla Mendes (a partner developer at Contoso Solutions): the home widget,
 *   the partner card on Contoso's group page and the program standing page;
 * - Paul Reyes (program admin, no partner of his own): the partner picker,
 *   chosen with the keyboard, and a partner's standing page.
 *
 * Each page is checked for the defects found by looking at it: a field's
 * label covering its value or placeholder (the What-if's select), table
 * cells breaking inside words ("Advance / d" in the expiring points), and
 * content wider than its card.
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
  assertFits,
  assertLabelsClear,
  card,
  fieldBoxes,
} from './layoutChecks.mjs';

const WIDTHS = [1280, 1400, 1920];

let portal;
let browser;

before(
  async () => {
    mkdirSync(shots, { recursive: true });
    portal = await startDemoPortal();
    // Demo data is ingested on start: wait for Contoso's standing.
    const carla = (await devToken(BACKEND_URL, 'user:default/carla.dev')).token;
    await eventually(
      async () => {
        const res = await fetch(`${BACKEND_URL}/api/partner-points/standing`, {
          headers: { Authorization: `Bearer ${carla}` },
        });
        return (
          res.ok && (await res.json()).standing.expiring.length > 0 && true
        );
      },
      120_000,
      'the demo standing of Contoso Solutions, with expiring points',
    );
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

/**
 * The number of lines each cell's text takes, by column header, for the
 * table with the given accessible name.
 */
async function cellLines(page, tableName) {
  return page.getByRole('table', { name: tableName }).evaluate(table => {
    const headers = [...table.querySelectorAll('thead th')].map(th =>
      th.textContent.trim(),
    );
    const linesOf = node => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set(
        [...range.getClientRects()]
          .filter(r => r.width > 0)
          .map(r => Math.round(r.top)),
      );
      return tops.size;
    };
    return [...table.querySelectorAll('tbody tr')].map(row =>
      Object.fromEntries(
        [...row.children].map((cell, i) => [
          headers[i],
          {
            text: cell.textContent.trim(),
            // The first child line (the date, not its "in N days").
            lines: linesOf(cell.firstChild ?? cell),
          },
        ]),
      ),
    );
  });
}

for (const width of WIDTHS) {
  test(
    `Carla (Contoso) sees the widget, the partner card and a standing page that fit at ${width} px`,
    { timeout: 240_000 },
    async () => {
      const { context, page } = await signIn('Carla Mendes', width);
      try {
        // Home widget.
        const widget = card(page, 'Program standing');
        await widget.getByText(/ tier$/).waitFor({ timeout: 60_000 });
        await widget.getByText('Contoso Solutions').waitFor();
        await widget
          .getByRole('list', { name: 'Top actions' })
          .waitFor({ timeout: 30_000 });
        await assertFits(widget, `home widget at ${width}`);
        await shot(page, `layout-carla-home-${width}`);

        // The partner card on Contoso's group page.
        await page.goto(`${APP}/catalog/default/group/contoso-solutions`);
        const partnerCard = card(page, 'Program standing');
        await partnerCard
          .getByRole('link', { name: 'See the full program standing' })
          .waitFor({ timeout: 60_000 });
        await assertFits(partnerCard, `partner card at ${width}`);
        await shot(page, `layout-carla-group-card-${width}`);

        // Her partner's standing page.
        await partnerCard
          .getByRole('link', { name: 'See the full program standing' })
          .click();
        await page
          .getByText('Where the points come from')
          .waitFor({ timeout: 60_000 });
        assert.match(
          page.url(),
          /\/partner-points\/partners\/default\/contoso-solutions$/,
        );

        // Expiring points: every tier name, date and number on one line.
        const expiring = card(page, 'Expiring points');
        const rows = await cellLines(
          page,
          'Points expiring in the next 90 days',
        );
        assert.ok(rows.length > 0, 'expiring points are listed');
        for (const row of rows) {
          for (const column of [
            'Tier afterwards',
            'Date',
            'Points change',
            'Total afterwards',
          ]) {
            assert.equal(
              row[column].lines,
              1,
              `at ${width} px, “${row[column].text}” (${column}) is on ${row[column].lines} lines`,
            );
          }
        }
        await assertFits(expiring, `expiring points at ${width}`);

        // What if: no label covers its field, before and after choosing.
        const whatIf = card(page, 'What if?');
        await assertLabelsClear(whatIf, `what-if at ${width}`);
        const action = whatIf.getByRole('button', {
          name: /Start from a recommended action/,
        });
        const placeholder = await fieldBoxes(whatIf);
        assert.equal(
          placeholder[0].valueText.trim(),
          'Choose an action…',
          'the action select shows its placeholder',
        );
        await action.click();
        await page.getByRole('option').first().click();
        await assertLabelsClear(whatIf, `what-if with an action at ${width}`);
        await whatIf
          .getByRole('button', { name: 'Add event to scenario' })
          .click();
        await whatIf.getByRole('button', { name: 'Simulate' }).click();
        await whatIf
          .getByText('Projected standing')
          .waitFor({ timeout: 30_000 });
        const deltas = await cellLines(page, 'Change per metric');
        for (const row of deltas) {
          for (const column of ['Before', 'After', 'Change']) {
            assert.equal(
              row[column].lines,
              1,
              `at ${width} px, “${row[column].text}” (${column}) is on ${row[column].lines} lines`,
            );
          }
        }
        await assertFits(whatIf, `what-if at ${width}`);
        for (const title of [
          'What to do next',
          'Benefits',
          'Where the points come from',
          'Trend',
        ]) {
          await assertFits(card(page, title), `${title} at ${width}`);
        }
        await shot(page, `layout-carla-standing-${width}`);
      } finally {
        await context.close();
      }
    },
  );

  test(
    `Paul (program admin) chooses a partner with the keyboard at ${width} px`,
    { timeout: 240_000 },
    async () => {
      const { context, page } = await signIn('Paul Reyes', width);
      try {
        await page.goto(`${APP}/partner-points`);
        const picker = page.getByRole('combobox', { name: 'Partner' });
        await picker.waitFor({ timeout: 60_000 });
        const chooser = card(page, 'Choose a partner');
        await assertLabelsClear(chooser, `partner picker at ${width}`);
        await shot(page, `layout-paul-picker-${width}`);

        // Keyboard only: reach the field, narrow the list, choose.
        await picker.focus();
        await page.keyboard.type('northwind');
        const option = page.getByRole('option', { name: /Northwind Cloud/ });
        await option.waitFor({ timeout: 30_000 });
        await page.screenshot({
          path: join(shots, `layout-paul-picker-open-${width}.png`),
        });
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page
          .getByText('Where the points come from')
          .waitFor({ timeout: 60_000 });
        assert.match(
          page.url(),
          /\/partner-points\/partners\/default\/northwind-cloud$/,
        );

        // On the partner's page, the picker shows the partner, to switch.
        assert.equal(
          await page.getByRole('combobox', { name: 'Partner' }).inputValue(),
          'Northwind Cloud',
        );
        const table = page.getByRole('table', {
          name: 'Points expiring in the next 90 days',
        });
        const rows =
          (await table.count()) > 0
            ? await cellLines(page, 'Points expiring in the next 90 days')
            : [];
        for (const row of rows) {
          assert.equal(
            row['Tier afterwards'].lines,
            1,
            `at ${width} px, “${row['Tier afterwards'].text}” is on ${row['Tier afterwards'].lines} lines`,
          );
        }
        await assertLabelsClear(card(page, 'What if?'), `what-if at ${width}`);
        await shot(page, `layout-paul-standing-${width}`);
      } finally {
        await context.close();
      }
    },
  );
}
