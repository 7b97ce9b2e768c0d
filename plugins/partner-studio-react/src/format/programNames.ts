import type { Program } from '@partner-studio/scoring';
import { humanize } from './numbers';

/**
 * The parts of a program definition (`GET /api/partner-points/program`, the
 * scoring package's `Program`) that give things their names.
 *
 * @public
 */
export type ProgramVocabulary = Partial<
  Pick<Program, 'tiers' | 'businessModels' | 'pillars' | 'metrics'>
>;

/**
 * Display names of the program's tiers, business models, pillars and
 * metrics, as the program definition writes them.
 *
 * @public
 */
export interface ProgramNames {
  /** `principal` → `Principal`. */
  tier(id: string): string;
  /** `cloud-solution-provider` → `Cloud Solution Provider`. */
  businessModel(id: string): string;
  /** `post-sales` → the pillar's name in the program. */
  pillar(id: string): string;
  /** `bookings` → the metric's name in the program. */
  metric(id: string): string;
}

function lookup(
  definitions: ReadonlyArray<{ id: string; name: string }> | undefined,
): (id: string) => string {
  const names = new Map(definitions?.map(d => [d.id, d.name]));
  // Before the program has loaded, or for an id of another program version,
  // the id itself in words: never a second, hand-kept list of names.
  return id => names.get(id) ?? humanize(id);
}

/**
 * Names from the program definition, the one place that defines them (no
 * plugin keeps its own list of tier or business model names).
 *
 * @example
 * ```ts
 * const names = programNames(program);
 * names.tier('advanced'); // 'Advanced'
 * ```
 *
 * @public
 */
export function programNames(program?: ProgramVocabulary): ProgramNames {
  return {
    tier: lookup(program?.tiers),
    businessModel: lookup(program?.businessModels),
    pillar: lookup(program?.pillars),
    metric: lookup(program?.metrics),
  };
}
