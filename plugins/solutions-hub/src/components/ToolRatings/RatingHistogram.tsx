import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { HubRatingSummary } from '@partner-studio/plugin-partner-studio-common';
import { describeRating } from '../RatingSummary';

const useStyles = makeStyles(theme => ({
  rows: {
    listStyle: 'none',
    margin: theme.spacing(1, 0, 0),
    padding: 0,
    maxWidth: 360,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '5.5em minmax(0, 1fr) 3em',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  track: {
    height: 8,
    borderRadius: 4,
    background: theme.palette.action.hover,
    overflow: 'hidden',
  },
  bar: {
    height: '100%',
    background: theme.palette.primary.main,
  },
}));

/** The average, and how many ratings gave each number of stars (in numbers, bars decorative). */
export function RatingHistogram(props: { summary: HubRatingSummary }) {
  const { summary } = props;
  const classes = useStyles();
  const max = Math.max(1, ...summary.histogram);
  return (
    <div>
      <Typography variant="subtitle1" component="p">
        {describeRating(summary)}
      </Typography>
      {summary.count > 0 && (
        <ul className={classes.rows} aria-label="Ratings by stars">
          {[5, 4, 3, 2, 1].map(stars => {
            const count = summary.histogram[stars - 1] ?? 0;
            return (
              <li key={stars} className={classes.row}>
                <Typography variant="body2" component="span">
                  {stars} {stars === 1 ? 'star' : 'stars'}
                </Typography>
                <span className={classes.track} aria-hidden>
                  <span
                    className={classes.bar}
                    style={{
                      width: `${(count / max) * 100}%`,
                      display: 'block',
                    }}
                  />
                </span>
                <Typography variant="body2" component="span">
                  {count}
                </Typography>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
