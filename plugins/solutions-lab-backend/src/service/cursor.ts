import { InputError } from '@backstage/errors';
import type { EngagementPageKey, EngagementSort } from '../database/LabStore';

/*
 * Opaque list cursors: the sort and the key of the last row of a page.
 * To be replaced by the shared cursor codec of partner-studio-node.
 */

interface CursorBody {
  s: EngagementSort;
  k: number;
  i: string;
}

export function encodeCursor(
  sort: EngagementSort,
  key: EngagementPageKey,
): string {
  const body: CursorBody = { s: sort, k: key.key, i: key.id };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** The page key of a cursor made for the same sort; InputError otherwise. */
export function decodeCursor(
  cursor: string,
  sort: EngagementSort,
): EngagementPageKey {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InputError('cursor is not a cursor this API returned');
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    !('s' in body) ||
    !('k' in body) ||
    !('i' in body) ||
    typeof body.k !== 'number' ||
    !Number.isSafeInteger(body.k) ||
    typeof body.i !== 'string' ||
    body.i.length > 64
  ) {
    throw new InputError('cursor is not a cursor this API returned');
  }
  if (body.s !== sort) {
    throw new InputError(
      `cursor belongs to another sort order than "${sort}"; start again without a cursor`,
    );
  }
  return { key: body.k, id: body.i };
}
