// A list cut into several passages by the index is answered whole, in document order, for a question asking a list.
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/core/types.js';
import { MAX_LIST_CHARS } from '../../../src/core/answer/tuning.js';
import { withWholeSection } from '../../../src/core/answer/whole-section.js';
import { passage } from './passages.js';

const first = passage('Các văn bản chính:\n- 1996: văn bản A.\n- 2008: văn bản B.', {}, { documentId: 7, heading: 'Văn bản' });
const second = passage('- 2013: văn bản C.\n- 2014: văn bản D.', {}, { documentId: 7, heading: 'Văn bản' });
const other = passage('Một đoạn khác.');
const sections = (...parts: Passage[]) => (found: Passage) => (parts.some((part) => part.chunkId === found.chunkId) ? parts : [found]);

describe('whole sections', () => {
  it('puts the best passage\'s list back together in document order and drops the section\'s other passages', () => {
    const [whole, ...rest] = withWholeSection([second, other, first], sections(first, second));
    expect(whole!.text).toBe('Các văn bản chính:\n- 1996: văn bản A.\n- 2008: văn bản B.\n- 2013: văn bản C.\n- 2014: văn bản D.');
    expect(whole!.chunkId).toBe(second.chunkId);
    expect(rest).toEqual([other]);
  });

  it('says once the sentence the index repeats at the head of the next passage', () => {
    const lead = passage('Danh hiệu được xét hằng năm.\n- Mục một.', {}, { documentId: 10, heading: 'Xét' });
    const next = passage('- Mục một.\n- Mục hai.', {}, { documentId: 10, heading: 'Xét' });
    expect(withWholeSection([lead], sections(lead, next))[0]!.text).toBe('Danh hiệu được xét hằng năm.\n- Mục một.\n- Mục hai.');
  });

  it('goes on from the best passage when the whole list is longer than a reply shows, dropping the parts before it', () => {
    const item = (year: number) => `- ${year}: ${'một văn bản dài '.repeat(Math.ceil(MAX_LIST_CHARS / 4 / 16))}`;
    const parts = [1990, 2000, 2010, 2020].map((year) => passage(item(year), {}, { documentId: 9, heading: 'Dài' }));
    const [joined, ...rest] = withWholeSection([parts[1]!, parts[0]!, other], sections(...parts));
    expect(joined!.text.split('\n').map((line) => line.slice(2, 6))).toEqual(['2000', '2010', '2020']);
    expect(rest).toEqual([other]);
    // The best passage last: nothing to join after it, and the section's earlier passages are dropped all the same.
    expect(withWholeSection([parts[3]!, parts[0]!, other], sections(...parts))).toEqual([parts[3], other]);
  });

  it('joins only the run of passages holding items around the best one', () => {
    const prose = passage('Giải thích thêm về danh sách.', {}, { documentId: 7, heading: 'Văn bản' });
    expect(withWholeSection([first], sections(first, prose))).toEqual([first]);
    expect(withWholeSection([first], sections(first, prose, second))).toEqual([first]);
  });

  it('leaves passages as they are when the best holds no list, its section is one passage, or sections cannot be read', () => {
    const prose = passage('Đoạn văn không có danh sách.', {}, { documentId: 8 });
    expect(withWholeSection([prose, other], sections(prose, passage('- Một mục.', {}, { documentId: 8 })))).toEqual([prose, other]);
    expect(withWholeSection([first, other], sections())).toEqual([first, other]);
    expect(withWholeSection([first, other], undefined)).toEqual([first, other]);
  });
});
