import { runInSlices, runToEnd, type Steps } from './slicedWork';

function* countTo(n: number, done: number[]): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    yield;
    sum += i;
    done.push(i);
  }
  return sum;
}

describe('slicedWork', () => {
  it('runs every step at once', () => {
    const done: number[] = [];
    expect(runToEnd(countTo(100, done))).toBe(5050);
    expect(done).toHaveLength(100);
  });

  it('runs the steps in slices, with event loop turns in between', async () => {
    const done: number[] = [];
    const seenBetween: number[] = [];
    let counting = true;
    const look = () => {
      seenBetween.push(done.length);
      if (counting) setImmediate(look);
    };
    setImmediate(look);
    // A slice of 0 ms ends after every step.
    const sum = await runInSlices(countTo(50, done), 0);
    counting = false;
    expect(sum).toBe(1275);
    expect(done).toHaveLength(50);
    // the other callbacks ran while the steps were half done
    expect(seenBetween.some(n => n > 0 && n < 50)).toBe(true);
  });
});
