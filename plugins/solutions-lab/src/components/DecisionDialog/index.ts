export { DecisionDialog } from './DecisionDialog';
export type { DecisionDialogProps } from './DecisionDialog';
export { availableDecisions, earlierStages } from './decisions';
