import { EmptyState, ResponseErrorPanel } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { ResponseError } from '@backstage/errors';

/** Did the request fail with the given HTTP status? */
export function hasStatus(error: unknown, status: number): boolean {
  return ResponseError.is(error) && error.statusCode === status;
}

/** The readable reason a backend gave for an error, without the HTTP prefix. */
export function errorReason(error: unknown): string {
  if (ResponseError.is(error)) {
    return error.cause?.message || error.message;
  }
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}

/**
 * A title and description, as two lines of text in compact renderings
 * (cards, widgets) and as an empty state otherwise.
 */
function StandingMessage(props: {
  title: string;
  description: string;
  missing: 'data' | 'info';
  compact: boolean;
}) {
  const { title, description, missing, compact } = props;
  if (!compact) {
    return (
      <EmptyState missing={missing} title={title} description={description} />
    );
  }
  return (
    <>
      <Typography variant="subtitle2" component="p">
        {title}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {description}
      </Typography>
    </>
  );
}

/** Props of {@link StandingErrorState}. */
export interface StandingErrorStateProps {
  error: Error;
  /** The partner asked for; absent for the caller's own partner. */
  partnerId?: string;
  /** Compact rendering for cards and widgets. */
  compact?: boolean;
}

/**
 * What to show when a standing could not be loaded: helpful empty states for
 * "not a partner member" (404 on the caller's own standing), unknown partners
 * and missing access; the error panel for anything else.
 */
export function StandingErrorState(props: StandingErrorStateProps) {
  const { error, partnerId, compact = false } = props;

  if (hasStatus(error, 404) && !partnerId) {
    return (
      <StandingMessage
        missing="data"
        title="You are not a member of a partner organisation"
        description={
          'Program standing belongs to partner organisations, and your user is not a member of one. ' +
          'If you work for a partner, ask your partner administrator to add you to your organisation’s group in the catalog. ' +
          'Vendor experts and program admins can see a partner’s standing on that partner’s group page in the catalog.'
        }
        compact={compact}
      />
    );
  }

  if (hasStatus(error, 404) && partnerId) {
    return (
      <StandingMessage
        missing="data"
        title={`No partner with the id “${partnerId}”`}
        description={`The program knows no partner organisation called ${partnerId}. Check the address, or open the partner from its group page in the catalog.`}
        compact={compact}
      />
    );
  }

  if (hasStatus(error, 403)) {
    return (
      <StandingMessage
        missing="info"
        title="You cannot see this partner’s standing"
        description="Partners see only their own standing; program admins see every partner. Ask a program admin if you need access."
        compact={compact}
      />
    );
  }

  return <ResponseErrorPanel error={error} />;
}
