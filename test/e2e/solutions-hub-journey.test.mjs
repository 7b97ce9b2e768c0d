/*
 * End-to-end: Carla (partner developer at Contoso Solutions) in the Solutions
 * Hub, as `yarn start` serves it (fresh SQLite, demo data), in Debian's
 * chromium. Screenshots go to test-results/e2e/.
 *
 * She finds a tool by typing and filtering (the search lives in the URL, so
 * the back button undoes a filter), opens it, launches the software template
 * it stands for, fills the scaffolder's form and watches the task run to
 * completion, then downloads the result from the Hub. She sees a tool locked
 * for her tier, why, and follows the link to her program standing.
 *
 * Nora (Northwind Cloud) opens a tool Carla rated, favoured and launched: she
 * sees the rating without the name of Contoso or of anybody there, and none
 * of Contoso's launches or favourites, on the pages or in what the Hub's API
 * answers her browser; the usage view tells her whom it is for, with no
 * period to pick.
 *
 * Erin (vendor expert) reads the usage view at 1024 and 1280 px: its tables
 * keep their words whole (Backstage's theme lets table cells break inside
 * words, which squeezed the tool names to "Meri / dian").
 *
 * With PARTNER_STUDIO_E2E_PORTAL=running the test uses a portal already
 * started on the offset ports instead of starting its own.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, statSync } from 'node:fs';
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
import { assertWordsWhole } from './layoutChecks.mjs';

const reuse = process.env.PARTNER_STUDIO_E2E_PORTAL === 'running';

let portal;
let browser;

before(
  async () => {
    mkdirSync(shots, { recursive: true });
    if (!reuse) {
      portal = await startDemoPortal();
    }
    await eventually(
      async () => (await fetch(APP)).ok,
      300_000,
      `the frontend on ${APP}`,
    );
    // The Hub lists the shipped tools once its index has read the catalog.
    const { token } = await eventually(
      async () => {
        const result = await devToken(BACKEND_URL, 'user:default/carla.dev');
        return result.code === 0 ? result : undefined;
      },
      180_000,
      'a token for Carla',
    );
    await eventually(
      async () => {
        const res = await fetch(
          `${BACKEND_URL}/api/solutions-hub/tools?limit=1`,
          { headers: { Authorization: `Bearer ${token}` } },
        );
        return res.ok && (await res.json()).totalCount >= 40;
      },
      180_000,
      'the shipped tools in the Solutions Hub',
    );
    browser = await launchChromium();
  },
  { timeout: 660_000 },
);

after(async () => {
  await browser?.close();
  await portal?.stop();
});

function signIn(displayName, viewport = { width: 1280, height: 1000 }) {
  return signInAs(browser, displayName, { viewport, acceptDownloads: true });
}

function signInAsCarla() {
  return signIn('Carla Mendes');
}

/** The card of a tool in the Hub's result list. */
function toolCard(page, title) {
  return page
    .getByRole('list', { name: 'Tools', exact: true })
    .locator(':scope > li')
    .filter({ has: page.getByRole('heading', { name: title }) });
}

async function shot(page, name) {
  await page.screenshot({
    path: join(shots, `solutions-hub-${name}.png`),
    fullPage: true,
  });
}

