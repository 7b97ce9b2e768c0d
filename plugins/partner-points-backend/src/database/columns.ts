/** Reading column values the same way on SQLite and PostgreSQL. */

/** A number column (PostgreSQL returns bigint columns as strings). */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** A nullable number column. */
export function optionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : toNumber(value);
}

/**
 * A column holding one of a vocabulary's values. Values are checked when
 * written; anything else is a corrupt row.
 */
export function oneOf<T extends string>(
  values: readonly T[],
  value: unknown,
  column: string,
): T {
  const found = values.find(v => v === value);
  if (found === undefined) {
    throw new Error(`Unexpected ${column} ${String(value)} in the database`);
  }
  return found;
}
