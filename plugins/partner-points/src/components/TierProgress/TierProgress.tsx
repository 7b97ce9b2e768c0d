import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { formatPoints } from '@partner-studio/plugin-partner-studio-react';

const useStyles = makeStyles(theme => ({
  bar: {
    height: theme.spacing(1.25),
    borderRadius: theme.shape.borderRadius,
  },
  requirements: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2.5),
  },
}));

/** The part of a standing's `nextTier` the progress bar needs. */
export interface TierProgressTarget {
  tierName: string;
  threshold: number;
  pointsNeeded: number;
  unmetRequirements?: Array<{ description: string }>;
}

/** Props of {@link TierProgress}. */
export interface TierProgressProps {
  totalPoints: number;
  nextTier: TierProgressTarget | null;
  /** Show the requirements beyond points (e.g. an invitation). */
  showRequirements?: boolean;
}

/** Progress to the next tier, as a labelled bar and in words. */
export function TierProgress(props: TierProgressProps) {
  const { totalPoints, nextTier, showRequirements = true } = props;
  const classes = useStyles();

  if (!nextTier) {
    return (
      <Typography variant="body2">
        Top tier reached: there is no higher tier to progress to.
      </Typography>
    );
  }

  const percent =
    nextTier.threshold > 0
      ? Math.min(100, Math.max(0, (totalPoints / nextTier.threshold) * 100))
      : 100;
  const requirements = nextTier.unmetRequirements ?? [];
  const summary =
    nextTier.pointsNeeded > 0
      ? `${formatPoints(nextTier.pointsNeeded)} points to ${nextTier.tierName}`
      : `Points threshold for ${nextTier.tierName} reached`;

  return (
    <Box>
      <Box display="flex" justifyContent="space-between" mb={0.5}>
        <Typography variant="body2" component="p">
          <strong>{summary}</strong>
        </Typography>
        <Typography variant="body2" color="textSecondary" component="p">
          {formatPoints(totalPoints)} / {formatPoints(nextTier.threshold)}
        </Typography>
      </Box>
      <LinearProgress
        className={classes.bar}
        variant="determinate"
        value={percent}
        aria-label={`Progress to ${nextTier.tierName}`}
        aria-valuetext={`${formatPoints(totalPoints)} of ${formatPoints(
          nextTier.threshold,
        )} points (${Math.floor(percent)}%)`}
      />
      {showRequirements && requirements.length > 0 && (
        <Box mt={1}>
          <Typography variant="body2" color="textSecondary" component="p">
            Also required for {nextTier.tierName}:
          </Typography>
          <ul className={classes.requirements}>
            {requirements.map(requirement => (
              <li key={requirement.description}>
                <Typography variant="body2">
                  {requirement.description}
                </Typography>
              </li>
            ))}
          </ul>
        </Box>
      )}
    </Box>
  );
}
