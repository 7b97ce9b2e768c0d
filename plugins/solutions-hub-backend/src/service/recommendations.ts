import { TOOL_CATEGORY_IDS } from '@partner-studio/plugin-partner-studio-common';
import type { ToolCriteria } from '@partner-studio/plugin-solutions-hub-node';
import type { CallerStanding } from '../context/PartnerPointsClient';
import type { ToolSearchIndex } from '../search/ToolSearchIndex';
import type { ToolPredicate, ToolSearchHit } from '../search/types';

/** Why a tool is recommended. */
export type RecommendationReason =
  | { kind: 'stage'; stageRef: string }
  | {
      kind: 'action';
      actionId: string;
      title: string;
      points: number;
      linkRef: string;
    };

/** A recommended tool and why. */
export interface Recommendation {
  hit: ToolSearchHit;
  reason: RecommendationReason;
}

/** The standing's actions looked at: its top ones that lead to the Hub. */
export const RECOMMENDED_ACTIONS = 3;
/** Tools shown for an action that leads to a category. */
export const TOOLS_PER_CATEGORY_ACTION = 2;

const CATEGORIES: ReadonlySet<string> = new Set(TOOL_CATEGORY_IDS);

/**
 * The Hub item an action's link (`category:<id>`, `play:<id>`,
 * `course:<id>`) lands on, as a search: a category's most popular tools, or
 * the sales play or course tool that names the play or course. Links that
 * lead elsewhere (`playbook:<id>`, the Lab) are none.
 */
function searchForLink(
  linkRef: string,
):
  | { filter: ToolPredicate | undefined; category: string; limit: number }
  | undefined {
  const separator = linkRef.indexOf(':');
  if (separator < 0) return undefined;
  const kind = linkRef.slice(0, separator);
  const id = linkRef.slice(separator + 1);
  switch (kind) {
    case 'category':
      return CATEGORIES.has(id)
        ? { filter: undefined, category: id, limit: TOOLS_PER_CATEGORY_ACTION }
        : undefined;
    case 'play':
      return {
        filter: tool => tool.spec.play?.playId === id,
        category: 'sales-play',
        limit: 1,
      };
    case 'course':
      return {
        filter: tool => tool.spec.course?.courseId === id,
        category: 'enablement-course',
        limit: 1,
      };
    default:
      return undefined;
  }
}

/**
 * The tools for the caller's current Lab stages (most popular first), then
 * the Hub items behind the top actions of its standing, each once, at most
 * `limit`. Every search runs with the caller's access filter inside the
 * index query.
 */
export function recommend(input: {
  index: ToolSearchIndex;
  access?: ToolCriteria;
  currentStageRefs: readonly string[];
  standing?: CallerStanding;
  limit: number;
}): Recommendation[] {
  const { index, access, limit } = input;
  const seen = new Set<string>();
  const picked: Recommendation[] = [];
  const add = (hit: ToolSearchHit, reason: RecommendationReason) => {
    if (picked.length >= limit || seen.has(hit.tool.ref)) return;
    seen.add(hit.tool.ref);
    picked.push({ hit, reason });
  };

  if (input.currentStageRefs.length > 0) {
    const stages = [...input.currentStageRefs];
    const { items } = index.search({
      filters: { stage: stages },
      sort: 'popularity',
      limit,
      access,
    });
    for (const hit of items) {
      const stageRef = stages.find(s => hit.tool.spec.labStages.includes(s));
      if (stageRef) add(hit, { kind: 'stage', stageRef });
    }
  }

  let actions = 0;
  for (const action of input.standing?.actions ?? []) {
    if (actions >= RECOMMENDED_ACTIONS || picked.length >= limit) break;
    const search = searchForLink(action.link.ref);
    if (!search) continue;
    actions += 1;
    const filter = search.filter;
    const criteria: ToolCriteria | undefined =
      filter && access ? { allOf: [access, filter] } : filter ?? access;
    const { items } = index.search({
      filters: { category: [search.category] },
      sort: 'popularity',
      limit: search.limit,
      access: criteria,
    });
    for (const hit of items) {
      add(hit, {
        kind: 'action',
        actionId: action.actionId,
        title: action.title,
        points: action.estimatedPoints,
        linkRef: action.link.ref,
      });
    }
  }
  return picked;
}
