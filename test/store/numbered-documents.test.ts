// The numbered documents are read once until the index changes, through this connection or another.
import { afterEach, describe, expect, it } from 'vitest';
import { ingest, storedChunkFields } from '../../src/knowledge/ingest.js';
import { openDatabase } from '../../src/store/db.js';
import { createKnowledgeStore } from '../../src/store/knowledge-store.js';
import { indexFixture, markdown, type Fixture } from '../knowledge/helpers.js';

let fixture: Fixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

const numbered = (number: string, title: string) => markdown({ title, number }, `${title} quy định việc học tập suốt đời.`);
const numbers = (documents: readonly { number?: string }[]) => documents.map((document) => document.number).sort();

describe('numbered documents', () => {
  it('are read once, and afresh after an ingest here or by another connection', async () => {
    fixture = await indexFixture({ 'a.md': numbered('387/QĐ-TTg', 'Quyết định 387/QĐ-TTg') });
    const { db, store } = fixture;
    const first = store.numberedDocuments();
    await Promise.resolve();
    expect(store.numberedDocuments()).toBe(first);
    expect(numbers(first)).toEqual(['387/QĐ-TTg']);

    fixture.write({ 'b.md': numbered('677/QĐ-TTg', 'Quyết định 677/QĐ-TTg') });
    await fixture.reingest();
    expect(numbers(store.numberedDocuments())).toEqual(['387/QĐ-TTg', '677/QĐ-TTg']);

    const other = openDatabase(db.name);
    fixture.write({ 'c.md': numbered('1373/QĐ-TTg', 'Quyết định 1373/QĐ-TTg') });
    await ingest(createKnowledgeStore(other, { fieldsOf: storedChunkFields }), ['corpus'], { baseDir: fixture.dir });
    other.close();
    await Promise.resolve();
    expect(numbers(store.numberedDocuments())).toEqual(['1373/QĐ-TTg', '387/QĐ-TTg', '677/QĐ-TTg']);
  });
});
