export { PartnerPointsPage } from './PartnerPointsPage';
export type { PartnerPointsPageProps } from './PartnerPointsPage';
