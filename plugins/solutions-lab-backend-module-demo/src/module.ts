import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { solutionsLabSeedingExtensionPoint } from '@partner-studio/plugin-solutions-lab-node';
import { createDemoSeeder } from './seedDemo';

/**
 * Development only: on the first start (an empty Lab), demo engagements of
 * the demo partners at different stages of both playbooks. It refuses to
 * seed unless `auth.environment` is `development`, so that installing it in
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
        logger: coreServices.logger,
      },
      async init({ seeding, config, logger }) {
        const environment = config.getOptionalString('auth.environment');
        if (environment !== 'development') {
          logger.warn(
            `The Solutions Lab demo module is installed but auth.environment is "${
              environment ?? '(unset)'
            }", not "development"; it seeds nothing`,
          );
          return;
        }
        seeding.addSeeder(createDemoSeeder());
      },
    });
  },
});
