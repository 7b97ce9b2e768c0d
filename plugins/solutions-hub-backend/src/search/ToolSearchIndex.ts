import { InputError } from '@backstage/errors';
import {
  BUSINESS_MODEL_IDS,
  LAB_STAGE_REFS,
  PRODUCT_AREA_IDS,
  SUPPORT_LEVEL_IDS,
  TOOL_CATEGORY_IDS,
} from '@partner-studio/plugin-partner-studio-common';
import { matchesToolCriteria } from '@partner-studio/plugin-solutions-hub-node';
import {
  decodeSearchCursor,
  encodeSearchCursor,
  searchFingerprint,
  SortKey,
} from './searchCursor';
import { runInSlices, runToEnd, type Steps } from './slicedWork';
import { TextIndex, type TextDocument } from './TextIndex';
import {
  DEFAULT_SEARCH_LIMIT,
  FacetCount,
  IndexedTool,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_LIMIT,
  TOOL_FACETS,
  ToolFacet,
  ToolSearchHit,
  ToolSearchQuery,
  ToolSearchResult,
  ToolSort,
} from './types';

/** The texts of a tool that are searched. */
const TEXT_FIELDS = ['title', 'name', 'tags', 'description'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** The values one facet can take, numbered, so counting is array indexing. */
interface FacetTable {
  values: string[];
  ids: Map<string, number>;
  /** A fixed vocabulary: every value is listed, and unknown values refused. */
  fixed: boolean;
}

const ORDERED_SORTS = ['name', 'newest', 'popularity'] as const;
type OrderedSort = (typeof ORDERED_SORTS)[number];

/** The tools a search kept (positions) and its facet counts, by facet number. */
interface FilteredTools {
  matched: number[];
  counts: Int32Array[];
}

/** Missing `publishedAt` sorts last under "newest". */
const UNPUBLISHED = Number.MAX_SAFE_INTEGER;

/** Text relevance: title and tags weigh more than the description. */
const FIELD_BOOSTS: Record<TextField, number> = {
  title: 3,
  tags: 2,
  name: 1.5,
  description: 1,
};

/** Typos: one edit in words of 4+ letters, two in 8+ (a quarter, rounded). */
function maxEdits(term: string): number {
  return term.length >= 4 ? Math.min(2, Math.round(term.length * 0.25)) : 0;
}

function facetValues(tool: IndexedTool, facet: ToolFacet): readonly string[] {
  switch (facet) {
    case 'category':
      return [tool.spec.category];
    case 'productArea':
      return [tool.spec.productArea];
    case 'stage':
      return tool.spec.labStages;
    case 'businessModel':
      return tool.spec.businessModels;
    case 'supportLevel':
      return [tool.spec.supportLevel];
    case 'tag':
      return tool.tags;
    default:
      throw new Error(`Unknown facet ${String(facet)}`);
  }
}

const FIXED_VOCABULARIES: Partial<Record<ToolFacet, readonly string[]>> = {
  category: TOOL_CATEGORY_IDS,
  productArea: PRODUCT_AREA_IDS,
  stage: LAB_STAGE_REFS,
  businessModel: BUSINESS_MODEL_IDS,
  supportLevel: SUPPORT_LEVEL_IDS,
};

function compareKeys(a: SortKey, b: SortKey): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === typeof y) return x < y ? -1 : 1;
    return typeof x === 'number' ? -1 : 1;
  }
  return a.length - b.length;
}

/** The tools, one per ref (the last of two with one ref wins). */
function uniqueByRef(tools: readonly IndexedTool[]): IndexedTool[] {
  const byRef = new Map<string, IndexedTool>();
  for (const tool of tools) byRef.set(tool.ref, tool);
  return [...byRef.values()];
}

/** What the text search reads of each tool. */
function textDocuments(
  tools: readonly IndexedTool[],
): Array<TextDocument<TextField>> {
  return tools.map(tool => ({
    title: tool.title,
    name: tool.name,
    tags: tool.tags.join(' '),
    description: tool.description,
  }));
}

