/**
 * Orders strings by UTF-16 code units, as `<` does, for sorts: the same
 * order in every JavaScript engine and locale (unlike `localeCompare`).
 */
export function compareText(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
