import type {
  Playbook,
  PlaybookStage,
} from '@partner-studio/plugin-solutions-lab-node';

/**
 * A points event as partner points' ingestion API takes it
 * (`POST /api/partner-points/events`).
 */
export interface LabPointsEvent {
  /** Stable: the same completion always has the same id, so a replay is a duplicate. */
  id: string;
  /** The partner's full entity ref, e.g. `group:default/contoso-solutions`. */
  partnerId: string;
  type: 'lab_stage_completed' | 'specialization_earned';
  occurredAt: string;
  attributes: Record<string, string>;
}

/** The id of the points event of a stage completion. */
export function stageCompletionEventId(
  engagementId: string,
  stageId: string,
): string {
  return `solutions-lab:${engagementId}:${stageId}`;
}

/** The id of the specialization an engagement's completion grants. */
export function specializationEventId(engagementId: string): string {
  return `solutions-lab:${engagementId}:specialization`;
}

/**
 * The points events a stage's completion emits, as its `emits` names them.
 * Ids are stable per engagement and stage: a stage completed again after a
 * send-back produces the same ids, and the outbox keeps the first.
 */
export function completionEventsOf(
  playbook: Playbook | Pick<Playbook, 'id'>,
  stage: Pick<PlaybookStage, 'id' | 'emits'>,
  context: {
    engagementId: string;
    partnerRef: string;
    path?: string;
    occurredAt: string;
  },
): LabPointsEvent[] {
  return stage.emits.map((event): LabPointsEvent => {
    if (event.type === 'lab_stage_completed') {
      return {
        id: stageCompletionEventId(context.engagementId, stage.id),
        partnerId: context.partnerRef,
        type: event.type,
        occurredAt: context.occurredAt,
        attributes: {
          stage: stage.id,
          playbook: playbook.id,
          engagementId: context.engagementId,
        },
      };
    }
    return {
      id: specializationEventId(context.engagementId),
      partnerId: context.partnerRef,
      type: event.type,
      occurredAt: context.occurredAt,
      attributes: context.path
        ? { specialization: event.specialization, option: context.path }
        : { specialization: event.specialization },
    };
  });
}
