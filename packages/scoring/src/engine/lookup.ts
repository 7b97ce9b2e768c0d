/**
 * A collision-free hash of a small, fixed set of strings to their index:
 * `(length × k + code(0) × 3 + code(length − 3)) mod 64` for a multiplier k
 * found at construction, then one string comparison to confirm. About twice
 * as fast as `Map.get` for the event types of the hot loop.
 */
export function createStringIndex(
  values: readonly string[],
): (s: string) => number {
  for (let mask = 63; mask < 4096; mask = mask * 2 + 1) {
    for (let k = 1; k < 512; k++) {
      const table: Array<string | undefined> = new Array(mask + 1).fill(
        undefined,
      );
      let ok = true;
      for (const v of values) {
        const h =
          (v.length * k + v.charCodeAt(0) * 3 + v.charCodeAt(v.length - 3)) &
          mask;
        if (table[h] !== undefined) {
          ok = false;
          break;
        }
        table[h] = v;
      }
      if (ok) {
        const index = table.map(v =>
          v === undefined ? -1 : values.indexOf(v),
        );
        const multiplier = k;
        const bits = mask;
        return (s: string) => {
          if (typeof s !== 'string') {
            return -1;
          }
          const h =
            (s.length * multiplier +
              s.charCodeAt(0) * 3 +
              s.charCodeAt(s.length - 3)) &
            bits;
          return table[h] === s ? index[h] : -1;
        };
      }
    }
  }
  // Not reached for the vocabularies of this package; kept for safety.
  const map = new Map(values.map((v, i) => [v, i]));
  return (s: string) => map.get(s) ?? -1;
}
