export { RequestEngagementDialog } from './RequestEngagementDialog';
export type { RequestEngagementDialogProps } from './RequestEngagementDialog';