test(
  'Carla finds a template by typing and filtering, launches it and it runs to completion',
  { timeout: 600_000 },
  async () => {
    const { context, page } = await signInAsCarla();
    try {
      // The sidebar entry opens the Hub.
      await page.getByRole('link', { name: 'Solutions Hub' }).first().click();
      await page
        .getByRole('heading', { name: 'Recommended for your stage' })
        .waitFor({ timeout: 60_000 });
      // The list shows a page of tools (which ones first depends on the
      // caller's stages and the tools' use).
      await page
        .getByRole('list', { name: 'Tools', exact: true })
        .locator(':scope > li')
        .first()
        .waitFor({ timeout: 60_000 });

      // Typing searches once she pauses; the text goes into the URL.
      await page.getByRole('searchbox', { name: 'Search tools' }).fill('typ');
      await page.waitForURL(/[?&]q=typ(&|$)/, { timeout: 30_000 });
      await page
        .getByRole('searchbox', { name: 'Search tools' })
        .fill('typescript');
      await page.waitForURL(/[?&]q=typescript(&|$)/, { timeout: 30_000 });

      // A facet value with its count; choosing it narrows the list.
      const templates = page.getByRole('checkbox', {
        name: /^Software template \(\d+\)$/,
      });
      // The visible box is drawn over the input, as with any styled checkbox.
      await templates.check({ force: true });
      await page.waitForURL(/[?&]category=software-template(&|$)/, {
        timeout: 30_000,
      });
      await page.getByText('1 tool', { exact: true }).waitFor();
      await toolCard(page, 'TypeScript integration starter').waitFor();
      assert.equal(
        await page
          .getByRole('list', { name: 'Tools', exact: true })
          .locator(':scope > li')
          .count(),
        1,
      );
      await shot(page, 'search-filtered');

      // Back undoes the filter, forward brings it back.
      await page.goBack();
      await page.waitForURL(url => !url.search.includes('category='));
      assert.equal(await templates.isChecked(), false);
      await page.goForward();
      await page.waitForURL(/[?&]category=software-template(&|$)/);
      assert.equal(await templates.isChecked(), true);

      // The tool's page: what it is, the Lab stages it serves, ratings.
      // (The recommended row may show it too: open it from the results.)
      await toolCard(page, 'TypeScript integration starter')
        .getByRole('link', { name: 'TypeScript integration starter' })
        .click();
      await page
        .getByRole('heading', {
          level: 2,
          name: 'TypeScript integration starter',
        })
        .waitFor({ timeout: 30_000 });
      await page.getByText('Solution development: Build').waitFor();
      await page.getByRole('heading', { name: 'Ratings' }).waitFor();
      await shot(page, 'template-tool');

      // Launching records the launch and lands in the scaffolder's form.
      await page
        .getByRole('button', { name: 'Create with this template' })
        .click();
      await page.waitForURL(
        /\/create\/templates\/default\/meridian-typescript-integration/,
        { timeout: 60_000 },
      );
      await page
        .getByRole('textbox', { name: /Package name/ })
        .fill('contoso-compute-connector', { timeout: 60_000 });
      await page
        .getByRole('textbox', { name: /Description/ })
        .fill('Backs up Contoso workloads running on Meridian Compute.');
      await page.getByRole('button', { name: /^(Review|Next)$/ }).click();
      await page.getByRole('button', { name: 'Create' }).click();

      // The task runs to completion in the portal: its output is the download.
      const download = page.getByRole('link', {
        name: 'Download contoso-compute-connector.zip',
      });
      await download.waitFor({ timeout: 180_000 });
      await shot(page, 'template-task-done');

      // The Hub's download page fetches the archive with her token.
      await download.click();
      await page.waitForURL(/\/solutions-hub\/downloads\//, {
        timeout: 30_000,
      });
      const button = page.getByRole('button', {
        name: /Download contoso-compute-connector\.zip/,
      });
      await button.waitFor({ timeout: 60_000 });
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        button.click(),
      ]);
      assert.equal(file.suggestedFilename(), 'contoso-compute-connector.zip');
      const saved = join(shots, 'contoso-compute-connector.zip');
      await file.saveAs(saved);
      assert.ok(statSync(saved).size > 1000, 'the zip has content');
      rmSync(saved);
    } catch (error) {
      await shot(page, 'journey-failed');
      throw error;
    } finally {
      await context.close();
    }
  },
);

test(
  'Carla sees a tool locked for her tier, why, and where to work on it',
  { timeout: 180_000 },
  async () => {
    const { context, page } = await signInAsCarla();
    try {
      await page.goto(`${APP}/solutions-hub?q=gpu`);
      const card = toolCard(page, 'Private AI GPU sandbox');
      await card.waitFor({ timeout: 60_000 });
      await card.getByText('Locked').waitFor();
      await card
        .getByText(
          /^Reach Principal \(you are Advanced, [\d.,]+ points? to go\)/,
        )
        .waitFor();

      // The tool's page cannot launch it and says what unlocks it.
      await card.getByRole('link', { name: 'Private AI GPU sandbox' }).click();
      const launch = page.getByRole('button', { name: /^Launch/ });
      await launch.waitFor({ timeout: 30_000 });
      assert.equal(await launch.isDisabled(), true);
      await page
        .getByText('Locked for you: meet the conditions above to launch it.')
        .waitFor();
      await shot(page, 'locked-tool');

      // The condition links to her program standing in partner points.
      await page
        .getByRole('link', { name: 'See your program standing' })
        .click();
      await page.waitForURL(/\/partner-points/, { timeout: 30_000 });
    } catch (error) {
      await shot(page, 'locked-failed');
      throw error;
    } finally {
      await context.close();
    }
  },
);

