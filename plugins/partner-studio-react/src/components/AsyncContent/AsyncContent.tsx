import { ReactNode } from 'react';
import { EmptyState, StateMessage } from '../EmptyState';
import { ErrorState, ErrorStateProps } from '../ErrorState';
import { LoadingState } from '../LoadingState';

/**
 * The state of an asynchronous load, as `react-use`'s `useAsync` and
 * `useAsyncRetry` return it.
 *
 * @public
 */
export interface AsyncValueState<T> {
  loading: boolean;
  error?: Error;
  value?: T;
}

/**
 * Props of {@link AsyncContent}.
 *
 * @public
 */
export interface AsyncContentProps<T> {
  state: AsyncValueState<T>;
  /** Renders the loaded value. */
  children: (value: T) => ReactNode;
  /** Whether a loaded value has nothing to show (e.g. an empty list). */
  isEmpty?: (value: T) => boolean;
  /** What to say when `isEmpty` holds. Required with `isEmpty`. */
  empty?: StateMessage;
  /** How errors show: status messages, panel title, retry. */
  errorProps?: Omit<ErrorStateProps, 'error' | 'compact'>;
  /** What is loading, for screen readers. */
  loadingLabel?: string;
  /** Compact states, for cards and widgets. */
  compact?: boolean;
}

/**
 * Loading, error, empty or the content, in that order of precedence. A value
 * stays on screen while it reloads (a live refresh does not flash a progress
 * bar), and an error replaces it.
 *
 * @public
 */
export function AsyncContent<T>(props: AsyncContentProps<T>) {
  const { state, children, isEmpty, empty, errorProps, loadingLabel, compact } =
    props;
  if (state.error) {
    return <ErrorState error={state.error} compact={compact} {...errorProps} />;
  }
  if (state.value === undefined) {
    return state.loading ? <LoadingState label={loadingLabel} /> : null;
  }
  if (empty && isEmpty?.(state.value)) {
    return <EmptyState {...empty} compact={compact} />;
  }
  return <>{children(state.value)}</>;
}
