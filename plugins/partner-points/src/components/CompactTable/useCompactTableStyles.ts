import { makeStyles } from '@material-ui/core/styles';

/**
 * Styles for the small tables of half-width cards (expiring points, a
 * simulation's changes). The theme lets table cells break inside words
 * ("Advance-d", "40.6-9"): here words and numbers stay whole, cells are
 * tighter, text columns give way, and a table too wide for its card scrolls
 * rather than spill out of it.
 */
export const useCompactTableStyles = makeStyles(theme => ({
  scroll: {
    overflowX: 'auto',
  },
  table: {
    '& th, & td': {
      wordBreak: 'normal',
      padding: theme.spacing(1),
    },
  },
  oneLine: {
    whiteSpace: 'nowrap',
  },
}));
