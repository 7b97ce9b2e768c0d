/**
 * The Solutions Hub's shared definitions: the tool kind and its vocabulary.
 */
export * from './vocabulary';
export * from './toolEntity';
