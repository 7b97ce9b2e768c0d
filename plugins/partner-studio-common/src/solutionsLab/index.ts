/**
 * The Solutions Lab's published definitions other plugins refer to: its
 * stage refs, its permissions and the names of its HTTP contract's parts.
 */
export * from './stages';
export * from './permissions';
export * from './api';