const TEXT_OPTIONS = { fields: TEXT_FIELDS, boosts: FIELD_BOOSTS, maxEdits };

/**
 * The Solutions Hub's tool search: ranked full-text search on MiniSearch
 * (prefix and typo tolerant, field boosts), facet filters with counts, four
 * orders and keyset cursors, and an access filter applied inside the query.
 *
 * An index is immutable apart from popularity scores: the catalog sync
 * builds a new index when tools change and swaps it in whole.
 */
export class ToolSearchIndex {
  readonly #tools: readonly IndexedTool[];
  readonly #positions: Map<string, number>;
  readonly #text: TextIndex;
  readonly #facets: Record<ToolFacet, FacetTable>;
  /**
   * Per facet (in TOOL_FACETS order), the numbered values each tool has, in
   * one flat array: tool i's values are `values[offsets[i]..offsets[i+1])`.
   * Contiguous memory keeps the counting loop fast at 20,000 tools.
   */
  readonly #toolValues: Array<{ offsets: Int32Array; values: Int32Array }>;
  readonly #titleKeys: string[];
  /** Each tool's position in name order: a cheap tie-breaker. */
  readonly #nameRanks: Int32Array;
  /** A text search's scores by position (one array, not one per search). */
  readonly #scores: Float64Array;
  readonly #publishedKeys: number[];
  #popularity: Float64Array;
  #orders: Record<OrderedSort, Int32Array>;
  /** Every tool and the facet counts of all of them, once asked for. */
  #everything?: FilteredTools;

  /** Builds an index of these tools (the last of two with one ref wins). */
  static build(
    tools: readonly IndexedTool[],
    options: { popularity?: ReadonlyMap<string, number> } = {},
  ): ToolSearchIndex {
    return runToEnd(
      ToolSearchIndex.#steps(uniqueByRef(tools), options.popularity),
    );
  }

  /**
   * `build` in slices of the event loop's time (`sliceMs` each): at 20,000
   * tools a whole build takes about a second, which would otherwise hold up
   * every request the replica serves.
   */
  static buildInSlices(
    tools: readonly IndexedTool[],
    options: {
      popularity?: ReadonlyMap<string, number>;
      sliceMs?: number;
    } = {},
  ): Promise<ToolSearchIndex> {
    return runInSlices(
      ToolSearchIndex.#steps(uniqueByRef(tools), options.popularity),
      options.sliceMs,
    );
  }

