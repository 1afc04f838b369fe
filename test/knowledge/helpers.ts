// Test helper: writes a small corpus to a temporary folder and indexes it with the real ingest path and search.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { PassageSearch } from '../../src/core/types.js';
import { ingest, storedChunkFields, type IngestReport } from '../../src/knowledge/ingest.js';
import { createSearch } from '../../src/knowledge/search.js';
import { loadSynonyms } from '../../src/knowledge/synonyms.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { createKnowledgeStore, type KnowledgeStore } from '../../src/store/knowledge-store.js';

/** The project root, for knowledge/ and knowledge/synonyms.yaml. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** An indexed fixture corpus. */
export interface Fixture {
  dir: string;
  db: Db;
  store: KnowledgeStore;
  search: PassageSearch;
  report: IngestReport;
  /** Writes (or overwrites) files under the fixture folder. */
  write(files: Record<string, string | Buffer>): void;
  /** Re-runs ingest over the fixture folder. */
  reingest(): Promise<IngestReport>;
  cleanup(): void;
}

/** Indexes `files` (relative path → content) with the repository's synonyms. */
export async function indexFixture(files: Record<string, string | Buffer>): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'loa-knowledge-'));
  const write = (entries: Record<string, string | Buffer>) => {
    for (const [path, content] of Object.entries(entries)) {
      mkdirSync(dirname(join(dir, 'corpus', path)), { recursive: true });
      writeFileSync(join(dir, 'corpus', path), content);
    }
  };
  write(files);
  const db = openDatabase(join(dir, 'index.db'));
  const store = createKnowledgeStore(db, { fieldsOf: storedChunkFields });
  const reingest = () => ingest(store, ['corpus'], { baseDir: dir });
  const report = await reingest();
  const search = createSearch(store, { synonyms: loadSynonyms(join(ROOT, 'knowledge/synonyms.yaml')) });
  return {
    dir,
    db,
    store,
    search,
    report,
    write,
    reingest,
    cleanup() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Markdown document with front matter. */
export function markdown(meta: Record<string, string>, body: string): string {
  const lines = Object.entries(meta).map(([key, value]) => `${key}: ${value.startsWith('[') ? value : JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}
