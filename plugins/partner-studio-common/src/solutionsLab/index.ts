/**
 * The Solutions Lab's published definitions other plugins refer to.
 */
export * from './stages';
