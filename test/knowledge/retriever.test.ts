// LoaRetriever: a LangChain BaseRetriever over Loa's search, returning Documents with their metadata.
import { Document } from '@langchain/core/documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoaRetriever } from '../../src/knowledge/retriever.js';
import { type Fixture, indexFixture, markdown } from './helpers.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await indexFixture({
    'qd-387.md': markdown(
      { title: 'Quyết định 387/QĐ-TTg', number: '387/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', issued: '2022-03-25', source: 'https://example.org/387', tags: '[QĐ 387]' },
      '# Chỉ tiêu\n\nĐến năm 2025 có 70% gia đình đạt danh hiệu Gia đình học tập.',
    ),
    'other.md': markdown({ title: 'Ngày Khuyến học' }, 'Ngày Khuyến học Việt Nam là ngày 2 tháng 10.'),
  });
});
afterAll(() => fixture.cleanup());

describe('LoaRetriever', () => {
  it('returns LangChain Documents carrying the passage and its document metadata', async () => {
    const retriever = new LoaRetriever({ search: fixture.search, k: 2 });
    const docs = await retriever.invoke('gia dinh hoc tap 2025');
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThanOrEqual(2);
    const [doc] = docs;
    expect(doc).toBeInstanceOf(Document);
    expect(doc!.pageContent).toContain('70% gia đình');
    expect(doc!.metadata).toMatchObject({
      path: 'corpus/qd-387.md',
      heading: 'Chỉ tiêu',
      title: 'Quyết định 387/QĐ-TTg',
      number: '387/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      issued: '2022-03-25',
      status: 'in-force',
      source: 'https://example.org/387',
      tags: ['QĐ 387'],
    });
    expect(doc!.metadata.score).toBeGreaterThan(0);
    expect(doc!.metadata.coverage).toBeGreaterThan(0);
    expect(doc!.id).toBe(String(doc!.metadata.chunkId));
  });

  it('returns an empty list for a query with no searchable word', async () => {
    expect(await new LoaRetriever({ search: fixture.search }).invoke('😀 " OR *')).toEqual([]);
  });
});
