import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  ACTION_LINK_DESTINATIONS,
  ActionLinkTarget,
  useActionLinkHref,
} from '../../links';
import { formatPoints } from '../../utils/format';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    counterReset: 'action',
  },
  item: {
    display: 'flex',
    gap: theme.spacing(1.5),
    padding: theme.spacing(1, 0),
    '& + &': {
      borderTop: `1px solid ${theme.palette.divider}`,
    },
  },
  rank: {
    flex: '0 0 auto',
    width: theme.spacing(3.5),
    height: theme.spacing(3.5),
    borderRadius: '50%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: theme.palette.primary.main,
    color: theme.palette.primary.contrastText,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  body: {
    flex: '1 1 auto',
    minWidth: 0,
  },
  srOnly: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  points: {
    flex: '0 0 auto',
    fontWeight: theme.typography.fontWeightBold as number,
    color: theme.palette.success.main,
    whiteSpace: 'nowrap',
  },
}));

/** The part of a scoring next-best action the list shows. */
export interface ActionListItem {
  id: string;
  title: string;
  description?: string;
  estimatedPoints: number;
  link: ActionLinkTarget;
}

/** Props of {@link ActionList}. */
export interface ActionListProps {
  actions: ActionListItem[];
  /** Show at most this many actions. */
  limit?: number;
  /** Hide the descriptions (compact widget layout). */
  compact?: boolean;
  /** Accessible name of the list. */
  ariaLabel?: string;
}

/** Ranked next-best actions with their estimated points and links. */
export function ActionList(props: ActionListProps) {
  const {
    actions,
    limit,
    compact = false,
    ariaLabel = 'Recommended actions',
  } = props;
  const classes = useStyles();
  const hrefOf = useActionLinkHref();
  const shown = limit === undefined ? actions : actions.slice(0, limit);

  if (shown.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No recommended actions right now: every metric is at its maximum for
        this program period.
      </Typography>
    );
  }

  return (
    <ol className={classes.list} aria-label={ariaLabel}>
      {shown.map((action, index) => (
        <li key={action.id} className={classes.item}>
          <span className={classes.rank} aria-hidden>
            {index + 1}
          </span>
          <Box className={classes.body}>
            <Typography variant="subtitle2" component="p">
              {action.title}
            </Typography>
            {!compact && action.description && (
              <Typography variant="body2" color="textSecondary">
                {action.description}
              </Typography>
            )}
            <Typography variant="body2">
              <Link to={hrefOf(action.link)}>
                {action.link.label ?? action.title}
              </Link>{' '}
              <Typography
                variant="caption"
                color="textSecondary"
                component="span"
              >
                (
                {ACTION_LINK_DESTINATIONS[action.link.kind] ?? action.link.kind}
                )
              </Typography>
            </Typography>
          </Box>
          <Typography variant="body2" className={classes.points}>
            +{formatPoints(action.estimatedPoints)} pts
            <span className={classes.srOnly}> estimated</span>
          </Typography>
        </li>
      ))}
    </ol>
  );
}
