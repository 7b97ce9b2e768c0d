/*
 * End-to-end: a Solutions Lab engagement taken from its first stage to
 * completion in the portal as `yarn start` serves it (fresh SQLite, demo
 * data), in Debian's chromium. Screenshots go to test-results/e2e/.
 *
 * - Erin (vendor expert) advances Contoso's Customer Success engagement in
 *   her browser; Carla's open page of the same engagement follows without a
 *   reload, stage by stage, to "Completed";
 * - Contoso's points rise by exactly what the playbook awards (the same
 *   events simulated by partner points beforehand), and stay there after the
 *   outbox has run again;
 * - Nora (Northwind) sees none of it: not in her list, not by its id;
 * - the Lab's tables (Erin's queue, Paul's engagements and funnel, a
 *   playbook's exit criteria) keep their words whole at 1024 and 1280 px:
 *   Backstage's theme lets table cells break inside words, which squeezed
 *   columns to "Partne / r" and "Requ / ired".
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
import { assertWordsWhole } from './layoutChecks.mjs';

const LAB = `${BACKEND_URL}/api/solutions-lab`;
const POINTS = `${BACKEND_URL}/api/partner-points`;
const PLAYBOOK = 'partner-led-customer-success';
// What the shipped playbook's last stage grants (its `emits`).
const SPECIALIZATION = 'partner-led-customer-success';

let portal;
let browser;
const tokens = {};

async function call(base, path, token, init = {}) {
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      ...init.headers,
    },
  });
  return { status: res.status, body: await res.json().catch(() => undefined) };
}

before(
  async () => {
    mkdirSync(shots, { recursive: true });
    portal = await startDemoPortal();
    for (const user of ['erin.expert', 'carla.dev', 'nora.dev']) {
      tokens[user] = (
        await devToken(BACKEND_URL, `user:default/${user}`)
      ).token;
    }
    browser = await launchChromium();
  },
  { timeout: 660_000 },
);

after(async () => {
  await browser?.close();
  await portal?.stop();
});

function signIn(personaName, viewport) {
  return signInAs(browser, personaName, viewport ? { viewport } : undefined);
}

/** Erin checks every open required item of the current stage, with evidence. */
async function meetCriteria(engagement) {
  const stage = engagement.stages.find(s => s.id === engagement.currentStageId);
  let current = engagement;
  for (const item of stage.checklist) {
    if (!item.required || item.checked) continue;
    const res = await call(
      LAB,
      `/engagements/${current.id}/checklist/${item.id}`,
      tokens['erin.expert'],
      {
        method: 'POST',
        body: JSON.stringify({
          checked: true,
          ...(item.evidence === 'none'
            ? {}
            : {
                evidence: {
                  url: `https://docs.contoso.example/e2e/${item.id}`,
                },
              }),
        }),
      },
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    current = res.body;
  }
  assert.equal(current.gate.ready, true, JSON.stringify(current.gate));
  return current;
}

test(
  'an expert takes an engagement to completion; the partner follows live; the points arrive once',
  { timeout: 600_000 },
  async () => {
    const erin = tokens['erin.expert'];
    const carla = tokens['carla.dev'];

    // The demo's Contoso Customer Success engagement, assigned to Erin.
    const engagement = await eventually(
      async () => {
        const res = await call(
          LAB,
          `/engagements?playbookId=${PLAYBOOK}&status=active`,
          carla,
        );
        return res.body?.items?.find(
          e => e.assignedExpertRef === 'user:default/erin.expert',
        );
      },
      180_000,
      "the demo's Contoso Customer Success engagement",
    );
    const opened = await call(LAB, `/engagements/${engagement.id}`, erin);
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    const detail = opened.body;
    const playbook = (await call(LAB, '/playbooks', carla)).body.items.find(
      p => p.id === PLAYBOOK,
    );
    const stages = playbook.stages.map(s => s.id);
    assert.equal(detail.currentStageId, stages[0]);

    // What the playbook awards, as partner points computes it: the events
    // the Lab will send, simulated on Contoso's standing first.
    const partner = '/partners/default/contoso-solutions';
    const before = await eventually(
      async () => {
        const res = await call(POINTS, '/standing', carla);
        return res.status === 200 && res.body.standing.totalPoints > 0
          ? res.body.standing
          : undefined;
      },
      120_000,
      "Contoso's demo standing",
    );
    const occurredAt = new Date().toISOString();
    const awarded = [
      ...stages.map(stage => ({
        id: `solutions-lab:${engagement.id}:${stage}`,
        type: 'lab_stage_completed',
        occurredAt,
        attributes: { stage, playbook: PLAYBOOK, engagementId: engagement.id },
      })),
      {
        id: `solutions-lab:${engagement.id}:specialization`,
        type: 'specialization_earned',
        occurredAt,
        attributes: {
          specialization: SPECIALIZATION,
          option: engagement.path,
        },
      },
    ];
    const simulated = await call(POINTS, `${partner}/simulate`, carla, {
      method: 'POST',
      body: JSON.stringify({ events: awarded }),
    });
    assert.equal(simulated.status, 200, JSON.stringify(simulated.body));
    assert.deepEqual(simulated.body.ignoredEventIds, []);
    const expectedTotal = simulated.body.standing.totalPoints;
    assert.ok(
      expectedTotal > before.totalPoints,
      `the playbook awards points (${before.totalPoints} → ${expectedTotal})`,
    );

    const carlaView = await signIn('Carla Mendes');
    const erinView = await signIn('Erin Kowalski');
    const pagePath = `${APP}/solutions-lab/engagements/${encodeURIComponent(
      engagement.id,
    )}`;
    try {
      await carlaView.page.goto(pagePath);
      const stageName = id => playbook.stages.find(s => s.id === id).name;
      await carlaView.page
        .getByText(`Current stage: ${stageName(stages[0])}`)
        .waitFor({ timeout: 60_000 });
      let reloads = 0;
      carlaView.page.on('framenavigated', frame => {
        if (frame === carlaView.page.mainFrame()) reloads++;
      });

      // The first stage in Erin's browser: its criteria met, she advances
      // through the decision dialog.
      await meetCriteria(detail);
      await erinView.page.goto(pagePath);
      await erinView.page
        .getByRole('button', { name: 'Decide…' })
        .click({ timeout: 60_000 });
      const dialog = erinView.page.getByRole('dialog');
      // The radio's label covers its input, as a user sees it.
      await dialog
        .locator('label', { hasText: 'Advance to the next stage' })
        .click();
      assert.ok(
        await dialog
          .getByRole('radio', { name: 'Advance to the next stage' })
          .isChecked(),
      );
      await dialog
        .getByRole('button', { name: 'Advance to the next stage' })
        .click();
      await erinView.page
        .getByText(`Current stage: ${stageName(stages[1])}`)
        .waitFor({ timeout: 30_000 });

      // Carla's open page follows, without a reload.
      await carlaView.page
        .getByText(`Current stage: ${stageName(stages[1])}`)
        .waitFor({ timeout: 30_000 });
      await carlaView.page.screenshot({
        path: join(shots, 'carla-lab-advanced-live.png'),
        fullPage: true,
      });

      // The remaining stages, decided by Erin over the API; the last one
      // completes the playbook.
      for (let i = 1; i < stages.length; i++) {
        const current = (await call(LAB, `/engagements/${engagement.id}`, erin))
          .body;
        assert.equal(current.currentStageId, stages[i]);
        const ready = await meetCriteria(current);
        const last = i === stages.length - 1;
        const decided = await call(
          LAB,
          `/engagements/${engagement.id}/decisions`,
          erin,
          {
            method: 'POST',
            body: JSON.stringify({
              decision: last ? 'complete' : 'advance',
              expectedVersion: ready.version,
            }),
          },
        );
        assert.equal(decided.status, 200, JSON.stringify(decided.body));
        if (!last) {
          await carlaView.page
            .getByText(`Current stage: ${stageName(stages[i + 1])}`)
            .waitFor({ timeout: 30_000 });
        }
      }
      await carlaView.page
        .getByText('Completed', { exact: true })
        .first()
        .waitFor({ timeout: 30_000 });
      assert.equal(reloads, 0, "Carla's page was never reloaded");
      await carlaView.page.screenshot({
        path: join(shots, 'carla-lab-completed-live.png'),
        fullPage: true,
      });

      // The outbox delivers the awarded events: the standing reaches the
      // simulated total, and another delivery round changes nothing.
      await eventually(
        async () =>
          (await call(POINTS, '/standing', carla)).body.standing.totalPoints ===
          expectedTotal,
        120_000,
        `Contoso's standing at ${expectedTotal} points`,
      );
      await new Promise(resolve => setTimeout(resolve, 45_000));
      assert.equal(
        (await call(POINTS, '/standing', carla)).body.standing.totalPoints,
        expectedTotal,
      );
      const replay = await call(POINTS, `${partner}/simulate`, carla, {
        method: 'POST',
        body: JSON.stringify({ events: awarded }),
      });
      assert.deepEqual(
        [...replay.body.ignoredEventIds].sort(),
        awarded.map(e => e.id).sort(),
        'every awarded event is in the ledger',
      );
    } finally {
      await carlaView.context.close();
      await erinView.context.close();
    }
  },
);

test(
  "another partner's persona sees none of it",
  { timeout: 180_000 },
  async () => {
    const nora = tokens['nora.dev'];
    const carla = tokens['carla.dev'];
    const contoso = (await call(LAB, '/engagements', carla)).body.items;
    assert.ok(contoso.length > 0);
    const list = await call(LAB, '/engagements?limit=100', nora);
    assert.equal(list.status, 200, JSON.stringify(list.body));
    assert.ok(list.body.items.length > 0, 'Nora sees her own');
    for (const item of list.body.items) {
      assert.equal(item.partnerRef, 'group:default/northwind-cloud');
    }
    const refused = await call(LAB, `/engagements/${contoso[0].id}`, nora);
    const missing = await call(LAB, '/engagements/no-such-engagement', nora);
    assert.equal(refused.status, 404);
    assert.equal(missing.status, 404);
    // The same answer as for an id that does not exist (each names its id).
    assert.equal(
      refused.body.error.message.replace(contoso[0].id, '<id>'),
      missing.body.error.message.replace('no-such-engagement', '<id>'),
    );

    const { context, page } = await signIn('Nora Lindqvist');
    try {
      await page.goto(`${APP}/solutions-lab`);
      await page
        .getByText('Northwind Cloud Disaster Recovery')
        .first()
        .waitFor({ timeout: 60_000 });
      assert.equal(await page.getByText('Contoso').count(), 0);
      await page.goto(
        `${APP}/solutions-lab/engagements/${encodeURIComponent(contoso[0].id)}`,
      );
      await page.waitForLoadState('networkidle');
      assert.equal(await page.getByText(contoso[0].solutionName).count(), 0);
      await page.screenshot({
        path: join(shots, 'nora-lab-refused.png'),
        fullPage: true,
      });
    } finally {
      await context.close();
    }
  },
);

test(
  "the Lab's tables keep their words whole at 1024 and 1280 px",
  { timeout: 300_000 },
  async () => {
    // What each persona opens, and what says the page is ready.
    const visits = {
      'Erin Kowalski': [
        {
          path: '/solutions-lab',
          ready: page =>
            page
              .getByRole('table', { name: 'Engagements assigned to you' })
              .waitFor({ timeout: 60_000 }),
          name: 'erin-queue',
        },
        {
          path: '/solutions-lab/playbooks/solution-development',
          ready: page =>
            page
              .getByRole('table', { name: 'Exit criteria of Qualify' })
              .waitFor({ timeout: 60_000 }),
          name: 'erin-playbook',
        },
      ],
      'Paul Reyes': [
        {
          path: '/solutions-lab',
          ready: page =>
            page
              .getByRole('table', { name: 'Engagements', exact: true })
              .waitFor(),
          name: 'paul-engagements',
        },
        {
          path: '/solutions-lab',
          ready: async page => {
            await page.getByRole('tab', { name: 'Funnel' }).click();
            // The funnel's table is the chart's alternative.
            await page
              .getByRole('radio', { name: 'Table' })
              .click({ timeout: 60_000 });
            await page
              .getByRole('table', { name: /^Funnel of / })
              .first()
              .waitFor({ timeout: 60_000 });
          },
          name: 'paul-funnel',
        },
      ],
    };
    for (const width of [1024, 1280]) {
      for (const [persona, pages] of Object.entries(visits)) {
        const { context, page } = await signIn(persona, {
          width,
          height: 1000,
        });
        try {
          for (const visit of pages) {
            const where = `${visit.name} at ${width}`;
            await page.goto(`${APP}${visit.path}`);
            await visit.ready(page);
            await page.waitForLoadState('networkidle');
            await page.screenshot({
              path: join(shots, `lab-${visit.name}-${width}.png`),
              fullPage: true,
            });
            const tables = page.getByRole('table');
            assert.ok((await tables.count()) > 0, `${where}: a table`);
            for (let i = 0; i < (await tables.count()); i += 1) {
              await assertWordsWhole(tables.nth(i), where);
            }
          }
        } finally {
          await context.close();
        }
      }
    }
  },
);
