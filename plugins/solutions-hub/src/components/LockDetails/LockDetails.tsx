import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import LockIcon from '@material-ui/icons/Lock';
import type { HubToolLock } from '@partner-studio/plugin-partner-studio-common';
import { useUnlockLink } from '../../hooks/useHubLinks';

const useStyles = makeStyles(theme => ({
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    fontWeight: theme.typography.fontWeightBold as number,
  },
  list: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2.5),
    '& li + li': { marginTop: theme.spacing(0.5) },
  },
}));

/** Props of {@link LockDetails}. */
export interface LockDetailsProps {
  lock: HubToolLock;
  /** Heading level of "Locked"; default a paragraph (on cards). */
  headingComponent?: 'h2' | 'h3' | 'p';
}

/**
 * Why a tool is locked for the caller and what unlocks it: every condition
 * still to meet (all of them are needed), each with where to work on it —
 * the program standing for a tier, the Lab playbook for a stage. Conditions
 * that could not be checked (partner points or the Lab unavailable) say so
 * in the backend's message.
 * The state is in words and an icon, never in colour alone.
 */
export function LockDetails(props: LockDetailsProps) {
  const { lock, headingComponent = 'p' } = props;
  const classes = useStyles();
  const unlockLink = useUnlockLink();
  if (!lock.locked) return null;
  const several = lock.unlockedBy.length > 1;
  return (
    <Box>
      <Typography
        variant="body2"
        component={headingComponent}
        className={classes.heading}
      >
        <LockIcon fontSize="inherit" aria-hidden />
        Locked{several ? ': all of these unlock it' : ''}
      </Typography>
      <ul className={classes.list}>
        {lock.unlockedBy.map(condition => {
          const link = unlockLink(condition);
          return (
            <Typography
              component="li"
              variant="body2"
              key={`${condition.kind}:${condition.tier ?? condition.stageRef}`}
            >
              {/* The message says so itself when the condition could not be checked. */}
              {condition.message}
              {link && (
                <>
                  {' — '}
                  <Link to={link.href}>{link.label}</Link>
                </>
              )}
            </Typography>
          );
        })}
      </ul>
    </Box>
  );
}
