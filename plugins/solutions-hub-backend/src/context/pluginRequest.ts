import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { LRUCache } from 'lru-cache';
import type { z } from 'zod';

/**
 * What asking another plugin gave: its answer, or why there is none (for
 * the Hub's `sources` and the messages of locks that could not be checked).
 */
export type PluginAnswer<T> =
  | { ok: true; value: T }
  | { ok: false; reason: string; status?: number };

/** How the Hub reaches the plugins it depends on. */
export interface PluginRequester {
  /**
   * GET `path` of `pluginId` with a token for `credentials` (a user's, on
   * whose behalf the Hub asks, or the Hub's own service credentials), the
   * body checked with `schema`. Never throws: an unreachable, failing or
   * slow plugin, or a body of the wrong shape, is a `{ ok: false }` saying
   * which.
   */
  get<T>(options: {
    pluginId: string;
    path: string;
    credentials: BackstageCredentials;
    schema: z.ZodType<T>;
  }): Promise<PluginAnswer<T>>;
}

/** The plugins' names as people read them, for reasons. */
const PLUGIN_NAMES: Record<string, string> = {
  'partner-points': 'partner points',
  'solutions-lab': 'the Solutions Lab',
};

function nameOf(pluginId: string): string {
  return PLUGIN_NAMES[pluginId] ?? pluginId;
}

function causeOf(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    const cause = (error as Error & { cause?: { code?: unknown } }).cause;
    if (cause && typeof cause.code === 'string') return cause.code;
    return error.message;
  }
  return String(error);
}

/**
 * Asks other backend plugins over HTTP, found through discovery, with a
 * token from `auth.getPluginRequestToken` and a time limit.
 */
export class HttpPluginRequester implements PluginRequester {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;

  static create(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    timeoutMs: number;
    fetch?: typeof fetch;
  }): HttpPluginRequester {
    return new HttpPluginRequester(options);
  }

  private constructor(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    timeoutMs: number;
    fetch?: typeof fetch;
  }) {
    this.#discovery = options.discovery;
    this.#auth = options.auth;
    this.#timeoutMs = options.timeoutMs;
    this.#fetch = options.fetch ?? fetch;
  }

  async get<T>(options: {
    pluginId: string;
    path: string;
    credentials: BackstageCredentials;
    schema: z.ZodType<T>;
  }): Promise<PluginAnswer<T>> {
    const name = nameOf(options.pluginId);
    let response: Response;
    try {
      const [baseUrl, { token }] = await Promise.all([
        this.#discovery.getBaseUrl(options.pluginId),
        this.#auth.getPluginRequestToken({
          onBehalfOf: options.credentials,
          targetPluginId: options.pluginId,
        }),
      ]);
      response = await this.#fetch(`${baseUrl}${options.path}`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      return {
        ok: false,
        reason: `${name} could not be reached (${causeOf(error)})`,
      };
    }
    if (!response.ok) {
      // Drain the body so the connection is reused.
      await response.arrayBuffer().catch(() => undefined);
      return {
        ok: false,
        status: response.status,
        reason:
          response.status === 404
            ? `${name} answered 404 (not installed, or nothing for the caller)`
            : `${name} answered HTTP ${response.status}`,
      };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      return {
        ok: false,
        reason: `${name} sent a body that is not JSON (${causeOf(error)})`,
      };
    }
    const parsed = options.schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        reason: `${name} sent an answer of an unexpected shape (${
          issue.path.join('.') || 'body'
        }: ${issue.message})`,
      };
    }
    return { ok: true, value: parsed.data };
  }
}

/**
 * Short-lived answers per key (a user, a partner), so a page of requests
 * asks another plugin once; concurrent askers share one request. Failures
 * are kept for less time than answers, so a plugin that comes back is
 * noticed soon and one that is down is not asked on every request.
 */
export class AnswerCache<T> {
  readonly #cache: LRUCache<string, Promise<PluginAnswer<T>>>;
  readonly #ttlMs: number;
  readonly #failureTtlMs: number;

  constructor(options: { ttlMs: number; failureTtlMs: number; max?: number }) {
    this.#ttlMs = Math.max(1, options.ttlMs);
    // A ttl of 0 would keep an entry for ever.
    this.#failureTtlMs = Math.max(1, options.failureTtlMs);
    this.#cache = new LRUCache({ max: options.max ?? 5_000, ttl: this.#ttlMs });
  }

  /** The kept answer for the key, if any (without asking). */
  peek(key: string): Promise<PluginAnswer<T>> | undefined {
    return this.#cache.get(key);
  }

  /** Keeps an answer obtained some other way (e.g. in a batch). */
  set(key: string, answer: PluginAnswer<T>): void {
    this.#cache.set(key, Promise.resolve(answer), {
      ttl: answer.ok ? this.#ttlMs : this.#failureTtlMs,
    });
  }

  get(
    key: string,
    load: () => Promise<PluginAnswer<T>>,
  ): Promise<PluginAnswer<T>> {
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const pending = load().then(answer => {
      if (!answer.ok && this.#cache.get(key) === pending) {
        this.#cache.set(key, pending, { ttl: this.#failureTtlMs });
      }
      return answer;
    });
    this.#cache.set(key, pending, { ttl: this.#ttlMs });
    return pending;
  }
}
