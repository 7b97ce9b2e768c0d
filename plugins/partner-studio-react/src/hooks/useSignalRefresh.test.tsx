import { ReactNode } from 'react';
import { act, renderHook, screen, waitFor } from '@testing-library/react';
import {
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import { configApiRef } from '@backstage/core-plugin-api';
import { signalApiRef } from '@backstage/plugin-signals-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { MockSignalApi } from '../testUtils';
import { DEFAULT_POLL_INTERVAL_MS, useSignalRefresh } from './useSignalRefresh';

const CHANNEL = 'partner-points:standing';

type Apis = Parameters<typeof TestApiProvider>[0]['apis'];

function wrapperWith(apis: Apis) {
  return ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={apis}>{children}</TestApiProvider>
  );
}

describe('useSignalRefresh with the signals plugin', () => {
  it('refreshes on the messages that concern the view, and does not poll', () => {
    jest.useFakeTimers();
    try {
      const signals = new MockSignalApi();
      const refresh = jest.fn();
      const { result, unmount } = renderHook(
        () =>
          useSignalRefresh<{ partnerRef: string }>({
            channel: CHANNEL,
            refresh,
            filter: message =>
              message.partnerRef === 'group:default/contoso-solutions',
          }),
        { wrapper: wrapperWith([[signalApiRef, signals]]) },
      );
      expect(result.current).toEqual({ mode: 'signals' });
      expect(signals.subscriberCount(CHANNEL)).toBe(1);

      signals.publish(CHANNEL, { partnerRef: 'group:default/northwind-cloud' });
      expect(refresh).not.toHaveBeenCalled();
      signals.publish(CHANNEL, {
        partnerRef: 'group:default/contoso-solutions',
      });
      // Two messages back to back: the one for this view is not lost.
      signals.publish(CHANNEL, {
        partnerRef: 'group:default/contoso-solutions',
      });
      signals.publish(CHANNEL, { partnerRef: 'group:default/northwind-cloud' });
      expect(refresh).toHaveBeenCalledTimes(2);

      act(() => jest.advanceTimersByTime(10 * DEFAULT_POLL_INTERVAL_MS));
      expect(refresh).toHaveBeenCalledTimes(2);

      unmount();
      expect(signals.subscriberCount(CHANNEL)).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('stops listening while disabled', () => {
    const signals = new MockSignalApi();
    const refresh = jest.fn();
    const { result } = renderHook(
      () => useSignalRefresh({ channel: CHANNEL, refresh, enabled: false }),
      { wrapper: wrapperWith([[signalApiRef, signals]]) },
    );
    expect(result.current).toEqual({ mode: 'off' });
    expect(signals.subscriberCount(CHANNEL)).toBe(0);
  });
});

describe('useSignalRefresh without the signals plugin', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('polls every 30 seconds by default', () => {
    const refresh = jest.fn();
    const { result, unmount } = renderHook(
      () => useSignalRefresh({ channel: CHANNEL, refresh }),
      { wrapper: wrapperWith([[configApiRef, mockApis.config()]]) },
    );
    expect(result.current).toEqual({
      mode: 'polling',
      pollIntervalMs: 30_000,
    });
    act(() => jest.advanceTimersByTime(29_999));
    expect(refresh).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(refresh).toHaveBeenCalledTimes(1);
    act(() => jest.advanceTimersByTime(60_000));
    expect(refresh).toHaveBeenCalledTimes(3);

    unmount();
    act(() => jest.advanceTimersByTime(60_000));
    expect(refresh).toHaveBeenCalledTimes(3);
  });

  it('polls at the interval the app config or the caller sets', () => {
    const fromConfig = jest.fn();
    const config = mockApis.config({
      data: { partnerStudio: { refresh: { pollIntervalSeconds: 5 } } },
    });
    renderHook(
      () => useSignalRefresh({ channel: CHANNEL, refresh: fromConfig }),
      { wrapper: wrapperWith([[configApiRef, config]]) },
    );
    const fromCaller = jest.fn();
    renderHook(
      () =>
        useSignalRefresh({
          channel: CHANNEL,
          refresh: fromCaller,
          pollIntervalMs: 2_000,
        }),
      { wrapper: wrapperWith([[configApiRef, config]]) },
    );
    act(() => jest.advanceTimersByTime(10_000));
    expect(fromConfig).toHaveBeenCalledTimes(2);
    expect(fromCaller).toHaveBeenCalledTimes(5);
  });

  it('does not poll with an interval of 0, nor while the page is hidden', () => {
    const off = jest.fn();
    const { result } = renderHook(
      () =>
        useSignalRefresh({ channel: CHANNEL, refresh: off, pollIntervalMs: 0 }),
      { wrapper: wrapperWith([[configApiRef, mockApis.config()]]) },
    );
    expect(result.current).toEqual({ mode: 'off' });

    const hidden = jest.fn();
    renderHook(
      () =>
        useSignalRefresh({
          channel: CHANNEL,
          refresh: hidden,
          pollIntervalMs: 1_000,
        }),
      { wrapper: wrapperWith([[configApiRef, mockApis.config()]]) },
    );
    const visibility = jest
      .spyOn(document, 'visibilityState', 'get')
      .mockReturnValue('hidden');
    act(() => jest.advanceTimersByTime(5_000));
    expect(hidden).not.toHaveBeenCalled();
    visibility.mockReturnValue('visible');
    act(() => jest.advanceTimersByTime(1_000));
    expect(hidden).toHaveBeenCalledTimes(1);
    visibility.mockRestore();
    expect(off).not.toHaveBeenCalled();
  });
});

/** A view that shows a count the "backend" raises on every read. */
function LiveCount(props: { read: () => Promise<number> }) {
  const state = useAsyncRetry(props.read, [props.read]);
  useSignalRefresh({
    channel: CHANNEL,
    refresh: state.retry,
    pollIntervalMs: 50,
  });
  return <p>{state.value === undefined ? '…' : `Count ${state.value}`}</p>;
}

describe('a view that refreshes with useSignalRefresh', () => {
  it('follows the backend by polling in an app without signals', async () => {
    let count = 0;
    const read = async () => ++count;
    await renderInTestApp(<LiveCount read={read} />);
    // Polling every 50 ms: whatever the first count shown, later reads
    // raise it without a reload (timings vary on a loaded machine).
    const first = Number(
      (await screen.findByText(/^Count \d+$/)).textContent?.slice(6),
    );
    await waitFor(() =>
      expect(
        Number(screen.getByText(/^Count \d+$/).textContent?.slice(6)),
      ).toBeGreaterThanOrEqual(first + 2),
    );
  });

  it('follows the backend through signals in an app with them', async () => {
    let count = 0;
    const read = async () => ++count;
    const signals = new MockSignalApi();
    await renderInTestApp(
      <TestApiProvider apis={[[signalApiRef, signals]]}>
        <LiveCount read={read} />
      </TestApiProvider>,
    );
    expect(await screen.findByText('Count 1')).toBeInTheDocument();
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(screen.getByText('Count 1')).toBeInTheDocument();
    signals.publish(CHANNEL, { partnerRef: 'group:default/contoso-solutions' });
    expect(await screen.findByText('Count 2')).toBeInTheDocument();
  });
});
