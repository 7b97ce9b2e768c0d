import { useEffect, useRef } from 'react';
import { configApiRef, useApiHolder } from '@backstage/core-plugin-api';
import { signalApiRef } from '@backstage/plugin-signals-react';
import type { JsonObject } from '@backstage/types';

/**
 * The poll interval when neither the caller nor the app config
 * (`partnerStudio.refresh.pollIntervalSeconds`) sets one.
 *
 * @public
 */
export const DEFAULT_POLL_INTERVAL_MS = 30_000;

/** App config key of the poll interval, in seconds. */
const POLL_INTERVAL_CONFIG_KEY = 'partnerStudio.refresh.pollIntervalSeconds';

/**
 * Options of {@link useSignalRefresh}.
 *
 * @public
 */
export interface SignalRefreshOptions<TMessage extends JsonObject> {
  /** The signal channel, e.g. `partner-points:standing`. */
  channel: string;
  /** Reloads the view's data. Called for matching signals, or on each poll. */
  refresh: () => void;
  /** Which messages concern this view (e.g. the partner it shows); default all. */
  filter?: (message: TMessage) => boolean;
  /**
   * How often to poll when the signals plugin is not installed, in
   * milliseconds; `0` turns polling off. Default: the app config's
   * `partnerStudio.refresh.pollIntervalSeconds`, else 30 seconds.
   */
  pollIntervalMs?: number;
  /** `false` stops listening and polling (e.g. while nothing is loaded). Default `true`. */
  enabled?: boolean;
}

/**
 * How a view stays up to date: pushed `signals`, `polling`, or `off`.
 *
 * @public
 */
export type SignalRefreshMode = 'signals' | 'polling' | 'off';

/**
 * What {@link useSignalRefresh} does.
 *
 * @public
 */
export interface SignalRefreshState {
  mode: SignalRefreshMode;
  /** The poll interval in milliseconds while `mode` is `polling`. */
  pollIntervalMs?: number;
}

/**
 * Keeps a view live: calls `refresh` whenever a matching message arrives on
 * a signal channel when the app has the signals plugin
 * (`@backstage/plugin-signals`), and polls when it has not.
 *
 * Like `useSignal` of `@backstage/plugin-signals-react` it finds the signal
 * API through the API holder, where it is simply absent when the plugin is
 * not installed. Unlike `useSignal` it subscribes itself: `useSignal` keeps
 * only the last message per render, so one about another partner arriving
 * right after one about this view's partner would hide it.
 *
 * Polling skips its turns while the page is hidden (a background tab).
 *
 * @public
 */
export function useSignalRefresh<TMessage extends JsonObject = JsonObject>(
  options: SignalRefreshOptions<TMessage>,
): SignalRefreshState {
  const { channel, enabled = true } = options;
  const apis = useApiHolder();
  const signalApi = apis.get(signalApiRef);
  const configured = apis
    .get(configApiRef)
    ?.getOptionalNumber(POLL_INTERVAL_CONFIG_KEY);
  const pollIntervalMs =
    options.pollIntervalMs ??
    (configured === undefined ? DEFAULT_POLL_INTERVAL_MS : configured * 1000);

  // The latest callbacks, so a re-render does not resubscribe.
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    if (signalApi) {
      const subscription = signalApi.subscribe<TMessage>(channel, message => {
        const { filter, refresh } = latest.current;
        if (!filter || filter(message)) {
          refresh();
        }
      });
      return () => subscription.unsubscribe();
    }
    if (pollIntervalMs <= 0) {
      return undefined;
    }
    const handle = setInterval(() => {
      if (document.visibilityState !== 'hidden') {
        latest.current.refresh();
      }
    }, pollIntervalMs);
    return () => clearInterval(handle);
  }, [signalApi, channel, enabled, pollIntervalMs]);

  if (!enabled) {
    return { mode: 'off' };
  }
  if (signalApi) {
    return { mode: 'signals' };
  }
  return pollIntervalMs > 0
    ? { mode: 'polling', pollIntervalMs }
    : { mode: 'off' };
}
