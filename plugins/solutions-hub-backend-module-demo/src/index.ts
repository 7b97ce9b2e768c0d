/**
 * Development only: demo launches and ratings for the Solutions Hub.
 *
 * @packageDocumentation
 */
export { solutionsHubModuleDemo as default } from './module';
