import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { programs } from '@partner-studio/scoring';
import { LabStore } from '../database/LabStore';
import type { EngagementRecord } from '../database/records';
import { loadPlaybooks } from '../playbooks/loadPlaybooks';
import { PlaybookRegistry } from '../playbooks/PlaybookRegistry';
import type {
  DecisionNotice,
  EngagementChange,
  LabAudience,
  LabLiveUpdates,
  LabNotifier,
} from '../service/LabNotifier';
import { LabService } from '../service/LabService';
import { DAY_MS } from '../service/sla';
import type { LabActor } from '@partner-studio/plugin-solutions-lab-node';

export const CONTOSO = 'group:default/contoso-solutions';
export const NORTHWIND = 'group:default/northwind-cloud';
export const FABRIKAM = 'group:default/fabrikam-software';

/** The demo personas as the access helper would resolve them. */
export const actors = {
  carla: {
    userRef: 'user:default/carla.dev',
    role: 'partner-member',
    partnerRefs: [CONTOSO],
  },
  nora: {
    userRef: 'user:default/nora.dev',
    role: 'partner-member',
    partnerRefs: [NORTHWIND],
  },
  felix: {
    userRef: 'user:default/felix.dev',
    role: 'partner-member',
    partnerRefs: [FABRIKAM],
  },
  erin: {
    userRef: 'user:default/erin.expert',
    role: 'expert',
    partnerRefs: [],
  },
  ethan: {
    userRef: 'user:default/ethan.expert',
    role: 'expert',
    partnerRefs: [],
  },
  paul: {
    userRef: 'user:default/paul.admin',
    role: 'program-admin',
    partnerRefs: [],
  },
} satisfies Record<string, LabActor>;

/** A clock tests move by hand. */
export class TestClock {
  #now: number;

  constructor(start = Date.UTC(2026, 10, 2, 9, 0, 0)) {
    this.#now = start;
  }

  now = (): number => this.#now;

  advanceDays(days: number): void {
    this.#now += days * DAY_MS;
  }

  advanceMs(ms: number): void {
    this.#now += ms;
  }
}

/** Records what the Lab told whom (notifications and signals are side channels). */
export class RecordingNotifier implements LabNotifier, LabLiveUpdates {
  readonly sent: Array<{
    kind: string;
    engagementId: string;
    detail?: unknown;
  }> = [];
  readonly signals: Array<{
    engagementId: string;
    change: EngagementChange;
    version: number;
  }> = [];

  async requested(engagement: EngagementRecord) {
    this.sent.push({ kind: 'requested', engagementId: engagement.id });
  }
  async assigned(
    engagement: EngagementRecord,
    expertRef: string,
    actorRef: string,
  ) {
    this.sent.push({
      kind: 'assigned',
      engagementId: engagement.id,
      detail: { expertRef, actorRef },
    });
  }
  async decided(engagement: EngagementRecord, notice: DecisionNotice) {
    this.sent.push({
      kind: 'decided',
      engagementId: engagement.id,
      detail: notice,
    });
  }
  async slaEscalated(
    engagement: EngagementRecord,
    level: 'at-risk' | 'breached',
  ) {
    this.sent.push({ kind: `sla-${level}`, engagementId: engagement.id });
  }
  async changed(engagement: EngagementRecord, change: EngagementChange) {
    this.signals.push({
      engagementId: engagement.id,
      change,
      version: engagement.version,
    });
  }
}

/** The people of the demo organisation, as the partner directory lists them. */
const PARTNER_MEMBERS: Record<string, string[]> = {
  [CONTOSO]: ['user:default/carla.dev', 'user:default/cody.admin'],
  [NORTHWIND]: ['user:default/niko.admin', 'user:default/nora.dev'],
  [FABRIKAM]: ['user:default/felix.dev'],
};

/** The demo organisation's experts, admins and partners' people. */
export const testAudience: LabAudience = {
  expertRefs: async () => [actors.erin.userRef, actors.ethan.userRef],
  programAdminRefs: async () => [actors.paul.userRef],
  isExpert: async ref =>
    ref === actors.erin.userRef || ref === actors.ethan.userRef,
  partnerMemberRefs: async ref => PARTNER_MEMBERS[ref] ?? [],
};

let shippedPlaybooks: Promise<PlaybookRegistry> | undefined;

/** The shipped playbooks, loaded once per test file. */
export function shippedRegistry(): Promise<PlaybookRegistry> {
  shippedPlaybooks ??= loadPlaybooks({
    config: new ConfigReader({}),
    programs,
  }).then(loaded => PlaybookRegistry.create(loaded.map(l => l.playbook)));
  return shippedPlaybooks;
}

/** A store, a service and its doubles on one database. */
export async function createTestbed(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: { onPointsQueued?: () => void } = {},
) {
  const knex = await databases.init(databaseId);
  const store = await LabStore.create({
    database: mockServices.database({ knex }),
  });
  const playbooks = await shippedRegistry();
  const clock = new TestClock();
  const notifier = new RecordingNotifier();
  let ids = 0;
  const service = LabService.create({
    store,
    playbooks,
    programs,
    notifier,
    live: notifier,
    audience: testAudience,
    logger: mockServices.logger.mock(),
    now: clock.now,
    newId: () => `eng-${String(++ids).padStart(4, '0')}`,
    onPointsQueued: options.onPointsQueued,
  });
  return { knex, store, playbooks, clock, notifier, service };
}

export type Testbed = Awaited<ReturnType<typeof createTestbed>>;

/** Checks every required criterion of the current stage (as the assigned expert may). */
export async function checkRequired(
  testbed: Testbed,
  actor: LabActor,
  engagementId: string,
): Promise<void> {
  const detail = await testbed.service.getEngagement(actor, engagementId);
  const stage = detail.stages.find(s => s.state === 'current')!;
  for (const item of stage.checklist.filter(i => i.required && !i.checked)) {
    await testbed.service.setChecklistItem(actor, engagementId, item.id, {
      checked: true,
      evidence:
        item.evidence === 'none'
          ? undefined
          : { url: `https://evidence.example/${engagementId}/${item.id}` },
    });
  }
}

/** Passes the current stage: criteria, then advance (or complete on the last one). */
export async function passStage(
  testbed: Testbed,
  actor: LabActor,
  engagementId: string,
): Promise<void> {
  await checkRequired(testbed, actor, engagementId);
  const detail = await testbed.service.getEngagement(actor, engagementId);
  const last =
    detail.stages[detail.stages.length - 1].id === detail.currentStageId;
  await testbed.service.decide(actor, engagementId, {
    decision: last ? 'complete' : 'advance',
    expectedVersion: detail.version,
  });
}
