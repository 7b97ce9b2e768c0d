import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ProgramOverview } from '@partner-studio/plugin-partner-studio-common';
import {
  type ProgramNames,
  WholeWordTable,
} from '@partner-studio/plugin-partner-studio-react';
import { useCompactTableStyles } from '../CompactTable';

const useStyles = makeStyles(theme => ({
  bars: {
    display: 'flex',
    height: theme.spacing(1.5),
    minWidth: '6rem',
    borderRadius: theme.shape.borderRadius,
    overflow: 'hidden',
    backgroundColor: theme.palette.action.hover,
  },
  promoted: { backgroundColor: theme.palette.success.main },
  unchanged: { backgroundColor: theme.palette.grey[400] },
  demoted: { backgroundColor: theme.palette.error.main },
}));

type Quarter = ProgramOverview['quarters'][number];

/** "Advanced → Principal: 2" for each move between two different tiers. */
function moves(quarter: Quarter, names: ProgramNames): string {
  const changed = quarter.transitions.filter(
    t => t.from !== undefined && t.from !== t.to && t.partners > 0,
  );
  if (changed.length === 0) return 'No tier changes';
  return changed
    .map(t => `${names.tier(t.from!)} → ${names.tier(t.to)}: ${t.partners}`)
    .join('; ');
}

/** Props of {@link TierMovement}. */
export interface TierMovementProps {
  quarters: ProgramOverview['quarters'];
  names: ProgramNames;
}

/**
 * Movement between tiers in each of the last quarters, oldest first: how
 * many partners were promoted, demoted or stayed, with a bar of the three
 * shares (the numbers are in their own columns, so colour is never the only
 * reading), and which moves happened.
 */
export function TierMovement(props: TierMovementProps) {
  const { quarters, names } = props;
  const classes = useStyles();
  const compact = useCompactTableStyles();
  return (
    <WholeWordTable
      size="small"
      aria-label="Tier movement by quarter"
      className={compact.table}
    >
      <TableHead>
        <TableRow>
          <TableCell>Quarter</TableCell>
          <TableCell align="right">Promoted</TableCell>
          <TableCell align="right">Demoted</TableCell>
          <TableCell align="right">Unchanged</TableCell>
          <TableCell>Share</TableCell>
          <TableCell>Moves</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {quarters.map(quarter => {
          const total =
            quarter.promoted + quarter.demoted + quarter.unchanged || 1;
          const share = (n: number) => `${(n / total) * 100}%`;
          return (
            <TableRow key={quarter.quarter}>
              <TableCell className={compact.oneLine}>
                {quarter.quarter}
              </TableCell>
              <TableCell align="right">{quarter.promoted}</TableCell>
              <TableCell align="right">{quarter.demoted}</TableCell>
              <TableCell align="right">{quarter.unchanged}</TableCell>
              <TableCell>
                <div className={classes.bars} aria-hidden>
                  <div
                    className={classes.promoted}
                    style={{ width: share(quarter.promoted) }}
                  />
                  <div
                    className={classes.unchanged}
                    style={{ width: share(quarter.unchanged) }}
                  />
                  <div
                    className={classes.demoted}
                    style={{ width: share(quarter.demoted) }}
                  />
                </div>
              </TableCell>
              <TableCell>
                <Typography variant="body2">{moves(quarter, names)}</Typography>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </WholeWordTable>
  );
}
