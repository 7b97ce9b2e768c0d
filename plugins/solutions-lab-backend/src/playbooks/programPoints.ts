import type { MetricDefinition, Program } from '@partner-studio/scoring';
import { completionEventsOf } from './completionEvents';
import type {
  Playbook,
  PlaybookStage,
  StagePoints,
  StagePointsMetric,
} from '@partner-studio/plugin-solutions-lab-node';

function feeds(metric: MetricDefinition, type: string): boolean {
  if (metric.aggregation === 'ratio') {
    return (
      metric.numerator.events.some(t => t === type) ||
      metric.denominator.events.some(t => t === type)
    );
  }
  return metric.events.some(t => t === type);
}

function matchesFilter(
  metric: MetricDefinition,
  attributes: Record<string, string>,
): boolean {
  if (!metric.filter) return true;
  return Object.entries(metric.filter.attributes).every(([name, wanted]) => {
    const value = attributes[name];
    return Array.isArray(wanted) ? wanted.includes(value) : wanted === value;
  });
}

/**
 * The program metrics that a stage's completion events feed, as the program
 * in force defines them: the Lab shows the program's points, it never
 * restates them.
 */
export function stagePoints(
  program: Program,
  playbook: Playbook,
  stage: PlaybookStage,
): StagePoints[] {
  const paths: Array<string | undefined> =
    playbook.paths.length > 0 ? playbook.paths.map(p => p.id) : [undefined];
  const byType = new Map<string, Map<string, StagePointsMetric>>();
  for (const path of paths) {
    const events = completionEventsOf(playbook, stage, {
      engagementId: 'sample',
      partnerRef: 'group:default/sample',
      path,
      occurredAt: program.effectiveFrom,
    });
    for (const event of events) {
      const metrics = byType.get(event.type) ?? new Map();
      byType.set(event.type, metrics);
      for (const metric of program.metrics) {
        if (!feeds(metric, event.type)) continue;
        if (!matchesFilter(metric, event.attributes)) continue;
        const known = entryFor(metrics, metric);
        if (path) known.paths = [...(known.paths ?? []), path];
      }
    }
  }
  return [...byType.entries()].map(([eventType, metrics]) => ({
    eventType,
    // A metric every path feeds needs no path list.
    metrics: [...metrics.values()].map(({ paths: on, ...m }) =>
      on && on.length < paths.length ? { ...m, paths: on } : m,
    ),
  }));
}

function entryFor(
  known: Map<string, StagePointsMetric>,
  metric: MetricDefinition,
): StagePointsMetric {
  const existing = known.get(metric.id);
  if (existing) return existing;
  const counts =
    metric.aggregation === 'count' || metric.aggregation === 'distinct';
  const entry: StagePointsMetric = {
    metricId: metric.id,
    name: metric.name,
    maxPoints: metric.maxPoints,
    target: metric.target,
    unit: metric.unit,
    windowDays: metric.windowDays,
    businessModels:
      metric.perBusinessModel && metric.businessModels
        ? [...metric.businessModels]
        : undefined,
    pointsPerEvent: counts
      ? Math.min(
          metric.maxPoints,
          Math.round((metric.maxPoints * 100) / metric.target) / 100,
        )
      : undefined,
  };
  known.set(metric.id, entry);
  return entry;
}
