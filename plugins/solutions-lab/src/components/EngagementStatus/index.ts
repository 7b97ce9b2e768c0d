export { StatusChip, SlaChip, slaText } from './EngagementStatus';
