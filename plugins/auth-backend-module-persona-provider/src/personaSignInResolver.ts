import { ProfileTransform, SignInResolver } from '@backstage/plugin-auth-node';
import { NotAllowedError } from '@backstage/errors';
import {
  PERSONA_ANNOTATION,
  isPersonaRole,
} from '@partner-studio/plugin-partner-studio-common';
import { PersonaAuthResult } from './personaAuthenticator';

/**
 * Signs in as the chosen catalog user, but only if that user is a demo
 * persona: a `User` entity carrying a valid `partner-studio.io/persona`
 * annotation. Any other user of the catalog is refused.
 */
export const personaSignInResolver: SignInResolver<PersonaAuthResult> = async (
  { result },
  ctx,
) => {
  const { entity } = await ctx.findCatalogUser({
    entityRef: result.userEntityRef,
  });
  const role = entity.metadata.annotations?.[PERSONA_ANNOTATION];
  if (!isPersonaRole(role)) {
    throw new NotAllowedError(
      `${result.userEntityRef} is not a demo persona (no valid ${PERSONA_ANNOTATION} annotation)`,
    );
  }
  return ctx.signInWithCatalogUser({ entityRef: result.userEntityRef });
};

/** The signed-in persona's profile: name and email from its catalog entity. */
export const personaProfileTransform: ProfileTransform<
  PersonaAuthResult
> = async (result, ctx) => {
  const { entity } = await ctx.findCatalogUser({
    entityRef: result.userEntityRef,
  });
  const profile = (entity.spec?.profile ?? {}) as {
    displayName?: string;
    email?: string;
    picture?: string;
  };
  return {
    profile: {
      displayName: profile.displayName ?? entity.metadata.name,
      email: profile.email,
      picture: profile.picture,
    },
  };
};
