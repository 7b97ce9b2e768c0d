export { partnerPointsApiRef } from './PartnerPointsApi';
export type { PartnerPointsApi, PageOptions } from './PartnerPointsApi';
export { PartnerPointsClient } from './PartnerPointsClient';
