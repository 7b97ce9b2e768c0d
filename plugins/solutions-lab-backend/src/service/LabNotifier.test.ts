import { mockServices } from '@backstage/backend-test-utils';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { SignalPayload } from '@backstage/plugin-signals-node';
import {
  actors,
  shippedRegistry,
  testAudience,
} from '../__testUtils__/testbed';
import type { EngagementRecord } from '../database/records';
import { SOLUTIONS_LAB_SIGNAL_CHANNEL } from '@partner-studio/plugin-partner-studio-common';
import { NotificationsLabNotifier, SignalsLabLiveUpdates } from './LabNotifier';

const engagement: EngagementRecord = {
  id: 'eng-1',
  partnerRef: 'group:default/contoso-solutions',
  playbookId: 'solution-development',
  solutionName: 'Contoso Managed Kubernetes',
  description: '',
  status: 'active',
  currentStageId: 'design',
  stageEnteredAt: 1_000,
  stagePausedMs: 0,
  slaMs: 15 * 86_400_000,
  slaDueAt: 1_000 + 15 * 86_400_000,
  slaNotified: 'none',
  requestedBy: actors.carla.userRef,
  createdAt: 1_000,
  updatedAt: 1_000,
  version: 3,
};

async function notifier() {
  const sent: NotificationSendOptions[] = [];
  const service = NotificationsLabNotifier.create({
    notifications: {
      send: async options => {
        sent.push(options);
      },
    },
    audience: testAudience,
    playbooks: await shippedRegistry(),
    logger: mockServices.logger.mock(),
  });
  return { sent, service };
}

function live() {
  const published: SignalPayload[] = [];
  const service = SignalsLabLiveUpdates.create({
    signals: {
      publish: async signal => {
        published.push(signal);
      },
    },
    audience: testAudience,
    logger: mockServices.logger.mock(),
  });
  return { published, service };
}

describe('who is told what', () => {
  it('tells the vendor experts of a new engagement, not the requester', async () => {
    const { sent, service } = await notifier();
    await service.requested(engagement, actors.carla.userRef);
    expect(sent).toEqual([
      {
        recipients: {
          type: 'entity',
          entityRef: [actors.erin.userRef, actors.ethan.userRef],
          excludeEntityRef: actors.carla.userRef,
        },
        payload: expect.objectContaining({
          title: 'New Solutions Lab request: Contoso Managed Kubernetes',
          link: '/solutions-lab/engagements/eng-1',
          topic: 'solutions-lab',
        }),
      },
    ]);
  });

  it("tells the partner's members of a decision, naming the stages", async () => {
    const { sent, service } = await notifier();
    await service.decided(engagement, {
      decision: 'send-back',
      reason: 'evidence-insufficient',
      fromStageId: 'design',
      toStageId: 'qualify',
      actorRef: actors.erin.userRef,
    });
    expect(sent).toEqual([
      {
        recipients: {
          type: 'entity',
          // The partner's people, from the trusted organisation.
          entityRef: ['user:default/carla.dev', 'user:default/cody.admin'],
          excludeEntityRef: actors.erin.userRef,
        },
        payload: expect.objectContaining({
          title: 'Contoso Managed Kubernetes sent back',
          description:
            'Decision on stage Design to Qualify. Reason: evidence-insufficient.',
          severity: 'high',
        }),
      },
    ]);
  });

  it('tells an expert assigned by someone else, not one who took it', async () => {
    const { sent, service } = await notifier();
    await service.assigned(
      engagement,
      actors.erin.userRef,
      actors.erin.userRef,
    );
    expect(sent).toEqual([]);
    await service.assigned(
      engagement,
      actors.erin.userRef,
      actors.paul.userRef,
    );
    expect(sent.map(s => s.recipients)).toEqual([
      { type: 'entity', entityRef: actors.erin.userRef },
    ]);
  });

  it('tells the assigned expert and the program admins of an SLA escalation, once per stage visit', async () => {
    const { sent, service } = await notifier();
    const assigned = { ...engagement, assignedExpertRef: actors.erin.userRef };
    await service.slaEscalated(assigned, 'at-risk');
    await service.slaEscalated(assigned, 'breached');
    expect(sent.map(s => s.recipients)).toEqual([
      {
        type: 'entity',
        entityRef: [actors.erin.userRef, actors.paul.userRef],
      },
      {
        type: 'entity',
        entityRef: [actors.erin.userRef, actors.paul.userRef],
      },
    ]);
    expect(sent.map(s => s.payload.title)).toEqual([
      'SLA at risk: Contoso Managed Kubernetes',
      'SLA breached: Contoso Managed Kubernetes',
    ]);
    // The same scope: the breach updates the at-risk notification.
    expect(sent[0].payload.scope).toBe(sent[1].payload.scope);
    const unassigned = await notifier();
    await unassigned.service.slaEscalated(engagement, 'breached');
    expect(unassigned.sent[0].recipients).toEqual({
      type: 'entity',
      entityRef: [actors.paul.userRef],
    });
  });

  it('does not fail a committed change when notifications fail', async () => {
    const logger = mockServices.logger.mock();
    const service = NotificationsLabNotifier.create({
      notifications: {
        send: async () => {
          throw new Error('notifications backend down');
        },
      },
      audience: testAudience,
      playbooks: await shippedRegistry(),
      logger,
    });
    await expect(
      service.requested(engagement, actors.carla.userRef),
    ).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('notifications backend down'),
    );
  });
});

describe('live updates', () => {
  it('signal those who can see the engagement, with no content', async () => {
    const { published, service } = live();
    await service.changed(engagement, {
      kind: 'decision',
      visibility: 'shared',
    });
    expect(published).toEqual([
      {
        recipients: {
          type: 'user',
          entityRef: [
            // The partner's people, sub-groups' members included.
            'user:default/carla.dev',
            'user:default/cody.admin',
            // Unassigned: every expert (the queue).
            actors.erin.userRef,
            actors.ethan.userRef,
            actors.paul.userRef,
          ],
        },
        channel: SOLUTIONS_LAB_SIGNAL_CHANNEL,
        message: { engagementId: 'eng-1', version: 3, kind: 'decision' },
      },
    ]);
  });

  it('leave the partner out of internal changes and tell a previous assignee', async () => {
    const { published, service } = live();
    await service.changed(
      { ...engagement, assignedExpertRef: actors.ethan.userRef },
      {
        kind: 'assigned',
        visibility: 'internal',
        alsoTell: [actors.erin.userRef],
      },
    );
    expect(published[0].recipients).toEqual({
      type: 'user',
      entityRef: [
        actors.erin.userRef,
        actors.ethan.userRef,
        actors.paul.userRef,
      ],
    });
  });
});
