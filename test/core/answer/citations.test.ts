// Document references and citation lines: "387/QĐ-TTg, 25/03/2022 — title" (the number once, the title without it).
import { describe, expect, it } from 'vitest';
import { citationLine, documentName, documentReference, formatDate, toCitation } from '../../../src/core/answer/citations.js';
import { passage } from './passages.js';

describe('citations', () => {
  it('names documents by kind from their number', () => {
    expect(documentName({ title: '', number: '387/QĐ-TTg', status: 'in-force', tags: [] })).toBe('Quyết định 387/QĐ-TTg');
    expect(documentName({ title: '', number: '25/2023/TT-BGDĐT', status: 'in-force', tags: [] })).toBe('Thông tư 25/2023/TT-BGDĐT');
    expect(documentName({ title: '', number: '142/2025/NĐ-CP', status: 'in-force', tags: [] })).toBe('Nghị định 142/2025/NĐ-CP');
    expect(documentName({ title: '', number: '6782/BGDĐT-GDTX', status: 'in-force', tags: [] })).toBe('Công văn 6782/BGDĐT-GDTX');
    expect(documentName({ title: '', status: 'in-force', tags: [] })).toBeUndefined();
  });

  it('formats dates and references', () => {
    expect(formatDate('2022-03-25')).toBe('25/03/2022');
    expect(formatDate('đầu tháng 10')).toBe('đầu tháng 10');
    expect(documentReference({ title: '', number: '387/QĐ-TTg', issued: '2022-03-25', status: 'in-force', tags: [] })).toBe('387/QĐ-TTg, 25/03/2022');
  });

  it('writes a citation line without repeating the reference inside the title', () => {
    const p = passage('x', { title: 'Quyết định 387/QĐ-TTg về đẩy mạnh phong trào học tập suốt đời', number: '387/QĐ-TTg', issued: '2022-03-25', status: 'superseded' });
    const citation = toCitation(1, p, 'Một câu trích dẫn.');
    expect(citation).toMatchObject({ n: 1, status: 'superseded', snippet: 'Một câu trích dẫn.' });
    expect(citationLine(citation)).toBe('[1] 387/QĐ-TTg, 25/03/2022 — Đẩy mạnh phong trào học tập suốt đời');
    expect(toCitation(2, p, 'x'.repeat(300)).snippet).toHaveLength(240);
  });
});
