/**
 * Catalog module for the Solutions Hub's `Tool` kind: validation and
 * relations.
 *
 * @packageDocumentation
 */
export { catalogModuleSolutionsHub as default } from './module';
export { ToolEntityProcessor } from './ToolEntityProcessor';
