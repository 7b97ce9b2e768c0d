import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { runToEnd, type Steps } from './slicedWork';

/** The fields of a document, by name. */
export type TextDocument<F extends string> = Record<F, string>;

/** The documents a query matched (positions), with their scores, in no order. */
export interface TextHits {
  ids: Int32Array;
  scores: Float64Array;
}

/** How a query term is expanded and combined. */
export interface TextIndexOptions<F extends string> {
  fields: readonly F[];
  /** Weight of a field's score (default 1). */
  boosts?: Partial<Record<F, number>>;
  /** The edit distance allowed for a query term (0: none). */
  maxEdits?: (term: string) => number;
}

/** One term's documents and its score in each (the fields' scores, boosted, summed). */
interface Posting {
  docs: Int32Array;
  scores: Float64Array;
}

/** MiniSearch's own tokenizer (spaces and punctuation) and term processing (lower case). */
const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize');
const processTerm: (term: string) => string =
  MiniSearch.getDefault('processTerm');

/** Units of work between the yields of a build (see `slicedWork`). */
const DOCUMENTS_PER_STEP = 64;
const TERMS_PER_STEP = 256;

/** BM25+ (MiniSearch's default parameters). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Weights of expanded terms (MiniSearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

function bm25(
  termFrequency: number,
  matchingDocuments: number,
  totalDocuments: number,
  fieldLength: number,
  averageFieldLength: number,
): number {
  const { k, b, d } = BM25;
  const inverseDocumentFrequency = Math.log(
    1 + (totalDocuments - matchingDocuments + 0.5) / (matchingDocuments + 0.5),
  );
  return (
    inverseDocumentFrequency *
    (d +
      (termFrequency * (k + 1)) /
        (termFrequency + k * (1 - b + (b * fieldLength) / averageFieldLength)))
  );
}

function termsOf(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter(term => term.length > 0);
}

/**
 * Ranked full-text search over a fixed set of documents: MiniSearch's
 * ranking (BM25+ per field, field boosts, prefix and typo-tolerant matches
 * weighted down by their distance, every query term required), computed
 * for an index that never changes.
 *
 * Because the documents never change, each term's score in each document
 * is computed once, when the index is built; a query only looks its terms
 * (and their prefix and fuzzy expansions, from MiniSearch's radix tree) up
 * and adds the scores in typed arrays. MiniSearch itself recomputes every
 * score and allocates result objects for every match of every query, which
 * made text searches of 20,000 tools cost several milliseconds each and
 * gave the garbage collector work on every request.
 */
export class TextIndex {
  readonly #size: number;
  readonly #vocabulary: SearchableMap<number>;
  readonly #postings: Posting[];
  readonly #maxEdits: (term: string) => number;
  // Scratch space of the (synchronous) query: one slot per document.
  readonly #total: Float64Array;
  readonly #matchedTerms: Int32Array;
  readonly #seen: Uint32Array;
  #stamp = 0;

  /** Builds the index now (at 20,000 documents, about half a second). */
  static build<F extends string>(
    documents: ReadonlyArray<TextDocument<F>>,
    options: TextIndexOptions<F>,
  ): TextIndex {
    return runToEnd(TextIndex.steps(documents, options));
  }

