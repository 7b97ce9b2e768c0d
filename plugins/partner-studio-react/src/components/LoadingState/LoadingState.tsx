import { Progress } from '@backstage/core-components';

/**
 * Props of {@link LoadingState}.
 *
 * @public
 */
export interface LoadingStateProps {
  /** What is loading, for screen readers, e.g. `Loading the program standing`. */
  label?: string;
}

/**
 * A view's loading state: core-components' `Progress` bar (shown after a
 * short delay, so fast answers do not flash), announced as a status.
 *
 * @public
 */
export function LoadingState(props: LoadingStateProps) {
  const { label = 'Loading' } = props;
  return (
    <div role="status" aria-live="polite">
      <Progress aria-label={label} />
    </div>
  );
}
