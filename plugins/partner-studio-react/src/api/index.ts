export { createPartnerListLoader } from './createPartnerListLoader';
export type { PartnerListLoaderOptions } from './createPartnerListLoader';
