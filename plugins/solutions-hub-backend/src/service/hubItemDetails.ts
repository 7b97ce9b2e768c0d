import type {
  HubCourseDetail,
  HubPlayDetail,
} from '@partner-studio/plugin-partner-studio-common';
import {
  evaluateStanding,
  type PerformanceEvent,
  type PlayDefinition,
  type Program,
} from '@partner-studio/scoring';
import type {
  CallerProgress,
  CallerStanding,
} from '../context/PartnerPointsClient';

type Incentive = HubPlayDetail['incentives'][number];

/** The incentives of each play, worked out once per program object. */
const incentivesByProgram = new WeakMap<Program, Map<string, Incentive[]>>();

/** Who the engine scores a lone execution for: nobody real. */
const INCENTIVE_PARTNER_ID = 'solutions-hub:incentive';

/**
 * What one execution of the play earns a partner starting from zero, metric
 * by metric: the scoring engine evaluates a partner whose only event is the
 * execution, under the program partner points serves, so the incentive is
 * the program's (never restated here).
 */
function incentivesOf(program: Program, play: PlayDefinition): Incentive[] {
  let byPlay = incentivesByProgram.get(program);
  if (!byPlay) {
    byPlay = new Map();
    incentivesByProgram.set(program, byPlay);
  }
  const kept = byPlay.get(play.id);
  if (kept) return kept;

  const asOf = new Date(`${program.effectiveFrom}T12:00:00.000Z`);
  const execution: PerformanceEvent = {
    id: `${INCENTIVE_PARTNER_ID}:${play.id}`,
    partnerId: INCENTIVE_PARTNER_ID,
    type: 'play_executed',
    occurredAt: asOf.toISOString(),
    attributes: { playId: play.id, play: play.kind },
  };
  const standing = evaluateStanding({
    program,
    partner: {
      id: INCENTIVE_PARTNER_ID,
      businessModels: program.businessModels.map(m => m.id),
    },
    events: [execution],
    asOf,
  });
  const pointsByMetric = new Map<string, { name: string; points: number }>();
  for (const metric of standing.metrics) {
    if (metric.points <= 0) continue;
    const entry = pointsByMetric.get(metric.id) ?? {
      name: metric.name,
      points: 0,
    };
    entry.points += metric.points;
    pointsByMetric.set(metric.id, entry);
  }
  const incentives = [...pointsByMetric].map(([metricId, { name, points }]) => {
    const action = program.actions.find(
      a => a.metric === metricId && a.link.ref === `play:${play.id}`,
    );
    return {
      metricId,
      metricName: name,
      title: action?.title ?? name,
      ...(action ? { actionId: action.id } : {}),
      points: Math.round(points * 100) / 100,
    };
  });
  byPlay.set(play.id, incentives);
  return incentives;
}

/**
 * A sales play's page: its enablement (from the program's catalogue of
 * plays), its incentive, the caller's partner's own estimate where its
 * standing lists the action, and its progress from the ledger. Undefined
 * when the program has no such play.
 */
export function playDetailOf(input: {
  playId: string;
  program: Program;
  standing?: CallerStanding;
  progress?: CallerProgress;
}): HubPlayDetail | undefined {
  const play = input.program.plays.find(p => p.id === input.playId);
  if (!play) return undefined;
  const incentives = incentivesOf(input.program, play).map(incentive => {
    const estimates = (input.standing?.actions ?? [])
      .filter(a => incentive.actionId && a.actionId === incentive.actionId)
      .map(a => a.estimatedPoints);
    return estimates.length > 0
      ? { ...incentive, pointsForPartner: Math.max(...estimates) }
      : incentive;
  });
  const progress = input.progress?.plays.find(p => p.playId === play.id);
  return {
    playId: play.id,
    name: play.name,
    kind: play.kind,
    ...(play.description ? { description: play.description } : {}),
    pointsPerExecution:
      Math.round(incentives.reduce((sum, i) => sum + i.points, 0) * 100) / 100,
    incentives,
    ...(progress
      ? {
          progress: {
            executions: progress.executions,
            ...(progress.lastExecutedAt
              ? { lastExecutedAt: progress.lastExecutedAt }
              : {}),
          },
        }
      : {}),
  };
}

/**
 * An Ignite course's page: the course (from the program's catalogue) and
 * how many of the caller's partner's people completed it (ingested
 * completions). Undefined when the program has no such course.
 */
export function courseDetailOf(input: {
  courseId: string;
  program: Program;
  progress?: CallerProgress;
}): HubCourseDetail | undefined {
  const course = input.program.igniteCourses.find(c => c.id === input.courseId);
  if (!course) return undefined;
  const progress = input.progress?.courses.find(c => c.courseId === course.id);
  return {
    courseId: course.id,
    name: course.name,
    track: course.track,
    ...(course.description ? { description: course.description } : {}),
    ...(progress ? { completions: progress.completions } : {}),
  };
}
