import type { Entity } from '@backstage/catalog-model';
import { PARTNER_ANNOTATIONS } from './catalog';

/** A partner's program profile, as its catalog `Group` annotations state it. */
export interface PartnerProfileAnnotations {
  /** Business model ids, in the order written (not checked against the program). */
  businessModels: string[];
  /** ISO date of the one-time admission, when stated. */
  admittedAt?: string;
  /** Invited to the Pinnacle tier. */
  pinnacleInvited: boolean;
}

/**
 * Reads the partner annotations of a `Group` (see {@link PARTNER_ANNOTATIONS}).
 * The one place that parses them; `findCatalogSchemeProblems` says what is
 * wrong with them.
 */
export function readPartnerProfile(entity: Entity): PartnerProfileAnnotations {
  const annotations = entity.metadata.annotations ?? {};
  const businessModels = (annotations[PARTNER_ANNOTATIONS.businessModels] ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
  const admittedAt = annotations[PARTNER_ANNOTATIONS.admittedAt]?.trim();
  return {
    businessModels,
    ...(admittedAt ? { admittedAt } : {}),
    pinnacleInvited:
      annotations[PARTNER_ANNOTATIONS.pinnacleInvited]?.trim() === 'true',
  };
}
