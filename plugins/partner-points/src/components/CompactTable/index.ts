export { useCompactTableStyles } from './useCompactTableStyles';
