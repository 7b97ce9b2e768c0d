import type { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import type { ArchiveService } from './ArchiveService';

/** Where the routes live under the scaffolder's `/api/scaffolder`. */
export const ARCHIVE_ROUTE_PREFIX = '/partner-studio/archives';

/** `Content-Disposition` of a download, with a safe ASCII fallback name. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(
    fileName,
  )}`;
}

/**
 * HTTP for workspace archives, added to the scaffolder's router:
 *
 * - `GET /partner-studio/archives/:taskId`: what the archive is (JSON);
 * - `GET /partner-studio/archives/:taskId/content`: the zip.
 *
 * Users only; 404 for a task without an archive and for another user's.
 */
export async function createArchiveRouter(options: {
  httpAuth: HttpAuthService;
  archives: ArchiveService;
}): Promise<express.Router> {
  const { httpAuth, archives } = options;
  const router = Router();

  router.get(`${ARCHIVE_ROUTE_PREFIX}/:taskId`, async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const archive = await archives.getArchive(req.params.taskId, credentials);
    res.json({
      taskId: archive.taskId,
      fileName: archive.fileName,
      createdBy: archive.createdBy,
      createdAt: new Date(archive.createdAt).toISOString(),
      ...(archive.templateRef ? { templateRef: archive.templateRef } : {}),
      sizeBytes: archive.sizeBytes,
      sha256: archive.sha256,
    });
  });

  router.get(`${ARCHIVE_ROUTE_PREFIX}/:taskId/content`, async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { archive, content } = await archives.getArchiveContent(
      req.params.taskId,
      credentials,
    );
    res
      .status(200)
      .set({
        'Content-Type': 'application/zip',
        'Content-Length': String(content.length),
        'Content-Disposition': attachment(archive.fileName),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      })
      .end(content);
  });

  return router;
}
