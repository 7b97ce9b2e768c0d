import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/**
 * The demo data's seeded random numbers (pure-rand's xoroshiro128+): the
 * same seed gives the same demo every time.
 */
export class DemoRandom {
  readonly #generator: ReturnType<typeof xoroshiro128plus>;

  constructor(seed: number) {
    this.#generator = xoroshiro128plus(seed);
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.#generator);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }

  /** One of the items. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** One of the items, each as likely as its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let ticket = (this.int(0, 999_999) / 1_000_000) * total;
    for (const item of items) {
      ticket -= weight(item);
      if (ticket < 0) return item;
    }
    return items[items.length - 1];
  }
}
