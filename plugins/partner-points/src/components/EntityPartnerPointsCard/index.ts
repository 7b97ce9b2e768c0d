export { EntityPartnerPointsCard } from './EntityPartnerPointsCard';
