/**
 * The Solutions Hub's shared definitions: the tool kind, its vocabulary and
 * the names of the Hub API's types.
 */
export * from './vocabulary';
export * from './toolEntity';
export * from './api';
