import type { Entity } from '@backstage/catalog-model';
import {
  GROUP_TYPES,
  PARTNER_ANNOTATIONS,
  PERSONA_ANNOTATION,
  PERSONA_ROLES,
  isPersonaRole,
} from './catalog';
import { parsePartnerAnnotations } from './partnerAnnotations';

function annotationPath(key: string) {
  return `metadata.annotations["${key}"]`;
}

/**
 * Checks an entity against the Partner Studio catalog scheme. Returns one
 * message per problem, each naming the field and what is expected; an empty
 * list means the entity is fine. Entities the scheme says nothing about pass.
 */
export function findCatalogSchemeProblems(entity: Entity): string[] {
  const problems: string[] = [];
  const annotations = entity.metadata.annotations ?? {};
  const kind = entity.kind.toLocaleLowerCase('en-US');

  const persona = annotations[PERSONA_ANNOTATION];
  if (persona !== undefined) {
    if (kind !== 'user') {
      problems.push(
        `${annotationPath(
          PERSONA_ANNOTATION,
        )} is only meaningful on a User, not on a ${entity.kind}`,
      );
    } else if (!isPersonaRole(persona)) {
      problems.push(
        `${annotationPath(
          PERSONA_ANNOTATION,
        )} is '${persona}'; expected one of ${PERSONA_ROLES.join(', ')}`,
      );
    }
  }

  const isPartner =
    kind === 'group' && entity.spec?.type === GROUP_TYPES.partner;
  const partnerKeys = Object.values(PARTNER_ANNOTATIONS).filter(
    key => annotations[key] !== undefined,
  );
  if (!isPartner) {
    for (const key of partnerKeys) {
      problems.push(
        `${annotationPath(key)} is only meaningful on a Group with spec.type: ${
          GROUP_TYPES.partner
        }`,
      );
    }
    return problems;
  }

  problems.push(...parsePartnerAnnotations(entity).problems);
  return problems;
}
