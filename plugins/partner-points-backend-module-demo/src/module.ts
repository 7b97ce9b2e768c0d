import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { partnerPointsDevelopmentDataExtensionPoint } from '@partner-studio/plugin-partner-points-backend/alpha';
import { DemoDataSeeder } from './DemoDataSeeder';

/**
 * Development only: fills partner points with the demo story for the demo
 * partners of `catalog/` — a year of events through the normal ingestion
 * path, program admins' adjustments and exemptions, a year of trend
 * snapshots and the cohort ranks — anchored to the current day on every
 * start. It does nothing unless `partnerPoints.demoData.enabled` is true; it
 * needs partner points' development extension point, which a production
 * backend does not have, and a production backend does not install it.
 */
export const partnerPointsModuleDemo = createBackendModule({
  pluginId: 'partner-points',
  moduleId: 'demo-data',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        development: partnerPointsDevelopmentDataExtensionPoint,
      },
      async init({ config, development }) {
        if (config.getOptionalBoolean('partnerPoints.demoData.enabled')) {
          development.addDevelopmentSeeder(DemoDataSeeder.create());
        }
      },
    });
  },
});
