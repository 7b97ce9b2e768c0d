import { InputError } from '@backstage/errors';
import { createHash } from 'node:crypto';

/** A position in a sorted result list: the sort key of the last item served. */
export type SortKey = Array<string | number>;

interface CursorPayload {
  /** Fingerprint of the search the cursor belongs to. */
  f: string;
  /** Sort key of the last item of the page. */
  k: SortKey;
}

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
  const payload: CursorPayload = { f: fingerprint, k: key };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

function isSortKey(value: unknown): value is SortKey {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      part =>
        typeof part === 'string' ||
        (typeof part === 'number' && Number.isFinite(part)),
    )
  );
}

/** Decodes a cursor of the search with this fingerprint, or says why not (400). */
export function decodeSearchCursor(
  cursor: string,
  fingerprint: string,
): SortKey {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InputError('cursor is not a cursor of the tool search');
  }
  if (
    typeof payload !== 'object' ||
    payload === null ||
    !('k' in payload) ||
    !('f' in payload) ||
    !isSortKey(payload.k)
  ) {
    throw new InputError('cursor is not a cursor of the tool search');
  }
  if (payload.f !== fingerprint) {
    throw new InputError(
      'cursor belongs to another search; page with the same q, filters and sort',
    );
  }
  return payload.k;
}
