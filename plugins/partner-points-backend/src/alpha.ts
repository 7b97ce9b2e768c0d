/**
 * Extension points of the partner points backend.
 *
 * @packageDocumentation
 */
export * from './extensions';
