import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { defaultProgram } from '@partner-studio/scoring';
import { ToolCatalogSync } from './catalog/ToolCatalogSync';
import { HubStore } from './database/HubStore';
import { HubService } from './service/HubService';

function schedule(
  config: Config,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : fallback;
}

/**
 * The Solutions Hub backend plugin, `solutions-hub`.
 *
 * This version runs the Hub's core without HTTP: its database, the tool
 * index kept in sync with the catalog on every replica, and popularity from
 * launches. The API of `src/schema/openapi.yaml` is wired once the shared
 * access model is in place.
 *
 * @public
 */
export const solutionsHubPlugin = createBackendPlugin({
  pluginId: 'solutions-hub',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        database: coreServices.database,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({ auth, catalog, config, database, logger, scheduler }) {
        const store = await HubStore.create({ database });
        const sync = ToolCatalogSync.create({ catalog, auth, logger });
        const hub = HubService.create({
          store,
          index: sync,
          program: defaultProgram,
        });

        // Each replica holds its own index: both tasks run on every replica.
        await sync.start({
          scheduler,
          schedule: schedule(config, 'solutionsHub.catalogSync', {
            frequency: { seconds: 30 },
            timeout: { minutes: 5 },
            initialDelay: { seconds: 5 },
          }),
        });
        await scheduler.scheduleTask({
          id: 'solutions-hub-popularity',
          scope: 'local',
          ...schedule(config, 'solutionsHub.popularity', {
            frequency: { minutes: 10 },
            timeout: { minutes: 2 },
            initialDelay: { seconds: 15 },
          }),
          fn: async () => {
            await hub.refreshPopularity();
          },
        });
      },
    });
  },
});
