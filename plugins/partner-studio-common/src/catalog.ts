/**
 * The catalog scheme Partner Studio reads. One documented place, so the
 * catalog files, the backends and the frontends agree.
 *
 * A partner organisation is a catalog `Group` with `spec.type: partner`.
 * Its partner id is the group's `metadata.name`. Its program profile lives in
 * annotations on the group; see {@link PARTNER_ANNOTATIONS}.
 */

/** Group `spec.type` values with a meaning in Partner Studio. */
export const GROUP_TYPES = {
  partner: 'partner',
  vendorExperts: 'vendor-experts',
  programAdmins: 'program-admins',
} as const;

/** Annotations on a partner `Group`. */
export const PARTNER_ANNOTATIONS = {
  /** Comma-separated business model ids (BUSINESS_MODEL_IDS of the scoring package). */
  businessModels: 'partner-studio.io/business-models',
  /** ISO date of the partner's one-time admission to the program. */
  admittedAt: 'partner-studio.io/admitted-at',
  /** "true" when the vendor has invited the partner to the Pinnacle tier. */
  pinnacleInvited: 'partner-studio.io/pinnacle-invited',
} as const;

/** Annotation on a demo `User`: the role the user stands for. */
export const PERSONA_ANNOTATION = 'partner-studio.io/persona';

/** The roles a demo persona can stand for. */
export const PERSONA_ROLES = [
  'partner-developer',
  'partner-admin',
  'expert',
  'program-admin',
] as const;

/** A role a demo persona can stand for. */
export type PersonaRole = (typeof PERSONA_ROLES)[number];

/** The four business models: defined by the program rules in the scoring package. */
export {
  BUSINESS_MODEL_IDS,
  type BusinessModelId,
} from '@partner-studio/scoring';

/** Is the value one of the persona roles? */
export function isPersonaRole(value: unknown): value is PersonaRole {
  return (PERSONA_ROLES as readonly unknown[]).includes(value);
}
