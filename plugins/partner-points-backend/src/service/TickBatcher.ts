interface Waiter<V> {
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}

/**
 * Coalesces loads requested in the same event-loop turn into one call. The
 * call is made after the turn, so it is at least as fresh as each caller's
 * own call would have been: under load, one database round trip serves many
 * requests.
 */
export class TickBatcher<K, V> {
  readonly #loadMany: (keys: K[]) => Promise<Map<K, V>>;
  readonly #missing: (key: K) => V;
  #pending?: Map<K, Array<Waiter<V>>>;

  constructor(options: {
    loadMany: (keys: K[]) => Promise<Map<K, V>>;
    /** The value of a key the load did not return. */
    missing: (key: K) => V;
  }) {
    this.#loadMany = options.loadMany;
    this.#missing = options.missing;
  }

  load(key: K): Promise<V> {
    let pending = this.#pending;
    if (!pending) {
      const batch = new Map<K, Array<Waiter<V>>>();
      pending = batch;
      this.#pending = batch;
      setImmediate(() => {
        this.#pending = undefined;
        this.#loadMany([...batch.keys()]).then(
          values => {
            for (const [k, waiters] of batch) {
              const value = values.has(k) ? values.get(k)! : this.#missing(k);
              for (const w of waiters) w.resolve(value);
            }
          },
          error => {
            for (const waiters of batch.values()) {
              for (const w of waiters) w.reject(error);
            }
          },
        );
      });
    }
    const waiters = pending.get(key) ?? [];
    pending.set(key, waiters);
    return new Promise<V>((resolve, reject) => {
      waiters.push({ resolve, reject });
    });
  }
}
