import Table, { TableProps } from '@material-ui/core/Table';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles({
  scroll: {
    overflowX: 'auto',
  },
  table: {
    // Outranks the theme's `.MuiTableCell-root { word-break: break-word }`.
    '& th, & td': {
      wordBreak: 'normal',
    },
  },
});

/**
 * A Material UI `Table` whose lines break between words only, in a box that
 * scrolls sideways when the table is wider than the page.
 *
 * Backstage's theme lets every table cell break inside words (`word-break:
 * break-word`), which also lets the browser shrink an auto-sized column
 * below its longest word: as soon as a page is narrower than a table would
 * like, columns are squeezed to a few letters a line ("Partne / r",
 * "Requ / ired"). Here a column is at least as wide as its longest word.
 *
 * @public
 */
export function WholeWordTable(props: TableProps) {
  const { className, ...rest } = props;
  const classes = useStyles();
  return (
    <div className={classes.scroll}>
      <Table
        {...rest}
        className={className ? `${classes.table} ${className}` : classes.table}
      />
    </div>
  );
}
