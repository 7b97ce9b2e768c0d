import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ProgramOverview } from '@partner-studio/plugin-partner-studio-common';
import type { ProgramNames } from '@partner-studio/plugin-partner-studio-react';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(7rem, auto) 1fr 6.5rem',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    padding: theme.spacing(0.5, 0),
  },
  name: {
    whiteSpace: 'nowrap',
  },
  track: {
    height: theme.spacing(2.5),
    backgroundColor: theme.palette.action.hover,
    borderRadius: theme.shape.borderRadius,
  },
  bar: {
    height: '100%',
    minWidth: 2,
    backgroundColor: theme.palette.primary.main,
    borderRadius: theme.shape.borderRadius,
  },
  count: {
    whiteSpace: 'nowrap',
    textAlign: 'right',
  },
}));

function partnersText(count: number): string {
  return `${count} ${count === 1 ? 'partner' : 'partners'}`;
}

/** Props of {@link TierDistributionChart}. */
export interface TierDistributionChartProps {
  tiers: ProgramOverview['tiers'];
  names: ProgramNames;
}

/**
 * How many partners are at each tier, as horizontal bars, highest tier on
 * top; each bar's count is written beside it (no colour-only meaning) and
 * read out as "Principal: 3 partners".
 */
export function TierDistributionChart(props: TierDistributionChartProps) {
  const { tiers, names } = props;
  const classes = useStyles();
  const max = Math.max(1, ...tiers.map(t => t.partners));
  return (
    <div role="list" aria-label="Partners by tier">
      {[...tiers].reverse().map(({ tier, partners }) => {
        const name = names.tier(tier);
        return (
          <div
            role="listitem"
            key={tier}
            className={classes.row}
            aria-label={`${name}: ${partnersText(partners)}`}
          >
            <Typography variant="body2" className={classes.name}>
              {name}
            </Typography>
            <div className={classes.track} aria-hidden>
              {partners > 0 && (
                <div
                  className={classes.bar}
                  style={{ width: `${(partners / max) * 100}%` }}
                />
              )}
            </div>
            <Typography variant="body2" className={classes.count}>
              {partnersText(partners)}
            </Typography>
          </div>
        );
      })}
    </div>
  );
}
