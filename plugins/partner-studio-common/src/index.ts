/**
 * Isomorphic types, permissions and catalog scheme shared by the Partner
 * Studio plugins.
 *
 * @packageDocumentation
 */
export * from './catalog';
export * from './permissions';
export * from './partnerPoints';
export * from './programSummary';
export * from './catalogValidation';
export * from './partnerList';
export * from './solutionsHub';
export * from './solutionsLab';
