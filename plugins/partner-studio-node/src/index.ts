/**
 * Backend library for Partner Studio plugins: the access model (which
 * partner is this caller, what may it see), the partner permission resource
 * and catalog rules the policy uses, request validation from the plugin's
 * OpenAPI document, JSON bodies read after authentication, and page cursors.
 *
 * @packageDocumentation
 */
export * from './types';
export { partnerDirectoryServiceRef } from './directory/partnerDirectoryServiceRef';
export {
  DefaultPartnerDirectoryService,
  DEFAULT_PROGRAM_ADMINS_GROUP,
  DEFAULT_VENDOR_EXPERTS_GROUP,
} from './directory/DefaultPartnerDirectoryService';
export type { DefaultPartnerDirectoryServiceOptions } from './directory/DefaultPartnerDirectoryService';
export {
  TrustedOrganization,
  type TrustedLocation,
} from './directory/TrustedOrganization';
export {
  normalizeEntityRef,
  parsePartnerRef,
  partnerRefOf,
} from './directory/refs';
export * from './access/PartnerAccessService';
export * from './assignments/expertAssignments';
export * from './permissions/partnerResource';
export * from './permissions/catalogRules';
export { jsonSchemaParams } from './permissions/paramsSchema';
export * from './http/OpenApiRequestValidator';
export * from './http/readJsonBody';
export * from './http/cursor';
export { findIllFormedString } from './http/wellFormed';
export { createSeededRandom, seedOf, type SeededRandom } from './demo/seededRandom';
