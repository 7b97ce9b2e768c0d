import { TestDatabases } from '@backstage/backend-test-utils';
import { TEST_DATABASE_IDS } from '@partner-studio/plugin-partner-studio-node/testUtils';
import {
  actors,
  checkRequired,
  CONTOSO,
  createTestbed,
  FABRIKAM,
  NORTHWIND,
  passStage,
  Testbed,
} from '../__testUtils__/testbed';
import { DAY_MS } from './sla';
import type { LabActor } from '@partner-studio/plugin-solutions-lab-node';
import { SlaWatcher } from './SlaWatcher';
import { mockServices } from '@backstage/backend-test-utils';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

/** What a change that must not happen would have touched. */
async function snapshot(testbed: Testbed, engagementId: string) {
  const detail = await testbed.service.getEngagement(actors.paul, engagementId);
  return {
    version: detail.version,
    stage: detail.currentStageId,
    status: detail.status,
    timeline: detail.timeline.length,
    checklist: detail.stages.flatMap(s => s.checklist.filter(c => c.checked)),
    outbox: await testbed.knex('solutions_lab_outbox').count({ n: '*' }),
  };
}

describe.each(databases.eachSupportedId())('LabService on %p', databaseId => {
  let testbed: Testbed;

  beforeEach(async () => {
    testbed = await createTestbed(databases, databaseId);
  });

  async function requestDevelopment(
    actor: LabActor = actors.carla,
    name = 'Contoso Managed Kubernetes',
  ) {
    return testbed.service.requestEngagement(actor, {
      playbookId: 'solution-development',
      solutionName: name,
      description: 'A managed Kubernetes landing zone on the vendor platform.',
    });
  }

  describe('requesting an engagement', () => {
    it('starts in the first stage, unassigned, and tells the experts', async () => {
      const created = await requestDevelopment();
      expect(created).toMatchObject({
        partnerRef: CONTOSO,
        playbookId: 'solution-development',
        status: 'active',
        currentStageId: 'qualify',
        completedStageIds: [],
        requestedBy: actors.carla.userRef,
        version: 1,
        sla: { state: 'on-track', slaDays: 10, daysInStage: 0 },
      });
      expect(created.assignedExpertRef).toBeUndefined();
      expect(created.stages.map(s => s.state)).toEqual([
        'current',
        'upcoming',
        'upcoming',
        'upcoming',
        'upcoming',
        'upcoming',
        'upcoming',
      ]);
      expect(created.timeline).toEqual([
        expect.objectContaining({
          kind: 'requested',
          actorRef: actors.carla.userRef,
          toStageId: 'qualify',
        }),
      ]);
      expect(testbed.notifier.sent).toEqual([
        { kind: 'requested', engagementId: created.id },
      ]);
      expect(testbed.notifier.signals).toHaveLength(1);
    });

    it('needs a path for Customer Success, and refuses bad input writing nothing', async () => {
      const attempts = [
        { playbookId: 'partner-led-customer-success', solutionName: 'CS' },
        {
          playbookId: 'partner-led-customer-success',
          solutionName: 'CS',
          path: 'franchise',
        },
        {
          playbookId: 'solution-development',
          solutionName: 'X',
          path: 'build',
        },
        { playbookId: 'no-such-playbook', solutionName: 'X' },
        { playbookId: 'solution-development', solutionName: '   ' },
        { playbookId: 'solution-development', solutionName: 'x'.repeat(121) },
      ];
      for (const attempt of attempts) {
        await expect(
          testbed.service.requestEngagement(actors.carla, attempt),
        ).rejects.toMatchObject({ name: 'InputError' });
      }
      expect(await testbed.store.countEngagements()).toBe(0);

      const cs = await testbed.service.requestEngagement(actors.carla, {
        playbookId: 'partner-led-customer-success',
        solutionName: 'Contoso Success Services',
        path: 'resell',
      });
      expect(cs.path).toBe('resell');
      const pathItems = cs.stages
        .find(s => s.id === 'path-requirements')!
        .checklist.map(c => c.id);
      expect(pathItems).toContain('resale-addendum');
      expect(pathItems).not.toContain('service-catalog');
    });

    it('is for a partner member (for its own partner) or a program admin on behalf of one', async () => {
      await expect(requestDevelopment(actors.erin)).rejects.toMatchObject({
        name: 'NotAllowedError',
      });
      await expect(
        testbed.service.requestEngagement(actors.carla, {
          partnerRef: NORTHWIND,
          playbookId: 'solution-development',
          solutionName: 'Not mine',
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      await expect(
        testbed.service.requestEngagement(actors.paul, {
          playbookId: 'solution-development',
          solutionName: 'For whom?',
        }),
      ).rejects.toMatchObject({ name: 'InputError' });
      const onBehalf = await testbed.service.requestEngagement(actors.paul, {
        partnerRef: 'group:default/Fabrikam-Software',
        playbookId: 'solution-development',
        solutionName: 'Fabrikam Backup',
      });
      expect(onBehalf.partnerRef).toBe(FABRIKAM);
    });
  });

  describe('who sees what', () => {
    it('scopes partners to their own, experts to theirs and the queue, admins to all', async () => {
      const contoso = await requestDevelopment();
      const northwind = await requestDevelopment(actors.nora, 'Northwind DR');
      await testbed.service.assign(actors.paul, northwind.id, {
        expertRef: actors.ethan.userRef,
      });

      const ids = async (actor: LabActor) =>
        (await testbed.service.listEngagements(actor)).items
          .map(i => i.id)
          .sort();
      expect(await ids(actors.carla)).toEqual([contoso.id]);
      expect(await ids(actors.nora)).toEqual([northwind.id]);
      expect(await ids(actors.erin)).toEqual([contoso.id]); // the queue
      expect(await ids(actors.ethan)).toEqual([contoso.id, northwind.id]);
      expect(await ids(actors.paul)).toEqual([contoso.id, northwind.id]);

      // "Not yours" and "does not exist" get the same answer.
      const notYours = testbed.service.getEngagement(actors.nora, contoso.id);
      await expect(notYours).rejects.toMatchObject({
        name: 'NotFoundError',
        message: `No engagement ${contoso.id}`,
      });
      await expect(
        testbed.service.getEngagement(actors.nora, 'eng-9999'),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message: 'No engagement eng-9999',
      });
      await expect(
        testbed.service.getEngagement(actors.erin, northwind.id),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('applies a conditional decision of the policy in SQL, on top of its own scoping', async () => {
      const contoso = await requestDevelopment();
      await requestDevelopment(actors.nora, 'Northwind DR');
      const access = { field: 'partnerRef', in: [CONTOSO] } as const;
      const page = await testbed.service.listEngagements(
        actors.paul,
        {},
        { access },
      );
      expect(page.items.map(i => i.id)).toEqual([contoso.id]);
      // The policy cannot widen the Lab's own scoping.
      const widened = await testbed.service.listEngagements(
        actors.nora,
        {},
        { access: { field: 'partnerRef', in: [CONTOSO, NORTHWIND] } },
      );
      expect(widened.items.map(i => i.partnerRef)).toEqual([NORTHWIND]);
      await expect(
        testbed.service.getEngagement(actors.paul, contoso.id, {
          access: { not: access },
        }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('hides internal notes and their timeline entries from the partner', async () => {
      const created = await requestDevelopment();
      await testbed.service.assign(actors.erin, created.id, {
        expertRef: actors.erin.userRef,
      });
      await testbed.service.addNote(actors.carla, created.id, {
        body: 'We can demo on Thursday.',
      });
      await testbed.service.addNote(actors.erin, created.id, {
        body: 'Roadmap overlap with the vendor backup product; check with PM.',
        visibility: 'internal',
      });
      await expect(
        testbed.service.addNote(actors.carla, created.id, {
          body: 'x',
          visibility: 'internal',
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      await expect(
        testbed.service.addNote(actors.carla, created.id, { body: '  ' }),
      ).rejects.toMatchObject({ name: 'InputError' });

      const partnerView = await testbed.service.getEngagement(
        actors.carla,
        created.id,
      );
      expect(partnerView.notes.map(n => n.body)).toEqual([
        'We can demo on Thursday.',
      ]);
      expect(partnerView.timeline.map(t => t.kind)).toEqual([
        'requested',
        'assigned',
        'note-added',
      ]);
      const expertView = await testbed.service.getEngagement(
        actors.erin,
        created.id,
      );
      expect(expertView.notes).toHaveLength(2);
      expect(expertView.timeline.map(t => t.visibility)).toEqual([
        'shared',
        'shared',
        'shared',
        'internal',
      ]);
      // The partner is not signalled about the internal note.
      expect(testbed.notifier.signals.at(-1)!.change.visibility).toBe(
        'internal',
      );
    });
  });

  describe('the checklist', () => {
    it('takes http(s) evidence only, and bad input changes nothing', async () => {
      const created = await requestDevelopment();
      const before = await snapshot(testbed, created.id);
      for (const url of [
        // eslint-disable-next-line no-script-url
        // eslint-disable-next-line no-script-url -- the link must be refused
        'javascript:alert(1)',
        'data:text/html,hi',
        'ftp://files.example/brief.pdf',
        'not a url',
        'https://user:secret@docs.example/brief',
        `https://docs.example/${'a'.repeat(2000)}`,
      ]) {
        await expect(
          testbed.service.setChecklistItem(
            actors.carla,
            created.id,
            'solution-brief',
            { checked: true, evidence: { url } },
          ),
        ).rejects.toMatchObject({ name: 'InputError' });
      }
      await expect(
        testbed.service.setChecklistItem(
          actors.carla,
          created.id,
          'solution-brief',
          { checked: true },
        ),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('evidence.url is required'),
      });
      await expect(
        testbed.service.setChecklistItem(
          actors.carla,
          created.id,
          'architecture-document', // a later stage's item
          { checked: true, evidence: { url: 'https://docs.example/a' } },
        ),
      ).rejects.toMatchObject({ name: 'InputError' });
      expect(await snapshot(testbed, created.id)).toEqual(before);

      const checked = await testbed.service.setChecklistItem(
        actors.carla,
        created.id,
        'solution-brief',
        {
          checked: true,
          evidence: {
            url: 'https://docs.contoso.example/solution-brief.pdf',
            label: 'Solution brief v2',
          },
        },
      );
      expect(checked.version).toBe(2);
      expect(checked.stages[0].checklist[0]).toMatchObject({
        id: 'solution-brief',
        checked: true,
        evidenceUrl: 'https://docs.contoso.example/solution-brief.pdf',
        evidenceLabel: 'Solution brief v2',
        updatedBy: actors.carla.userRef,
      });
      expect(checked.timeline.at(-1)).toMatchObject({
        kind: 'checklist-checked',
        details: {
          itemId: 'solution-brief',
          evidenceUrl: 'https://docs.contoso.example/solution-brief.pdf',
        },
      });

      const unchecked = await testbed.service.setChecklistItem(
        actors.carla,
        created.id,
        'solution-brief',
        { checked: false },
      );
      expect(unchecked.stages[0].checklist[0]).toMatchObject({
        checked: false,
      });
      expect(unchecked.stages[0].checklist[0].evidenceUrl).toBeUndefined();
    });

    it('takes checks of several items at once, each bumping the version', async () => {
      const created = await requestDevelopment();
      const items = [
        'target-market',
        'team-named',
        'business-case',
        'solution-brief',
      ];
      const results = await Promise.allSettled(
        items.map(item =>
          testbed.service.setChecklistItem(actors.carla, created.id, item, {
            checked: true,
            evidence: { url: `https://docs.contoso.example/${item}` },
          }),
        ),
      );
      expect(results.map(r => r.status)).toEqual(items.map(() => 'fulfilled'));
      const after = await testbed.service.getEngagement(
        actors.carla,
        created.id,
      );
      expect(after.version).toBe(created.version + items.length);
      expect(
        after.stages[0].checklist
          .filter(c => c.checked)
          .map(c => c.id)
          .sort(),
      ).toEqual([...items].sort());
    });

    it('leaves expert-confirmed items to the assigned expert', async () => {
      const created = await requestDevelopment();
      await expect(
        testbed.service.setChecklistItem(
          actors.carla,
          created.id,
          'qualification-call',
          { checked: true },
        ),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      // An expert who has not taken it sees it in the queue but cannot work on it.
      await expect(
        testbed.service.setChecklistItem(
          actors.erin,
          created.id,
          'qualification-call',
          { checked: true },
        ),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      await testbed.service.assign(actors.erin, created.id, {
        expertRef: actors.erin.userRef,
      });
      const done = await testbed.service.setChecklistItem(
        actors.erin,
        created.id,
        'qualification-call',
        { checked: true },
      );
      expect(
        done.stages[0].checklist.find(c => c.id === 'qualification-call')!
          .checked,
      ).toBe(true);
    });
  });

  describe('decisions', () => {
    async function assigned() {
      const created = await requestDevelopment();
      return testbed.service.assign(actors.erin, created.id, {
        expertRef: actors.erin.userRef,
      });
    }

    it('advance only when the required criteria are met, and queue the points event', async () => {
      const engagement = await assigned();
      const before = await snapshot(testbed, engagement.id);
      await expect(
        testbed.service.decide(actors.erin, engagement.id, {
          decision: 'advance',
          expectedVersion: engagement.version,
        }),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining(
          '"Solution brief submitted" (solution-brief)',
        ),
      });
      expect(await snapshot(testbed, engagement.id)).toEqual(before);

      await checkRequired(testbed, actors.erin, engagement.id);
      testbed.clock.advanceDays(4);
      const ready = await testbed.service.getEngagement(
        actors.erin,
        engagement.id,
      );
      expect(ready.gate).toEqual({ ready: true, missing: [] });
      const advanced = await testbed.service.decide(
        actors.erin,
        engagement.id,
        { decision: 'advance', expectedVersion: ready.version },
      );
      expect(advanced).toMatchObject({
        currentStageId: 'design',
        completedStageIds: ['qualify'],
        version: ready.version + 1,
        sla: { state: 'on-track', slaDays: 15, daysInStage: 0 },
      });
      expect(advanced.timeline.at(-1)).toMatchObject({
        kind: 'decision',
        decision: 'advance',
        stageId: 'qualify',
        toStageId: 'design',
        actorRef: actors.erin.userRef,
        daysInStage: 4,
        slaBreached: false,
      });
      const outbox = await testbed.store.getOutbox([
        `solutions-lab:${engagement.id}:qualify`,
      ]);
      expect(outbox).toHaveLength(1);
      expect(JSON.parse(outbox[0].payload)).toEqual({
        id: `solutions-lab:${engagement.id}:qualify`,
        partnerId: CONTOSO,
        type: 'lab_stage_completed',
        occurredAt: new Date(testbed.clock.now()).toISOString(),
        attributes: {
          stage: 'qualify',
          playbook: 'solution-development',
          engagementId: engagement.id,
        },
      });
      expect(testbed.notifier.sent.at(-1)).toEqual({
        kind: 'decided',
        engagementId: engagement.id,
        detail: {
          decision: 'advance',
          fromStageId: 'qualify',
          toStageId: 'design',
          actorRef: actors.erin.userRef,
          reason: undefined,
        },
      });
    });

    it('refuse a stale version with 409 and change nothing', async () => {
      const engagement = await assigned();
      await testbed.service.setChecklistItem(
        actors.carla,
        engagement.id,
        'target-market',
        { checked: true },
      );
      const before = await snapshot(testbed, engagement.id);
      await expect(
        testbed.service.decide(actors.erin, engagement.id, {
          decision: 'hold',
          expectedVersion: engagement.version, // before Carla's check
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringContaining(`since version ${engagement.version}`),
      });
      expect(await snapshot(testbed, engagement.id)).toEqual(before);
    });

    it('are taken by the assigned expert or a program admin only', async () => {
      const engagement = await assigned();
      const decision = {
        decision: 'hold' as const,
        expectedVersion: engagement.version,
      };
      await expect(
        testbed.service.decide(actors.carla, engagement.id, decision),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      await expect(
        testbed.service.decide(actors.ethan, engagement.id, decision),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      const unassigned = await requestDevelopment(actors.nora, 'Northwind DR');
      await expect(
        testbed.service.decide(actors.erin, unassigned.id, {
          decision: 'hold',
          expectedVersion: unassigned.version,
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      await expect(
        testbed.service.decide(actors.paul, engagement.id, decision),
      ).resolves.toMatchObject({ status: 'on-hold' });
    });

    it('need reason codes to send back and close; other needs a comment', async () => {
      const engagement = await assigned();
      await passStage(testbed, actors.erin, engagement.id);
      let current = await testbed.service.getEngagement(
        actors.erin,
        engagement.id,
      );
      const before = await snapshot(testbed, engagement.id);
      for (const bad of [
        { decision: 'send-back' as const },
        { decision: 'send-back' as const, reason: 'partner-withdrew' },
        { decision: 'send-back' as const, reason: 'other' },
        { decision: 'close' as const },
        { decision: 'close' as const, reason: 'evidence-insufficient' },
        { decision: 'advance' as const, reason: 'other', comment: 'x' },
        {
          decision: 'send-back' as const,
          reason: 'criteria-not-met',
          toStageId: 'grow',
        },
      ]) {
        await expect(
          testbed.service.decide(actors.erin, engagement.id, {
            ...bad,
            expectedVersion: current.version,
          }),
        ).rejects.toMatchObject({ name: 'InputError' });
      }
      expect(await snapshot(testbed, engagement.id)).toEqual(before);

      testbed.clock.advanceDays(2);
      current = await testbed.service.decide(actors.erin, engagement.id, {
        decision: 'send-back',
        reason: 'scope-changed',
        comment: 'The target segment changed to public sector.',
        expectedVersion: current.version,
      });
      expect(current).toMatchObject({
        currentStageId: 'qualify',
        completedStageIds: [],
        sla: { daysInStage: 0, slaDays: 10 },
      });
      expect(current.timeline.at(-1)).toMatchObject({
        decision: 'send-back',
        reason: 'scope-changed',
        stageId: 'design',
        toStageId: 'qualify',
        daysInStage: 2,
        details: { comment: 'The target segment changed to public sector.' },
      });

      const closed = await testbed.service.decide(actors.erin, engagement.id, {
        decision: 'close',
        reason: 'partner-withdrew',
        expectedVersion: current.version,
      });
      expect(closed).toMatchObject({
        status: 'closed',
        closeReason: 'partner-withdrew',
        sla: { state: 'finished' },
      });
      await expect(
        testbed.service.decide(actors.erin, engagement.id, {
          decision: 'resume',
          expectedVersion: closed.version,
        }),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('closed'),
      });
    });

    it('keep the first points event of a stage passed again after a send-back', async () => {
      const engagement = await assigned();
      await passStage(testbed, actors.erin, engagement.id);
      const first = await testbed.store.getOutbox([
        `solutions-lab:${engagement.id}:qualify`,
      ]);
      let current = await testbed.service.getEngagement(
        actors.erin,
        engagement.id,
      );
      current = await testbed.service.decide(actors.erin, engagement.id, {
        decision: 'send-back',
        reason: 'criteria-not-met',
        expectedVersion: current.version,
      });
      testbed.clock.advanceDays(3);
      await passStage(testbed, actors.erin, engagement.id);
      const again = await testbed.store.getOutbox([
        `solutions-lab:${engagement.id}:qualify`,
      ]);
      expect(again).toEqual(first);
      const { n } = (await testbed
        .knex('solutions_lab_outbox')
        .count({ n: '*' })
        .first())!;
      expect(Number(n)).toBe(1);
    });

    it('hold stops the SLA clock and resume restarts it', async () => {
      const engagement = await assigned();
      testbed.clock.advanceDays(3);
      const held = await testbed.service.decide(actors.erin, engagement.id, {
        decision: 'hold',
        reason: 'awaiting-partner',
        expectedVersion: engagement.version,
      });
      expect(held.sla).toEqual({
        state: 'paused',
        slaDays: 10,
        daysInStage: 3,
      });
      await expect(
        testbed.service.decide(actors.erin, engagement.id, {
          decision: 'advance',
          expectedVersion: held.version,
        }),
      ).rejects.toMatchObject({ message: expect.stringContaining('resume') });
      testbed.clock.advanceDays(20);
      const resumed = await testbed.service.decide(actors.erin, engagement.id, {
        decision: 'resume',
        expectedVersion: held.version,
      });
      expect(resumed.sla).toMatchObject({ state: 'on-track', daysInStage: 3 });
      testbed.clock.advanceDays(5);
      const later = await testbed.service.getEngagement(
        actors.erin,
        engagement.id,
      );
      // 8 of 10 days: at risk from 7.5 (the default fraction 0.75).
      expect(later.sla).toMatchObject({ state: 'at-risk', daysInStage: 8 });
      expect(Date.parse(later.sla.dueAt!)).toBe(
        Date.parse(later.stageEnteredAt) + 30 * DAY_MS,
      );
    });

    it('complete the playbook, granting the specialization with the chosen path', async () => {
      const cs = await testbed.service.requestEngagement(actors.carla, {
        playbookId: 'partner-led-customer-success',
        solutionName: 'Contoso Success Package',
        path: 'resell',
      });
      await testbed.service.assign(actors.paul, cs.id, {
        expertRef: actors.erin.userRef,
      });
      for (let i = 0; i < 3; i++) {
        await passStage(testbed, actors.erin, cs.id);
      }
      let current = await testbed.service.getEngagement(actors.erin, cs.id);
      await expect(
        testbed.service.decide(actors.erin, cs.id, {
          decision: 'advance',
          expectedVersion: current.version,
        }),
      ).rejects.toMatchObject({ name: 'InputError' });
      await checkRequired(testbed, actors.erin, cs.id);
      current = await testbed.service.getEngagement(actors.erin, cs.id);
      const done = await testbed.service.decide(actors.erin, cs.id, {
        decision: 'complete',
        expectedVersion: current.version,
      });
      expect(done).toMatchObject({
        status: 'completed',
        completedStageIds: [
          'prepare',
          'path-requirements',
          'customer-proof',
          'specialization-review',
        ],
        sla: { state: 'finished' },
      });
      expect(done.stages.map(s => s.state)).toEqual([
        'completed',
        'completed',
        'completed',
        'completed',
      ]);
      const [specialization] = await testbed.store.getOutbox([
        `solutions-lab:${cs.id}:specialization`,
      ]);
      expect(JSON.parse(specialization.payload)).toMatchObject({
        type: 'specialization_earned',
        partnerId: CONTOSO,
        attributes: {
          specialization: 'partner-led-customer-success',
          option: 'resell',
        },
      });
      const rows = await testbed
        .knex('solutions_lab_outbox')
        .select('event_id');
      expect(rows.map(r => r.event_id).sort()).toEqual(
        [
          `solutions-lab:${cs.id}:customer-proof`,
          `solutions-lab:${cs.id}:path-requirements`,
          `solutions-lab:${cs.id}:prepare`,
          `solutions-lab:${cs.id}:specialization`,
          `solutions-lab:${cs.id}:specialization-review`,
        ].sort(),
      );
    });

    it('50 in parallel on one engagement: exactly one applies, the others get 409', async () => {
      const engagement = await assigned();
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, () =>
          testbed.service.decide(actors.erin, engagement.id, {
            decision: 'hold',
            reason: 'awaiting-vendor',
            expectedVersion: engagement.version,
          }),
        ),
      );
      const applied = results.filter(r => r.status === 'fulfilled');
      const refused = results.filter(
        (r): r is PromiseRejectedResult => r.status === 'rejected',
      );
      expect(applied).toHaveLength(1);
      expect(refused).toHaveLength(49);
      expect(refused.every(r => r.reason.name === 'ConflictError')).toBe(true);
      const after = await testbed.service.getEngagement(
        actors.erin,
        engagement.id,
      );
      expect(after.version).toBe(engagement.version + 1);
      expect(after.timeline.filter(t => t.kind === 'decision')).toHaveLength(1);
    });
  });

  describe('assignment', () => {
    it('program admins assign experts; experts take from the queue, once', async () => {
      const created = await requestDevelopment();
      await expect(
        testbed.service.assign(actors.paul, created.id, {
          expertRef: actors.carla.userRef,
        }),
      ).rejects.toMatchObject({ name: 'InputError' });
      await expect(
        testbed.service.assign(actors.carla, created.id, {
          expertRef: actors.erin.userRef,
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      await expect(
        testbed.service.assign(actors.erin, created.id, {
          expertRef: actors.ethan.userRef,
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });

      const takes = await Promise.allSettled([
        testbed.service.assign(actors.erin, created.id, {
          expertRef: actors.erin.userRef,
        }),
        testbed.service.assign(actors.ethan, created.id, {
          expertRef: actors.ethan.userRef,
        }),
      ]);
      const taken = takes.filter(t => t.status === 'fulfilled');
      expect(taken).toHaveLength(1);
      const rejected = takes.find(
        (t): t is PromiseRejectedResult => t.status === 'rejected',
      )!;
      // Lost the race: a conflict, or (once the winner committed) no longer visible.
      expect(['ConflictError', 'NotFoundError']).toContain(
        rejected.reason.name,
      );

      const reassigned = await testbed.service.assign(actors.paul, created.id, {
        expertRef: actors.ethan.userRef,
      });
      expect(reassigned.assignedExpertRef).toBe(actors.ethan.userRef);
      expect(reassigned.timeline.at(-1)).toMatchObject({
        kind: 'assigned',
        actorRef: actors.paul.userRef,
        details: { expertRef: actors.ethan.userRef },
      });
      expect(testbed.notifier.sent.at(-1)).toMatchObject({
        kind: 'assigned',
        detail: { expertRef: actors.ethan.userRef },
      });
      const unassigned = await testbed.service.assign(actors.paul, created.id, {
        expertRef: null,
      });
      expect(unassigned.assignedExpertRef).toBeUndefined();
      expect(unassigned.timeline.at(-1)!.kind).toBe('unassigned');
    });
  });

  describe('lists', () => {
    it('filter by status, stage, playbook, partner and SLA risk, and paginate', async () => {
      const a = await requestDevelopment(actors.carla, 'A');
      testbed.clock.advanceDays(1);
      const b = await requestDevelopment(actors.nora, 'B');
      testbed.clock.advanceDays(1);
      const c = await testbed.service.requestEngagement(actors.felix, {
        playbookId: 'partner-led-customer-success',
        solutionName: 'C',
        path: 'build',
      });
      await testbed.service.assign(actors.paul, a.id, {
        expertRef: actors.erin.userRef,
      });
      await passStage(testbed, actors.erin, a.id);
      testbed.clock.advanceDays(8); // b: 9 of 10 days → at risk; c: 8 of 14
      const list = (
        request: Parameters<typeof testbed.service.listEngagements>[1],
      ) =>
        testbed.service
          .listEngagements(actors.paul, request)
          .then(p => p.items.map(i => i.solutionName));

      expect(await list({})).toEqual(['C', 'B', 'A']);
      expect(await list({ stageId: 'design' })).toEqual(['A']);
      expect(
        await list({ playbookId: 'partner-led-customer-success' }),
      ).toEqual(['C']);
      expect(await list({ partnerRef: [NORTHWIND, FABRIKAM] })).toEqual([
        'C',
        'B',
      ]);
      expect(await list({ slaRisk: ['at-risk'] })).toEqual(['B']);
      expect(await list({ slaRisk: ['on-track'] })).toEqual(['C', 'A']);
      testbed.clock.advanceDays(2);
      expect(await list({ slaRisk: ['breached'] })).toEqual(['B']);
      expect(await list({ assigned: 'unassigned' })).toEqual(['C', 'B']);
      expect(await list({ sort: 'sla' })).toEqual(['B', 'C', 'A']);
      expect(await list({ status: ['on-hold', 'closed'] })).toEqual([]);

      // Pages: every row once, in order, under both sorts.
      for (const sort of ['newest', 'sla'] as const) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await testbed.service.listEngagements(actors.paul, {
            sort,
            limit: 1,
            cursor,
          });
          seen.push(...page.items.map(i => i.solutionName));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual(await list({ sort }));
      }
      await expect(
        testbed.service.listEngagements(actors.paul, { cursor: 'garbage' }),
      ).rejects.toMatchObject({ name: 'InputError' });
      const newest = await testbed.service.listEngagements(actors.paul, {
        limit: 1,
      });
      await expect(
        testbed.service.listEngagements(actors.paul, {
          sort: 'sla',
          cursor: newest.nextCursor,
        }),
      ).rejects.toMatchObject({ name: 'InputError' });
      await expect(
        testbed.service.listEngagements(actors.paul, { limit: 201 }),
      ).rejects.toMatchObject({ name: 'InputError' });
      await expect(
        testbed.service.listEngagements(actors.carla, { assigned: 'me' }),
      ).rejects.toMatchObject({ name: 'InputError' });
      void b;
      void c;
    });
  });

  describe('the SLA watch', () => {
    it('tells the assigned expert and admins once when at risk, once when breached', async () => {
      const created = await requestDevelopment();
      await testbed.service.assign(actors.paul, created.id, {
        expertRef: actors.erin.userRef,
      });
      const watcher = SlaWatcher.create({
        store: testbed.store,
        notifier: testbed.notifier,
        live: testbed.notifier,
        logger: mockServices.logger.mock(),
        now: testbed.clock.now,
      });
      const sla = () =>
        testbed.notifier.sent.filter(s => s.kind.startsWith('sla-'));
      await watcher.run();
      expect(sla()).toEqual([]);
      testbed.clock.advanceDays(8);
      expect(await watcher.run()).toEqual({ atRisk: 1, breached: 0 });
      expect(await watcher.run()).toEqual({ atRisk: 0, breached: 0 });
      testbed.clock.advanceDays(3);
      expect(await watcher.run()).toEqual({ atRisk: 0, breached: 1 });
      expect(await watcher.run()).toEqual({ atRisk: 0, breached: 0 });
      expect(sla()).toEqual([
        { kind: 'sla-at-risk', engagementId: created.id },
        { kind: 'sla-breached', engagementId: created.id },
      ]);
      const expertView = await testbed.service.getEngagement(
        actors.erin,
        created.id,
      );
      expect(expertView.timeline.slice(-2).map(t => t.kind)).toEqual([
        'sla-at-risk',
        'sla-breached',
      ]);
      const partnerView = await testbed.service.getEngagement(
        actors.carla,
        created.id,
      );
      expect(partnerView.timeline.map(t => t.kind)).not.toContain(
        'sla-breached',
      );
      expect(partnerView.sla.state).toBe('breached');
    });
  });

  describe('the funnel', () => {
    it('counts per stage: entries, exits, median days, drop-offs, send-backs, breaches', async () => {
      const start = testbed.clock.now();
      // Three engagements; qualify takes 2, 4 and 12 days (the last breaches its 10).
      const ids: string[] = [];
      for (const [name, days] of [
        ['one', 2],
        ['two', 4],
        ['three', 12],
      ] as const) {
        const created = await requestDevelopment(actors.carla, name);
        await testbed.service.assign(actors.paul, created.id, {
          expertRef: actors.erin.userRef,
        });
        testbed.clock.advanceDays(days);
        await passStage(testbed, actors.erin, created.id);
        ids.push(created.id);
      }
      // one: sent back from design; three: closed in design.
      let one = await testbed.service.getEngagement(actors.erin, ids[0]);
      await testbed.service.decide(actors.erin, ids[0], {
        decision: 'send-back',
        reason: 'quality-issues',
        expectedVersion: one.version,
      });
      const three = await testbed.service.getEngagement(actors.erin, ids[2]);
      await testbed.service.decide(actors.erin, ids[2], {
        decision: 'close',
        reason: 'not-viable',
        expectedVersion: three.version,
      });
      one = await testbed.service.getEngagement(actors.erin, ids[0]);
      expect(one.currentStageId).toBe('qualify');

      await expect(
        testbed.service.getFunnel(actors.carla, {
          playbookId: 'solution-development',
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      const funnel = await testbed.service.getFunnel(actors.erin, {
        playbookId: 'solution-development',
        from: new Date(start).toISOString(),
      });
      expect(funnel.requested).toBe(3);
      expect(funnel.completed).toBe(0);
      const [qualify, design, build] = funnel.stages;
      expect(qualify).toMatchObject({
        stageId: 'qualify',
        entered: 4, // three requests and one send-back
        completed: 3,
        inStage: 1,
        medianDaysInStage: 4,
        slaBreaches: 1,
        dropOffs: 0,
        sendBacks: 0,
      });
      expect(design).toMatchObject({
        stageId: 'design',
        entered: 3,
        completed: 0,
        inStage: 1,
        dropOffs: 1,
        sendBacks: 1,
        // "one" spent 16 days in design (its SLA is 15) before it was sent back.
        slaBreaches: 1,
      });
      expect(build).toMatchObject({ entered: 0, inStage: 0 });
      expect(build.medianDaysInStage).toBeUndefined();

      // A range before anything happened counts nothing, but "now" still shows.
      const empty = await testbed.service.getFunnel(actors.paul, {
        playbookId: 'solution-development',
        from: '2020-01-01',
        to: '2020-02-01',
      });
      expect(empty.stages[0]).toMatchObject({ entered: 0, inStage: 1 });
      for (const bad of [
        { from: '2026-02-31' },
        { from: '2026-13-01' },
        { from: '2026-01-01T10:00:00' },
        { from: '2026-03-01', to: '2026-02-01' },
        { from: '2020-01-01', to: '2026-01-01' },
      ]) {
        await expect(
          testbed.service.getFunnel(actors.paul, {
            playbookId: 'solution-development',
            ...bad,
          }),
        ).rejects.toMatchObject({ name: 'InputError' });
      }
    });

    it('gives an even median as the mean of the middle two', async () => {
      for (const days of [1, 3, 5, 9]) {
        const created = await requestDevelopment(actors.carla, `d${days}`);
        await testbed.service.assign(actors.paul, created.id, {
          expertRef: actors.erin.userRef,
        });
        testbed.clock.advanceDays(days);
        await passStage(testbed, actors.erin, created.id);
      }
      const funnel = await testbed.service.getFunnel(actors.paul, {
        playbookId: 'solution-development',
      });
      expect(funnel.stages[0].medianDaysInStage).toBe(4);
    });
  });

  describe('for other plugins', () => {
    it('tells where partners stand, and which partners an expert is assigned to', async () => {
      const contoso = await requestDevelopment();
      await testbed.service.assign(actors.paul, contoso.id, {
        expertRef: actors.erin.userRef,
      });
      await passStage(testbed, actors.erin, contoso.id);
      const northwind = await requestDevelopment(actors.nora, 'Northwind DR');
      await testbed.service.assign(actors.paul, northwind.id, {
        expertRef: actors.erin.userRef,
      });
      const n = await testbed.service.getEngagement(actors.paul, northwind.id);
      await testbed.service.decide(actors.paul, northwind.id, {
        decision: 'close',
        reason: 'duplicate',
        expectedVersion: n.version,
      });

      expect(await testbed.service.listPartnerStages([CONTOSO])).toEqual([
        {
          partnerRef: CONTOSO,
          id: contoso.id,
          playbookId: 'solution-development',
          path: undefined,
          currentStageId: 'design',
          status: 'active',
          completedStageIds: ['qualify'],
        },
      ]);
      expect(
        (await testbed.service.listPartnerStages([NORTHWIND, FABRIKAM])).map(
          s => s.status,
        ),
      ).toEqual(['closed']);
      await expect(
        testbed.service.listPartnerStages(['contoso-solutions']),
      ).rejects.toMatchObject({ name: 'InputError' });
      // Closed engagements no longer open a partner's standing to the expert.
      expect(
        await testbed.service.listAssignedPartnerRefs(actors.erin.userRef),
      ).toEqual([CONTOSO]);
      expect(
        await testbed.service.listAssignedPartnerRefs(actors.ethan.userRef),
      ).toEqual([]);
    });
  });
});
