import { InputError } from '@backstage/errors';
import type { z } from 'zod';

/**
 * Opaque page cursors: base64url JSON, checked against a schema when they
 * come back. A cursor only says where a page starts; access is checked again
 * on every page, so a forged cursor reveals nothing.
 *
 * @public
 */
export const cursorCodec = {
  encode(position: object): string {
    return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
  },

  /** Throws a 400 naming the parameter when the cursor is not one of ours. */
  decode<T>(cursor: string, schema: z.ZodType<T>, parameter = 'cursor'): T {
    let value: unknown;
    try {
      value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      value = undefined;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new InputError(
        `Invalid request. query.${parameter}: not a cursor returned by this API`,
      );
    }
    return parsed.data;
  },
};
