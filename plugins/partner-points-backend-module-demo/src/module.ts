import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { partnerPointsSeedingExtensionPoint } from '@partner-studio/plugin-partner-points-backend/alpha';
import { DemoDataSeeder } from './DemoDataSeeder';

/**
 * Development only: fills partner points' ledger with deterministic demo
 * events for the demo partners of `catalog/`, through the normal ingestion
 * path. It does nothing unless `partnerPoints.demoData.enabled` is true, and
 * a production backend does not install it at all.
 */
export const partnerPointsModuleDemo = createBackendModule({
  pluginId: 'partner-points',
  moduleId: 'demo-data',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        seeding: partnerPointsSeedingExtensionPoint,
      },
      async init({ config, seeding }) {
        if (config.getOptionalBoolean('partnerPoints.demoData.enabled')) {
          seeding.addSeeder(DemoDataSeeder.create());
        }
      },
    });
  },
});
