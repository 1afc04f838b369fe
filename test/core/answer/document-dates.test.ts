// A document an answer names by number carries the day it was issued, once, unless its number or sentence gives the year.
import { describe, expect, it } from 'vitest';
import { withDocumentDates } from '../../../src/core/answer/document-dates.js';
import type { DocumentMeta } from '../../../src/core/types.js';

const meta = (number: string, issued?: string): DocumentMeta => ({ title: number, number, issued, status: 'in-force', tags: [] });
const documents = [meta('281/QĐ-TTg', '2014-02-20'), meta('25/2023/TT-BGDĐT', '2023-12-27'), meta('448/QĐ-KHVN'), meta('1281/QĐ-TTg', '2020-01-01')];

describe('withDocumentDates', () => {
  it('writes the day of issue after the first mention of a numbered document', () => {
    const text = 'Cộng đồng học tập cấp thôn do Quyết định 281/QĐ-TTg lập ra. [1] Quyết định 281/QĐ-TTg cũng đặt mục tiêu. [1]';
    expect(withDocumentDates(text, documents)).toBe(
      'Cộng đồng học tập cấp thôn do Quyết định 281/QĐ-TTg ngày 20/02/2014 lập ra. [1] Quyết định 281/QĐ-TTg cũng đặt mục tiêu. [1]',
    );
  });

  it('leaves a number holding its year, a sentence already saying the year, and a document the index does not date', () => {
    const text = 'Theo Thông tư 25/2023/TT-BGDĐT, xã tự đánh giá. Quyết định 281/QĐ-TTg năm 2014 lập ra mô hình. Tiêu chí ở Quyết định 448/QĐ-KHVN.';
    expect(withDocumentDates(text, documents)).toBe(text);
  });

  it('does not take one number for another that ends with it', () => {
    expect(withDocumentDates('Theo Quyết định 1281/QĐ-TTg.', [meta('281/QĐ-TTg', '2014-02-20')])).toBe('Theo Quyết định 1281/QĐ-TTg.');
  });
});
