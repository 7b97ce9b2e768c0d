import { useEffect, useRef } from 'react';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  PARTNER_POINTS_SIGNAL_CHANNEL,
  StandingChangedSignal,
} from '@partner-studio/plugin-partner-studio-common';

/** Is the signal message a standing change? */
export function isStandingChangedSignal(
  message: unknown,
): message is StandingChangedSignal {
  if (typeof message !== 'object' || message === null) {
    return false;
  }
  const { partnerId } = message as Partial<StandingChangedSignal>;
  return typeof partnerId === 'string';
}

/**
 * Calls `onChange` whenever a standing change of the given partner is
 * signalled on {@link PARTNER_POINTS_SIGNAL_CHANNEL}. Messages about other
 * partners are ignored. Without the signals plugin installed, nothing happens.
 */
export function useStandingSignal(
  partnerId: string | undefined,
  onChange: (signal: StandingChangedSignal) => void,
): void {
  const { lastSignal } = useSignal(PARTNER_POINTS_SIGNAL_CHANNEL);
  const latest = useRef({ partnerId, onChange });
  latest.current = { partnerId, onChange };

  useEffect(() => {
    const current = latest.current;
    if (
      current.partnerId &&
      isStandingChangedSignal(lastSignal) &&
      lastSignal.partnerId === current.partnerId
    ) {
      current.onChange(lastSignal);
    }
  }, [lastSignal]);
}
