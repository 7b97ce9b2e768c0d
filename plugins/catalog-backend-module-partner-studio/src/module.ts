import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { PartnerStudioSchemeProcessor } from './PartnerStudioSchemeProcessor';

/** Checks catalog entities against the Partner Studio catalog scheme. */
export const catalogModulePartnerStudio = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'partner-studio',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new PartnerStudioSchemeProcessor());
      },
    });
  },
});
