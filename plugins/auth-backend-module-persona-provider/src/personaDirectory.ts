import { AuthService, HttpRouterService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  PERSONA_ANNOTATION,
  PERSONA_DIRECTORY_PATH,
  isPersonaRole,
  type Persona,
  type PersonaDirectoryResponse,
} from '@partner-studio/plugin-partner-studio-common';
import Router from 'express-promise-router';

/** Lists the catalog users that carry a valid persona annotation. */
export async function listPersonas(
  catalog: CatalogService,
  auth: AuthService,
): Promise<Persona[]> {
  const { items } = await catalog.getEntities(
    {
      filter: {
        kind: 'User',
        [`metadata.annotations.${PERSONA_ANNOTATION}`]: CATALOG_FILTER_EXISTS,
      },
      fields: ['kind', 'metadata', 'spec.profile', 'relations'],
    },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  const personas: Persona[] = [];
  for (const entity of items) {
    const role = entity.metadata.annotations?.[PERSONA_ANNOTATION];
    if (!isPersonaRole(role)) {
      continue;
    }
    const profile = (entity.spec?.profile ?? {}) as { displayName?: string };
    personas.push({
      userEntityRef: stringifyEntityRef(entity),
      displayName:
        profile.displayName ?? entity.metadata.title ?? entity.metadata.name,
      role,
      memberOf: (entity.relations ?? [])
        .filter(r => r.type === 'memberOf')
        .map(r => r.targetRef),
    });
  }
  return personas.sort((a, b) =>
    a.userEntityRef.localeCompare(b.userEntityRef),
  );
}

/**
 * Mounts `GET /api/auth/persona-directory`, read by the development sign-in
 * page before anyone is signed in.
 */
export function mountPersonaDirectory(options: {
  httpRouter: HttpRouterService;
  catalog: CatalogService;
  auth: AuthService;
}) {
  const { httpRouter, catalog, auth } = options;
  const router = Router();
  router.get(PERSONA_DIRECTORY_PATH, async (_req, res) => {
    const body: PersonaDirectoryResponse = {
      items: await listPersonas(catalog, auth),
    };
    res.json(body);
  });
  httpRouter.addAuthPolicy({
    path: PERSONA_DIRECTORY_PATH,
    allow: 'unauthenticated',
  });
  httpRouter.use(router);
}
