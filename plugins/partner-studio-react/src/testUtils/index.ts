/**
 * Test helpers for plugins built on the Partner Studio web library.
 *
 * @packageDocumentation
 */
export { MockSignalApi } from './MockSignalApi';
