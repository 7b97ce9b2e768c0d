export { PartnerPicker, PartnerPickerField } from './PartnerPicker';
export type {
  PartnerPickerFieldProps,
  PartnerPickerProps,
} from './PartnerPicker';
