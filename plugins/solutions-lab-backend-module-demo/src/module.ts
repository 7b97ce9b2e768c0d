import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { solutionsLabSeedingExtensionPoint } from '@partner-studio/plugin-solutions-lab-node';
import { createDemoSeeder } from './seedDemo';

/**
 * Development only: on the first start (an empty Lab), demo engagements of
 * the demo partners at different stages of both playbooks. Does nothing
 * unless `solutionsLab.demoData.enabled` is true, so that installing it in
 * production by mistake seeds nothing.
 *
 * @public
 */
export const solutionsLabModuleDemo = createBackendModule({
  pluginId: 'solutions-lab',
  moduleId: 'demo',
  register(env) {
    env.registerInit({
      deps: {
        seeding: solutionsLabSeedingExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ seeding, config }) {
        if (!config.getOptionalBoolean('solutionsLab.demoData.enabled')) {
          return;
        }
        seeding.addSeeder(createDemoSeeder());
      },
    });
  },
});
