import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { ArchiveStore } from '../database/ArchiveStore';
import { zipDirectory } from './zipDirectory';

/** The id of the action in templates. */
export const WORKSPACE_ARCHIVE_ACTION_ID = 'partner-studio:workspace:archive';

/**
 * Where the Solutions Hub's frontend shows a task's download:
 * `<path>/<taskId>`. The action's `downloadPath` output points there, for a
 * template's `output.links`.
 */
export const WORKSPACE_DOWNLOAD_PAGE_PATH = '/solutions-hub/downloads';

/** Default limit of a zipped workspace: it is kept in the database. */
export const DEFAULT_MAX_ARCHIVE_BYTES = 20 * 1024 * 1024;

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\.zip$/;

/**
 * `partner-studio:workspace:archive`: packs the task's workspace (or a folder
 * of it) into a zip, keeps it with who ran the task, and outputs the page
 * where that user downloads it. For portals whose users may not register
 * catalog locations or push to a Git host.
 */
export function createWorkspaceArchiveAction(options: {
  store: ArchiveStore;
  maxBytes?: number;
  now?: () => number;
}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARCHIVE_BYTES;
  const now = options.now ?? Date.now;
  return createTemplateAction({
    id: WORKSPACE_ARCHIVE_ACTION_ID,
    description:
      'Packs the workspace into a zip that the user who ran the template (and program admins) can download from the Solutions Hub.',
    supportsDryRun: true,
    examples: [
      {
        description: 'Archive the generated project and link to its download',
        example: [
          'steps:',
          '  - id: archive',
          '    action: partner-studio:workspace:archive',
          '    input:',
          '      fileName: ${{ parameters.name }}.zip',
          'output:',
          '  links:',
          '    - title: Download',
          '      url: ${{ steps.archive.output.downloadPath }}',
        ].join('\n'),
      },
    ],
    schema: {
      input: {
        fileName: z =>
          z
            .string()
            .regex(FILE_NAME, 'a file name such as my-integration.zip')
            .optional()
            .describe('File name of the download; default <task id>.zip'),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe('Folder of the workspace to pack; default all of it'),
      },
      output: {
        taskId: z => z.string().describe('The task the archive belongs to'),
        downloadPath: z =>
          z
            .string()
            .describe(
              `The Solutions Hub page that downloads it: ${WORKSPACE_DOWNLOAD_PAGE_PATH}/<taskId>`,
            ),
        fileName: z => z.string(),
        sizeBytes: z => z.number(),
        sha256: z => z.string(),
      },
    },
    async handler(ctx) {
      const createdBy = ctx.user?.ref;
      if (!createdBy) {
        throw new InputError(
          `${WORKSPACE_ARCHIVE_ACTION_ID} needs a signed-in user: the archive is served only to who ran the template`,
        );
      }
      const source = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.sourcePath ?? '.',
      );
      const fileName = ctx.input.fileName ?? `${ctx.task.id}.zip`;
      const zip = await zipDirectory(source, { maxBytes });

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would keep ${fileName} (${zip.files} files, ${zip.content.length} bytes)`,
        );
      } else {
        await ctx.checkpoint({
          key: `partner-studio.archive.${ctx.task.id}`,
          fn: async () => {
            await options.store.save({
              taskId: ctx.task.id,
              fileName,
              createdBy,
              createdAt: now(),
              templateRef: ctx.templateInfo?.entityRef,
              sizeBytes: zip.content.length,
              sha256: zip.sha256,
              content: zip.content,
            });
          },
        });
        ctx.logger.info(
          `Kept ${fileName} (${zip.files} files, ${zip.content.length} bytes) for ${createdBy}`,
        );
      }

      ctx.output('taskId', ctx.task.id);
      ctx.output(
        'downloadPath',
        `${WORKSPACE_DOWNLOAD_PAGE_PATH}/${encodeURIComponent(ctx.task.id)}`,
      );
      ctx.output('fileName', fileName);
      ctx.output('sizeBytes', zip.content.length);
      ctx.output('sha256', zip.sha256);
    },
  });
}
