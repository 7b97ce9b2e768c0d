import {
  PRODUCT_AREAS,
  SUPPORT_LEVELS,
  TOOL_CATEGORIES,
  findLabStage,
  type ProductAreaId,
  type SupportLevelId,
  type ToolCategoryId,
} from '@partner-studio/plugin-partner-studio-common';
import { humanize } from '@partner-studio/plugin-partner-studio-react';

/**
 * Display names of the Hub's vocabulary, from its one definition in
 * partner-studio-common (categories, product areas, support levels, Lab
 * stages). Tier and business model names come from the program (see
 * `useProgramNames`). An id outside the vocabulary shows as words.
 */

function lookup<Id extends string>(
  entries: Readonly<Record<Id, { label: string }>>,
): (id: string) => string {
  return id =>
    Object.prototype.hasOwnProperty.call(entries, id)
      ? entries[id as Id].label
      : humanize(id);
}

/** `software-template` → `Software template`. */
export const categoryLabel = lookup<ToolCategoryId>(TOOL_CATEGORIES);

/** `kubernetes-platform` → `Kubernetes platform`. */
export const productAreaLabel = lookup<ProductAreaId>(PRODUCT_AREAS);

/** `vendor-supported` → `Vendor supported`. */
export const supportLevelLabel = lookup<SupportLevelId>(SUPPORT_LEVELS);

/** `solution-development/build` → `Solution development: Build`. */
export function stageLabel(ref: string): string {
  const found = findLabStage(ref);
  return found ? `${found.playbook.name}: ${found.stage.name}` : ref;
}

/** The playbook a stage ref belongs to, e.g. `solution-development`. */
export function stagePlaybookId(ref: string): string | undefined {
  return findLabStage(ref)?.playbook.id;
}
