import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { HubStore } from '@partner-studio/plugin-solutions-hub-backend';
import { DemoActivitySeeder } from './DemoActivitySeeder';

/**
 * Development only: a few months of demo launches and some ratings for the
 * Solutions Hub, so usage, popularity and ratings show something on the
 * first start. Does nothing unless `solutionsHub.demoData.enabled` is true,
 * and nothing once the Hub has launches.
 */
export const solutionsHubModuleDemo = createBackendModule({
  pluginId: 'solutions-hub',
  moduleId: 'demo',
  register(reg) {
    reg.registerInit({
      deps: {
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        database: coreServices.database,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
      },
      async init({ auth, catalog, config, database, lifecycle, logger }) {
        if (!config.getOptionalBoolean('solutionsHub.demoData.enabled')) {
          return;
        }
        const store = await HubStore.create({ database });
        const seeder = DemoActivitySeeder.create({
          store,
          catalog,
          auth,
          logger: logger.child({ task: 'demo-data' }),
        });
        const controller = new AbortController();
        lifecycle.addStartupHook(() => {
          // In the background: the catalog may need a while.
          void seeder.run({ signal: controller.signal });
        });
        lifecycle.addShutdownHook(() => controller.abort());
      },
    });
  },
});
