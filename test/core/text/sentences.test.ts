// Sentence splitting keeps numbers, domains and abbreviations whole.
import { describe, expect, it } from 'vitest';
import { splitIntoSentences } from '../../../src/core/text/sentences.js';

describe('splitIntoSentences', () => {
  it('splits at sentence ends followed by a capital or a digit', () => {
    expect(splitIntoSentences('Câu một. Câu hai! 2025 là năm cuối? Hết.')).toEqual(['Câu một.', 'Câu hai!', '2025 là năm cuối?', 'Hết.']);
  });

  it('keeps numbers, dates, domains and abbreviations inside one sentence', () => {
    const text = 'Hà Nội có 1.000 trường và tỷ lệ 3,5%. Tự đánh giá tại congdanhoctap.vn từ ngày 12/02/2024. TP. Hồ Chí Minh có 1,6 triệu gia đình.';
    expect(splitIntoSentences(text)).toEqual([
      'Hà Nội có 1.000 trường và tỷ lệ 3,5%.',
      'Tự đánh giá tại congdanhoctap.vn từ ngày 12/02/2024.',
      'TP. Hồ Chí Minh có 1,6 triệu gia đình.',
    ]);
  });
});