  /** The text index, the facet tables, then the index and its orders, in steps. */
  static *#steps(
    tools: IndexedTool[],
    popularity: ReadonlyMap<string, number> | undefined,
  ): Steps<ToolSearchIndex> {
    const text = yield* TextIndex.steps(textDocuments(tools), TEXT_OPTIONS);
    const facets = {} as Record<ToolFacet, FacetTable>;
    const toolValues: Array<{ offsets: Int32Array; values: Int32Array }> = [];
    for (const facet of TOOL_FACETS) {
      yield;
      const fixed = FIXED_VOCABULARIES[facet];
      const values = fixed
        ? [...fixed]
        : [...new Set(tools.flatMap(t => facetValues(t, facet)))].sort();
      const ids = new Map(values.map((value, i) => [value, i]));
      facets[facet] = { values, ids, fixed: fixed !== undefined };
      const offsets = new Int32Array(tools.length + 1);
      const flat: number[] = [];
      tools.forEach((tool, i) => {
        offsets[i] = flat.length;
        for (const value of new Set(facetValues(tool, facet))) {
          const id = ids.get(value);
          if (id !== undefined) flat.push(id);
        }
      });
      offsets[tools.length] = flat.length;
      toolValues.push({ offsets, values: Int32Array.from(flat) });
    }
    yield;
    const index = new ToolSearchIndex(
      tools,
      popularity,
      text,
      facets,
      toolValues,
    );
    for (const sort of ORDERED_SORTS) {
      yield;
      index.#orders[sort] = index.#order(sort);
    }
    index.#orders.name.forEach((position, rank) => {
      index.#nameRanks[position] = rank;
    });
    return index;
  }

  /** The index without its orders (`#steps` sorts them). */
  private constructor(
    tools: IndexedTool[],
    popularity: ReadonlyMap<string, number> | undefined,
    text: TextIndex,
    facets: Record<ToolFacet, FacetTable>,
    toolValues: Array<{ offsets: Int32Array; values: Int32Array }>,
  ) {
    this.#tools = tools;
    this.#positions = new Map(tools.map((tool, i) => [tool.ref, i]));
    this.#text = text;
    this.#facets = facets;
    this.#toolValues = toolValues;
    this.#titleKeys = tools.map(t => t.title.toLocaleLowerCase('en-US'));
    this.#publishedKeys = tools.map(t => {
      const at = t.spec.publishedAt ? Date.parse(t.spec.publishedAt) : NaN;
      return Number.isNaN(at) ? UNPUBLISHED : -at;
    });
    this.#popularity = this.#popularityArray(popularity);
    const unsorted = new Int32Array(0);
    this.#orders = { name: unsorted, newest: unsorted, popularity: unsorted };
    this.#scores = new Float64Array(tools.length);
    this.#nameRanks = new Int32Array(tools.length);
  }

  /** Number of tools in the index. */
  get size(): number {
    return this.#tools.length;
  }

  /** Every tool, in no particular order. */
  tools(): readonly IndexedTool[] {
    return this.#tools;
  }

  /** A tool by entity ref. */
  get(ref: string): IndexedTool | undefined {
    const position = this.#positions.get(ref);
    return position === undefined ? undefined : this.#tools[position];
  }

  /** A tool's popularity score (0 without launches). */
  popularityOf(ref: string): number {
    const position = this.#positions.get(ref);
    return position === undefined ? 0 : this.#popularity[position];
  }

  /**
   * Replaces the popularity scores (tool ref → score; missing tools score
   * 0) and the order of the popularity sort.
   */
  setPopularity(popularity: ReadonlyMap<string, number>): void {
    this.#popularity = this.#popularityArray(popularity);
    this.#orders = { ...this.#orders, popularity: this.#order('popularity') };
  }

  /** One page of a search, with the facet counts of the whole search. */
  search(query: ToolSearchQuery = {}): ToolSearchResult {
    const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
      throw new InputError(
        `limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}`,
      );
    }
    const text = (query.q ?? '').trim();
    if (text.length > MAX_QUERY_LENGTH) {
      throw new InputError(`q is longer than ${MAX_QUERY_LENGTH} characters`);
    }
    const requested = query.sort ?? 'relevance';
    const sort: ToolSort =
      requested === 'relevance' && !text ? 'popularity' : requested;
    const selected = this.#selection(query);

    const fingerprint = searchFingerprint([
      text,
      requested,
      TOOL_FACETS.map(f => [...(query.filters?.[f] ?? [])].sort()),
    ]);
    const after = query.cursor
      ? decodeSearchCursor(query.cursor, fingerprint)
      : undefined;

    // Candidates: the text matches (with scores, by position) or every tool.
    let candidates: ArrayLike<number>;
    let scores: Float64Array | undefined;
    if (text) {
      const hits = this.#text.search(text);
      candidates = hits.ids;
      // Read only at the positions just written, within this call.
      scores = this.#scores;
      for (let h = 0; h < hits.ids.length; h++) {
        scores[hits.ids[h]] = hits.scores[h];
      }
    } else {
      candidates = this.#orders.name;
    }

    // Nothing to filter (the Hub's first page: every tool, in an order):
    // the counts are the index's own, counted once.
    const { matched, counts } =
      !text && !query.access && Object.keys(selected).length === 0
        ? (this.#everything ??= this.#filterAndCount(candidates, undefined, {}))
        : this.#filterAndCount(candidates, query.access, selected);

    // "relevance" is the order of text searches only (see `sort` above).
    const page =
      sort === 'relevance'
        ? this.#pageByScore(
            matched,
            scores ?? new Float64Array(this.#tools.length),
            after,
            limit,
          )
        : this.#pageByOrder(sort, matched, after, limit);

    const items: ToolSearchHit[] = page.positions.map(i => ({
      tool: this.#tools[i],
      ...(scores ? { score: scores[i] } : {}),
      popularity: this.#popularity[i],
    }));
    const last = page.positions[page.positions.length - 1];
    return {
      items,
      totalCount: matched.length,
      facets: this.#facetCounts(counts, query),
      ...(page.more && last !== undefined
        ? {
            nextCursor: encodeSearchCursor(
              fingerprint,
              this.#key(sort, last, scores?.[last]),
            ),
          }
        : {}),
    };
  }

  /**
   * One pass over the candidates: the access filter, the facet filters, and
   * every facet's count under the other facets' filters.
   */
  #filterAndCount(
    candidates: ArrayLike<number>,
    access: ToolSearchQuery['access'],
    selected: Partial<Record<ToolFacet, Uint8Array>>,
  ): FilteredTools {
    // Plain arrays indexed by facet number: this loop runs over every
    // candidate.
    const tools = this.#tools;
    const valuesByFacet = this.#toolValues;
    const counts = TOOL_FACETS.map(
      f => new Int32Array(this.#facets[f].values.length),
    );
    const active: number[] = [];
    const wantedByFacet: Uint8Array[] = [];
    TOOL_FACETS.forEach((facet, f) => {
      const wanted = selected[facet];
      if (wanted) {
        active.push(f);
        wantedByFacet[f] = wanted;
      }
    });
    const facetCount = TOOL_FACETS.length;
    const matched: number[] = [];
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c];
      if (access && !matchesToolCriteria(access, tools[i])) continue;
      let failures = 0;
      let failed = -1;
      for (let a = 0; a < active.length; a++) {
        const f = active[a];
        const wanted = wantedByFacet[f];
        const { offsets, values } = valuesByFacet[f];
        let hit = false;
        for (let v = offsets[i]; v < offsets[i + 1]; v++) {
          if (wanted[values[v]] === 1) {
            hit = true;
            break;
          }
        }
        if (!hit) {
          failures += 1;
          failed = f;
          if (failures > 1) break;
        }
      }
      if (failures === 0) {
        matched.push(i);
        for (let f = 0; f < facetCount; f++) {
          const { offsets, values } = valuesByFacet[f];
          const facetCounts = counts[f];
          for (let v = offsets[i]; v < offsets[i + 1]; v++) {
            facetCounts[values[v]] += 1;
          }
        }
      } else if (failures === 1) {
        const { offsets, values } = valuesByFacet[failed];
        const facetCounts = counts[failed];
        for (let v = offsets[i]; v < offsets[i + 1]; v++) {
          facetCounts[values[v]] += 1;
        }
      }
    }

    return { matched, counts };
  }

  #popularityArray(popularity?: ReadonlyMap<string, number>): Float64Array {
    const scores = new Float64Array(this.#tools.length);
    if (popularity) {
      this.#tools.forEach((tool, i) => {
        const score = popularity.get(tool.ref);
        scores[i] = score !== undefined && Number.isFinite(score) ? score : 0;
      });
    }
    return scores;
  }

  /** The sort key of a tool: ascending order, ties broken by title then ref. */
  #key(sort: ToolSort, i: number, score?: number): SortKey {
    const tail = [this.#titleKeys[i], this.#tools[i].ref];
    switch (sort) {
      case 'relevance':
        return [-(score ?? 0), ...tail];
      case 'newest':
        return [this.#publishedKeys[i], ...tail];
      case 'popularity':
        return [-this.#popularity[i], ...tail];
      default:
        return tail;
    }
  }

  #order(sort: OrderedSort): Int32Array {
    const keys = this.#tools.map((_, i) => this.#key(sort, i));
    const positions = this.#tools.map((_, i) => i);
    positions.sort((a, b) => compareKeys(keys[a], keys[b]));
    return Int32Array.from(positions);
  }

  /** Selected values per active facet, as flags by value number. */
  #selection(query: ToolSearchQuery): Partial<Record<ToolFacet, Uint8Array>> {
    const selected: Partial<Record<ToolFacet, Uint8Array>> = {};
    for (const facet of TOOL_FACETS) {
      const values = query.filters?.[facet];
      if (!values || values.length === 0) continue;
      const table = this.#facets[facet];
      const flags = new Uint8Array(table.values.length);
      for (const value of values) {
        const id = table.ids.get(value);
        if (id !== undefined) {
          flags[id] = 1;
        } else if (table.fixed) {
          throw new InputError(
            `${facet} has unknown value '${value}'; expected one of ${table.values.join(
              ', ',
            )}`,
          );
        }
        // An unknown tag matches nothing.
      }
      selected[facet] = flags;
    }
    return selected;
  }

  #pageByScore(
    matched: number[],
    scores: Float64Array,
    after: SortKey | undefined,
    limit: number,
  ) {
    // Numbers only while sorting (score, then name rank: the same order as
    // the sort key); keys are built for the cursor comparison only.
    const ranks = this.#nameRanks;
    const sorted = Int32Array.from(matched).sort(
      (a, b) => scores[b] - scores[a] || ranks[a] - ranks[b],
    );
    let start = 0;
    if (after) {
      let high = sorted.length;
      while (start < high) {
        const middle = (start + high) >>> 1;
        const i = sorted[middle];
        if (compareKeys(this.#key('relevance', i, scores[i]), after) <= 0) {
          start = middle + 1;
        } else {
          high = middle;
        }
      }
    }
    const positions = Array.from(sorted.subarray(start, start + limit));
    return { positions, more: start + limit < sorted.length };
  }

  #pageByOrder(
    sort: OrderedSort,
    matched: number[],
    after: SortKey | undefined,
    limit: number,
  ) {
    const order = this.#orders[sort];
    // Positions are distinct: as many as the tools is every tool.
    const every = matched.length === this.#tools.length;
    const isMatched = new Uint8Array(every ? 0 : this.#tools.length);
    if (!every) for (const i of matched) isMatched[i] = 1;

    // Binary search: the first position after the cursor's key.
    let start = 0;
    if (after) {
      let high = order.length;
      while (start < high) {
        const middle = (start + high) >>> 1;
        if (compareKeys(this.#key(sort, order[middle]), after) <= 0) {
          start = middle + 1;
        } else {
          high = middle;
        }
      }
    }
    const positions: number[] = [];
    let more = false;
    for (let o = start; o < order.length; o++) {
      if (!every && isMatched[order[o]] !== 1) continue;
      if (positions.length === limit) {
        more = true;
        break;
      }
      positions.push(order[o]);
    }
    return { positions, more };
  }

  #facetCounts(
    counts: Int32Array[],
    query: ToolSearchQuery,
  ): Record<ToolFacet, FacetCount[]> {
    const result = {} as Record<ToolFacet, FacetCount[]>;
    TOOL_FACETS.forEach((facet, f) => {
      const table = this.#facets[facet];
      const selected = new Set(query.filters?.[facet] ?? []);
      const values = table.values.map((value, i) => ({
        value,
        count: counts[f][i],
      }));
      if (table.fixed) {
        result[facet] = values;
      } else {
        // Open vocabularies (tags): the values that occur, most frequent
        // first, and the selected ones even when nothing has them.
        const listed = values.filter(v => v.count > 0 || selected.has(v.value));
        for (const value of selected) {
          if (!table.ids.has(value)) listed.push({ value, count: 0 });
        }
        listed.sort(
          (a, b) => b.count - a.count || (a.value < b.value ? -1 : 1),
        );
        result[facet] = listed;
      }
    });
    return result;
  }
}
