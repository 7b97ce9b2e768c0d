import {
  LAB_STAGE_REFS,
  type HubToolLock,
  type HubToolSummary,
  type SolutionsHubApiComponents,
} from '@partner-studio/plugin-partner-studio-common';
import type { ToolSearchHit } from '../search/types';
import { resolveLaunchTarget } from './launchTarget';
import type { RatingSummary } from './ratings';
import type { ToolLock } from './toolLocks';

type LabStageRef = SolutionsHubApiComponents['schemas']['LabStageRef'];

const STAGE_REFS: ReadonlySet<string> = new Set(LAB_STAGE_REFS);

/** Is the value one of the Lab's published stage refs? */
export function isApiStageRef(value: string): value is LabStageRef {
  return STAGE_REFS.has(value);
}

/** The published stage refs among these (a tool's are validated already). */
export function apiStageRefs(refs: readonly string[]): LabStageRef[] {
  return refs.filter(isApiStageRef);
}

/** A lock as the API describes it. */
export function toApiLock(lock: ToolLock): HubToolLock {
  return {
    locked: lock.locked,
    unlockedBy: lock.unlockedBy.map(condition => {
      if (condition.kind === 'tier') return condition;
      const { stageRef, ...rest } = condition;
      return {
        ...rest,
        ...(isApiStageRef(stageRef) ? { stageRef } : {}),
      };
    }),
  };
}

/** What a result list shows of a tool besides the tool itself, for the caller. */
export interface ToolAnnotations {
  favorite: boolean;
  verified: boolean;
  rating: RatingSummary;
  lock: ToolLock;
}

/** A tool as the API's result lists show it. */
export function toToolSummary(
  hit: ToolSearchHit,
  annotations: ToolAnnotations,
): HubToolSummary {
  const { tool } = hit;
  const { spec } = tool;
  return {
    ref: tool.ref,
    namespace: tool.namespace,
    name: tool.name,
    title: tool.title,
    description: tool.description,
    tags: tool.tags,
    category: spec.category,
    productArea: spec.productArea,
    labStages: apiStageRefs(spec.labStages),
    businessModels: spec.businessModels,
    supportLevel: spec.supportLevel,
    minimumTier: spec.minimumTier,
    ...(spec.requiredLabStage && isApiStageRef(spec.requiredLabStage)
      ? { requiredLabStage: spec.requiredLabStage }
      : {}),
    owner: spec.owner,
    links: spec.links,
    launch: resolveLaunchTarget(spec),
    ...(spec.play ? { play: spec.play } : {}),
    ...(spec.course ? { course: spec.course } : {}),
    ...(spec.publishedAt ? { publishedAt: spec.publishedAt } : {}),
    ...(hit.score !== undefined ? { score: hit.score } : {}),
    popularity: hit.popularity,
    favorite: annotations.favorite,
    verified: annotations.verified,
    rating: annotations.rating,
    lock: toApiLock(annotations.lock),
  };
}
