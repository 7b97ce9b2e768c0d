import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import VerifiedUserIcon from '@material-ui/icons/VerifiedUser';

const useStyles = makeStyles(theme => ({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    fontWeight: theme.typography.fontWeightMedium as number,
  },
}));

/** "Verified": an expert checked the tool. Icon and word, not colour alone. */
export function VerifiedBadge(props: { label?: string }) {
  const classes = useStyles();
  return (
    <Typography variant="body2" component="span" className={classes.badge}>
      <VerifiedUserIcon fontSize="inherit" color="primary" aria-hidden />
      {props.label ?? 'Verified by the vendor'}
    </Typography>
  );
}
