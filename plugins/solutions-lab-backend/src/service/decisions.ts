import { InputError } from '@backstage/errors';
import type {
  ChecklistRecord,
  EngagementPatch,
  EngagementRecord,
  NewTimelineRecord,
} from '../database/records';
import {
  completionEventsOf,
  type LabPointsEvent,
} from '../playbooks/completionEvents';
import { criteriaOnPath } from '../playbooks/PlaybookRegistry';
import type {
  Playbook,
  PlaybookStage,
} from '@partner-studio/plugin-solutions-lab-node';
import { CLOSE_REASONS, HOLD_REASONS, SEND_BACK_REASONS } from './reasons';
import { DAY_MS, slaDueAt, timeInStage } from './sla';
import type { DecisionRequest } from '@partner-studio/plugin-solutions-lab-node';

/** What a decision changes, computed before anything is written. */
export interface DecisionPlan {
  patch: EngagementPatch;
  timeline: NewTimelineRecord;
  /** The stage passed, if any. */
  completedStageId?: string;
  /** Stages reopened by a send-back. */
  reopenedStageIds: string[];
  /** Points events the decision earns. */
  events: LabPointsEvent[];
}

/** Whether a stage's required criteria (on the path) are checked. */
export function gateOf(
  stage: PlaybookStage,
  path: string | undefined,
  checklist: readonly ChecklistRecord[],
): { ready: boolean; missing: string[] } {
  const checked = new Set(
    checklist
      .filter(c => c.stageId === stage.id && c.checked)
      .map(c => c.itemId),
  );
  const missing = criteriaOnPath(stage, path)
    .filter(c => c.required && !checked.has(c.id))
    .map(c => c.id);
  return { ready: missing.length === 0, missing };
}

/** The fields of a fresh visit of a stage. */
function enterStage(stage: PlaybookStage, now: number): EngagementPatch {
  const slaMs = stage.slaDays * DAY_MS;
  return {
    status: 'active',
    currentStageId: stage.id,
    stageEnteredAt: now,
    stagePausedMs: 0,
    heldAt: undefined,
    slaMs,
    slaDueAt: slaDueAt(now, 0, slaMs),
    slaNotified: 'none',
    updatedAt: now,
  };
}

function checkReason(
  request: DecisionRequest,
  allowed: readonly string[],
  required: boolean,
): void {
  if (request.reason === undefined) {
    if (required) {
      throw new InputError(
        `reason is required to ${request.decision}: one of ${allowed.join(
          ', ',
        )}`,
      );
    }
    return;
  }
  if (!allowed.includes(request.reason)) {
    throw new InputError(
      `reason "${request.reason}" is not a reason to ${
        request.decision
      }; one of ${allowed.join(', ')}`,
    );
  }
  if (request.reason === 'other' && !request.comment?.trim()) {
    throw new InputError('comment is required with reason "other"');
  }
}

/**
 * Plans a decision on an engagement, or refuses it (InputError) when the
 * engagement's state does not allow it. Pure: nothing is written here.
 *
 * - `advance`: the current stage's required criteria are met; on to the next stage.
 * - `complete`: the same, on the last stage; the engagement is completed.
 * - `hold` / `resume`: stops / restarts the SLA clock.
 * - `send-back`: back to an earlier stage (default the previous), with a reason.
 * - `close`: ends the engagement before completion, with a reason.
 */
