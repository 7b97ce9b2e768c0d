/**
 * Backend library for Partner Studio plugins: "which partner is this
 * caller?", and shared service refs.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './partnerDirectoryServiceRef';
export {
  DefaultPartnerDirectoryService,
  DEFAULT_PROGRAM_ADMINS_GROUP,
  DEFAULT_VENDOR_EXPERTS_GROUP,
} from './DefaultPartnerDirectoryService';
export type { DefaultPartnerDirectoryServiceOptions } from './DefaultPartnerDirectoryService';
export { canReadPartner } from './access';
