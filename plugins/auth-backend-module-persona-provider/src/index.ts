/**
 * Development-only auth provider: sign in as one of the catalog's demo
 * personas.
 *
 * @packageDocumentation
 */
export { authModulePersonaProvider as default } from './module';
export { PERSONA_PROVIDER_ID } from './module';
export { PERSONA_HEADER } from './personaAuthenticator';
export { PERSONA_DIRECTORY_PATH, type Persona } from './personaDirectory';
