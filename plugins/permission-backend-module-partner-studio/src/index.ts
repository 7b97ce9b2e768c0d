/**
 * The Partner Studio permission policy, as a permission backend module.
 *
 * @packageDocumentation
 */
export { permissionModulePartnerStudioPolicy as default } from './module';
export { PartnerStudioPermissionPolicy } from './policy/PartnerStudioPermissionPolicy';
export { DEFAULT_TEMPLATE_ACTIONS } from './policy/scaffolderDecision';
