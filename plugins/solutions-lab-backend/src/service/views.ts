import type { Program } from '@partner-studio/scoring';
import type {
  EngagementDetail,
  FunnelView,
  Playbook,
  PlaybookView,
  EngagementSummary,
  NoteView,
  TimelineEntryView,
} from '@partner-studio/plugin-solutions-lab-node';
import type {
  ChecklistRecord,
  EngagementRecord,
  NoteRecord,
  TimelineRecord,
} from '../database/records';
import type { FunnelStageRow, StageOccupancyRow } from '../database/LabStore';
import { stagePoints } from '../playbooks/programPoints';
import {
  criteriaOnPath,
  PlaybookRegistry,
} from '../playbooks/PlaybookRegistry';
import { gateOf } from './decisions';
import { DAY_MS, slaClock } from './sla';

export function iso(ms: number): string;
export function iso(ms: number | undefined): string | undefined;
/** Epoch milliseconds as an ISO timestamp (absent stays absent). */
export function iso(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Records as the API shows them: dates as ISO strings, stages in the
 * playbook's order with their checklists, the SLA clock and the gate.
 */
export class EngagementViews {
  readonly #playbooks: PlaybookRegistry;
  readonly #atRiskFraction: number;

  static create(options: {
    playbooks: PlaybookRegistry;
    atRiskFraction: number;
  }): EngagementViews {
    return new EngagementViews(options);
  }

  private constructor(options: {
    playbooks: PlaybookRegistry;
    atRiskFraction: number;
  }) {
    this.#playbooks = options.playbooks;
    this.#atRiskFraction = options.atRiskFraction;
  }

  /** The current stage's SLA, as the engagement entered it. */
  #slaDays(record: EngagementRecord): number {
    if (record.slaMs !== undefined) return oneDecimal(record.slaMs / DAY_MS);
    return (
      this.#playbooks.stage(record.playbookId, record.currentStageId)?.stage
        .slaDays ?? 0
    );
  }

  /** Stage ids in the playbook's order (unknown ones last). */
  inStageOrder(playbookId: string, stageIds: readonly string[]): string[] {
    const order = this.#playbooks.get(playbookId)?.stages.map(s => s.id) ?? [];
    const rank = (id: string) => {
      const index = order.indexOf(id);
      return index < 0 ? order.length : index;
    };
    return [...stageIds].sort((a, b) => rank(a) - rank(b));
  }

  summary(
    record: EngagementRecord,
    completedStageIds: string[],
    now: number,
  ): EngagementSummary {
    return {
      id: record.id,
      partnerRef: record.partnerRef,
      playbookId: record.playbookId,
      path: record.path,
      solutionName: record.solutionName,
      status: record.status,
      currentStageId: record.currentStageId,
      completedStageIds: this.inStageOrder(
        record.playbookId,
        completedStageIds,
      ),
      assignedExpertRef: record.assignedExpertRef,
      requestedBy: record.requestedBy,
      createdAt: iso(record.createdAt),
      updatedAt: iso(record.updatedAt),
      stageEnteredAt: iso(record.stageEnteredAt),
      finishedAt: iso(record.finishedAt),
      closeReason: record.closeReason,
      version: record.version,
      sla: slaClock(record, this.#slaDays(record), now, this.#atRiskFraction),
    };
  }

  note(note: NoteRecord): NoteView {
    return {
      id: note.id,
      authorRef: note.authorRef,
      visibility: note.visibility,
      body: note.body,
      createdAt: iso(note.createdAt),
    };
  }

  timelineEntry(entry: TimelineRecord): TimelineEntryView {
    return {
      id: entry.id,
      kind: entry.kind,
      stageId: entry.stageId,
      toStageId: entry.toStageId,
      decision: entry.decision,
      reason: entry.reason,
      actorRef: entry.actorRef,
      visibility: entry.visibility,
      occurredAt: iso(entry.occurredAt),
      daysInStage:
        entry.durationMs !== undefined
          ? oneDecimal(entry.durationMs / DAY_MS)
          : undefined,
      slaBreached: entry.slaBreached,
      details: entry.details,
    };
  }

  detail(
    now: number,
    record: EngagementRecord,
    checklist: ChecklistRecord[],
    completed: Array<{ stageId: string; completedAt: number }>,
    notes: NoteRecord[],
    timeline: TimelineRecord[],
  ): EngagementDetail {
    const playbook = this.#playbooks.get(record.playbookId);
    const completedAt = new Map(completed.map(c => [c.stageId, c.completedAt]));
    const currentIndex =
      playbook?.stages.findIndex(s => s.id === record.currentStageId) ?? -1;
    const current = playbook?.stages[currentIndex];
    const checks = new Map(checklist.map(c => [`${c.stageId}/${c.itemId}`, c]));
    return {
      ...this.summary(
        record,
        completed.map(c => c.stageId),
        now,
      ),
      description: record.description,
      stages: (playbook?.stages ?? []).map((stage, index) => {
        let state: 'completed' | 'current' | 'upcoming' = 'upcoming';
        if (completedAt.has(stage.id)) state = 'completed';
        if (index === currentIndex && record.status !== 'completed') {
          state = 'current';
        }
        return {
          id: stage.id,
          name: stage.name,
          phase: stage.phase,
          slaDays: stage.slaDays,
          state,
          completedAt: iso(completedAt.get(stage.id)),
          checklist: criteriaOnPath(stage, record.path).map(criterion => {
            const check = checks.get(`${stage.id}/${criterion.id}`);
            return {
              id: criterion.id,
              title: criterion.title,
              description: criterion.description,
              required: criterion.required,
              evidence: criterion.evidence,
              tool: criterion.tool,
              confirmedBy: criterion.confirmedBy,
              checked: check?.checked ?? false,
              evidenceUrl: check?.evidenceUrl,
              evidenceLabel: check?.evidenceLabel,
              updatedBy: check?.updatedBy,
              updatedAt: iso(check?.updatedAt),
            };
          }),
          recommends: {
            categories: [...stage.recommends.categories],
            tools: [...stage.recommends.tools],
          },
        };
      }),
      gate: current
        ? gateOf(current, record.path, checklist)
        : { ready: false, missing: [] },
      notes: notes.map(n => this.note(n)),
      timeline: timeline.map(t => this.timelineEntry(t)),
    };
  }

  /** A playbook with the points the program gives for each stage. */
  playbook(playbook: Playbook, program: Program): PlaybookView {
    return {
      id: playbook.id,
      name: playbook.name,
      summary: playbook.summary,
      description: playbook.description,
      businessModels: [...playbook.businessModels],
      paths: playbook.paths.map(p => ({ ...p })),
      programVersion: program.version,
      stages: playbook.stages.map(stage => ({
        id: stage.id,
        name: stage.name,
        phase: stage.phase,
        description: stage.description,
        slaDays: stage.slaDays,
        criteria: stage.criteria.map(c => ({ ...c, paths: [...c.paths] })),
        recommends: {
          categories: [...stage.recommends.categories],
          tools: [...stage.recommends.tools],
        },
        points: stagePoints(program, playbook, stage),
      })),
    };
  }

  /** The funnel rows in the playbook's stage order, every stage present. */
  funnel(
    playbook: Playbook,
    rows: { stages: FunnelStageRow[]; occupancy: StageOccupancyRow[] },
    range: { from: number; to: number },
  ): FunnelView {
    const { stages, occupancy } = rows;
    const { from, to } = range;
    const byStage = new Map(stages.map(s => [s.stageId, s]));
    const occupied = new Map(occupancy.map(o => [o.stageId, o]));
    const last = playbook.stages[playbook.stages.length - 1];
    return {
      playbookId: playbook.id,
      from: iso(from),
      to: iso(to),
      requested: byStage.get(playbook.stages[0].id)?.requested ?? 0,
      completed: byStage.get(last.id)?.completed ?? 0,
      stages: playbook.stages.map(stage => {
        const row = byStage.get(stage.id);
        const occupancyNow = occupied.get(stage.id);
        return {
          stageId: stage.id,
          name: stage.name,
          phase: stage.phase,
          entered: row?.entered ?? 0,
          completed: row?.completed ?? 0,
          inStage: occupancyNow?.inStage ?? 0,
          medianDaysInStage:
            row?.medianDurationMs !== undefined
              ? oneDecimal(row.medianDurationMs / DAY_MS)
              : undefined,
          dropOffs: row?.dropOffs ?? 0,
          sendBacks: row?.sendBacks ?? 0,
          slaBreaches: row?.slaBreaches ?? 0,
          breachedNow: occupancyNow?.breachedNow ?? 0,
        };
      }),
    };
  }
}
