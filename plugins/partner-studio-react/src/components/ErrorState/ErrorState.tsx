import { ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { ResponseError } from '@backstage/errors';
import { EmptyState, StateMessage } from '../EmptyState';

/**
 * Props of {@link ErrorState}.
 *
 * @public
 */
export interface ErrorStateProps {
  error: Error;
  /**
   * What an HTTP status means to the person, e.g. `{ 404: { title: 'No such
   * partner', … } }`: such errors show as an empty state with its next step
   * instead of an error panel. Partner Studio APIs answer "missing" and "not
   * yours" alike (404), so one message covers both.
   */
  statusMessages?: Partial<Record<number, StateMessage>>;
  /** Title of the error panel for other errors; default the error's message. */
  title?: string;
  /** Offers "Try again" under the error panel. */
  onRetry?: () => void;
  /** Text only for the status messages, for cards and widgets. */
  compact?: boolean;
}

/**
 * A view's error state: a status the person can act on (see
 * `statusMessages`) as an empty state saying what to do, anything else as
 * core-components' `ResponseErrorPanel`, with "Try again" when `onRetry` is
 * given.
 *
 * @public
 */
export function ErrorState(props: ErrorStateProps) {
  const { error, statusMessages, title, onRetry, compact } = props;
  const status = ResponseError.is(error) ? error.statusCode : undefined;
  const message = status === undefined ? undefined : statusMessages?.[status];
  if (message) {
    return (
      <EmptyState
        {...message}
        missing={status === 403 ? 'info' : 'data'}
        compact={compact}
      />
    );
  }
  return (
    <Box>
      <ResponseErrorPanel error={error} title={title} />
      {onRetry && (
        <Box mt={1}>
          <Button variant="outlined" color="primary" onClick={onRetry}>
            Try again
          </Button>
        </Box>
      )}
    </Box>
  );
}
