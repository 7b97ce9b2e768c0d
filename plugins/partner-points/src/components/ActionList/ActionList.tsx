import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  ACTION_LINK_DESTINATIONS,
  ActionLinkTarget,
  useActionLinkHref,
} from '../../links';
import {
  EmptyState,
  formatPoints,
} from '@partner-studio/plugin-partner-studio-react';

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

/**
 * The action's link, and where it leads. When the app has no route for it
 * (the Hub or the Lab is not installed), the same words without a link, so
 * the action still reads whole and nothing points nowhere.
 */
function ActionLinkLine(props: { link: ActionLinkTarget; fallback: string }) {
  const { link, fallback } = props;
  const hrefOf = useActionLinkHref();
  const href = hrefOf(link);
  const label = link.label ?? fallback;
  return (
    <Typography variant="body2">
      {href ? <Link to={href}>{label}</Link> : label}{' '}
      <Typography variant="caption" color="textSecondary" component="span">
        ({ACTION_LINK_DESTINATIONS[link.kind] ?? link.kind})
      </Typography>
    </Typography>
  );
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
  const shown = limit === undefined ? actions : actions.slice(0, limit);

  if (shown.length === 0) {
    return (
      <EmptyState
        compact
        title="No recommended actions right now"
        description="Every metric is at its maximum for this program period."
        nextStep="Keep the points: each metric counts events of its own window, and “Expiring points” shows when they leave it."
      />
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
            <ActionLinkLine link={action.link} fallback={action.title} />
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
