/*
 * End-to-end: the portal as `yarn start` serves it (fresh SQLite, demo data),
 * in Debian's chromium. Screenshots go to test-results/e2e/.
 *
 * - one persona of each role signs in through the development sign-in page
 *   and browses the demo catalog;
 * - a partner persona sees its real program standing; a program admin ingests
 *   events through the API and the open widget changes without a reload;
 *   another partner's persona cannot see it.
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

const ALL_PARTNERS = [
  'Northwind Cloud',
  'Contoso Solutions',
  'Fabrikam Software',
];

/**
 * One persona of each role, and the partners each may see in the catalog
 * (the Security model: a partner's people see their own partner only).
 */
const PERSONAS = [
  {
    name: 'Nora Lindqvist',
    role: 'partner developer at Northwind Cloud',
    partner: 'Northwind Cloud',
    member: 'Nora Lindqvist',
    sees: ['Northwind Cloud'],
  },
  {
    name: 'Cody Brennan',
    role: 'partner admin at Contoso Solutions',
    partner: 'Contoso Solutions',
    member: 'Cody Brennan',
    sees: ['Contoso Solutions'],
  },
  {
    name: 'Erin Kowalski',
    role: 'vendor expert',
    partner: 'Northwind Cloud',
    member: 'Nora Lindqvist',
    sees: ALL_PARTNERS,
  },
  {
    name: 'Paul Reyes',
    role: 'program admin',
    partner: 'Northwind Cloud',
    member: 'Nora Lindqvist',
    sees: ALL_PARTNERS,
  },
];

let portal;
let browser;

before(
  async () => {
    mkdirSync(shots, { recursive: true });
    portal = await startDemoPortal();
    browser = await launchChromium();
  },
  { timeout: 660_000 },
);

after(async () => {
  await browser?.close();
  await portal?.stop();
});

