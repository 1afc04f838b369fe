// Caches index reads (posting lists, chunks, document frequencies) until the index changes, by this connection or another.
import type { Db } from './db.js';

/** A map that empties itself when the summed weight of its entries passes `maxWeight`. */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();
  private weight = 0;

  constructor(
    private readonly maxWeight: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    const w = this.weigh(value);
    if (this.weight + w > this.maxWeight) this.clear();
    this.entries.set(key, value);
    this.weight += w;
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }
}

/** Reads of the index worth keeping between questions; all are exact until the next change. */
export interface IndexReadCache<Chunk, Document = never> {
  /** Empties every map when the database changed since the last call (another connection committed, or `changed()` ran). */
  check(): void;
  /** Records a change made through this connection. */
  changed(): void;
  postings: BoundedMap<string, number[]>;
  chunks: BoundedMap<number, Chunk>;
  frequencies: BoundedMap<string, number>;
  chunkCount: { value?: number };
  /** The numbered documents: read by every question naming a document by what it is or by number alone. */
  numberedDocuments: { value?: readonly Document[] };
}

/**
 * Sizes: 50,000 cached chunk ids (~0.4 MB; a question reads at most 2,500 per term) and 1,000 chunks (~2 MB; the
 * default corpus has 280, with the seed articles 315), 100,000 frequencies (~8 MB). Larger caches bought nothing for
 * questions never asked before at 30,000 chunks and, with a larger chunk-terms cache, grew the heap to 170 MB in 400
 * questions (70–90 MB with these sizes). PRAGMA data_version costs about a microsecond and changes whenever another connection (e.g. `loa ingest`
 * while the server runs) commits.
 */
export function createIndexReadCache<Chunk, Document = never>(db: Db): IndexReadCache<Chunk, Document> {
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let seen = dataVersion.get();
  // One synchronous stretch of work (a whole search: a dozen reads) asks the database once; the next stretch asks
  // again: a commit made meanwhile (by another connection or process) is seen by the next stretch of work.
  let checkedThisTurn = false;
  const cache: IndexReadCache<Chunk, Document> = {
    postings: new BoundedMap<string, number[]>(50_000, (ids) => ids.length + 1),
    chunks: new BoundedMap<number, Chunk>(1_000),
    frequencies: new BoundedMap<string, number>(100_000),
    chunkCount: {},
    numberedDocuments: {},
    check() {
      if (checkedThisTurn) return;
      checkedThisTurn = true;
      queueMicrotask(() => {
        checkedThisTurn = false;
      });
      const now = dataVersion.get();
      if (now !== seen) {
        seen = now;
        cache.changed();
      }
    },
    changed() {
      cache.postings.clear();
      cache.chunks.clear();
      cache.frequencies.clear();
      cache.chunkCount.value = undefined;
      cache.numberedDocuments.value = undefined;
    },
  };
  return cache;
}
