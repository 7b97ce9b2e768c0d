/**
 * The Solutions Lab's published definitions other plugins refer to, and the
 * names of its HTTP contract's parts.
 */
export * from './stages';
export * from './api';
