import { InputError } from '@backstage/errors';
import type { z } from 'zod';

/**
 * Opaque keyset cursors of the Hub's lists (favourites, ratings): the last
 * row's sort key, base64url JSON. A cursor that does not decode to the
 * list's key is a 400 naming `cursor`.
 */
export function encodePageCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor of the list whose key the schema describes. */
export function decodePageCursor<T>(cursor: string, key: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InputError('cursor is not a cursor of this list');
  }
  const parsed = key.safeParse(value);
  if (!parsed.success) {
    throw new InputError('cursor is not a cursor of this list');
  }
  return parsed.data;
}
