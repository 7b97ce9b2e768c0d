import { MockFetchApi, mockApis } from '@backstage/test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  PermissionApi,
  permissionApiRef,
} from '@backstage/plugin-permission-react';
import { SignalApi, signalApiRef } from '@backstage/plugin-signals-react';
import { MockSignalApi } from '@partner-studio/plugin-partner-studio-react/testUtils';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { PartnerPointsClient, partnerPointsApiRef } from '../api';
import {
  PARTNER_REF,
  adjustments,
  allPartners,
  bookingsContributions,
  cohort,
  exemptions,
  history,
  program,
  standingResponse,
} from './fixtures';

export const BASE_URL = 'http://localhost:7007/api/partner-points';

/** The path prefix of a partner's resources, as the msw handlers match it. */
export const PARTNER_PATH = `${BASE_URL}/partners/:namespace/:name`;

/** msw server; tests register it with `registerMswTestHooks(server)`. */
export const server = setupServer();

/** Handlers that answer like the backend for Northwind Cloud's members. */
export function mockHappyBackend() {
  server.use(
    rest.get(`${BASE_URL}/standing`, (_req, res, ctx) =>
      res(ctx.json(standingResponse)),
    ),
    rest.get(`${PARTNER_PATH}/standing`, (req, res, ctx) =>
      `group:${req.params.namespace}/${req.params.name}` === PARTNER_REF
        ? res(ctx.json(standingResponse))
        : res(ctx.status(404), ctx.json(notFound('partner'))),
    ),
    rest.get(`${PARTNER_PATH}/history`, (_req, res, ctx) =>
      res(ctx.json(history)),
    ),
    rest.get(
      `${PARTNER_PATH}/metrics/:metricId/contributions`,
      (_req, res, ctx) => res(ctx.json(bookingsContributions)),
    ),
    rest.get(`${BASE_URL}/program`, (_req, res, ctx) => res(ctx.json(program))),
    // A partner's member reads one partner: its own.
    rest.get(`${BASE_URL}/partners`, (_req, res, ctx) =>
      res(ctx.json({ items: [standingResponse.partner] })),
    ),
    rest.get(`${PARTNER_PATH}/adjustments`, (_req, res, ctx) =>
      res(ctx.json(adjustments)),
    ),
    rest.get(`${PARTNER_PATH}/exemptions`, (_req, res, ctx) =>
      res(ctx.json(exemptions)),
    ),
    rest.get(`${PARTNER_PATH}/cohort`, (_req, res, ctx) =>
      res(ctx.json(cohort)),
    ),
    // Only program admins may open the overview.
    rest.get(`${BASE_URL}/overview`, (_req, res, ctx) =>
      res(ctx.status(403), ctx.json(notAllowed())),
    ),
    rest.get(`${BASE_URL}/overview/partners`, (_req, res, ctx) =>
      res(ctx.status(403), ctx.json(notAllowed())),
    ),
  );
}

/**
 * Answers like the backend for a program admin: no own partner, every
 * partner, in pages of `limit` (the cursor is the index of the next one).
 */
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
    rest.get(`${BASE_URL}/partners`, (req, res, ctx) => {
      const start = Number(req.url.searchParams.get('cursor') ?? 0);
      const limit = Number(req.url.searchParams.get('limit') ?? 50);
      const items = allPartners.items.slice(start, start + limit);
      const next = start + limit;
      return res(
        ctx.json(
          next < allPartners.items.length
            ? { items, nextCursor: String(next) }
            : { items },
        ),
      );
    }),
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

export function notAllowed() {
  return errorBody('NotAllowedError', 'Unauthorized', 403);
}

/**
 * The permission API as the policy answers: `admin` allows everything (a
 * program admin), else everything is denied (a partner's member: the
 * program's decisions and the overview are not theirs).
 */
export function permissionsOf(role: 'admin' | 'member'): PermissionApi {
  return mockApis.permission({
    authorize: role === 'admin' ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
  });
}

/** The real client, pointed at the msw handlers. */
export function createClient() {
  return new PartnerPointsClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
    fetchApi: new MockFetchApi(),
  });
}

/** API pairs for `TestApiProvider` / `renderInTestApp`. */
export function testApis(
  signalApi: SignalApi = new MockSignalApi(),
  permissionApi: PermissionApi = permissionsOf('member'),
) {
  return [
    [partnerPointsApiRef, createClient()],
    [signalApiRef, signalApi],
    [permissionApiRef, permissionApi],
  ] as const;
}
