export { MetricContributionsDialog } from './MetricContributionsDialog';
export type { MetricContributionsDialogProps } from './MetricContributionsDialog';
