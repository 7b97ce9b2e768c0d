import { CustomErrorBase, InputError } from '@backstage/errors';
import express, { type Request, type Response } from 'express';

/**
 * A request body over the route's limit: HTTP 413, with the limit and
 * nothing of the body.
 *
 * @public
 */
export class RequestBodyTooLargeError extends CustomErrorBase {
  name = 'RequestBodyTooLargeError' as const;
  statusCode = 413;
}

/** Parsers by limit, so each route's parser is built once. */
const parsers = new Map<string, express.RequestHandler>();

/**
 * Reads the JSON body of a request, for a route that takes one, *after* the
 * caller was authenticated (so anonymous callers cannot make the backend
 * parse large bodies). Errors never echo the body: a malformed body is a 400
 * saying where it broke, an oversized one a 413 saying the limit.
 *
 * @public
 */
export async function readJsonBody(
  req: Request,
  res: Response,
  options: { limit: string },
): Promise<unknown> {
  if (!req.is('application/json')) {
    throw new InputError(
      'Invalid request. body: send JSON with Content-Type: application/json',
    );
  }
  let parse = parsers.get(options.limit);
  if (!parse) {
    parse = express.json({ limit: options.limit, strict: true });
    parsers.set(options.limit, parse);
  }
  await new Promise<void>((resolve, reject) => {
    parse!(req, res, (error?: unknown) => {
      if (!error) {
        resolve();
        return;
      }
      const type =
        error && typeof error === 'object' && 'type' in error
          ? String((error as { type: unknown }).type)
          : '';
      if (type === 'entity.too.large') {
        reject(
          new RequestBodyTooLargeError(
            `Request body is larger than the limit of ${options.limit}`,
          ),
        );
      } else if (type === 'entity.parse.failed') {
        reject(new InputError('Invalid request. body: not valid JSON'));
      } else if (
        type === 'encoding.unsupported' ||
        type === 'charset.unsupported'
      ) {
        reject(new InputError('Invalid request. body: send UTF-8 JSON'));
      } else {
        reject(new InputError('Invalid request. body: could not be read'));
      }
    });
  });
  return req.body;
}
