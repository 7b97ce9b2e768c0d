export { partnerPointsApiRef } from './PartnerPointsApi';
export type {
  PartnerPointsApi,
  PageOptions,
  OverviewFilters,
} from './PartnerPointsApi';
export { PartnerPointsClient } from './PartnerPointsClient';
