import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ToolEntityProcessor } from './ToolEntityProcessor';

/** The Solutions Hub's `Tool` kind in the catalog. */
export const catalogModuleSolutionsHub = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'solutions-hub',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new ToolEntityProcessor());
      },
    });
  },
});
