import { makeStyles } from '@material-ui/core/styles';

/**
 * Styles for the small tables of half-width cards (expiring points, a
 * simulation's changes), on a `WholeWordTable` (words and numbers stay
 * whole, a table too wide for its card scrolls): cells are tighter, and
 * `oneLine` keeps a cell on one line so text columns give way.
 */
export const useCompactTableStyles = makeStyles(theme => ({
  table: {
    '& th, & td': {
      padding: theme.spacing(1),
    },
  },
  oneLine: {
    whiteSpace: 'nowrap',
  },
}));
