export {
  formatPoints,
  formatPointsDelta,
  formatValue,
  humanize,
} from './numbers';
export {
  daysBetween,
  formatDate,
  formatRelativeDays,
  formatShortDate,
} from './dates';
export { programNames } from './programNames';
export type { ProgramNames, ProgramVocabulary } from './programNames';
