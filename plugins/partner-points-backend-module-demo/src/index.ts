/**
 * Development-only demo data for partner points.
 *
 * @packageDocumentation
 */
export { partnerPointsModuleDemo as default } from './module';
