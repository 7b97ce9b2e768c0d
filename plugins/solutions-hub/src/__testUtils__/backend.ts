import { MockFetchApi, mockApis } from '@backstage/test-utils';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import {
  catalogApiRef,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import type {
  HubSources,
  HubToolSummary,
} from '@partner-studio/plugin-partner-studio-common';
import type { ToolFacets } from '../api/contractTypes';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { SolutionsHubClient, solutionsHubApiRef } from '../api';
import { FACET_KEYS, FacetKey } from '../search/searchState';
import {
  FACETS,
  RECOMMENDATIONS,
  SOURCES_OK,
  TOOLS,
  OWNER_GROUPS,
  detailOf,
} from './fixtures';

export const BACKEND = 'http://localhost:7007';
export const HUB = `${BACKEND}/api/solutions-hub`;
export const SCAFFOLDER = `${BACKEND}/api/scaffolder`;
export const POINTS = `${BACKEND}/api/partner-points`;

/** msw server; tests register it with `registerMswTestHooks(server)`. */
export const server = setupServer();

/** A Backstage error body, as the backend's error middleware sends it. */
export function errorBody(name: string, message: string, statusCode: number) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/' },
    response: { statusCode },
  };
}

function valuesOf(tool: HubToolSummary, key: FacetKey): string[] {
  switch (key) {
    case 'category':
      return [tool.category];
    case 'productArea':
      return [tool.productArea];
    case 'stage':
      return tool.labStages;
    case 'businessModel':
      return tool.businessModels;
    case 'supportLevel':
      return [tool.supportLevel];
    default:
      return tool.tags;
  }
}

function matchesText(tool: HubToolSummary, q: string): boolean {
  const words = `${tool.title} ${tool.description} ${tool.tags.join(' ')}`
    .toLowerCase()
    .split(/\W+/);
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every(term => words.some(word => word.startsWith(term)));
}

/** What `GET /tools` was asked, as the tests read it back. */
export interface SearchRequest {
  params: URLSearchParams;
}

/**
 * Handlers answering like the Hub backend over `tools`: text matching every
 * word by prefix, facets OR within and AND across, each facet counted under
 * the other facets' filters, name sort, cursor paging (the cursor is the
 * index of the next tool). Returns the search requests it received.
 */
export function mockHubBackend(
  options: { tools?: HubToolSummary[]; sources?: HubSources } = {},
): SearchRequest[] {
  const tools = options.tools ?? TOOLS;
  const sources = options.sources ?? SOURCES_OK;
  const requests: SearchRequest[] = [];
  server.use(
    rest.get(`${HUB}/tools`, (req, res, ctx) => {
      const params = req.url.searchParams;
      requests.push({ params });
      const q = params.get('q') ?? '';
      const passes = (tool: HubToolSummary, except?: FacetKey) =>
        matchesText(tool, q) &&
        FACET_KEYS.every(key => {
          const wanted = params.getAll(key);
          return (
            key === except ||
            wanted.length === 0 ||
            valuesOf(tool, key).some(v => wanted.includes(v))
          );
        });
      const matching = tools.filter(tool => passes(tool));
      if (params.get('sort') === 'name') {
        matching.sort((a, b) => a.title.localeCompare(b.title));
      }
      const counted = (key: FacetKey) =>
        FACETS[key].map(({ value }) => ({
          value,
          count: tools.filter(
            tool => passes(tool, key) && valuesOf(tool, key).includes(value),
          ).length,
        }));
      const facets: ToolFacets = {
        category: counted('category'),
        productArea: counted('productArea'),
        stage: counted('stage'),
        businessModel: counted('businessModel'),
        supportLevel: counted('supportLevel'),
        tag: counted('tag'),
      };
      const start = Number(params.get('cursor') ?? 0);
      const limit = Number(params.get('limit') ?? 20);
      const next = start + limit;
      return res(
        ctx.json({
          items: matching.slice(start, next),
          totalCount: matching.length,
          facets,
          sources,
          ...(next < matching.length ? { nextCursor: String(next) } : {}),
        }),
      );
    }),
    rest.get(`${HUB}/tools/:namespace/:name`, (req, res, ctx) => {
      const found = tools.find(
        t => t.namespace === req.params.namespace && t.name === req.params.name,
      );
      return found
        ? res(ctx.json(detailOf(found, { sources })))
        : res(
            ctx.status(404),
            ctx.json(errorBody('NotFoundError', 'Tool not found', 404)),
          );
    }),
    rest.get(`${HUB}/recommendations`, (_req, res, ctx) =>
      res(ctx.json({ ...RECOMMENDATIONS, sources })),
    ),
    rest.get(`${HUB}/tools/:namespace/:name/ratings`, (_req, res, ctx) =>
      res(
        ctx.json({
          summary: { count: 0, histogram: [0, 0, 0, 0, 0] },
          items: [],
        }),
      ),
    ),
    rest.put(`${HUB}/tools/:namespace/:name/favorite`, (_req, res, ctx) =>
      res(ctx.status(204)),
    ),
    rest.delete(`${HUB}/tools/:namespace/:name/favorite`, (_req, res, ctx) =>
      res(ctx.status(204)),
    ),
    rest.get(`${HUB}/favorites`, (_req, res, ctx) =>
      res(
        ctx.json({
          items: tools
            .filter(t => t.favorite)
            .map(t => ({
              toolRef: t.ref,
              addedAt: '2026-11-01T00:00:00Z',
              tool: t,
            })),
        }),
      ),
    ),
    rest.get(`${POINTS}/program`, (_req, res, ctx) =>
      res(
        ctx.json({
          tiers: [
            { id: 'community', name: 'Community' },
            { id: 'principal', name: 'Principal' },
          ],
          businessModels: [
            { id: 'solution-builder', name: 'Solution Builder' },
            { id: 'solution-reseller', name: 'Solution Reseller' },
          ],
          plays: [
            { id: 'edge-starter', name: 'Edge starter', kind: 'velocity' },
          ],
          igniteCourses: [],
        }),
      ),
    ),
  );
  return requests;
}

/** The real client against the msw handlers, with a user token on every request. */
export function createClient() {
  return new SolutionsHubClient({
    discoveryApi: mockApis.discovery({ baseUrl: BACKEND }),
    fetchApi: new MockFetchApi({
      injectIdentityAuth: { token: 'carla-token' },
    }),
  });
}

/**
 * API pairs for `TestApiProvider` / `renderInTestApp`: the real Hub client,
 * a catalog holding the tools' owner groups with the catalog's own entity
 * presentation over it, and permission decisions (every permission allowed
 * unless `permission` says otherwise).
 */
export function testApis(
  options: { permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY } = {},
) {
  const catalogApi = catalogApiMock({ entities: OWNER_GROUPS });
  return [
    [solutionsHubApiRef, createClient()],
    [catalogApiRef, catalogApi],
    [
      entityPresentationApiRef,
      DefaultEntityPresentationApi.create({ catalogApi }),
    ],
    [
      permissionApiRef,
      mockApis.permission({
        authorize: options.permission ?? AuthorizeResult.ALLOW,
      }),
    ],
  ] as const;
}
