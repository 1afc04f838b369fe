// The retrieval systems compared by bench:retrieval: Loa's search and four baselines, each built from the same files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { Document } from '@langchain/core/documents';
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { fold, tokenize } from '../../src/core/text/vietnamese.js';
import { ingest, storedChunkFields } from '../../src/knowledge/ingest.js';
import { createSearch } from '../../src/knowledge/search.js';
import type { SynonymTable } from '../../src/knowledge/synonyms.js';
import { searchTerms, searchTokens } from '../../src/knowledge/terms.js';
import { openDatabase } from '../../src/store/db.js';
import { createKnowledgeStore } from '../../src/store/knowledge-store.js';
import { forEachChunk, loadCorpus, type CorpusChunk } from './corpus.js';

/** A built index that returns the texts of its best `k` passages for a query. */
export interface BuiltSystem {
  search(query: string, k: number): Promise<string[]> | string[];
  close(): void;
}

/** What every system builds from: the same files, a folder for its on-disk index, the same synonyms. */
export interface BuildInput {
  roots: readonly string[];
  baseDir: string;
  /** A folder of its own for the index file. */
  dir: string;
  synonyms: SynonymTable;
}

/** A system under comparison: a name, where its index lives, and how to build it from files. */
export interface RetrievalSystem {
  name: string;
  /** "disk": files → index file; "memory": the library has no on-disk index (its build is files → memory). */
  storage: 'disk' | 'memory';
  build(input: BuildInput): Promise<BuiltSystem>;
}

/**
 * The query with the synonym alternatives Loa would also search appended (folded words), so baselines get the same
 * synonym knowledge as Loa; libraries treat extra words as OR terms.
 */
export function withSynonyms(query: string, synonyms: SynonymTable): string {
  const extra = synonyms.expand(searchTerms(query).folded).flatMap((match) => match.alternatives.flat());
  return extra.length === 0 ? query : `${query} ${[...new Set(extra)].join(' ')}`;
}

const fields = ['title', 'keywords', 'heading', 'text'];

/** MiniSearch with `options`, built from the files and saved as JSON (its on-disk form). */
function miniSearch(name: string, options: ConstructorParameters<typeof MiniSearch<CorpusChunk>>[0]): RetrievalSystem {
  return {
    name,
    storage: 'disk',
    async build({ roots, baseDir, dir, synonyms }) {
      const chunks = await loadCorpus(roots, baseDir);
      const index = new MiniSearch<CorpusChunk>(options);
      index.addAll(chunks);
      writeFileSync(join(dir, 'minisearch.json'), JSON.stringify(index));
      return { search: (query, k) => index.search(withSynonyms(query, synonyms)).slice(0, k).map((r) => chunks[Number(r.id)]!.text), close() {} };
    },
  };
}

/** MiniSearch as shipped: its default tokenizer (Unicode-aware) and lowercasing, no diacritic folding. */
export const miniSearchDefault = miniSearch('MiniSearch (defaults)', { fields });

/** MiniSearch with Loa's normalization: NFC, invisible characters removed, Unicode tokens, folded (đ→d). */
export const miniSearchFolded = miniSearch('MiniSearch (Loa normalization)', {
  fields,
  tokenize: (text) => searchTokens(text),
  processTerm: (term) => fold(term.toLowerCase()),
});

/** LangChain's BM25Retriever as shipped (whitespace query split, ASCII \w word counts, substring term matching); memory only. */
export const langchainBm25: RetrievalSystem = {
  name: 'LangChain BM25Retriever',
  storage: 'memory',
  async build({ roots, baseDir, synonyms }) {
    const chunks = await loadCorpus(roots, baseDir);
    const docs = chunks.map((c) => new Document({ pageContent: [c.title, c.keywords, c.heading, c.text].join('\n'), metadata: { id: c.id } }));
    const retriever = BM25Retriever.fromDocuments(docs, { k: 10 });
    return {
      search: async (query, k) => (await retriever.invoke(withSynonyms(query, synonyms))).slice(0, k).map((d) => chunks[d.metadata.id as number]!.text),
      close() {},
    };
  },
};

/**
 * Plain SQLite FTS5 in a database file (WAL, like Loa's): unicode61 remove_diacritics 2 (accents folded by SQLite, đ
 * not), bm25 ranking of an OR of the query's words, the passage text stored in the index. Streams the files, so it
 * builds a million chunks in bounded memory.
 */
export const fts5Plain: RetrievalSystem = {
  name: 'SQLite FTS5 (remove_diacritics 2)',
  storage: 'disk',
  async build({ roots, baseDir, dir, synonyms }) {
    const db = new Database(join(dir, 'fts5.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(title, keywords, heading, text, tokenize = "unicode61 remove_diacritics 2")`);
    const insert = db.prepare('INSERT INTO t (title, keywords, heading, text) VALUES (?, ?, ?, ?)');
    let pending: Omit<CorpusChunk, 'id'>[] = [];
    const flush = db.transaction(() => {
      for (const c of pending) insert.run(c.title, c.keywords, c.heading, c.text);
      pending = [];
    });
    await forEachChunk(roots, baseDir, (chunk) => {
      pending.push(chunk);
      if (pending.length >= 2000) flush();
    });
    flush();
    const select = db.prepare<[string, number], { text: string }>('SELECT text FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?');
    return {
      search(query, k) {
        const terms = [...new Set(tokenize(withSynonyms(query, synonyms)))].map((t) => `"${t.replace(/"/gu, '""')}"`);
        return terms.length === 0 ? [] : select.all(terms.join(' OR '), k).map((row) => row.text);
      },
      close: () => db.close(),
    };
  },
};

/** Loa's own search, built by the real ingest path from the same files into a database file. */
export const loaSearch: RetrievalSystem = {
  name: 'Loa (FTS5 + folding + rerank)',
  storage: 'disk',
  async build({ roots, baseDir, dir, synonyms }) {
    const db = openDatabase(join(dir, 'loa.db'));
    const store = createKnowledgeStore(db, { fieldsOf: storedChunkFields });
    await ingest(store, roots, { baseDir });
    const search = createSearch(store, { synonyms });
    return { search: (query, k) => search.search(query, { limit: k }).map((p) => p.text), close: () => db.close() };
  },
};
