import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { partnerStudioCatalogRules } from '@partner-studio/plugin-partner-studio-node';
import { PartnerStudioSchemeProcessor } from './PartnerStudioSchemeProcessor';

/**
 * The catalog's side of Partner Studio: checks entities against the Partner
 * Studio catalog scheme, and registers the catalog permission rules the
 * Partner Studio permission policy uses (`IS_ENTITY`, `HAS_RELATION`), so
 * its conditional decisions filter catalog lists in the catalog's SQL.
 */
export const catalogModulePartnerStudio = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'partner-studio',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({ catalog, permissionsRegistry }) {
        catalog.addProcessor(new PartnerStudioSchemeProcessor());
        permissionsRegistry.addPermissionRules(partnerStudioCatalogRules);
      },
    });
  },
});
