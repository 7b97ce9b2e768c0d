import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  expertAssignmentsServiceRef,
  partnerDirectoryServiceRef,
} from '@partner-studio/plugin-partner-studio-node';
import { PartnerStudioPermissionPolicy } from './policy/PartnerStudioPermissionPolicy';
import { DEFAULT_TEMPLATE_ACTIONS } from './policy/scaffolderDecision';

/**
 * Installs the Partner Studio permission policy in the permission backend
 * (instead of, say, the allow-all policy).
 */
export const permissionModulePartnerStudioPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'partner-studio-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        directory: partnerDirectoryServiceRef,
        assignments: expertAssignmentsServiceRef,
      },
      async init({ policy, auth, config, directory, assignments }) {
        policy.setPolicy(
          PartnerStudioPermissionPolicy.create({
            auth,
            directory,
            assignments,
            templateActions:
              config.getOptionalStringArray(
                'partnerStudio.permission.templateActions',
              ) ?? DEFAULT_TEMPLATE_ACTIONS,
          }),
        );
      },
    });
  },
});
