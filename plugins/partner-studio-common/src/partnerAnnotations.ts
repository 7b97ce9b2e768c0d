import type { Entity } from '@backstage/catalog-model';
import {
  BUSINESS_MODEL_IDS,
  type BusinessModelId,
} from '@partner-studio/scoring';
import { PARTNER_ANNOTATIONS } from './catalog';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The program profile a partner `Group` carries in its annotations. */
export interface PartnerProfileAnnotations {
  /** The business models the partner runs, in the order the annotation lists them. */
  businessModels: BusinessModelId[];
  /** ISO date (`YYYY-MM-DD`) of the partner's one-time admission, if given. */
  admittedAt?: string;
  /** Whether the vendor has invited the partner to the Pinnacle tier. */
  pinnacleInvited: boolean;
}

/** What {@link parsePartnerAnnotations} read, and what it had to leave out. */
export interface ParsedPartnerAnnotations {
  profile: PartnerProfileAnnotations;
  /**
   * One message per annotation value that breaks the scheme, naming the
   * annotation and what is expected; such values are left out of `profile`.
   */
  problems: string[];
}

function annotationPath(key: string) {
  return `metadata.annotations["${key}"]`;
}

function isBusinessModelId(value: string): value is BusinessModelId {
  return (BUSINESS_MODEL_IDS as readonly string[]).includes(value);
}

/**
 * Reads a partner group's program profile from its annotations (see
 * {@link PARTNER_ANNOTATIONS}). The one parser of these annotations: the
 * catalog's validation reports its `problems`, the backends use its `profile`.
 */
export function parsePartnerAnnotations(
  entity: Pick<Entity, 'metadata'>,
): ParsedPartnerAnnotations {
  const annotations = entity.metadata.annotations ?? {};
  const problems: string[] = [];
  const profile: PartnerProfileAnnotations = {
    businessModels: [],
    pinnacleInvited: false,
  };

  const modelsKey = PARTNER_ANNOTATIONS.businessModels;
  const models = annotations[modelsKey];
  const expectedModels = `a comma-separated list of ${BUSINESS_MODEL_IDS.join(
    ', ',
  )}`;
  if (models === undefined || models.trim() === '') {
    problems.push(
      `${annotationPath(
        modelsKey,
      )} is missing; a partner runs at least one of ${BUSINESS_MODEL_IDS.join(
        ', ',
      )} (comma-separated)`,
    );
  } else {
    for (const model of models.split(',').map(m => m.trim())) {
      if (!isBusinessModelId(model)) {
        problems.push(
          `${annotationPath(
            modelsKey,
          )} has unknown business model '${model}'; expected ${expectedModels}`,
        );
      } else if (!profile.businessModels.includes(model)) {
        profile.businessModels.push(model);
      }
    }
  }

  const admittedKey = PARTNER_ANNOTATIONS.admittedAt;
  const admittedAt = annotations[admittedKey]?.trim();
  if (admittedAt !== undefined) {
    if (ISO_DATE.test(admittedAt) && !Number.isNaN(Date.parse(admittedAt))) {
      profile.admittedAt = admittedAt;
    } else {
      problems.push(
        `${annotationPath(
          admittedKey,
        )} is '${admittedAt}'; expected a date such as 2021-05-17`,
      );
    }
  }

  const invitedKey = PARTNER_ANNOTATIONS.pinnacleInvited;
  const invited = annotations[invitedKey]?.trim();
  if (invited === 'true') {
    profile.pinnacleInvited = true;
  } else if (invited !== undefined && invited !== 'false') {
    problems.push(
      `${annotationPath(
        invitedKey,
      )} is '${invited}'; expected 'true' or 'false'`,
    );
  }

  return { profile, problems };
}
