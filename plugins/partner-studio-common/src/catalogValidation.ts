import type { Entity } from '@backstage/catalog-model';
import { BUSINESS_MODEL_IDS } from '@partner-studio/scoring';
import {
  GROUP_TYPES,
  PARTNER_ANNOTATIONS,
  PERSONA_ANNOTATION,
  PERSONA_ROLES,
  isPersonaRole,
} from './catalog';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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

  const models = annotations[PARTNER_ANNOTATIONS.businessModels];
  if (models === undefined || models.trim() === '') {
    problems.push(
      `${annotationPath(
        PARTNER_ANNOTATIONS.businessModels,
      )} is missing; a partner runs at least one of ${BUSINESS_MODEL_IDS.join(
        ', ',
      )} (comma-separated)`,
    );
  } else {
    for (const model of models.split(',').map(m => m.trim())) {
      if (!(BUSINESS_MODEL_IDS as readonly string[]).includes(model)) {
        problems.push(
          `${annotationPath(
            PARTNER_ANNOTATIONS.businessModels,
          )} has unknown business model '${model}'; expected a comma-separated list of ${BUSINESS_MODEL_IDS.join(
            ', ',
          )}`,
        );
      }
    }
  }

  const admittedAt = annotations[PARTNER_ANNOTATIONS.admittedAt];
  if (
    admittedAt !== undefined &&
    (!ISO_DATE.test(admittedAt) || Number.isNaN(Date.parse(admittedAt)))
  ) {
    problems.push(
      `${annotationPath(
        PARTNER_ANNOTATIONS.admittedAt,
      )} is '${admittedAt}'; expected a date such as 2021-05-17`,
    );
  }

  const invited = annotations[PARTNER_ANNOTATIONS.pinnacleInvited];
  if (invited !== undefined && invited !== 'true' && invited !== 'false') {
    problems.push(
      `${annotationPath(
        PARTNER_ANNOTATIONS.pinnacleInvited,
      )} is '${invited}'; expected 'true' or 'false'`,
    );
  }
  return problems;
}