export function planDecision(options: {
  playbook: Playbook;
  record: EngagementRecord;
  checklist: readonly ChecklistRecord[];
  request: DecisionRequest;
  actorRef: string;
  now: number;
}): DecisionPlan {
  const { playbook, record, checklist, request, actorRef, now } = options;
  const index = playbook.stages.findIndex(s => s.id === record.currentStageId);
  if (index < 0) {
    throw new InputError(
      `The engagement is in stage "${record.currentStageId}", which playbook "${playbook.id}" no longer defines`,
    );
  }
  const stage = playbook.stages[index];
  if (record.status === 'completed' || record.status === 'closed') {
    throw new InputError(
      `The engagement is ${record.status}; no further decisions can be taken`,
    );
  }
  if (request.comment !== undefined && request.comment.length > 2000) {
    throw new InputError('comment must be at most 2000 characters');
  }

  const elapsed = timeInStage(record, now);
  const leaving = {
    durationMs: elapsed,
    slaBreached: elapsed > (record.slaMs ?? stage.slaDays * DAY_MS),
  };
  const timeline: NewTimelineRecord = {
    engagementId: record.id,
    playbookId: record.playbookId,
    partnerRef: record.partnerRef,
    stageId: stage.id,
    kind: 'decision',
    decision: request.decision,
    reason: request.reason,
    actorRef,
    visibility: 'shared',
    occurredAt: now,
    details: request.comment ? { comment: request.comment } : undefined,
  };
  const requireActive = () => {
    if (record.status === 'on-hold') {
      throw new InputError(
        `The engagement is on hold; resume it before you ${request.decision} it`,
      );
    }
  };
  const requireGate = () => {
    const gate = gateOf(stage, record.path, checklist);
    if (!gate.ready) {
      const titles = stage.criteria
        .filter(c => gate.missing.includes(c.id))
        .map(c => `"${c.title}" (${c.id})`);
      throw new InputError(
        `Stage "${
          stage.name
        }" cannot be passed: required criteria are not met: ${titles.join(
          ', ',
        )}`,
      );
    }
  };
  const completion = (): LabPointsEvent[] =>
    completionEventsOf(playbook, stage, {
      engagementId: record.id,
      partnerRef: record.partnerRef,
      path: record.path,
      occurredAt: new Date(now).toISOString(),
    });

  switch (request.decision) {
    case 'advance': {
      requireActive();
      if (request.reason !== undefined) {
        throw new InputError('reason is only for hold, send-back and close');
      }
      if (index === playbook.stages.length - 1) {
        throw new InputError(
          `"${stage.name}" is the last stage: complete the engagement instead of advancing it`,
        );
      }
      requireGate();
      const next = playbook.stages[index + 1];
      return {
        patch: enterStage(next, now),
        timeline: { ...timeline, ...leaving, toStageId: next.id },
        completedStageId: stage.id,
        reopenedStageIds: [],
        events: completion(),
      };
    }
    case 'complete': {
      requireActive();
      if (request.reason !== undefined) {
        throw new InputError('reason is only for hold, send-back and close');
      }
      if (index !== playbook.stages.length - 1) {
        throw new InputError(
          `Only the last stage completes the engagement; advance from "${stage.name}" instead`,
        );
      }
      requireGate();
      return {
        patch: {
          status: 'completed',
          finishedAt: now,
          slaDueAt: undefined,
          heldAt: undefined,
          updatedAt: now,
        },
        timeline: { ...timeline, ...leaving },
        completedStageId: stage.id,
        reopenedStageIds: [],
        events: completion(),
      };
    }
    case 'hold': {
      requireActive();
      checkReason(request, HOLD_REASONS, false);
      return {
        patch: {
          status: 'on-hold',
          heldAt: now,
          slaDueAt: undefined,
          updatedAt: now,
        },
        timeline,
        reopenedStageIds: [],
        events: [],
      };
    }
    case 'resume': {
      if (record.status !== 'on-hold' || record.heldAt === undefined) {
        throw new InputError('Only an engagement on hold can be resumed');
      }
      if (request.reason !== undefined) {
        throw new InputError('reason is only for hold, send-back and close');
      }
      const pausedMs = record.stagePausedMs + (now - record.heldAt);
      const slaMs = record.slaMs ?? stage.slaDays * DAY_MS;
      return {
        patch: {
          status: 'active',
          heldAt: undefined,
          stagePausedMs: pausedMs,
          slaDueAt: slaDueAt(record.stageEnteredAt, pausedMs, slaMs),
          updatedAt: now,
        },
        timeline,
        reopenedStageIds: [],
        events: [],
      };
    }
    case 'send-back': {
      checkReason(request, SEND_BACK_REASONS, true);
      if (index === 0) {
        throw new InputError(
          `"${stage.name}" is the first stage; there is no earlier stage to send the engagement back to`,
        );
      }
      const targetIndex =
        request.toStageId === undefined
          ? index - 1
          : playbook.stages.findIndex(s => s.id === request.toStageId);
      if (targetIndex < 0 || targetIndex >= index) {
        throw new InputError(
          `toStageId must be an earlier stage than "${
            stage.id
          }": one of ${playbook.stages
            .slice(0, index)
            .map(s => s.id)
            .join(', ')}`,
        );
      }
      const target = playbook.stages[targetIndex];
      return {
        patch: enterStage(target, now),
        timeline: { ...timeline, ...leaving, toStageId: target.id },
        reopenedStageIds: playbook.stages
          .slice(targetIndex, index + 1)
          .map(s => s.id),
        events: [],
      };
    }
    case 'close': {
      checkReason(request, CLOSE_REASONS, true);
      return {
        patch: {
          status: 'closed',
          closeReason: request.reason,
          // heldAt stays: the time in stage ends where the hold began.
          finishedAt: now,
          slaDueAt: undefined,
          updatedAt: now,
        },
        timeline: { ...timeline, ...leaving },
        reopenedStageIds: [],
        events: [],
      };
    }
    default:
      throw new InputError(
        `decision must be one of advance, hold, resume, send-back, close, complete`,
      );
  }
}
