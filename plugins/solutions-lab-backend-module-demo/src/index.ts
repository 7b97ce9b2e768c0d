/**
 * Development only: demo engagements for the Solutions Lab.
 *
 * @packageDocumentation
 */
export { solutionsLabModuleDemo as default } from './module';
export { createDemoSeeder } from './seedDemo';
