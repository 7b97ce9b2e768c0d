export { PartnerPointsWidget } from './PartnerPointsWidget';
