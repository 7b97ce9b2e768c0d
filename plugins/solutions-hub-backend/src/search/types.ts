import type {
  HubTool,
  ToolCriteria,
} from '@partner-studio/plugin-solutions-hub-node';

export type { ToolPredicate } from '@partner-studio/plugin-solutions-hub-node';

/**
 * A tool as the search index holds it: the catalog entity's identity, the
 * texts that are searched, and its validated spec (the tool permission
 * resource of `@partner-studio/plugin-solutions-hub-node`).
 */
export type IndexedTool = HubTool;

/**
 * The facets a search filters and counts by, as named in the HTTP API's
 * query parameters.
 */
export const TOOL_FACETS = [
  'category',
  'productArea',
  'stage',
  'businessModel',
  'supportLevel',
  'tag',
] as const;

/** A facet of the tool search. */
export type ToolFacet = (typeof TOOL_FACETS)[number];

/** The orders a search can return. */
export const TOOL_SORTS = [
  'relevance',
  'name',
  'newest',
  'popularity',
] as const;

/** An order of the tool search. */
export type ToolSort = (typeof TOOL_SORTS)[number];

/**
 * The access filter applied inside the index query, before counting and
 * paging: the permission policy's conditions on tools (each rule's
 * `toQuery` is a predicate) combined with `allOf` / `anyOf` / `not`, and the
 * Hub's own scoping.
 */
export type ToolAccessFilter = ToolCriteria;

/** Selected values per facet: a tool matches a facet when it has any of them. */
export type ToolFilters = Partial<Record<ToolFacet, readonly string[]>>;

/** A search of the tool index. */
export interface ToolSearchQuery {
  /** Free text, matched against title, tags, name and description. */
  q?: string;
  filters?: ToolFilters;
  /** Default `relevance` (with no text: most popular first). */
  sort?: ToolSort;
  /** Page size, 1 to {@link MAX_SEARCH_LIMIT}; default {@link DEFAULT_SEARCH_LIMIT}. */
  limit?: number;
  /** The `nextCursor` of the previous page of the same search. */
  cursor?: string;
  /** Only tools the filter accepts are counted and returned. */
  access?: ToolAccessFilter;
}

/** One facet value and how many tools have it. */
export interface FacetCount {
  value: string;
  count: number;
}

/** One tool of a result page. */
export interface ToolSearchHit {
  tool: IndexedTool;
  /** The text relevance score; absent without text. */
  score?: number;
  /** The tool's popularity score (recent launches, decayed by age). */
  popularity: number;
}

/** A page of search results with the facet counts of the whole search. */
export interface ToolSearchResult {
  items: ToolSearchHit[];
  /** Tools matching the text, the filters and the access filter. */
  totalCount: number;
  /**
   * For every facet, a count for each of its values: the tools that match
   * the text, the access filter and every *other* facet's filter (so the
   * counts say what choosing a value would give).
   */
  facets: Record<ToolFacet, FacetCount[]>;
  /** Cursor of the next page; absent on the last page. */
  nextCursor?: string;
}

/** Default page size. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** Largest page size. */
export const MAX_SEARCH_LIMIT = 100;

/** Longest free-text query, in characters. */
export const MAX_QUERY_LENGTH = 200;