/** Calls the Hub's API as a user, as the browser does. */
async function hub(method, path, token, body) {
  const res = await fetch(`${BACKEND_URL}/api/solutions-hub${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

// Contoso, its groups and its people, as a page or an answer could name them.
const CONTOSO_NAMES = /contoso|carla|mendes|cody|brennan/i;

test(
  "Nora sees Contoso's rating without names, and none of its launches or favourites",
  { timeout: 300_000 },
  async () => {
    // Carla rates, favours and launches a tool every partner may use.
    const tool = {
      path: '/tools/default/consumption-metering-api',
      title: 'Consumption metering API',
    };
    const comment = 'Idempotent usage records made our billing run simple.';
    const carla = (await devToken(BACKEND_URL, 'user:default/carla.dev')).token;
    await hub('PUT', `${tool.path}/rating`, carla, { stars: 4, comment });
    await hub('PUT', `${tool.path}/favorite`, carla);
    await hub('POST', `${tool.path}/launches`, carla);

    for (const width of [1280, 1920]) {
      const { context, page } = await signIn('Nora Lindqvist', {
        width,
        height: 1000,
      });
      // Everything the Hub's API answers her browser.
      const answers = [];
      page.on('response', response => {
        if (response.url().includes('/api/solutions-hub/')) {
          answers.push(
            response.text().then(
              text => ({ url: response.url(), text }),
              () => ({ url: response.url(), text: '' }),
            ),
          );
        }
      });
      try {
        await page.goto(`${APP}/solutions-hub`);
        await page
          .getByRole('list', { name: 'Tools', exact: true })
          .locator(':scope > li')
          .first()
          .waitFor({ timeout: 60_000 });
        await shot(page, `nora-hub-${width}`);

        // The tool's page: Carla's rating and comment, nobody's name.
        await page.goto(`${APP}/solutions-hub${tool.path}`);
        await page
          .getByRole('heading', { level: 2, name: tool.title })
          .waitFor({ timeout: 30_000 });
        const ratings = page.getByRole('list', { name: 'Ratings' });
        await ratings.getByText(comment).waitFor({ timeout: 30_000 });
        // Not marked as hers (her own demo rating may be there, marked).
        const carlas = ratings
          .locator(':scope > li')
          .filter({ hasText: comment });
        assert.equal(await carlas.getByText('Your rating').count(), 0);
        // The owner is a link to its catalog page, by its display name.
        await page
          .getByRole('complementary', { name: 'About this tool' })
          .getByRole('link', { name: 'Cloud operations team' })
          .waitFor({ timeout: 30_000 });
        await shot(page, `nora-tool-${width}`);
        assert.doesNotMatch(
          await page.locator('body').innerText(),
          CONTOSO_NAMES,
        );

        // Her favourites are hers: Carla's is not among them.
        await page.goto(`${APP}/solutions-hub?view=favorites`);
        const favourites = page.getByRole('region', {
          name: 'Your favourites',
        });
        await favourites.waitFor({ timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        assert.equal(
          await favourites.getByRole('link', { name: tool.title }).count(),
          0,
          "Carla's favourite is in Nora's favourites",
        );
        await shot(page, `nora-favourites-${width}`);

        // Usage is for the vendor's staff: no period to pick.
        await page.goto(`${APP}/solutions-hub/usage`);
        await page
          .getByText('Usage is for vendor experts and program admins')
          .waitFor({ timeout: 30_000 });
        assert.equal(
          await page.getByRole('button', { name: /Period/ }).count(),
          0,
        );
        await shot(page, `nora-usage-${width}`);

        for (const { url, text } of await Promise.all(answers)) {
          assert.doesNotMatch(text, CONTOSO_NAMES, `${url} names Contoso`);
        }
      } catch (error) {
        await shot(page, 'nora-failed');
        throw error;
      } finally {
        await context.close();
      }
    }
  },
);

test(
  "Erin's usage view keeps its words whole at 1024 and 1280 px",
  { timeout: 240_000 },
  async () => {
    for (const width of [1024, 1280]) {
      const { context, page } = await signIn('Erin Kowalski', {
        width,
        height: 1000,
      });
      try {
        await page.goto(`${APP}/solutions-hub/usage`);
        const perTool = page.getByRole('table', {
          name: 'Launches per tool',
          exact: true,
        });
        await perTool.waitFor({ timeout: 60_000 });
        await page.getByText('Launches per tool per week, as a table').click();
        const perWeek = page.getByRole('table', {
          name: 'Launches per tool per week',
        });
        await perWeek.waitFor({ timeout: 30_000 });
        await shot(page, `erin-usage-${width}`);
        for (const [table, name] of [
          [perTool, 'per tool'],
          [perWeek, 'per tool per week'],
        ]) {
          await assertWordsWhole(table, `usage ${name} at ${width}`);
        }
      } finally {
        await context.close();
      }
    }
  },
);
