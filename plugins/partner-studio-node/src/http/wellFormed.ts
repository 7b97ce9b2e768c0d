/**
 * The path of the first string in `value` (keys included) that is not
 * well-formed Unicode (a lone surrogate), or undefined. Such strings cannot
 * be stored faithfully (PostgreSQL rejects them, JSON round trips alter
 * them), so requests carrying one are refused up front.
 *
 * @public
 */
export function findIllFormedString(
  value: unknown,
  path: string,
): string | undefined {
  if (typeof value === 'string') {
    return value.isWellFormed() ? undefined : path;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIllFormedString(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!key.isWellFormed()) return `${path} (a key)`;
      const found = findIllFormedString(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}
