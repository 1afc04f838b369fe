// Test helper: hand-made passages and a fake search returning them, for answer-engine unit tests.
import type { DocumentMeta, Passage, PassageSearch } from '../../../src/core/types.js';

let nextId = 1;

/** A passage with sensible defaults; `meta` fields override the document metadata. */
export function passage(text: string, meta: Partial<DocumentMeta> = {}, extra: Partial<Passage> = {}): Passage {
  const id = nextId++;
  return {
    chunkId: id,
    documentId: extra.documentId ?? id,
    path: `knowledge/doc-${id}.md`,
    heading: '',
    text,
    meta: { title: `Tài liệu ${id}`, status: 'in-force', tags: [], ...meta },
    score: 1,
    coverage: 0.9,
    ...extra,
  };
}

/** A search that returns `passages` for every query (and records the queries). */
export function fakeSearch(passages: Passage[]): PassageSearch & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    search(query, { limit = 5 } = {}) {
      queries.push(query);
      return passages.slice(0, limit);
    },
  };
}
