import { createProxyAuthenticator } from '@backstage/plugin-auth-node';
import { InputError } from '@backstage/errors';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { PERSONA_HEADER } from '@partner-studio/plugin-partner-studio-common';

/** What the authenticator hands to the sign-in resolver. */
export interface PersonaAuthResult {
  /** The chosen persona's user entity ref, normalised. */
  userEntityRef: string;
}

/**
 * Reads the persona the visitor chose from the request. It proves nothing
 * about who the visitor is — which is why this provider only exists in
 * development (see module.ts).
 */
export const personaAuthenticator = createProxyAuthenticator<
  void,
  PersonaAuthResult,
  undefined
>({
  defaultProfileTransform: async result => ({
    profile: { displayName: parseEntityRef(result.userEntityRef).name },
  }),
  initialize() {},
  async authenticate({ req }) {
    const raw = req.header(PERSONA_HEADER);
    if (!raw) {
      throw new InputError(
        `Choose a persona: send its user entity ref in the ${PERSONA_HEADER} header`,
      );
    }
    let userEntityRef: string;
    try {
      const ref = parseEntityRef(raw, { defaultKind: 'user' });
      if (ref.kind.toLocaleLowerCase('en-US') !== 'user') {
        throw new Error(`kind must be User, got ${ref.kind}`);
      }
      userEntityRef = stringifyEntityRef(ref);
    } catch (error) {
      throw new InputError(
        `${PERSONA_HEADER} must be a user entity ref such as user:default/nora.dev: ${
          (error as Error).message
        }`,
      );
    }
    return { result: { userEntityRef }, providerInfo: undefined };
  },
});
