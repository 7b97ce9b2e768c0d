export { Checklist } from './Checklist';
export type { ChecklistProps } from './Checklist';
export { EvidenceDialog } from './EvidenceDialog';
export type { Evidence, EvidenceDialogProps } from './EvidenceDialog';
