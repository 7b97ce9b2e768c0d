import archiver from 'archiver';
import { createHash } from 'node:crypto';

/** A directory packed as a zip. */
export interface ZipResult {
  content: Buffer;
  sha256: string;
  /** Number of files in the zip. */
  files: number;
}

/**
 * Packs every file under `directory` (dotfiles included, symlinks not
 * followed) into a zip in memory. Refuses to grow past `maxBytes`: the
 * archive is kept in the database, so a template that generates a huge
 * workspace fails its step instead of filling it.
 */
export async function zipDirectory(
  directory: string,
  options: { maxBytes: number },
): Promise<ZipResult> {
  const archive = archiver('zip', { zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  let size = 0;
  let files = 0;

  const done = new Promise<void>((resolve, reject) => {
    archive.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxBytes) {
        archive.abort();
        reject(
          new Error(
            `The workspace is larger than ${options.maxBytes} bytes once zipped; leave large or generated files out of the template`,
          ),
        );
        return;
      }
      chunks.push(chunk);
    });
    archive.on('entry', entry => {
      // archiver names folder entries with a trailing slash.
      if (!entry.name.endsWith('/')) files += 1;
    });
    const fail = (error: Error & { code?: string }) =>
      reject(
        new Error(
          `Could not pack the workspace: ${
            error.message || error.code || String(error)
          }`,
        ),
      );
    archive.on('warning', fail);
    archive.on('error', fail);
    archive.on('end', () => resolve());
  });

  archive.glob('**', { cwd: directory, dot: true });
  // `done` rejects first when the size limit aborts the archive.
  await Promise.all([archive.finalize(), done]);

  const content = Buffer.concat(chunks);
  return {
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
    files,
  };
}
