/**
 * Isomorphic types, permissions and catalog scheme shared by the Partner
 * Studio plugins.
 *
 * @packageDocumentation
 */
export * from './catalog';
export * from './permissions';
export * from './partnerPoints';
export * from './catalogValidation';
export * from './partnerAnnotations';
export * from './persona';
export * from './solutionsHub';
export * from './solutionsLab';
