import { Button, Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { HubToolDetail } from '@partner-studio/plugin-partner-studio-common';
import {
  ErrorState,
  LoadingState,
  formatDate,
} from '@partner-studio/plugin-partner-studio-react';
import { useRatings } from '../../hooks/useRatings';
import { VerifiedBadge } from '../VerifiedBadge';
import { RatingForm } from './RatingForm';
import { RatingHistogram } from './RatingHistogram';
import { Stars } from './Stars';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: theme.spacing(2, 0, 0),
    padding: 0,
    '& > li': {
      padding: theme.spacing(1.5, 0),
      borderTop: `1px solid ${theme.palette.divider}`,
    },
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5, 2),
  },
  comment: {
    marginTop: theme.spacing(0.5),
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
}));

/** Props of {@link ToolRatings}. */
export interface ToolRatingsProps {
  tool: HubToolDetail;
  /**
   * Offer the rating form. Partner members may rate; the page offers it to
   * everyone but vendor staff (callers without a partner) and shows a refusal
   * plainly.
   */
  mayRate: boolean;
}

/**
 * A tool's ratings: the summary, the caller's own rating to give or edit, and
 * everyone's ratings without names (the caller's own marked), a rating from
 * a partner whose engagement later passed the stage the tool helps with
 * marked as a verified outcome.
 */
export function ToolRatings(props: ToolRatingsProps) {
  const { tool, mayRate } = props;
  const classes = useStyles();
  const ratings = useRatings(tool);
  const mine = ratings.items.find(rating => rating.mine);
  const summary = ratings.summary ?? tool.rating;

  return (
    <Box>
      <RatingHistogram summary={summary} />
      {mayRate ? (
        <Box mt={3}>
          <RatingForm tool={tool} mine={mine} onChanged={ratings.reload} />
        </Box>
      ) : (
        <Box mt={2}>
          <Text variant="body-medium" color="secondary">
            Ratings come from the members of partner organisations.
          </Text>
        </Box>
      )}
      {ratings.error && (
        <ErrorState
          error={ratings.error}
          title="Ratings could not be loaded"
          onRetry={ratings.items.length ? ratings.loadMore : ratings.reload}
        />
      )}
      {ratings.loading && ratings.items.length === 0 && (
        <LoadingState label="Loading ratings" />
      )}
      {ratings.items.length > 0 && (
        <ul className={classes.list} aria-label="Ratings">
          {ratings.items.map(rating => (
            <li key={rating.id}>
              <Box className={classes.meta}>
                <Stars stars={rating.stars} />
                {rating.mine && (
                  <Typography variant="body2" component="span">
                    <strong>Your rating</strong>
                  </Typography>
                )}
                {rating.verifiedOutcome && (
                  <VerifiedBadge label="Verified outcome: the rater's engagement later passed the stage this tool helps with" />
                )}
                <Typography
                  variant="body2"
                  component="span"
                  color="textSecondary"
                >
                  {formatDate(rating.updatedAt)}
                  {rating.updatedAt !== rating.createdAt ? ' (edited)' : ''}
                </Typography>
              </Box>
              {rating.comment && (
                <Typography variant="body2" className={classes.comment}>
                  {rating.comment}
                </Typography>
              )}
            </li>
          ))}
        </ul>
      )}
      {ratings.hasMore && !ratings.error && (
        <Box mt={1}>
          <Button
            variant="secondary"
            isPending={ratings.loading}
            onPress={ratings.loadMore}
          >
            Show more ratings
          </Button>
        </Box>
      )}
    </Box>
  );
}
