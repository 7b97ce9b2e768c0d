import { makeStyles } from '@material-ui/core/styles';
import StarIcon from '@material-ui/icons/Star';
import StarBorderIcon from '@material-ui/icons/StarBorder';

const useStyles = makeStyles({
  stars: { display: 'inline-flex', verticalAlign: 'middle' },
});

/** `4 out of 5 stars`. */
export function starsText(stars: number): string {
  return `${stars} out of 5 ${stars === 1 ? 'star' : 'stars'}`;
}

/** Stars drawn filled and hollow, with the number in words for everyone. */
export function Stars(props: { stars: number }) {
  const { stars } = props;
  const classes = useStyles();
  return (
    <span className={classes.stars} role="img" aria-label={starsText(stars)}>
      {[1, 2, 3, 4, 5].map(n =>
        n <= stars ? (
          <StarIcon key={n} fontSize="small" aria-hidden />
        ) : (
          <StarBorderIcon key={n} fontSize="small" aria-hidden />
        ),
      )}
    </span>
  );
}
