import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import type { Standing } from '@partner-studio/scoring';
import { TierBadge } from '../TierBadge';
import { TierProgress } from '../TierProgress';

const useStyles = makeStyles(theme => ({
  headline: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
}));

/** Props of {@link StandingHeadline}. */
export interface StandingHeadlineProps {
  standing: Pick<Standing, 'tier' | 'tierName' | 'totalPoints' | 'nextTier'>;
  /** The total points, as the caller writes them beside the tier badge. */
  points: ReactNode;
}

/**
 * The top of a standing: the tier badge beside the total points, then the
 * progress to the next tier.
 */
export function StandingHeadline(props: StandingHeadlineProps) {
  const { standing, points } = props;
  const classes = useStyles();
  return (
    <>
      <Box className={classes.headline}>
        <TierBadge tier={standing.tier} tierName={standing.tierName} />
        {points}
      </Box>
      <TierProgress
        totalPoints={standing.totalPoints}
        nextTier={standing.nextTier}
      />
    </>
  );
}
