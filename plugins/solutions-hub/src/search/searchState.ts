import {
  LAB_STAGE_REFS,
  PRODUCT_AREA_IDS,
  SUPPORT_LEVEL_IDS,
  TOOL_CATEGORY_IDS,
  type HubToolSearchQuery,
} from '@partner-studio/plugin-partner-studio-common';
import type { ToolSearchSort } from '../api/contractTypes';
import { BUSINESS_MODEL_IDS } from '@partner-studio/scoring';

/**
 * The Hub's search as its URL says it: `?q=&category=&productArea=&stage=&
 * businessModel=&supportLevel=&tag=&sort=&view=`, the parameters of
 * `GET /tools` (repeated for several values) plus the view. A link to the
 * Hub is a search: shareable, and the back button returns to the previous
 * one.
 */

/** The facets, in the order the filters list them; each is a `GET /tools` parameter. */
export const FACET_KEYS = [
  'category',
  'productArea',
  'stage',
  'businessModel',
  'supportLevel',
  'tag',
] as const;

/** A facet: a repeatable filter parameter of `GET /tools`. */
export type FacetKey = (typeof FACET_KEYS)[number];

/** The chosen values of every facet. */
export type FacetSelection = Record<FacetKey, string[]>;

/** The sort orders of `GET /tools`, in the order the sort menu lists them. */
export const SORTS: readonly ToolSearchSort[] = [
  'relevance',
  'popularity',
  'name',
  'newest',
];

/** What the Hub's home lists: the search, or the caller's favourites. */
export type HubView = 'all' | 'favorites';

/** The Hub's search, as read from (and written to) the URL. */
export interface ToolSearchState {
  q: string;
  filters: FacetSelection;
  sort: ToolSearchSort;
  view: HubView;
}

/** The longest search text the backend takes. */
export const MAX_QUERY_LENGTH = 200;

const TAG = /^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/;
const MAX_TAGS = 20;

/** The values a facet accepts, from the one vocabulary; tags by pattern. */
const ALLOWED: Record<Exclude<FacetKey, 'tag'>, readonly string[]> = {
  category: TOOL_CATEGORY_IDS,
  productArea: PRODUCT_AREA_IDS,
  stage: LAB_STAGE_REFS,
  businessModel: BUSINESS_MODEL_IDS,
  supportLevel: SUPPORT_LEVEL_IDS,
};

function isAllowed(key: FacetKey, value: string): boolean {
  if (key === 'tag') return value.length <= 63 && TAG.test(value);
  return ALLOWED[key].includes(value);
}

/** No filter chosen. */
export function emptyFilters(): FacetSelection {
  return {
    category: [],
    productArea: [],
    stage: [],
    businessModel: [],
    supportLevel: [],
    tag: [],
  };
}

/** What {@link parseSearchState} could not use, e.g. `category=sdks`. */
export interface IgnoredParameter {
  name: string;
  value: string;
}

/**
 * Reads the search from URL parameters. Values the backend would refuse (an
 * unknown category, a malformed tag, an unknown sort) are left out and
 * reported, so a stale or mistyped link still opens a working search.
 */
export function parseSearchState(params: URLSearchParams): {
  state: ToolSearchState;
  ignored: IgnoredParameter[];
} {
  const ignored: IgnoredParameter[] = [];
  const filters = emptyFilters();
  for (const key of FACET_KEYS) {
    for (const value of params.getAll(key)) {
      const max = key === 'tag' ? MAX_TAGS : ALLOWED[key].length;
      if (!isAllowed(key, value) || filters[key].length >= max) {
        ignored.push({ name: key, value });
      } else if (!filters[key].includes(value)) {
        filters[key].push(value);
      }
    }
  }
  const sortParam = params.get('sort');
  const sort = SORTS.find(s => s === sortParam) ?? 'relevance';
  if (sortParam !== null && sortParam !== sort) {
    ignored.push({ name: 'sort', value: sortParam });
  }
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const view: HubView =
    params.get('view') === 'favorites' ? 'favorites' : 'all';
  return { state: { q, filters, sort, view }, ignored };
}

/**
 * The URL parameters of a search, in a stable order, defaults left out: the
 * same search always has the same link.
 */
export function toSearchParams(state: ToolSearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const key of FACET_KEYS) {
    for (const value of state.filters[key]) params.append(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.view !== 'all') params.set('view', state.view);
  return params;
}

type Query = HubToolSearchQuery;

/** A type guard for the values of a list (the list is the vocabulary). */
function oneOf<T extends string>(values: readonly string[]) {
  return (value: string): value is T => values.includes(value);
}

const isCategory = oneOf<NonNullable<Query['category']>[number]>(
  ALLOWED.category,
);
const isProductArea = oneOf<NonNullable<Query['productArea']>[number]>(
  ALLOWED.productArea,
);
const isStage = oneOf<NonNullable<Query['stage']>[number]>(ALLOWED.stage);
const isBusinessModel = oneOf<NonNullable<Query['businessModel']>[number]>(
  ALLOWED.businessModel,
);
const isSupportLevel = oneOf<NonNullable<Query['supportLevel']>[number]>(
  ALLOWED.supportLevel,
);

/** The `GET /tools` parameters of a search (without paging). */
export function toToolQuery(state: ToolSearchState): HubToolSearchQuery {
  const { filters } = state;
  const q = state.q.trim();
  return {
    ...(q ? { q } : {}),
    category: filters.category.filter(isCategory),
    productArea: filters.productArea.filter(isProductArea),
    stage: filters.stage.filter(isStage),
    businessModel: filters.businessModel.filter(isBusinessModel),
    supportLevel: filters.supportLevel.filter(isSupportLevel),
    tag: filters.tag,
    sort: state.sort,
  };
}

/** Is any facet value chosen? */
export function hasFilters(filters: FacetSelection): boolean {
  return FACET_KEYS.some(key => filters[key].length > 0);
}
