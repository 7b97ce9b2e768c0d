import { LRUCache } from 'lru-cache';
import type { StandingDocument } from './standingDocument';

/** A cached standing: the document and what it was computed from. */
export interface CachedStanding {
  document: StandingDocument;
  /** The partner profile the standing was evaluated with. */
  profileKey: string;
  /** When it was evaluated (epoch ms): time moves the windows. */
  computedAt: number;
}

/** What the cache holds, for logs and `/health`. */
export interface StandingCacheStats {
  partners: number;
  maxPartners: number;
  /** Bytes of the cached documents and their bookkeeping. */
  bytes: number;
  maxBytes: number;
}

/**
 * Bytes a cached entry costs beyond its gzipped document and its strings:
 * the objects around them and the LRU's slots. A generous estimate, so the
 * bound errs on the side of memory.
 */
const ENTRY_OVERHEAD_BYTES = 1_024;

/**
 * The per-partner standing cache: least recently used first out, bounded by
 * entries and by bytes (a standing is kept gzipped, ~8 kB). Only what it
 * holds is here; when an entry is fresh is the service's business.
 */
export class StandingCache {
  readonly #lru: LRUCache<string, CachedStanding>;
  readonly #maxPartners: number;
  readonly #maxBytes: number;

  static create(options: {
    maxPartners: number;
    maxBytes: number;
  }): StandingCache {
    return new StandingCache(options);
  }

  private constructor(options: { maxPartners: number; maxBytes: number }) {
    this.#maxPartners = options.maxPartners;
    this.#maxBytes = options.maxBytes;
    this.#lru = new LRUCache({
      max: options.maxPartners,
      maxSize: options.maxBytes,
      sizeCalculation: (entry, key) =>
        entry.document.gzippedJson.byteLength +
        entry.profileKey.length * 2 +
        key.length * 2 +
        ENTRY_OVERHEAD_BYTES,
    });
  }

  get(partnerRef: string): CachedStanding | undefined {
    return this.#lru.get(partnerRef);
  }

  /** Without touching its recency (the warm-up and the writers look). */
  peek(partnerRef: string): CachedStanding | undefined {
    return this.#lru.peek(partnerRef);
  }

  /** Keeps the entry unless a newer revision is cached already. */
  offer(partnerRef: string, entry: CachedStanding): void {
    const current = this.#lru.peek(partnerRef);
    if (!current || current.document.revision <= entry.document.revision) {
      this.#lru.set(partnerRef, entry);
    }
  }

  delete(partnerRef: string): void {
    this.#lru.delete(partnerRef);
  }

  stats(): StandingCacheStats {
    return {
      partners: this.#lru.size,
      maxPartners: this.#maxPartners,
      bytes: this.#lru.calculatedSize,
      maxBytes: this.#maxBytes,
    };
  }
}

/** `12.3 MB of 256 MB, 1,500 of 20,000 partners`, for logs. */
export function describeCacheStats(stats: StandingCacheStats): string {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return `${stats.partners} of ${stats.maxPartners} partners, ${mb(
    stats.bytes,
  )} MB of ${mb(stats.maxBytes)} MB`;
}
