import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A long computation written as a generator that yields between units of
 * its work, so that it can run either at once (`runToEnd`) or in slices
 * that leave the event loop to the requests in between (`runInSlices`).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and returns the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) {
      return step.value;
    }
  }
}

/**
 * Runs the steps in slices of about `sliceMs` milliseconds, giving the
 * event loop a turn after each slice.
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  sliceMs: number = 10,
): Promise<T> {
  for (;;) {
    const sliceEnd = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        return step.value;
      }
      if (performance.now() >= sliceEnd) {
        break;
      }
    }
    await nextTurn();
  }
}
