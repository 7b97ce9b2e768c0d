import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  SOLUTIONS_LAB_SIGNAL_CHANNEL,
  type EngagementChangedSignal,
} from '@partner-studio/plugin-partner-studio-common';
import type {
  Decision,
  EngagementRecord,
  TimelineKind,
  Visibility,
} from '../database/records';
import type { PlaybookRegistry } from '../playbooks/PlaybookRegistry';

/**
 * The people the Lab tells things to, as catalog entity refs (groups are
 * expanded to their members by the notifications backend).
 *
 * @public
 */
export interface LabAudience {
  /** The vendor experts (user entity refs). */
  expertRefs(): Promise<string[]>;
  /** The program admins (user entity refs). */
  programAdminRefs(): Promise<string[]>;
  /** Whether a user is a vendor expert (who may be assigned engagements). */
  isExpert(userRef: string): Promise<boolean>;
  /**
   * The partner's people (user entity refs), its sub-groups' members
   * included: signals go to users, and only the trusted organisation's
   * memberships count.
   */
  partnerMemberRefs(partnerRef: string): Promise<string[]>;
}

/** A decision as the people concerned hear of it. */
export interface DecisionNotice {
  decision: Decision;
  reason?: string;
  fromStageId: string;
  toStageId?: string;
  actorRef: string;
}

/**
 * Who is told what, through Backstage notifications:
 * - a new engagement → the vendor experts;
 * - an assignment → the expert assigned (unless they took it themselves);
 * - a decision → the partner's members;
 * - an SLA at risk or breached → the assigned expert and the program admins.
 *
 * @public
 */
export interface LabNotifier {
  requested(engagement: EngagementRecord, actorRef: string): Promise<void>;
  assigned(
    engagement: EngagementRecord,
    expertRef: string,
    actorRef: string,
  ): Promise<void>;
  decided(engagement: EngagementRecord, notice: DecisionNotice): Promise<void>;
  slaEscalated(
    engagement: EngagementRecord,
    level: 'at-risk' | 'breached',
  ): Promise<void>;
}

/**
 * Live views: every change is published as a signal to those who can see
 * the engagement, so open pages refresh without a reload. The message
 * carries no content, only what changed; pages fetch it through the API.
 *
 * @public
 */
export interface LabLiveUpdates {
  changed(
    engagement: EngagementRecord,
    change: EngagementChange,
  ): Promise<void>;
}

/** What changed, for {@link LabLiveUpdates}. @public */
export interface EngagementChange {
  kind: TimelineKind;
  visibility: Visibility;
  /** Others who could see the engagement before (a previous assignee). */
  alsoTell?: string[];
}

/** Where an engagement's page is in the app. */
export function engagementLink(engagementId: string): string {
  return `/solutions-lab/engagements/${encodeURIComponent(engagementId)}`;
}

const DECISION_TITLES: Record<Decision, string> = {
  advance: 'advanced',
  complete: 'completed',
  hold: 'put on hold',
  resume: 'resumed',
  'send-back': 'sent back',
  close: 'closed',
};

/** {@link LabNotifier} over the notifications backend. */
export class NotificationsLabNotifier implements LabNotifier {
  readonly #notifications: NotificationService;
  readonly #audience: LabAudience;
  readonly #playbooks: PlaybookRegistry;
  readonly #logger: LoggerService;

  static create(deps: {
    notifications: NotificationService;
    audience: LabAudience;
    playbooks: PlaybookRegistry;
    logger: LoggerService;
  }): NotificationsLabNotifier {
    return new NotificationsLabNotifier(deps);
  }

  private constructor(deps: {
    notifications: NotificationService;
    audience: LabAudience;
    playbooks: PlaybookRegistry;
    logger: LoggerService;
  }) {
    this.#notifications = deps.notifications;
    this.#audience = deps.audience;
    this.#playbooks = deps.playbooks;
    this.#logger = deps.logger;
  }

