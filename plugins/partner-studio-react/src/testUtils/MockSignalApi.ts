import { act } from 'react';
import type {
  SignalApi,
  SignalSubscriber,
} from '@backstage/plugin-signals-react';
import type { JsonObject } from '@backstage/types';

/**
 * A signal API whose messages a test publishes, for `TestApiProvider` or
 * `renderInTestApp`'s `apis` as `[signalApiRef, new MockSignalApi()]`.
 *
 * @public
 */
export class MockSignalApi implements SignalApi {
  private readonly listeners = new Map<
    string,
    Set<(message: JsonObject) => void>
  >();

  subscribe<TMessage extends JsonObject = JsonObject>(
    channel: string,
    onMessage: (message: TMessage) => void,
  ): SignalSubscriber {
    const listener = onMessage as (message: JsonObject) => void;
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return { unsubscribe: () => set.delete(listener) };
  }

  /** Delivers a message to the channel's subscribers, inside `act`. */
  publish(channel: string, message: JsonObject): void {
    act(() => {
      this.listeners.get(channel)?.forEach(listener => listener(message));
    });
  }

  /** How many subscribers the channel has now. */
  subscriberCount(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }
}
