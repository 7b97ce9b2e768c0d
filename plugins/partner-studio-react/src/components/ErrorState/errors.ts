import { ResponseError } from '@backstage/errors';

/**
 * Did the request fail with the given HTTP status (a `ResponseError` from a
 * Backstage API client)?
 *
 * @public
 */
export function hasStatus(error: unknown, status: number): boolean {
  return ResponseError.is(error) && error.statusCode === status;
}

/**
 * The reason a backend gave for an error, without the `Request failed with …`
 * prefix: the message of the error body a Backstage backend sends.
 *
 * @public
 */
export function errorReason(error: unknown): string {
  if (ResponseError.is(error)) {
    return error.cause?.message || error.message;
  }
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}
