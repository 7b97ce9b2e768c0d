import { ReactNode } from 'react';
import { EmptyState as CoreEmptyState } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/**
 * What a state says: a title, what it means, and what the person can do
 * next.
 *
 * @public
 */
export interface StateMessage {
  /** One line: what is the case, e.g. `No partner to show`. */
  title: string;
  /** Why, in a sentence or two. */
  description: ReactNode;
  /**
   * What the person can do now: a sentence, a link or a button. Required: an
   * empty state never leaves a person without a way on.
   */
  nextStep: ReactNode;
}

/**
 * Props of {@link EmptyState}.
 *
 * @public
 */
export interface EmptyStateProps extends StateMessage {
  /** The illustration of the full-size rendering; default `data`. */
  missing?: 'field' | 'info' | 'content' | 'data';
  /** Text only, for cards and widgets, instead of core-components' `EmptyState`. */
  compact?: boolean;
}

function NextStep(props: { children: ReactNode }) {
  const { children } = props;
  return typeof children === 'string' ? (
    <Typography variant="body2">{children}</Typography>
  ) : (
    <>{children}</>
  );
}

/**
 * Nothing to show, and what to do about it. Full size it is core-components'
 * `EmptyState` with the next step as its action; compact it is three lines
 * of text that fit a card.
 *
 * @public
 */
export function EmptyState(props: EmptyStateProps) {
  const { title, description, nextStep, missing = 'data', compact } = props;
  if (compact) {
    return (
      <Box>
        <Typography variant="subtitle2" component="p">
          {title}
        </Typography>
        <Typography variant="body2" color="textSecondary" component="div">
          {description}
        </Typography>
        <Box mt={1}>
          <NextStep>{nextStep}</NextStep>
        </Box>
      </Box>
    );
  }
  return (
    <CoreEmptyState
      missing={missing}
      title={title}
      description={<>{description}</>}
      action={<NextStep>{nextStep}</NextStep>}
    />
  );
}
