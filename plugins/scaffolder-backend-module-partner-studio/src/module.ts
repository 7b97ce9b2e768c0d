import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { partnerDirectoryServiceRef } from '@partner-studio/plugin-partner-studio-node';
import { durationToMilliseconds } from '@backstage/types';
import { createWorkspaceArchiveAction } from './actions/workspaceArchiveAction';
import { ArchiveStore } from './database/ArchiveStore';
import { ArchiveService } from './service/ArchiveService';
import { createArchiveRouter } from './service/router';

const DEFAULT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Partner Studio's scaffolder module: the `partner-studio:workspace:archive`
 * action, its table in the scaffolder's database, and the download routes
 * under `/api/scaffolder/partner-studio/archives/`.
 */
export const scaffolderModulePartnerStudio = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'partner-studio',
  register(reg) {
    reg.registerInit({
      deps: {
        actions: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        database: coreServices.database,
        directory: partnerDirectoryServiceRef,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({
        actions,
        auth,
        config,
        database,
        directory,
        httpAuth,
        httpRouter,
        logger,
        scheduler,
      }) {
        const archiveConfig = config.getOptionalConfig(
          'scaffolder.partnerStudio.workspaceArchives',
        );
        const retentionMs = archiveConfig?.has('retention')
          ? durationToMilliseconds(
              readDurationFromConfig(archiveConfig, { key: 'retention' }),
            )
          : DEFAULT_RETENTION_MS;

        const store = await ArchiveStore.create({ database });
        actions.addActions(
          createWorkspaceArchiveAction({
            store,
            maxBytes: archiveConfig?.getOptionalNumber('maxBytes'),
          }),
        );

        // A module's httpRouter is its plugin's: these routes are served
        // under /api/scaffolder, like the incremental ingestion module's
        // routes under /api/catalog.
        httpRouter.use(
          await createArchiveRouter({
            httpAuth,
            archives: ArchiveService.create({ store, directory, auth }),
          }),
        );

        await scheduler.scheduleTask({
          id: 'partner-studio-workspace-archives-expiry',
          scope: 'global',
          frequency: { hours: 6 },
          timeout: { minutes: 10 },
          initialDelay: { minutes: 1 },
          fn: async () => {
            const deleted = await store.deleteCreatedBefore(
              Date.now() - retentionMs,
            );
            if (deleted > 0) {
              logger.info(`Deleted ${deleted} expired workspace archives`);
            }
          },
        });
      },
    });
  },
});
