/**
 * The Solutions Lab's published definitions other plugins refer to: its
 * stage refs, its permissions and the types of its HTTP API.
 */
export * from './stages';
export * from './permissions';
export * from './api';
