/**
 * Development-only auth provider: sign in as one of the catalog's demo
 * personas.
 *
 * @packageDocumentation
 */
export { authModulePersonaProvider as default } from './module';
// The provider id, header and persona type live in
// @partner-studio/plugin-partner-studio-common, shared with the sign-in page.