  /**
   * The build as steps (see `slicedWork`): run in slices of the event
   * loop's time, a service rebuilding its index keeps answering with the
   * previous one meanwhile.
   */
  static *steps<F extends string>(
    documents: ReadonlyArray<TextDocument<F>>,
    options: TextIndexOptions<F>,
  ): Steps<TextIndex> {
    const size = documents.length;
    const fields = options.fields;

    // Per term and field: the documents having it and how often.
    const termIds = new Map<string, number>();
    const byTerm: Array<Array<{ docs: number[]; frequencies: number[] }>> = [];
    const fieldLengths = fields.map(() => new Float64Array(size));
    const totalLengths = fields.map(() => 0);
    for (let doc = 0; doc < size; doc++) {
      if (doc % DOCUMENTS_PER_STEP === 0) yield;
      const document = documents[doc];
      fields.forEach((field, f) => {
        const tokens = tokenize(document[field] ?? '');
        // MiniSearch counts the distinct tokens as the field's length.
        const length = new Set(tokens).size;
        fieldLengths[f][doc] = length;
        totalLengths[f] += length;
        const frequencies = new Map<string, number>();
        for (const token of tokens) {
          const term = processTerm(token);
          if (term) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
        }
        for (const [term, frequency] of frequencies) {
          let id = termIds.get(term);
          if (id === undefined) {
            id = byTerm.length;
            termIds.set(term, id);
            byTerm.push(fields.map(() => ({ docs: [], frequencies: [] })));
          }
          byTerm[id][f].docs.push(doc);
          byTerm[id][f].frequencies.push(frequency);
        }
      });
    }
    const averageLengths = totalLengths.map(total =>
      size > 0 ? total / size : 0,
    );
    const boosts = fields.map(field => options.boosts?.[field] ?? 1);

    // Each term's score in each document, the fields' scores summed.
    const total = new Float64Array(size);
    const seen = new Uint32Array(size);
    const postings: Posting[] = [];
    for (let id = 0; id < byTerm.length; id++) {
      if (id % TERMS_PER_STEP === 0) yield;
      const stamp = id + 1;
      const touched: number[] = [];
      byTerm[id].forEach(({ docs, frequencies }, f) => {
        for (let p = 0; p < docs.length; p++) {
          const doc = docs[p];
          if (seen[doc] !== stamp) {
            seen[doc] = stamp;
            total[doc] = 0;
            touched.push(doc);
          }
          total[doc] +=
            boosts[f] *
            bm25(
              frequencies[p],
              docs.length,
              size,
              fieldLengths[f][doc],
              averageLengths[f],
            );
        }
      });
      const scores = new Float64Array(touched.length);
      touched.forEach((doc, p) => {
        scores[p] = total[doc];
      });
      postings.push({ docs: Int32Array.from(touched), scores });
    }
    const vocabulary = new SearchableMap<number>();
    let added = 0;
    for (const [term, id] of termIds) {
      if (added++ % TERMS_PER_STEP === 0) yield;
      vocabulary.set(term, id);
    }
    return new TextIndex(
      size,
      vocabulary,
      postings,
      options.maxEdits ?? (() => 0),
    );
  }

  private constructor(
    size: number,
    vocabulary: SearchableMap<number>,
    postings: Posting[],
    maxEdits: (term: string) => number,
  ) {
    this.#size = size;
    this.#vocabulary = vocabulary;
    this.#postings = postings;
    this.#maxEdits = maxEdits;
    this.#total = new Float64Array(size);
    this.#matchedTerms = new Int32Array(size);
    this.#seen = new Uint32Array(size);
  }

  /** Number of documents. */
  get size(): number {
    return this.#size;
  }

  /**
   * The documents matching every term of the query (each term exactly, as a
   * prefix of a longer term, or within its allowed edits), with scores.
   */
  search(query: string): TextHits {
    const terms = termsOf(query);
    if (terms.length === 0 || this.#size === 0) {
      return { ids: new Int32Array(0), scores: new Float64Array(0) };
    }
    const total = this.#total;
    const matchedTerms = this.#matchedTerms;
    const seen = this.#seen;
    const candidates: number[] = [];

    terms.forEach((term, k) => {
      const stamp = this.#nextStamp();
      const add = (termId: number, weight: number) => {
        const { docs, scores } = this.#postings[termId];
        for (let p = 0; p < docs.length; p++) {
          const doc = docs[p];
          if (seen[doc] !== stamp) {
            // Every earlier term must have matched (all terms required).
            if (matchedTerms[doc] !== k) continue;
            seen[doc] = stamp;
            matchedTerms[doc] = k + 1;
            if (k === 0) {
              total[doc] = 0;
              candidates.push(doc);
            }
          }
          total[doc] += weight * scores[p];
        }
      };

      const exact = this.#vocabulary.get(term);
      if (exact !== undefined) add(exact, 1);
      const maxEdits = this.#maxEdits(term);
      const fuzzy =
        maxEdits > 0 ? this.#vocabulary.fuzzyGet(term, maxEdits) : undefined;
      for (const [longer, id] of this.#vocabulary.atPrefix(term)) {
        const distance = longer.length - term.length;
        if (distance === 0) continue;
        // A longer term found both ways counts as a prefix match.
        fuzzy?.delete(longer);
        add(
          id,
          (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance),
        );
      }
      if (fuzzy) {
        for (const [near, [id, distance]] of fuzzy) {
          if (distance === 0) continue;
          add(id, (FUZZY_WEIGHT * near.length) / (near.length + distance));
        }
      }
    });

    // A match of n distinct query terms scores n times its sum.
    const quality = new Set(terms).size;
    const ids: number[] = [];
    for (const doc of candidates) {
      if (matchedTerms[doc] === terms.length) ids.push(doc);
    }
    const scores = new Float64Array(ids.length);
    ids.forEach((doc, p) => {
      scores[p] = total[doc] * quality;
    });
    for (const doc of candidates) matchedTerms[doc] = 0;
    return { ids: Int32Array.from(ids), scores };
  }

  #nextStamp(): number {
    if (this.#stamp === 0xffffffff) {
      this.#seen.fill(0);
      this.#stamp = 0;
    }
    this.#stamp += 1;
    return this.#stamp;
  }
}
