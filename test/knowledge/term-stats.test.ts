// Document frequencies kept at ingest: exact after adds, changes, removals and rollbacks, equal to FTS5's own counts.
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexFields } from '../../src/knowledge/index-fields.js';
import { ingest, storedChunkFields } from '../../src/knowledge/ingest.js';
import { migrate, openDatabase, type Db } from '../../src/store/db.js';
import { createKnowledgeStore } from '../../src/store/knowledge-store.js';
import { indexFixture, markdown, ROOT, type Fixture } from './helpers.js';

/** term → doc as kept in term_stats. */
const kept = (db: Db) => new Map(db.prepare<[], { term: string; doc: number }>('SELECT term, doc FROM term_stats').all().map((r) => [r.term, r.doc]));
/** term → doc as FTS5 counts it by walking its posting lists. */
const counted = (db: Db) => new Map(db.prepare<[], { term: string; doc: number }>('SELECT term, doc FROM chunks_vocab').all().map((r) => [r.term, r.doc]));
const chunkRows = (db: Db) => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM chunks').get()!.n;

const doc = (title: string, body: string) => markdown({ title }, body);
const files = {
  'a.md': doc('Học tập suốt đời', '## Mục 1\n\nGia đình học tập là gia đình có các thành viên tích cực học tập.\n\n## Mục 2\n\nDòng họ học tập được công nhận hằng năm.'),
  'b.md': doc('Khuyến học', 'Hội Khuyến học các cấp vận động xây dựng xã hội học tập; gia đình hiếu học được khen thưởng.'),
  'c.md': doc('Trung tâm học tập cộng đồng', 'Trung tâm học tập cộng đồng ở xã, phường tổ chức lớp xóa mù chữ và chuyên đề.'),
};

let fixture: Fixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

describe('term statistics kept at ingest', () => {
  it('equal the FTS5 vocabulary after the first ingest, a changed file and a removed file', async () => {
    fixture = await indexFixture(files);
    const { db, store } = fixture;
    expect(kept(db).size).toBeGreaterThan(50);
    expect(kept(db)).toEqual(counted(db));
    expect(store.chunkCount()).toBe(chunkRows(db));

    fixture.write({ 'b.md': doc('Khuyến học và khuyến tài', 'Quỹ khuyến học trao học bổng cho học sinh nghèo vượt khó.') });
    unlinkSync(join(fixture.dir, 'corpus', 'c.md'));
    const report = await fixture.reingest();
    expect(report.changed).toEqual(['corpus/b.md']);
    expect(report.removed).toEqual(['corpus/c.md']);
    expect(kept(db)).toEqual(counted(db));
    expect(store.chunkCount()).toBe(chunkRows(db));
    expect(store.documentFrequency(['xoa', 'bong', 'hieu', 'hoc'])).toEqual(
      new Map([['xoa', 0], ['bong', 1], ['hieu', 0], ['hoc', chunkRows(db)]]),
    );
    expect(kept(db).has('xoa')).toBe(false);
  });

  it('are unchanged when a replacement fails inside a batch, and the batch rolls back alone', async () => {
    fixture = await indexFixture(files);
    const { db, store } = fixture;
    const before = kept(db);
    const meta = { title: 'Tạm', status: 'in-force' as const, tags: [] };
    const good = { heading: '', text: 'lop hoc moi', fields: indexFields(meta, '', 'lớp học mới') };
    expect(() =>
      store.batch(() => {
        store.replaceDocument('new.md', 'v2:x', meta, [good]);
        store.replaceDocument('corpus/a.md', 'v2:y', meta, [good, { ...good, fields: { head: 'x', fold: 'y', fold2: null as unknown as string } }]);
      }),
    ).toThrow();
    expect(kept(db)).toEqual(before);
    expect(store.chunkCount()).toBe(chunkRows(db));

    store.batch(() => {
      store.replaceDocument('new.md', 'v2:x', meta, [good]);
      expect(() => store.replaceDocument('corpus/a.md', 'v2:y', meta, [{ ...good, fields: { head: 'x', fold: 'y', fold2: null as unknown as string } }])).toThrow();
    });
    expect(kept(db)).toEqual(counted(db));
    expect(kept(db).get('moi')).toBe(1);
    expect(store.chunkCount()).toBe(chunkRows(db));
  });

  it('are read afresh after another connection changes the index (the server sees `loa ingest`)', async () => {
    fixture = await indexFixture(files);
    const { db, store, search } = fixture;
    expect(store.documentFrequency(['bong'])).toEqual(new Map([['bong', 0]]));
    const chunks = store.chunkCount();
    const other = openDatabase(db.name);
    fixture.write({ 'd.md': doc('Học bổng', 'Quỹ khuyến học trao học bổng cho học sinh nghèo vượt khó.') });
    await ingest(createKnowledgeStore(other, { fieldsOf: storedChunkFields }), ['corpus'], { baseDir: fixture.dir });
    other.close();
    expect(store.documentFrequency(['bong'])).toEqual(new Map([['bong', 1]]));
    expect(store.chunkCount()).toBe(chunks + 1);
    expect(search.search('học bổng nghèo vượt khó')[0]?.path).toBe('corpus/d.md');
  });

  it('are recounted from the index when a store cannot recompute a removed chunk’s terms', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-term-stats-'));
    try {
      const db = openDatabase(join(dir, 'plain.db'));
      const store = createKnowledgeStore(db);
      await ingest(store, ['knowledge'], { baseDir: ROOT });
      store.removeDocument(store.documentHashes().keys().next().value!);
      expect(kept(db)).toEqual(counted(db));
      expect(store.chunkCount()).toBe(chunkRows(db));
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are filled from the existing index by the migration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-term-stats-'));
    try {
      const db = openDatabase(join(dir, 'old.db'));
      await ingest(createKnowledgeStore(db), ['knowledge'], { baseDir: ROOT });
      const version = Number(db.pragma('user_version', { simple: true }));
      db.exec("DROP TABLE term_stats; DROP TABLE index_stats; PRAGMA user_version = 12");
      migrate(db);
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      expect(kept(db)).toEqual(counted(db));
      expect(createKnowledgeStore(db).chunkCount()).toBe(chunkRows(db));
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
