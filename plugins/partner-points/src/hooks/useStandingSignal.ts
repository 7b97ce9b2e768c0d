import { useCallback } from 'react';
import type { JsonObject } from '@backstage/types';
import {
  PARTNER_POINTS_SIGNAL_CHANNEL,
  StandingChangedSignal,
} from '@partner-studio/plugin-partner-studio-common';
import { useSignalRefresh } from '@partner-studio/plugin-partner-studio-react';

/** Is the signal message a standing change? */
export function isStandingChangedSignal(
  message: unknown,
): message is StandingChangedSignal {
  if (typeof message !== 'object' || message === null) {
    return false;
  }
  const { partnerRef } = message as Partial<StandingChangedSignal>;
  return typeof partnerRef === 'string';
}

/** Entity refs compare case-insensitively in the catalog. */
export function sameEntityRef(a: string, b: string): boolean {
  return a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');
}

/**
 * Calls `refresh` whenever a standing change of the given partner is
 * signalled on {@link PARTNER_POINTS_SIGNAL_CHANNEL} (messages about other
 * partners are ignored), or, in an app without the signals plugin, on every
 * poll. Does nothing while the partner is not known yet.
 */
export function useStandingSignal(
  partnerRef: string | undefined,
  refresh: () => void,
): void {
  const filter = useCallback(
    (message: JsonObject) =>
      partnerRef !== undefined &&
      isStandingChangedSignal(message) &&
      sameEntityRef(message.partnerRef, partnerRef),
    [partnerRef],
  );
  useSignalRefresh({
    channel: PARTNER_POINTS_SIGNAL_CHANNEL,
    refresh,
    filter,
    enabled: partnerRef !== undefined,
  });
}
