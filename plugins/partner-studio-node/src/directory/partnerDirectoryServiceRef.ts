import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { DefaultPartnerDirectoryService } from './DefaultPartnerDirectoryService';
import type { PartnerDirectoryService } from '../types';

/**
 * The partner directory service: "which partner is this caller?".
 *
 * Plugin-scoped with a default factory, so a plugin only declares it as a
 * dependency:
 *
 * ```ts
 * deps: { partnerDirectory: partnerDirectoryServiceRef }
 * ```
 *
 * @public
 */
export const partnerDirectoryServiceRef =
  createServiceRef<PartnerDirectoryService>({
    id: 'partner-studio.partner-directory',
    scope: 'plugin',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          auth: coreServices.auth,
          userInfo: coreServices.userInfo,
          catalog: catalogServiceRef,
          config: coreServices.rootConfig,
          logger: coreServices.logger,
        },
        factory: deps => DefaultPartnerDirectoryService.create(deps),
      }),
  });
