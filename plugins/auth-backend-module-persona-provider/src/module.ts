import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { PERSONA_PROVIDER_ID } from '@partner-studio/plugin-partner-studio-common';
import { personaAuthenticator } from './personaAuthenticator';
import {
  personaProfileTransform,
  personaSignInResolver,
} from './personaSignInResolver';
import { mountPersonaDirectory } from './personaDirectory';

/**
 * Development-only sign-in as one of the demo personas of the catalog.
 *
 * Anyone who can reach the backend can sign in as any persona, so the
 * provider is registered only when `auth.environment` is `development`
 * (Backstage's default) AND `auth.providers.persona` is configured. With the
 * production configuration (`auth.environment: production`) the provider does
 * not exist: its routes answer 404 and no token can be issued through it.
 */
export const authModulePersonaProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'persona-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ providers, config, logger, httpRouter, catalog, auth }) {
        const environment =
          config.getOptionalString('auth.environment') ?? 'development';
        const configured = config.has(`auth.providers.${PERSONA_PROVIDER_ID}`);
        if (environment !== 'development' || !configured) {
          if (configured) {
            logger.warn(
              `Persona sign-in is configured but auth.environment is '${environment}'; it is only available in development and stays off`,
            );
          }
          return;
        }
        logger.info(
          'Persona sign-in is on: anyone who can reach this backend can sign in as a demo persona (development only)',
        );
        providers.registerProvider({
          providerId: PERSONA_PROVIDER_ID,
          factory: createProxyAuthProviderFactory({
            authenticator: personaAuthenticator,
            signInResolver: personaSignInResolver,
            profileTransform: personaProfileTransform,
          }),
        });
        mountPersonaDirectory({ httpRouter, catalog, auth });
      },
    });
  },
});