  #stageName(engagement: EngagementRecord, stageId: string): string {
    return (
      this.#playbooks.stage(engagement.playbookId, stageId)?.stage.name ??
      stageId
    );
  }

  async #send(options: NotificationSendOptions): Promise<void> {
    if (
      options.recipients.type === 'entity' &&
      [options.recipients.entityRef].flat().length === 0
    ) {
      return;
    }
    try {
      await this.#notifications.send(options);
    } catch (error) {
      // A notification is not worth failing a committed change for.
      this.#logger.warn(
        `Could not send the notification "${options.payload.title}": ${error}`,
      );
    }
  }

  async requested(engagement: EngagementRecord, actorRef: string) {
    const playbook = this.#playbooks.get(engagement.playbookId);
    await this.#send({
      recipients: {
        type: 'entity',
        entityRef: await this.#audience.expertRefs(),
        excludeEntityRef: actorRef,
      },
      payload: {
        title: `New Solutions Lab request: ${engagement.solutionName}`,
        description: `${engagement.partnerRef} asks for a ${
          playbook?.name ?? engagement.playbookId
        } engagement. It waits in the unassigned queue.`,
        link: engagementLink(engagement.id),
        topic: 'solutions-lab',
        scope: `solutions-lab:${engagement.id}:requested`,
      },
    });
  }

  async assigned(
    engagement: EngagementRecord,
    expertRef: string,
    actorRef: string,
  ) {
    if (expertRef === actorRef) return;
    await this.#send({
      recipients: { type: 'entity', entityRef: expertRef },
      payload: {
        title: `Assigned to you: ${engagement.solutionName}`,
        description: `${engagement.partnerRef}, stage ${this.#stageName(
          engagement,
          engagement.currentStageId,
        )}.`,
        link: engagementLink(engagement.id),
        topic: 'solutions-lab',
      },
    });
  }

  async decided(engagement: EngagementRecord, notice: DecisionNotice) {
    const from = this.#stageName(engagement, notice.fromStageId);
    const to = notice.toStageId
      ? ` to ${this.#stageName(engagement, notice.toStageId)}`
      : '';
    const reason = notice.reason ? ` Reason: ${notice.reason}.` : '';
    await this.#send({
      recipients: {
        type: 'entity',
        entityRef: await this.#audience.partnerMemberRefs(
          engagement.partnerRef,
        ),
        excludeEntityRef: notice.actorRef,
      },
      payload: {
        title: `${engagement.solutionName} ${DECISION_TITLES[notice.decision]}`,
        description: `Decision on stage ${from}${to}.${reason}`,
        link: engagementLink(engagement.id),
        topic: 'solutions-lab',
        severity: notice.decision === 'send-back' ? 'high' : 'normal',
      },
    });
  }

  async slaEscalated(
    engagement: EngagementRecord,
    level: 'at-risk' | 'breached',
  ) {
    const stage = this.#stageName(engagement, engagement.currentStageId);
    await this.#send({
      recipients: {
        type: 'entity',
        entityRef: [
          ...(engagement.assignedExpertRef
            ? [engagement.assignedExpertRef]
            : []),
          ...(await this.#audience.programAdminRefs()),
        ],
      },
      payload: {
        title:
          level === 'breached'
            ? `SLA breached: ${engagement.solutionName}`
            : `SLA at risk: ${engagement.solutionName}`,
        description: `${engagement.partnerRef} is in stage ${stage}${
          engagement.assignedExpertRef
            ? `, with ${engagement.assignedExpertRef}`
            : ', unassigned'
        }.`,
        link: engagementLink(engagement.id),
        topic: 'solutions-lab',
        severity: level === 'breached' ? 'high' : 'normal',
        // One notification per stage visit, updated when it escalates.
        scope: `solutions-lab:${engagement.id}:sla:${engagement.currentStageId}:${engagement.stageEnteredAt}`,
      },
    });
  }
}

/** {@link LabLiveUpdates} over the signals backend. */
export class SignalsLabLiveUpdates implements LabLiveUpdates {
  readonly #signals: SignalsService;
  readonly #audience: LabAudience;
  readonly #logger: LoggerService;

  static create(deps: {
    signals: SignalsService;
    audience: LabAudience;
    logger: LoggerService;
  }): SignalsLabLiveUpdates {
    return new SignalsLabLiveUpdates(deps);
  }

  private constructor(deps: {
    signals: SignalsService;
    audience: LabAudience;
    logger: LoggerService;
  }) {
    this.#signals = deps.signals;
    this.#audience = deps.audience;
    this.#logger = deps.logger;
  }

  async changed(engagement: EngagementRecord, change: EngagementChange) {
    const recipients = [
      ...(change.alsoTell ?? []),
      // Internal changes (an internal note) are not the partner's business.
      ...(change.visibility === 'shared'
        ? await this.#audience.partnerMemberRefs(engagement.partnerRef)
        : []),
      ...(engagement.assignedExpertRef
        ? [engagement.assignedExpertRef]
        : await this.#audience.expertRefs()),
      ...(await this.#audience.programAdminRefs()),
    ];
    try {
      await this.#signals.publish<EngagementChangedSignal>({
        recipients: { type: 'user', entityRef: [...new Set(recipients)] },
        channel: SOLUTIONS_LAB_SIGNAL_CHANNEL,
        message: {
          engagementId: engagement.id,
          version: engagement.version,
          kind: change.kind,
        },
      });
    } catch (error) {
      this.#logger.warn(`Could not publish the engagement signal: ${error}`);
    }
  }
}
