export { PartnerPicker } from './PartnerPicker';
export type { PartnerPickerProps } from './PartnerPicker';
