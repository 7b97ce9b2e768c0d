import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import StarIcon from '@material-ui/icons/Star';
import type { HubRatingSummary } from '@partner-studio/plugin-partner-studio-common';

const useStyles = makeStyles(theme => ({
  summary: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
}));

/** `4.3 out of 5 (12 ratings)`, `Not rated yet`. */
export function describeRating(summary: HubRatingSummary): string {
  if (summary.count === 0 || summary.average === undefined) {
    return 'Not rated yet';
  }
  return `${summary.average.toFixed(1)} out of 5 (${summary.count} ${
    summary.count === 1 ? 'rating' : 'ratings'
  })`;
}

/** A tool's average rating in words, with a star. */
export function RatingSummary(props: { summary: HubRatingSummary }) {
  const { summary } = props;
  const classes = useStyles();
  return (
    <Typography
      variant="body2"
      component="span"
      color="textSecondary"
      className={classes.summary}
    >
      {summary.count > 0 && <StarIcon fontSize="inherit" aria-hidden />}
      {describeRating(summary)}
    </Typography>
  );
}
