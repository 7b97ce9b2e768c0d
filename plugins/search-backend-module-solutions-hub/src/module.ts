import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ToolCollatorFactory } from './ToolCollatorFactory';

/** Tools change when the catalog does; every ten minutes is enough for search. */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 10 },
};

/**
 * Puts the Solutions Hub's tools into the portal's global search (document
 * type `solutions-hub-tool`). Schedule: `search.collators.solutionsHub.schedule`.
 *
 * @public
 */
export const searchModuleSolutionsHubCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'solutions-hub-collator',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({ auth, config, scheduler, catalog, indexRegistry }) {
        const key = 'search.collators.solutionsHub.schedule';
        const schedule = config.has(key)
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig(key),
            )
          : DEFAULT_SCHEDULE;
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: ToolCollatorFactory.create({ catalog, auth }),
        });
      },
    });
  },
});
