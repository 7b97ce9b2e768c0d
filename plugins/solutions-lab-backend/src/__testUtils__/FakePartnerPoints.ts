import { mockServices } from '@backstage/backend-test-utils';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** JSON with object keys sorted at every level. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map(
        key =>
          `${JSON.stringify(key)}:${stableJson(
            (value as Record<string, unknown>)[key],
          )}`,
      )
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A stand-in for partner points' ingestion API, over real HTTP on
 * loopback, that tests start and stop. It keeps a ledger with the real
 * API's contract: a service token for `partner-points`, all or nothing per
 * batch, idempotent by event id (a replay is a duplicate; the same id with
 * other content is a 409).
 */
export class FakePartnerPoints {
  /** Event id → the canonical JSON it was first accepted with. */
  readonly ledger = new Map<string, string>();
  /** Every event id of every request that reached the server. */
  readonly posted: string[] = [];
  /** Callers seen (the token's subject). */
  readonly callers = new Set<string>();
  /** The next request is written to the ledger, then answered 500 (a lost answer). */
  loseNextAnswer = false;
  /** Events refused with 400 (an id containing this). */
  refuse?: string;
  /** Delay before answering, to make concurrent deliveries overlap. */
  delayMs = 0;

  #server?: http.Server;
  #port = 0;
  readonly #auth = mockServices.auth({ pluginId: 'partner-points' });

  /** The base URL discovery hands out for `partner-points`. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.#port}/api/partner-points`;
  }

  /** Points accepted per id: 1 each if nothing was counted twice. */
  get acceptedIds(): string[] {
    return [...this.ledger.keys()].sort();
  }

  /** Starts listening, on the same port as before after a stop. */
  async start(): Promise<void> {
    const server = http.createServer((req, res) => {
      void this.#handle(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#port, '127.0.0.1', () => resolve());
    });
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  /** Stops listening and drops open connections: partner points is down. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>(resolve => server.close(() => resolve()));
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.delayMs) {
      await new Promise(resolve => setTimeout(resolve, this.delayMs));
    }
    if (req.method !== 'POST' || req.url !== '/api/partner-points/events') {
      reply(404, { error: { name: 'NotFoundError', message: 'Not found' } });
      return;
    }
    try {
      const header = req.headers.authorization ?? '';
      const credentials = await this.#auth.authenticate(
        header.replace(/^Bearer /, ''),
      );
      if (!this.#auth.isPrincipal(credentials, 'service')) {
        throw new Error('a service token is required');
      }
      this.callers.add(credentials.principal.subject);
    } catch {
      reply(401, { error: { name: 'AuthenticationError', message: 'No' } });
      return;
    }
    const { events } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      events: Array<Record<string, unknown> & { id: string }>;
    };
    this.posted.push(...events.map(e => e.id));
    if (this.refuse && events.some(e => e.id.includes(this.refuse!))) {
      reply(400, {
        error: { name: 'InputError', message: 'The batch was rejected' },
      });
      return;
    }
    const canonical = (event: Record<string, unknown>) =>
      createHash('sha256').update(stableJson(event)).digest('hex');
    const duplicates: string[] = [];
    const fresh: Array<[string, string]> = [];
    for (const event of events) {
      const known = this.ledger.get(event.id);
      if (known === undefined) fresh.push([event.id, canonical(event)]);
      else if (known === canonical(event)) duplicates.push(event.id);
      else {
        reply(409, {
          error: { name: 'ConflictError', message: `${event.id} differs` },
        });
        return;
      }
    }
    for (const [id, hash] of fresh) this.ledger.set(id, hash);
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      reply(500, { error: { name: 'Error', message: 'crashed after commit' } });
      return;
    }
    reply(200, { accepted: fresh.length, duplicates, partnersAffected: [] });
  }
}
