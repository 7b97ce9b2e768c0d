/**
 * The Solutions Hub's shared definitions: the tool kind and its vocabulary,
 * the Hub's permissions, and the names of its HTTP contract's types.
 */
export * from './vocabulary';
export * from './toolEntity';
export * from './permissions';
export * from './api';
