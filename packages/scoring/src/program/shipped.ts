import { parseIsoStrict, toEpochMs } from '../time';
import { parseProgram } from './parseProgram';
import { shippedProgramSources } from './shipped.generated';
import type { Program } from './types';

function effectiveMs(program: Program): number {
  // Validated as YYYY-MM-DD by the schema: midnight UTC of that day.
  return parseIsoStrict(program.effectiveFrom)!;
}

/**
 * Every shipped program version, validated, oldest first (by effective date).
 * Versions never change once shipped, so history stays explainable: evaluate
 * a past date with `programInForce(programs, date)`.
 *
 * @public
 */
export const programs: readonly Program[] = Object.freeze(
  shippedProgramSources
    .map(source => parseProgram(source.definition))
    .sort((a, b) => effectiveMs(a) - effectiveMs(b)),
);

/**
 * The program version in force at `asOf`: the one with the latest
 * `effectiveFrom` on or before it. Throws a RangeError when `asOf` is before
 * every version (no program existed then) or when `candidates` is empty.
 *
 * @public
 */
export function programInForce(
  candidates: readonly Program[],
  asOf: string | Date,
): Program {
  const at = toEpochMs(asOf, 'asOf');
  let best: Program | undefined;
  for (const program of candidates) {
    const from = effectiveMs(program);
    if (from <= at && (!best || from >= effectiveMs(best))) {
      best = program;
    }
  }
  if (!best) {
    const earliest = candidates.length
      ? [...candidates].sort((a, b) => effectiveMs(a) - effectiveMs(b))[0]
          .effectiveFrom
      : undefined;
    throw new RangeError(
      earliest
        ? `No program version is in force at ${String(
            asOf,
          )}; the earliest takes effect on ${earliest}`
        : 'No program versions given',
    );
  }
  return best;
}

/**
 * The shipped definition in force: the latest shipped version by effective
 * date. The package has no clock, so this does not look at today's date — a
 * version is shipped only once it takes effect (or callers use
 * `programInForce(programs, asOf)` with their own clock).
 *
 * @public
 */
export const defaultProgram: Program = programs[programs.length - 1];
