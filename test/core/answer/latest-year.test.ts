// "Gần đây nhất", "mới nhất" with an event: the latest year the passages found name, up to this year, read with the question.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../../src/core/answer/engine.js';
import { latestYearFound } from '../../../src/core/answer/latest-year.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { ROOT } from '../../helpers/core.js';
import { fakeSearch, passage } from './passages.js';

const { messages } = loadPrompts(`${ROOT}/prompts`);
const lexicon = loadLanguage(`${ROOT}/prompts`);
const HEADING = 'Các đợt kết nạp của mạng lưới';
const first = passage(
  'Năm 2020 mạng lưới kết nạp thêm 55 thành viên (minh họa). Năm 2022 mạng lưới kết nạp thêm 77 thành viên (minh họa). Ngày 14/02/2024 mạng lưới kết nạp thêm 64 thành viên (minh họa). Mục tiêu đến năm 2030 là 500 thành viên (minh họa).',
  {},
  { documentId: 7, heading: HEADING },
);
const next = passage('Ngày 04/12/2025 mạng lưới kết nạp thêm 72 thành viên (minh họa).', {}, { documentId: 7, heading: HEADING });
const other = passage('Năm 2019 thành phố tổ chức hội thảo (minh họa).', {}, { documentId: 8, heading: 'Hội thảo' });
const later = passage('Năm 2026 thành phố tổ chức lễ đón nhận (minh họa).', {}, { documentId: 9, heading: 'Lễ đón nhận' });

describe('latestYearFound', () => {
  it('takes the latest year of the first passages and of every chunk of the best one’s section, never a year to come', () => {
    expect(latestYearFound([first, other, next], 1, 2026)).toBe(2025);
    expect(latestYearFound([first, other], 2, 2026)).toBe(2024);
    expect(latestYearFound([first, other, later], 3, 2026)).toBe(2026);
    expect(latestYearFound([first, other, later], 2, 2026)).toBe(2024);
    expect(latestYearFound([first, next], 1, 2024)).toBe(2024);
    expect(latestYearFound([], 3, 2026)).toBeUndefined();
  });
});

describe('a question asking the latest', () => {
  const now = new Date('2026-12-05T03:00:00Z');

  it('is searched and answered with the latest year its section names', async () => {
    const search = fakeSearch([first, next, other]);
    const answer = await createAnswerEngine({ search, messages, lexicon }).answer('mạng lưới kết nạp thành viên gần đây nhất là ngày nào', [], { now });
    expect(search.queries.some((query) => query.endsWith(' 2025'))).toBe(true);
    expect(answer.text.split('[1]')[0]).toContain('04/12/2025');
  });

  it('is read as asked when it names a year, asks no latest, or asks the newest of no event (a document, a rule)', async () => {
    for (const question of ['mạng lưới kết nạp thành viên năm 2022 gần đây nhất là ngày nào', 'mạng lưới kết nạp thành viên vào ngày nào', 'văn bản mới nhất về mạng lưới là văn bản nào']) {
      const search = fakeSearch([first, next, other]);
      await createAnswerEngine({ search, messages, lexicon }).answer(question, [], { now });
      expect(search.queries.some((query) => query.endsWith(' 2025')), question).toBe(false);
    }
  });
});
