/**
 * A small typed client for the Meridian Compute REST API: OAuth 2.0 client
 * credentials, retries with backoff on 429 and 5xx, honouring Retry-After.
 */

export interface ComputeClientOptions {
  apiUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Attempts per request, including the first. */
  maxAttempts?: number;
  fetch?: typeof fetch;
}

export interface VirtualMachine {
  id: string;
  name: string;
  powerState: 'POWERED_ON' | 'POWERED_OFF' | 'SUSPENDED';
  cpuCount: number;
  memoryMiB: number;
}

interface Token {
  value: string;
  expiresAt: number;
}

export class ComputeClient {
  #token?: Token;
  readonly #options: Required<Omit<ComputeClientOptions, 'fetch'>> & {
    fetch: typeof fetch;
  };

  constructor(options: ComputeClientOptions) {
    this.#options = {
      maxAttempts: 4,
      fetch: globalThis.fetch,
      ...options,
    };
  }

  /** Virtual machines visible to the client, all pages. */
  async listVirtualMachines(): Promise<VirtualMachine[]> {
    const machines: VirtualMachine[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.#request<{
        items: VirtualMachine[];
        nextCursor?: string;
      }>(`/v1/vms${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
      machines.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return machines;
  }

  async #accessToken(): Promise<string> {
    if (this.#token && this.#token.expiresAt > Date.now() + 30_000) {
      return this.#token.value;
    }
    const response = await this.#options.fetch(this.#options.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.#options.clientId,
        client_secret: this.#options.clientSecret,
      }),
    });
    if (!response.ok) {
      throw new Error(`Token request failed: ${response.status}`);
    }
    const body = (await response.json()) as {
      access_token: string;
      expires_in: number;
    };
    this.#token = {
      value: body.access_token,
      expiresAt: Date.now() + body.expires_in * 1000,
    };
    return this.#token.value;
  }

  async #request<T>(path: string): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.#options.fetch(
        `${this.#options.apiUrl}${path}`,
        { headers: { authorization: `Bearer ${await this.#accessToken()}` } },
      );
      if (response.ok) return (await response.json()) as T;
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable || attempt >= this.#options.maxAttempts) {
        throw new Error(`GET ${path} failed: ${response.status}`);
      }
      const retryAfter = Number(response.headers.get('retry-after'));
      const delayMs = Number.isFinite(retryAfter) && retryAfter > 0
        ? retryAfter * 1000
        : 250 * 2 ** (attempt - 1);
      await new Promise(resolve => setTimeout(resolve, delayMs));
    }
  }
}
