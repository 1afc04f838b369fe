// Follow-up questions are combined with the previous question before retrieval.
import { describe, expect, it } from 'vitest';
import { isFollowUp, retrievalQuery } from '../../../src/core/answer/follow-up.js';

describe('follow-ups', () => {
  it('recognises short or elliptic questions', () => {
    expect(isFollowUp('còn dòng họ thì sao?')).toBe(true);
    expect(isFollowUp('Còn năm 2030?')).toBe(true);
    expect(isFollowUp('dòng họ?')).toBe(true);
    expect(isFollowUp('Công dân học tập cần đạt bao nhiêu điểm?')).toBe(false);
  });

  it('joins a follow-up with the previous question, and leaves full questions alone', () => {
    expect(retrievalQuery('còn dòng họ thì sao?', 'Mục tiêu gia đình học tập năm 2025')).toBe('Mục tiêu gia đình học tập năm 2025 còn dòng họ thì sao?');
    expect(retrievalQuery('còn dòng họ thì sao?', undefined)).toBe('còn dòng họ thì sao?');
    expect(retrievalQuery('Ngày Khuyến học là ngày nào?', 'qd 387')).toBe('Ngày Khuyến học là ngày nào?');
  });
});
