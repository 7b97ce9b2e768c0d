export { AssignDialog } from './AssignDialog';
export type { AssignDialogProps } from './AssignDialog';
