import {
  describeLabStage,
  findLabStage,
} from '@partner-studio/plugin-partner-studio-common';
import { TIER_IDS, TierId, type Program } from '@partner-studio/scoring';
import type { IndexedTool } from '../search/types';

/** What lock evaluation knows about the caller. */
export interface ToolLockContext {
  /**
   * The standing of the caller's partner; undefined when it could not be
   * read (partner points absent or failing) or the caller has no partner.
   */
  standing?: { tier: TierId; totalPoints: number };
  /**
   * Stage refs (`<playbookId>/<stageId>`) that an engagement of the caller's
   * partner completed; undefined when the Lab could not be read.
   */
  completedStageRefs?: readonly string[];
  /** Vendor experts and program admins: nothing is locked for them. */
  unrestricted?: boolean;
  /**
   * The caller belongs to no partner organisation: tiers and Lab stages are
   * a partner's, so the tools they gate stay locked for it (and not because
   * something could not be read).
   */
  noPartner?: boolean;
}

/** One condition a locked tool still waits for. */
export type ToolUnlockCondition =
  | {
      kind: 'tier';
      /** The tier the tool needs. */
      tier: TierId;
      tierName: string;
      /** The caller's tier, when known. */
      currentTier?: TierId;
      currentTierName?: string;
      /** Points between the caller's total and the tier's threshold (0 when only other requirements are missing). */
      pointsToGo?: number;
      /** Whether the tier is by invitation as well. */
      byInvitation: boolean;
      /** True when the caller's standing could not be read. */
      unknown: boolean;
      message: string;
    }
  | {
      kind: 'lab-stage';
      stageRef: string;
      playbookId: string;
      stageId: string;
      /** True when the caller's engagements could not be read. */
      unknown: boolean;
      message: string;
    };

/** Whether a tool is locked for a caller, and exactly what unlocks it. */
export interface ToolLock {
  locked: boolean;
  /** Every condition still to meet (all of them unlock the tool); empty when unlocked. */
  unlockedBy: ToolUnlockCondition[];
}

function tierName(program: Program, tier: TierId): string {
  return program.tiers.find(t => t.id === tier)?.name ?? tier;
}

const NOT_A_PARTNER = 'you are not a member of a partner organisation';

function tierCondition(
  program: Program,
  required: TierId,
  context: ToolLockContext,
): ToolUnlockCondition | undefined {
  const standing = context.standing;
  if (required === TIER_IDS[0]) return undefined;
  const definition = program.tiers.find(t => t.id === required);
  const name = tierName(program, required);
  const byInvitation =
    definition?.requirements.some(r => r.type === 'invitation') ?? false;
  const invitation = byInvitation ? `; ${name} is by invitation` : '';
  if (context.noPartner) {
    return {
      kind: 'tier',
      tier: required,
      tierName: name,
      byInvitation,
      unknown: false,
      message: `Reach ${name} (program tiers are a partner's, and ${NOT_A_PARTNER}${invitation})`,
    };
  }
  if (!standing) {
    return {
      kind: 'tier',
      tier: required,
      tierName: name,
      byInvitation,
      unknown: true,
      message: `Reach ${name} (your program tier could not be read right now${invitation})`,
    };
  }
  if (TIER_IDS.indexOf(standing.tier) >= TIER_IDS.indexOf(required)) {
    return undefined;
  }
  const current = tierName(program, standing.tier);
  const pointsToGo = Math.max(
    0,
    Math.ceil((definition?.threshold ?? 0) - standing.totalPoints),
  );
  const progress =
    pointsToGo > 0
      ? `you are ${current}, ${pointsToGo} ${
          pointsToGo === 1 ? 'point' : 'points'
        } to go`
      : `you are ${current} and have the points; ${name}'s other requirements are not met yet`;
  return {
    kind: 'tier',
    tier: required,
    tierName: name,
    currentTier: standing.tier,
    currentTierName: current,
    pointsToGo,
    byInvitation,
    unknown: false,
    message: `Reach ${name} (${progress}${invitation})`,
  };
}

function stageCondition(
  required: string | undefined,
  context: ToolLockContext,
): ToolUnlockCondition | undefined {
  const completed = context.completedStageRefs;
  if (!required || (!context.noPartner && completed?.includes(required))) {
    return undefined;
  }
  const stage = findLabStage(required);
  const base = `Complete ${describeLabStage(required)} in the Solutions Lab`;
  let message = base;
  if (context.noPartner) {
    message = `${base} (only a partner's engagements count, and ${NOT_A_PARTNER})`;
  } else if (completed === undefined) {
    message = `${base} (your engagements could not be read right now)`;
  }
  return {
    kind: 'lab-stage',
    stageRef: required,
    playbookId: stage?.playbook.id ?? required.split('/')[0],
    stageId: stage?.stage.id ?? required.split('/')[1] ?? required,
    unknown: !context.noPartner && completed === undefined,
    message,
  };
}

/**
 * Is the tool locked for the caller, and what unlocks it: the tier it needs
 * (with how far the caller is) and the Lab stage it needs. A condition that
 * cannot be checked because partner points or the Lab is unavailable counts
 * as unmet, and says so.
 */
export function evaluateToolLock(
  tool: IndexedTool,
  context: ToolLockContext,
  program: Program,
): ToolLock {
  if (context.unrestricted) return { locked: false, unlockedBy: [] };
  const unlockedBy = [
    tierCondition(program, tool.spec.minimumTier, context),
    stageCondition(tool.spec.requiredLabStage, context),
  ].filter((c): c is ToolUnlockCondition => c !== undefined);
  return { locked: unlockedBy.length > 0, unlockedBy };
}
