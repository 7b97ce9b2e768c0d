/**
 * Test utilities for Partner Studio backend plugins: the demo organisation
 * as the catalog serves it, its personas, the services a plugin needs in a
 * test backend, and the database engines to run on.
 *
 * @packageDocumentation
 */
export * from './organization';
export * from './personas';
export * from './services';
