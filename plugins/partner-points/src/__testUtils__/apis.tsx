import { act } from '@testing-library/react';
import { MockFetchApi, mockApis } from '@backstage/test-utils';
import { SignalApi, signalApiRef } from '@backstage/plugin-signals-react';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { PartnerPointsClient, partnerPointsApiRef } from '../api';
import {
  PARTNER_ID,
  allPartners,
  bookingsContributions,
  history,
  program,
  standingResponse,
} from './fixtures';

export const BASE_URL = 'http://localhost:7007/api/partner-points';

/** msw server; tests register it with `registerMswTestHooks(server)`. */
export const server = setupServer();

/** Handlers that answer like the backend for Northwind Cloud's members. */
export function mockHappyBackend() {
  server.use(
    rest.get(`${BASE_URL}/standing`, (_req, res, ctx) =>
      res(ctx.json(standingResponse)),
    ),
    rest.get(`${BASE_URL}/partners/:partnerId/standing`, (req, res, ctx) =>
      req.params.partnerId === PARTNER_ID
        ? res(ctx.json(standingResponse))
        : res(ctx.status(404), ctx.json(notFound('partner'))),
    ),
    rest.get(`${BASE_URL}/partners/:partnerId/history`, (_req, res, ctx) =>
      res(ctx.json(history)),
    ),
    rest.get(
      `${BASE_URL}/partners/:partnerId/metrics/:metricId/contributions`,
      (_req, res, ctx) => res(ctx.json(bookingsContributions)),
    ),
    rest.get(`${BASE_URL}/program`, (_req, res, ctx) => res(ctx.json(program))),
    // Asked only when `/standing` is 404: a user of no partner reads none.
    rest.get(`${BASE_URL}/partners`, (_req, res, ctx) =>
      res(ctx.json({ items: [] })),
    ),
  );
}

/** Answers like the backend for a program admin: no own partner, all partners. */
export function mockProgramAdminBackend() {
  mockHappyBackend();
  server.use(
    rest.get(`${BASE_URL}/standing`, (_req, res, ctx) =>
      res(
        ctx.status(404),
        ctx.json(
          errorBody(
            'NotFoundError',
            'You are not a member of a partner organisation in the catalog',
            404,
          ),
        ),
      ),
    ),
    rest.get(`${BASE_URL}/partners`, (_req, res, ctx) =>
      res(ctx.json(allPartners)),
    ),
  );
}

/** A Backstage error body, as the backend's error middleware sends it. */
export function errorBody(name: string, message: string, statusCode: number) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/' },
    response: { statusCode },
  };
}

export function notFound(what: string) {
  return errorBody('NotFoundError', `No such ${what}`, 404);
}

/** The real client, pointed at the msw handlers. */
export function createClient() {
  return new PartnerPointsClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
    fetchApi: new MockFetchApi(),
  });
}

/** A signal API whose messages the test publishes. */
export class FakeSignalApi implements SignalApi {
  private readonly listeners = new Map<string, Set<(m: any) => void>>();

  subscribe(channel: string, onMessage: (message: any) => void) {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(onMessage);
    this.listeners.set(channel, set);
    return { unsubscribe: () => set.delete(onMessage) };
  }

  publish(channel: string, message: object) {
    act(() => {
      this.listeners.get(channel)?.forEach(listener => listener(message));
    });
  }

  subscriberCount(channel: string) {
    return this.listeners.get(channel)?.size ?? 0;
  }
}

/** API pairs for `TestApiProvider` / `renderInTestApp`. */
export function testApis(signalApi: SignalApi = new FakeSignalApi()) {
  return [
    [partnerPointsApiRef, createClient()],
    [signalApiRef, signalApi],
  ] as const;
}
