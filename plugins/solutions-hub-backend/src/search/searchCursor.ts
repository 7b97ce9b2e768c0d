import { InputError } from '@backstage/errors';
import { cursorCodec } from '@partner-studio/plugin-partner-studio-node';
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** A position in a sorted result list: the sort key of the last item served. */
export type SortKey = Array<string | number>;

/**
 * A search cursor: the fingerprint of the search it belongs to (`f`) and
 * the sort key of the last item of its page (`k`).
 */
const searchCursorSchema = z.object({
  f: z.string(),
  k: z.array(z.union([z.string(), z.number().finite()])).min(1),
});

/**
 * A short fingerprint of what a search asks for (text, filters, sort), so a
 * cursor is refused when it is used with another search instead of paging
 * through something else silently.
 */
export function searchFingerprint(parts: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(parts))
    .digest('base64url')
    .slice(0, 16);
}

/** Encodes an opaque cursor (keyset: the next page starts after `key`). */
export function encodeSearchCursor(fingerprint: string, key: SortKey): string {
  return cursorCodec.encode({ f: fingerprint, k: key });
}

/** Decodes a cursor of the search with this fingerprint, or says why not (400 naming `cursor`). */
export function decodeSearchCursor(
  cursor: string,
  fingerprint: string,
): SortKey {
  const { f, k } = cursorCodec.decode(cursor, searchCursorSchema);
  if (f !== fingerprint) {
    throw new InputError(
      'Invalid request. query.cursor: belongs to another search; page with the same q, filters and sort',
    );
  }
  return k;
}
