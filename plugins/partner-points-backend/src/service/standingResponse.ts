import type { Request, Response } from 'express';
import { gunzipSync } from 'node:zlib';
import type { StandingDocument } from './standingDocument';

/**
 * Sends a standing document as the `GET …/standing` body: the stored gzip as
 * is when the client accepts gzip (the compression middleware leaves an
 * encoded body alone), decompressed otherwise.
 */
export function sendStandingDocument(
  req: Request,
  res: Response,
  document: StandingDocument,
): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.acceptsEncodings('gzip') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    res.end(document.gzippedJson);
  } else {
    res.end(gunzipSync(document.gzippedJson));
  }
}
