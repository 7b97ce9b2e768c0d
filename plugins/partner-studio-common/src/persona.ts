import type { PersonaRole } from './catalog';

/**
 * Development-only persona sign-in, shared by the sign-in page of the app
 * and the persona auth provider module of the backend.
 */

/** The auth provider id: configured under `auth.providers.persona`. */
export const PERSONA_PROVIDER_ID = 'persona';

/** Request header through which the sign-in page names the chosen persona. */
export const PERSONA_HEADER = 'x-partner-studio-persona';

/** Path, below `/api/auth`, of the unauthenticated persona list. */
export const PERSONA_DIRECTORY_PATH = '/persona-directory';

/** A demo persona offered on the development sign-in page. */
export interface Persona {
  userEntityRef: string;
  displayName: string;
  role: PersonaRole;
  /** Entity refs of the groups the user is a member of. */
  memberOf: string[];
}

/** `GET /api/auth/persona-directory`. */
export interface PersonaDirectoryResponse {
  items: Persona[];
}
