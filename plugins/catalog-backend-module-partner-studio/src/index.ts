/**
 * Catalog module that checks entities against the Partner Studio catalog
 * scheme.
 *
 * @packageDocumentation
 */
export { catalogModulePartnerStudio as default } from './module';
export { PartnerStudioSchemeProcessor } from './PartnerStudioSchemeProcessor';
