import { useCallback } from 'react';
import type { JsonObject } from '@backstage/types';
import {
  EngagementChangedSignal,
  SOLUTIONS_LAB_SIGNAL_CHANNEL,
} from '@partner-studio/plugin-partner-studio-common';
import {
  SignalRefreshState,
  useSignalRefresh,
} from '@partner-studio/plugin-partner-studio-react';

/** Is the signal message an engagement change? */
export function isEngagementChangedSignal(
  message: unknown,
): message is EngagementChangedSignal {
  if (typeof message !== 'object' || message === null) {
    return false;
  }
  const { engagementId, version } = message as Partial<EngagementChangedSignal>;
  return typeof engagementId === 'string' && typeof version === 'number';
}

/**
 * Calls `refresh` whenever an engagement change is signalled on
 * {@link SOLUTIONS_LAB_SIGNAL_CHANNEL}: of the given engagement only, or of
 * any engagement the caller can see when `engagementId` is omitted (lists,
 * the queue, the funnel). In an app without the signals plugin it polls.
 * Every message refreshes, whatever its version: a note changes the
 * engagement without bumping it.
 */
export function useEngagementSignal(options: {
  refresh: () => void;
  engagementId?: string;
  enabled?: boolean;
}): SignalRefreshState {
  const { refresh, engagementId, enabled = true } = options;
  const filter = useCallback(
    (message: JsonObject) =>
      isEngagementChangedSignal(message) &&
      (engagementId === undefined || message.engagementId === engagementId),
    [engagementId],
  );
  return useSignalRefresh({
    channel: SOLUTIONS_LAB_SIGNAL_CHANNEL,
    refresh,
    filter,
    enabled,
  });
}
