// Joining the answers of several parts (join-sides.ts): sources numbered anew, each line and cited sentence said once.
import { describe, expect, it } from 'vitest';
import { joinSides } from '../../../src/core/answer/join-sides.js';

const cite = (n: number, title: string) => ({ n, title, reference: title, chunkId: n, snippet: '' });

describe('joinSides', () => {
  it('numbers the sources anew, one number for a document both sides cite', () => {
    const joined = joinSides([
      { answer: { text: 'Quyết định 281 lập ra các mô hình. [1]', citations: [cite(1, 'QĐ 281')] }, passages: [] },
      { answer: { text: 'Thông tư 25 quy định cộng đồng học tập. [1] Quyết định 281 ban hành năm 2014. [2]', citations: [cite(1, 'TT 25'), cite(2, 'QĐ 281')] }, passages: [] },
    ]);
    expect(joined.text).toBe('Quyết định 281 lập ra các mô hình. [1]\nThông tư 25 quy định cộng đồng học tập. [2] Quyết định 281 ban hành năm 2014. [1]');
    expect(joined.citations.map((citation) => citation.title)).toEqual(['QĐ 281', 'TT 25']);
  });

  it('says a list item once, whether or not one side cites it at that line', () => {
    const joined = joinSides([
      { answer: { text: '• Gia đình học tập là mô hình của QĐ 281. [1]', citations: [cite(1, 'QĐ 281')] }, passages: [] },
      { answer: { text: '• Gia đình học tập là mô hình của QĐ 281.\n• Dòng họ học tập là mô hình của QĐ 281. [1]', citations: [cite(1, 'QĐ 281')] }, passages: [] },
    ]);
    expect(joined.text).toBe('• Gia đình học tập là mô hình của QĐ 281. [1]\n• Dòng họ học tập là mô hình của QĐ 281. [1]');
  });
});
