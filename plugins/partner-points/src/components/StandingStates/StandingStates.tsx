import {
  ErrorState,
  ErrorStateProps,
  StateMessage,
} from '@partner-studio/plugin-partner-studio-react';

/** The caller's own standing answered 404: the caller belongs to no partner. */
export const NOT_A_MEMBER: StateMessage = {
  title: 'You are not a member of a partner organisation',
  description:
    'Program standing belongs to partner organisations, and your user is not a member of one.',
  nextStep:
    'If you work for a partner, ask your partner administrator to add you to your organisation’s group in the catalog. Vendor experts and program admins can see a partner’s standing on that partner’s group page in the catalog.',
};

/**
 * What the statuses of the points API mean to the person. The API answers a
 * partner that does not exist and one the caller may not see alike (404), so
 * the message covers both and tells nothing about which.
 */
function statusMessages(
  partnerRef: string | undefined,
): Partial<Record<number, StateMessage>> {
  return {
    404: partnerRef
      ? {
          title: `No standing to show for “${partnerRef}”`,
          description:
            'No partner organisation you may see has this entity ref. Partners see only their own standing; program admins see every partner.',
          nextStep:
            'Check the address, or open the partner from its group page in the catalog.',
        }
      : NOT_A_MEMBER,
    403: {
      title: 'You cannot see this partner’s standing',
      description:
        'Partners see only their own standing; program admins see every partner.',
      nextStep: 'Ask a program admin if you need access.',
    },
  };
}

/**
 * How standing errors show, for `ErrorState` or `AsyncContent`'s
 * `errorProps`: the status messages above, and the panel's title otherwise.
 */
export function standingErrorProps(
  partnerRef: string | undefined,
): Pick<ErrorStateProps, 'statusMessages' | 'title'> {
  return {
    statusMessages: statusMessages(partnerRef),
    title: 'The program standing could not be loaded',
  };
}

/** Props of {@link StandingErrorState}. */
export interface StandingErrorStateProps {
  error: Error;
  /** The partner asked for; absent for the caller's own partner. */
  partnerRef?: string;
  /** Compact rendering for cards and widgets. */
  compact?: boolean;
  /** Offers "Try again" for errors that are not about access. */
  onRetry?: () => void;
}

/**
 * What to show when a standing could not be loaded: what "not a partner
 * member", "no such partner" and "not allowed" mean and what to do about
 * them; the error panel for anything else.
 */
export function StandingErrorState(props: StandingErrorStateProps) {
  const { error, partnerRef, compact, onRetry } = props;
  return (
    <ErrorState
      error={error}
      {...standingErrorProps(partnerRef)}
      compact={compact}
      onRetry={onRetry}
    />
  );
}
