import { useCallback, useEffect, useRef } from 'react';

/**
 * A function that calls `callback` once calls to it have paused for
 * `delayMs`, with the latest arguments; `flush` calls it at once and `cancel`
 * drops the pending call. The latest `callback` is used.
 */
export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delayMs: number,
): {
  run: (...args: A) => void;
  flush: () => void;
  cancel: () => void;
} {
  const callbackRef = useRef(callback);
  callbackRef.current = callback;
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const pending = useRef<A>();

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = undefined;
  }, []);

  const flush = useCallback(() => {
    const args = pending.current;
    cancel();
    if (args) callbackRef.current(...args);
  }, [cancel]);

  const run = useCallback(
    (...args: A) => {
      pending.current = args;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => cancel, [cancel]);
  return { run, flush, cancel };
}