for (const persona of PERSONAS) {
  test(
    `${persona.name} (${persona.role}) signs in and browses the demo catalog`,
    { timeout: 180_000 },
    async () => {
      const { context, page } = await signIn(persona.name);
      try {
        // The signed-in identity is the persona's.
        await page.goto(`${APP}/settings`);
        await page.getByText(persona.name).first().waitFor({ timeout: 30_000 });

        // The partners the persona may see are in the catalog; the others
        // are not.
        await page.goto(
          `${APP}/catalog?filters%5Bkind%5D=group&filters%5Buser%5D=all`,
        );
        // The table shows 20 rows a page: look each group up with its filter
        // box, as a user would among the demo's thirty groups.
        const filter = page.getByPlaceholder(/^(Filter|Search)$/).first();
        const lookUp = async name => {
          await filter.fill(name);
          await page.waitForTimeout(500);
        };
        for (const partner of persona.sees) {
          await lookUp(partner);
          await page
            .getByText(partner, { exact: true })
            .first()
            .waitFor({ timeout: 60_000 });
        }
        await lookUp('Vendor experts');
        await page.getByText('Vendor experts').first().waitFor();
        for (const partner of ALL_PARTNERS.filter(
          p => !persona.sees.includes(p),
        )) {
          await lookUp(partner);
          assert.equal(
            await page.getByText(partner, { exact: true }).count(),
            0,
            `${persona.name} must not see ${partner}`,
          );
        }
        await lookUp('');
        await page.screenshot({
          path: join(
            shots,
            `${persona.name.replace(/\W+/g, '-').toLowerCase()}-catalog.png`,
          ),
          fullPage: true,
        });

        // A partner's page shows its members.
        await lookUp(persona.partner);
        await page.getByText(persona.partner, { exact: true }).first().click();
        await page
          .getByText(persona.member)
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

const API = `${BACKEND_URL}/api/partner-points`;

async function api(path, token, init = {}) {
  const res = await fetch(`${API}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      ...init.headers,
    },
  });
  return { status: res.status, body: await res.json().catch(() => undefined) };
}

function signIn(personaName) {
  return signInAs(browser, personaName);
}

test(
  'a partner sees its real standing, and it changes live when events are ingested',
  { timeout: 240_000 },
  async () => {
    const carla = (await devToken(BACKEND_URL, 'user:default/carla.dev')).token;
    const admin = (await devToken(BACKEND_URL, 'user:default/paul.admin'))
      .token;

    // Demo data is ingested on start; wait for it.
    const before = await eventually(
      async () => {
        const res = await api('/standing', carla);
        return res.status === 200 && res.body.standing.totalPoints > 0
          ? res.body
          : undefined;
      },
      120_000,
      'the demo standing of contoso-solutions',
    );
    assert.equal(before.partner.entityRef, 'group:default/contoso-solutions');
    const { standing } = before;
    assert.ok(standing.nextTier, 'contoso-solutions has a next tier');

    const { context, page } = await signIn('Carla Mendes');
    try {
      await page
        .getByText(`${standing.tierName} tier`)
        .first()
        .waitFor({ timeout: 60_000 });
      await page.getByText('Contoso Solutions').first().waitFor();
      await page.getByText(standing.actions[0].title).first().waitFor();
      await page.screenshot({
        path: join(shots, 'carla-home-before.png'),
        fullPage: true,
      });

      // The program admin ingests enough events to reach the next tier: the
      // top action's example event, as many times as needed.
      const example = standing.actions[0].exampleEvent;
      const times =
        Math.ceil(
          standing.nextTier.pointsNeeded / standing.actions[0].estimatedPoints,
        ) + 1;
      const events = Array.from({ length: times }, (_, i) => ({
        ...example,
        id: `e2e-${Date.now()}-${i}`,
        partnerId: 'group:default/contoso-solutions',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        customerId: example.customerId
          ? `${example.customerId}-${i}`
          : undefined,
      }));
      const ingest = await api('/events', admin, {
        method: 'POST',
        body: JSON.stringify({ events }),
      });
      assert.equal(ingest.status, 200, JSON.stringify(ingest.body));
      assert.equal(ingest.body.accepted, events.length);

      const after = await api('/standing', carla);
      assert.ok(after.body.standing.totalPoints > standing.totalPoints);

      // No reload: the open widget shows the new standing.
      await page
        .getByText(`${after.body.standing.tierName} tier`)
        .first()
        .waitFor({ timeout: 15_000 });
      await page
        .getByText(String(after.body.standing.totalPoints))
        .first()
        .waitFor({ timeout: 15_000 });
      await page.screenshot({
        path: join(shots, 'carla-home-after.png'),
        fullPage: true,
      });

      // A replay changes nothing.
      const replay = await api('/events', admin, {
        method: 'POST',
        body: JSON.stringify({ events }),
      });
      assert.equal(replay.status, 200);
      assert.equal(replay.body.accepted, 0);
      assert.equal(replay.body.duplicates.length, events.length);
      assert.equal(
        (await api('/standing', carla)).body.standing.totalPoints,
        after.body.standing.totalPoints,
      );
    } finally {
      await context.close();
    }
  },
);

test(
  "another partner's persona cannot see a partner's standing",
  { timeout: 120_000 },
  async () => {
    const nora = (await devToken(BACKEND_URL, 'user:default/nora.dev')).token;
    const refused = await api(
      '/partners/default/contoso-solutions/standing',
      nora,
    );
    assert.ok([403, 404].includes(refused.status));
    assert.equal(refused.body.standing, undefined);
    const missing = await api(
      '/partners/default/no-such-partner/standing',
      nora,
    );
    assert.equal(missing.status, refused.status, 'refusal looks like absence');
    assert.equal(missing.body.error.message, refused.body.error.message);

    const { context, page } = await signIn('Nora Lindqvist');
    try {
      await page.goto(
        `${APP}/partner-points/partners/default/contoso-solutions`,
      );
      await page
        .getByText('No standing to show for “group:default/contoso-solutions”')
        .first()
        .waitFor({ timeout: 60_000 });
      assert.equal(await page.getByText('Contoso Solutions').count(), 0);
      await page.screenshot({
        path: join(shots, 'nora-contoso-refused.png'),
        fullPage: true,
      });
    } finally {
      await context.close();
    }
  },
);
