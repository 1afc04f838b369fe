// The retrieval systems compared by bench:retrieval: Loa's search and four baselines over the same chunks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { Document } from '@langchain/core/documents';
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { fold, tokenize } from '../../src/core/text/vietnamese.js';
import { ingest } from '../../src/knowledge/ingest.js';
import { createSearch } from '../../src/knowledge/search.js';
import { loadSynonyms } from '../../src/knowledge/synonyms.js';
import { searchTokens } from '../../src/knowledge/terms.js';
import { openDatabase } from '../../src/store/db.js';
import { createKnowledgeStore } from '../../src/store/knowledge-store.js';
import type { CorpusChunk } from './corpus.js';

/** A built index that returns the texts of its best `k` passages for a query. */
export interface BuiltSystem {
  search(query: string, k: number): Promise<string[]> | string[];
  close(): void;
}

/** A system under comparison: a name and how to build it. */
export interface RetrievalSystem {
  name: string;
  build(chunks: readonly CorpusChunk[]): Promise<BuiltSystem>;
}

const fields = ['title', 'keywords', 'heading', 'text'];

/** MiniSearch as shipped: its default tokenizer (Unicode-aware) and lowercasing, no diacritic folding. */
export const miniSearchDefault: RetrievalSystem = {
  name: 'MiniSearch (defaults)',
  async build(chunks) {
    const index = new MiniSearch<CorpusChunk>({ fields });
    index.addAll(chunks);
    return { search: (query, k) => index.search(query).slice(0, k).map((r) => chunks[Number(r.id)]!.text), close() {} };
  },
};

/** MiniSearch with Loa's normalization: NFC, invisible characters removed, Unicode tokens, folded (đ→d). */
export const miniSearchFolded: RetrievalSystem = {
  name: 'MiniSearch (Loa normalization)',
  async build(chunks) {
    const index = new MiniSearch<CorpusChunk>({ fields, tokenize: (text) => searchTokens(text), processTerm: (term) => fold(term.toLowerCase()) });
    index.addAll(chunks);
    return { search: (query, k) => index.search(query).slice(0, k).map((r) => chunks[Number(r.id)]!.text), close() {} };
  },
};

/** LangChain's BM25Retriever as shipped (whitespace query split, ASCII \w word counts, substring term matching). */
export const langchainBm25: RetrievalSystem = {
  name: 'LangChain BM25Retriever',
  async build(chunks) {
    const docs = chunks.map((c) => new Document({ pageContent: [c.title, c.keywords, c.heading, c.text].join('\n'), metadata: { id: c.id } }));
    const retriever = BM25Retriever.fromDocuments(docs, { k: 10 });
    return {
      search: async (query, k) => (await retriever.invoke(query)).slice(0, k).map((d) => chunks[d.metadata.id as number]!.text),
      close() {},
    };
  },
};

/** SQLite FTS5 with unicode61 remove_diacritics 2 (accents folded by SQLite, đ not) and no other folding; bm25 ranking. */
export const fts5Plain: RetrievalSystem = {
  name: 'SQLite FTS5 (remove_diacritics 2)',
  async build(chunks) {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(title, keywords, heading, text, tokenize = "unicode61 remove_diacritics 2")`);
    const insert = db.prepare('INSERT INTO t (rowid, title, keywords, heading, text) VALUES (?, ?, ?, ?, ?)');
    db.transaction(() => chunks.forEach((c) => insert.run(c.id, c.title, c.keywords, c.heading, c.text)))();
    const select = db.prepare<[string, number], { id: number }>('SELECT rowid AS id FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?');
    return {
      search(query, k) {
        const terms = [...new Set(tokenize(query))].map((t) => `"${t.replace(/"/gu, '""')}"`);
        return terms.length === 0 ? [] : select.all(terms.join(' OR '), k).map((row) => chunks[row.id]!.text);
      },
      close: () => db.close(),
    };
  },
};

/** Loa's own search, built by the real ingest path from the same folders into a temporary SQLite file. */
export function loaSearch(roots: readonly string[], baseDir: string, synonymsPath: string): RetrievalSystem {
  return {
    name: 'Loa (FTS5 + folding + rerank)',
    async build() {
      const dir = mkdtempSync(join(tmpdir(), 'loa-bench-'));
      const db = openDatabase(join(dir, 'bench.db'));
      const store = createKnowledgeStore(db);
      await ingest(store, roots, { baseDir });
      const search = createSearch(store, { synonyms: loadSynonyms(synonymsPath) });
      return {
        search: (query, k) => search.search(query, { limit: k }).map((p) => p.text),
        close() {
          db.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
}
