import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/**
 * The seeded pseudo-random generator every Partner Studio data generator
 * uses (demo data, benchmarks): pure-rand's xoroshiro128+, so the same seed
 * gives the same sequence on every machine.
 *
 * @public
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One of the items. */
  pick<T>(items: readonly T[]): T;
}

/** @public */
export function createSeededRandom(seed: number): SeededRandom {
  const generator = xoroshiro128plus(seed);
  const int = (min: number, max: number) =>
    unsafeUniformIntDistribution(min, max, generator);
  return {
    next: () => int(0, 0xffffffff) / 0x100000000,
    int,
    pick: items => items[int(0, items.length - 1)],
  };
}

/**
 * A 32-bit seed from a text (FNV-1a), so each partner or tool gets its own
 * stable sequence.
 *
 * @public
 */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
