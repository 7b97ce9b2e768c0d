/**
 * Phase 4 of an evaluation: tiers — what the next tier needs, in words a
 * partner understands, and which exemptions apply.
 */
import type { ExemptionTarget, ReadExemption } from '../adjustments';
import type { Program } from '../program/types';
import type {
  NextTier,
  StandingExemption,
  UnmetRequirement,
} from '../standing';
import type { CompiledProgram, CompiledRequirement } from './compile';
import * as compile from './compile';
import type { Scoreboard } from './scoreboard';

// Under the CommonJS transform the backends and the bench run with, every
// use of an imported binding is a getter call; the hot paths read these once,
// as module constants.
const { REQUIREMENT_INVITATION } = compile;

/**
 * A requirement and what is missing, in words: what it asks (made once per
 * program, see `CompiledRequirement.asks`) and the points the partner has.
 */
export function describeRequirement(
  r: CompiledRequirement,
  currentCents: number,
): string {
  if (r.kind === REQUIREMENT_INVITATION) {
    return r.asks;
  }
  if (r.describedCents !== currentCents) {
    r.described = `${r.asks} (you have ${currentCents / 100} ${r.outOf})`;
    r.describedCents = currentCents;
  }
  return r.described;
}

/** The requirements of a tier that do not hold, described. */
export function unmetRequirements(
  compiled: CompiledProgram,
  board: Scoreboard,
  tier: number,
): UnmetRequirement[] {
  const unmet: UnmetRequirement[] = [];
  for (const r of compiled.requirements[tier]) {
    if (board.requirementMet(r)) {
      continue;
    }
    const current = board.requirementCurrent(r);
    const item: UnmetRequirement = {
      id: r.def.id,
      type: r.def.type,
      description: describeRequirement(r, current),
    };
    if (r.kind !== REQUIREMENT_INVITATION) {
      item.current = current / 100;
      item.required = r.minCents / 100;
    }
    unmet.push(item);
  }
  return unmet;
}

/** What the tier above `tier` needs; null at the top. */
export function nextTierAfter(
  compiled: CompiledProgram,
  board: Scoreboard,
  tier: number,
  totalCents: number,
): NextTier | null {
  const tiers = compiled.program.tiers;
  if (tier + 1 >= tiers.length) {
    return null;
  }
  const next = tiers[tier + 1];
  return {
    tier: next.id,
    tierName: next.name,
    threshold: next.threshold,
    pointsNeeded:
      Math.max(0, compiled.thresholdCents[tier + 1] - totalCents) / 100,
    unmetRequirements: unmetRequirements(compiled, board, tier + 1),
  };
}

/** The exemptions in force at `t`, as the standing lists them. */
/**
 * What an exemption's target waives in a program version, in words, and
 * whether it applies there (a target the version does not define, or an
 * invitation, changes nothing).
 *
 * @public
 */
export function describeExemptionTarget(
  program: Program,
  target: ExemptionTarget,
): { description: string; applied: boolean } {
  if (target.kind === 'metric') {
    const metric = program.metrics.find(m => m.id === target.metricId);
    return metric
      ? {
          description: `${metric.name} counts as at its target for tier requirements`,
          applied: true,
        }
      : {
          description: `Metric ${target.metricId} is not part of program ${program.version}`,
          applied: false,
        };
  }
  const tier = program.tiers.find(tr => tr.id === target.tierId);
  const requirement = tier?.requirements.find(
    r => r.id === target.requirementId,
  );
  if (!tier || !requirement) {
    return {
      description: `Requirement ${target.requirementId} of ${target.tierId} is not part of program ${program.version}`,
      applied: false,
    };
  }
  if (requirement.type === 'invitation') {
    return {
      description: `${tier.name}'s invitation cannot be waived; the partner must be invited`,
      applied: false,
    };
  }
  return {
    description: `${tier.name}: ${
      requirement.description ?? requirement.id
    } — waived`,
    applied: true,
  };
}

export function exemptionsInForce(
  compiled: CompiledProgram,
  exemptions: readonly ReadExemption[],
  t: number,
): StandingExemption[] {
  const program = compiled.program;
  const out: StandingExemption[] = [];
  for (const x of exemptions) {
    if (!(x.fromMs <= t && t < x.untilMs)) {
      continue;
    }
    const { description, applied } = describeExemptionTarget(
      program,
      x.input.target,
    );
    const item: StandingExemption = {
      id: x.input.id,
      target: x.input.target,
      reason: x.input.reason,
      from: x.from,
      description,
      applied,
    };
    if (x.until !== undefined) {
      item.until = x.until;
    }
    out.push(item);
  }
  return out;
}
