// Relative years against a fixed now and the Week calendar: a year's Week, and figures for a year no document names.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../../src/core/answer/engine.js';
import { fill } from '../../../src/core/messages.js';
import { resolveYear, tenseOf, type WeekCalendarReader } from '../../../src/core/answer/relative-year.js';
import { answerWeekOfYear, withWeekTense } from '../../../src/core/answer/week-answer.js';
import type { ComposedAnswer } from '../../../src/core/answer/extractive.js';
import type { WeekEntry } from '../../../src/core/reminders.js';
import type { Passage, PassageSearch } from '../../../src/core/types.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { languageData, ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const { messages } = loadPrompts(`${ROOT}/prompts`);
const VN = 'Asia/Ho_Chi_Minh';

function calendarOf(...entries: Omit<WeekEntry, 'events'>[]): WeekCalendarReader {
  const byYear = new Map(entries.map((e) => [e.year, { ...e, events: [] }]));
  return { get: (year) => byYear.get(year) };
}

describe('resolveYear', () => {
  it('counts "năm nay", "năm sau" and "năm ngoái" from the local date, not the UTC one', () => {
    const lateNewYearsEveUtc = new Date('2025-12-31T23:30:00Z');
    expect(resolveYear(0, lateNewYearsEveUtc, VN, undefined)).toBe(2026);
    expect(resolveYear(0, lateNewYearsEveUtc, 'UTC', undefined)).toBe(2025);
    expect(resolveYear(1, lateNewYearsEveUtc, VN, undefined)).toBe(2027);
    expect(resolveYear(-1, lateNewYearsEveUtc, VN, undefined)).toBe(2025);
  });

  it('points "sắp tới" at this year\'s Week until it has ended (1–7 October when staff have not set it), then at next year\'s', () => {
    expect(resolveYear('next', new Date('2026-09-01T05:00:00Z'), VN, undefined)).toBe(2026);
    expect(resolveYear('next', new Date('2026-10-07T05:00:00Z'), VN, undefined)).toBe(2026);
    expect(resolveYear('next', new Date('2026-10-08T05:00:00Z'), VN, undefined)).toBe(2027);
    // 7 October 18:30 UTC is already 8 October in Viet Nam.
    expect(resolveYear('next', new Date('2026-10-07T18:30:00Z'), VN, undefined)).toBe(2027);
  });

  it('follows the staff calendar\'s end date for "sắp tới"', () => {
    const calendar = calendarOf({ year: 2026, start: '2026-10-12', end: '2026-10-18' });
    expect(resolveYear('next', new Date('2026-10-10T05:00:00Z'), VN, calendar)).toBe(2026);
    expect(resolveYear('next', new Date('2026-10-18T05:00:00Z'), VN, calendar)).toBe(2026);
    expect(resolveYear('next', new Date('2026-10-19T05:00:00Z'), VN, calendar)).toBe(2027);
  });

  it('tells past, current and future periods', () => {
    expect(tenseOf('2026-10-01', '2026-10-07', '2026-09-30')).toBe('future');
    expect(tenseOf('2026-10-01', '2026-10-07', '2026-10-01')).toBe('current');
    expect(tenseOf('2026-10-01', '2026-10-07', '2026-10-07')).toBe('current');
    expect(tenseOf('2026-10-01', '2026-10-07', '2026-10-08')).toBe('past');
  });
});

/** A search over hand-made passages: returns those whose text holds every year named in the query (and records queries). */
function yearSearch(passages: Passage[]): PassageSearch & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    search(query, { limit = 5 } = {}) {
      queries.push(query);
      const years = query.match(/\b(19|20)\d\d\b/gu) ?? [];
      return passages.filter((p) => years.every((year) => p.text.includes(year))).slice(0, limit);
    },
  };
}

describe('answerWeekOfYear', () => {
  const compose = (calls: string[]) => (question: string, found: Passage[]): ComposedAnswer => {
    calls.push(question);
    const citations = found.map((p, i) => ({ n: i + 1, title: p.meta.title, reference: p.meta.title, chunkId: p.chunkId, snippet: p.text }));
    return { text: found.map((p) => p.text).join(' '), citations };
  };
  const week2026 = { year: 2026, start: '2026-10-05', end: '2026-10-11', theme: 'Học tập số cho mọi người' };

  it('answers from the staff calendar with the dates, the theme and "sẽ/đang/đã diễn ra"', () => {
    const deps = { search: yearSearch([]), calendar: calendarOf(week2026), messages, compose: compose([]) };
    const future = (answerWeekOfYear(deps, 'tuần lễ năm 2026 khi nào', 2026, '2026-09-01') as ComposedAnswer);
    expect(future.text).toContain(
      fill(messages.weekCalendar, { year: 2026, tense: messages.weekTense.future, start: '05/10/2026', end: '11/10/2026' }),
    );
    expect(future.text).toContain(fill(messages.weekTheme, { theme: 'Học tập số cho mọi người' }));
    expect(future.citations).toEqual([]);
    expect((answerWeekOfYear(deps, 'tuần lễ năm 2026', 2026, '2026-10-05') as ComposedAnswer).text).toContain(messages.weekTense.current);
    expect((answerWeekOfYear(deps, 'tuần lễ năm 2026', 2026, '2026-11-30') as ComposedAnswer).text).toContain(messages.weekTense.past);
    // The calendar is asked before any search.
    expect(deps.search.queries).toEqual([]);
  });

  it('says the theme is not entered yet when the theme is asked of a year the calendar has without one', () => {
    const noTheme = { year: 2026, start: '2026-10-01', end: '2026-10-07' };
    const deps = { search: yearSearch([]), calendar: calendarOf(noTheme), messages, compose: compose([]) };
    const asked = answerWeekOfYear({ ...deps, asksTheme: true }, 'chủ đề năm 2026 là gì', 2026, '2026-09-01') as ComposedAnswer;
    expect(asked.text).toContain(fill(messages.weekThemeNotSet, { year: 2026 }));
    // Asked only the dates, the reply does not bring it up.
    expect((answerWeekOfYear(deps, 'tuần lễ năm 2026 khi nào', 2026, '2026-09-01') as ComposedAnswer).text).not.toContain(fill(messages.weekThemeNotSet, { year: 2026 }));
  });

  it('leaves the answer to the documents when they talk about that year\'s Week, with "sẽ/đã" when it is clear', () => {
    const doc = passage('Tuần lễ hưởng ứng học tập suốt đời năm 2025 diễn ra từ ngày 1 đến ngày 7/10/2025.', { title: 'Công văn 2025' });
    const deps = { search: yearSearch([doc]), messages, compose: compose([]) };
    const found = (today: string) => answerWeekOfYear(deps, 'tuần lễ năm 2025 khi nào', 2025, today) as { tense?: string; passages: Passage[] };
    expect(found('2025-08-01')).toEqual({ tense: 'future', passages: [doc] });
    expect(found('2025-11-20').tense).toBe('past');
    expect(found('2026-02-01').tense).toBe('past');
    // In early October the exact dates decide, and the documents say them: nothing is added.
    expect(found('2025-10-04').tense).toBeUndefined();
  });

  it('says "sẽ/đã diễn ra" in the first sentence when it tells that year\'s Week, else in an opening line', () => {
    const told = 'Tuần lễ hưởng ứng học tập suốt đời năm 2025 diễn ra từ ngày 1/10 đến ngày 7/10/2025. [1] Hướng dẫn năm 2025 nằm trong Công văn 5607. [1]';
    expect(withWeekTense(told, 2025, 'future', messages)).toBe(told.replace('năm 2025 diễn ra', `năm 2025 ${messages.weekTense.future}`));
    const withDates = 'Tuần lễ hưởng ứng học tập suốt đời năm 2024 (01/10–07/10/2024) diễn ra từ ngày 1/10. [1]';
    expect(withWeekTense(withDates, 2024, 'past', messages)).toContain(`năm 2024 (01/10–07/10/2024) ${messages.weekTense.past} từ ngày 1/10`);
    // A first sentence about another year, or not telling the Week's dates, gets the opening line.
    const other = 'Các năm 2024 và 2025, Tuần lễ khai mạc ngày 1/10. [1]';
    expect(withWeekTense(other, 2025, 'past', messages)).toBe(`${fill(messages.weekYearLead, { year: 2025, tense: messages.weekTense.past })} ${other}`);
    const earlier = 'Tuần lễ năm 2023 diễn ra từ ngày 2/10. [1] Tuần lễ năm 2025 diễn ra từ ngày 1/10. [1]';
    expect(withWeekTense(earlier, 2025, 'future', messages).startsWith(fill(messages.weekYearLead, { year: 2025, tense: messages.weekTense.future }))).toBe(true);
  });

  it('says a year not known is not announced yet, then gives the last year the documents know, cited', () => {
    const doc = passage('Tuần lễ hưởng ứng học tập suốt đời năm 2024 diễn ra từ ngày 1 đến ngày 7/10/2024.', { title: 'Công văn 2024' });
    // Mentions 2026 but not as a Week year: does not make 2026 known.
    const plan = passage('Kế hoạch năm 2026 về gia đình học tập; năm 2024 đã tổng kết.', { title: 'Kế hoạch' });
    const calls: string[] = [];
    const answer = (answerWeekOfYear({ search: yearSearch([plan, doc]), messages, compose: compose(calls) }, 'tuần lễ năm 2026 khi nào', 2026, '2026-03-01') as ComposedAnswer);
    expect(answer.text.startsWith(fill(messages.weekNotAnnounced, { year: 2026 }))).toBe(true);
    expect(answer.text).toContain(fill(messages.weekLastKnown, { year: 2024 }));
    expect(answer.text).toContain('7/10/2024');
    expect(answer.text).not.toContain('Kế hoạch năm 2026');
    expect(calls).toEqual(['tuần lễ năm 2026 khi nào năm 2024']);
    expect(answer.citations.map((c) => c.title)).toEqual(['Công văn 2024']);
  });

  it('prefers an earlier calendar entry to older documents, and says only "not announced" when nothing is known', () => {
    const doc = passage('Tuần lễ hưởng ứng học tập suốt đời năm 2023 có chủ đề về kỷ nguyên số.', { title: 'Công văn 2023' });
    const calendar = calendarOf({ year: 2025, start: '2025-10-01', end: '2025-10-07' });
    const answer = (answerWeekOfYear({ search: yearSearch([doc]), calendar, messages, compose: compose([]) }, 'tuần lễ năm 2026', 2026, '2026-01-15') as ComposedAnswer);
    expect(answer.text).toBe(
      `${fill(messages.weekNotAnnounced, { year: 2026 })}\n${fill(messages.weekCalendar, { year: 2025, tense: messages.weekTense.past, start: '01/10/2025', end: '07/10/2025' })}`,
    );
    const nothing = (answerWeekOfYear({ search: yearSearch([]), messages, compose: compose([]) }, 'tuần lễ năm 2040', 2040, '2040-01-01') as ComposedAnswer);
    expect(nothing).toEqual({ text: fill(messages.weekNotAnnounced, { year: 2040 }), citations: [] });
  });
});

describe('a figure asked for a year no document names', () => {
  it('says the documents have none for that year before the nearest figures they give', async () => {
    const target = passage('Theo Quyết định 387/QĐ-TTg, đến năm 2025 có 70% số gia đình đạt danh hiệu Gia đình học tập.');
    const engine = createAnswerEngine({ search: { search: () => [target] }, messages, lexicon: loadLanguage(`${ROOT}/prompts`), timeZone: VN });
    const asked = 'Năm nay chỉ tiêu gia đình học tập là bao nhiêu phần trăm?';
    const later = await engine.answer(asked, [], { now: new Date('2026-05-10T05:00:00Z') });
    expect(later.text.startsWith(fill(messages.yearNotInDocuments, { year: '2026' }))).toBe(true);
    expect(later.text).toContain('70%');
    const named = await engine.answer(asked, [], { now: new Date('2025-05-10T05:00:00Z') });
    expect(named.text).not.toContain(fill(messages.yearNotInDocuments, { year: '2025' }));
    expect(named.text).toContain('70%');
  });

  it('says the same for a year named outright', async () => {
    const target = passage('Theo Quyết định 387/QĐ-TTg, đến năm 2025 có 70% số gia đình đạt danh hiệu Gia đình học tập.');
    const engine = createAnswerEngine({ search: { search: () => [target] }, messages, lexicon: loadLanguage(`${ROOT}/prompts`), timeZone: VN });
    const reply = await engine.answer('chỉ tiêu gia đình học tập năm 2027 là bao nhiêu phần trăm', [], { now: new Date('2026-05-10T05:00:00Z') });
    expect(reply.text.startsWith(fill(messages.yearNotInDocuments, { year: '2027' }))).toBe(true);
    expect(reply.text).toContain('70%');
    // The figure asked is missing: the turn is a gap for moderators (this year's figure is answered by those in force).
    expect(reply).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'year_figure' });
    expect((await engine.answer('Năm nay chỉ tiêu gia đình học tập là bao nhiêu phần trăm?', [], { now: new Date('2026-05-10T05:00:00Z') })).refused).toBe(false);
  });

  it('does not take a year an earlier answer gave for one the resident asks about', async () => {
    const network = passage('Mạng lưới thành phố học tập toàn cầu của UNESCO có thành viên ở 91 quốc gia.');
    const engine = createAnswerEngine({ search: { search: () => [network] }, messages, lexicon: loadLanguage(`${ROOT}/prompts`), timeZone: VN });
    const history = [{ question: 'mang luoi thanh pho hoc tap unesco co bao nhieu thanh vien', answer: 'Sau đợt năm 2025, mạng lưới có 425 thành viên. [1]' }];
    const reply = await engine.answer('o bao nhieu nuoc', history, { now: new Date('2026-05-10T05:00:00Z') });
    expect(reply.refused).toBe(false);
    expect(reply.text).not.toContain(fill(messages.yearNotInDocuments, { year: '2025' }));
    expect(reply.text).toContain('91 quốc gia');
  });

  it('does not count a year that is only the date of a document or part of its number', async () => {
    const dated = passage('Dòng họ học tập được công nhận theo Công văn 6782/BGDĐT-GDTX ngày 29/12/2015 của Bộ Giáo dục và Đào tạo.');
    const engine = createAnswerEngine({ search: { search: () => [dated] }, messages, lexicon: loadLanguage(`${ROOT}/prompts`), timeZone: VN });
    const reply = await engine.answer('nam 2015 ca nuoc dat bao nhieu phan tram dong ho hoc tap', [], { now: new Date('2026-05-10T05:00:00Z') });
    expect(reply).toMatchObject({ refused: true, refusalReason: 'year_figure' });
    const levels = passage('Theo Thông tư 25/2023/TT-BGDĐT, Cộng đồng học tập được công nhận theo hai mức độ: mức độ 1 và mức độ 2.');
    const named = createAnswerEngine({ search: { search: () => [levels] }, messages, lexicon: loadLanguage(`${ROOT}/prompts`), timeZone: VN });
    const asked = await named.answer('Thông tư 25/2023 có mấy mức độ công nhận?', [], { now: new Date('2026-05-10T05:00:00Z') });
    expect(asked).toMatchObject({ refused: false });
    expect(asked.text).toContain('hai mức độ');
  });
});

describe('the Week of a year named outright or by the turn a follow-up builds on', () => {
  /** An engine over `search` with the real language data, and the staff calendar when given. */
  const weekEngine = (search: PassageSearch, calendar?: WeekCalendarReader) => createAnswerEngine({ search, calendar, messages, lexicon: loadLanguage(`${ROOT}/prompts`), timeZone: VN });
  const week2026 = { year: 2026, start: '2026-10-05', end: '2026-10-11', theme: 'Học tập số cho mọi người' };
  const doc = passage('Tuần lễ hưởng ứng học tập suốt đời năm 2025 có chủ đề "Học để phát triển bản thân".', { title: 'Công văn 2025' });
  const engine = weekEngine(yearSearch([doc]), calendarOf(week2026));
  const now = new Date('2026-09-01T05:00:00Z');
  const theme = fill(messages.weekTheme, { theme: 'Học tập số cho mọi người' });

  it('answers from the staff calendar when staff saved that year', async () => {
    const reply = await engine.answer('tuần lễ học tập suốt đời năm 2026 chủ đề là gì', [], { now });
    expect(reply).toMatchObject({ mode: 'calendar', refused: false });
    expect(reply.text).toContain(theme);
  });

  it('answers this year\'s Week set beside last year\'s with both years, each once', async () => {
    const reply = await engine.answer('năm nay tuần lễ học tập suốt đời chủ đề gì, có khác gì so với năm ngoái không', [], { now });
    expect(reply.text).toContain(theme);
    expect(reply.text).toContain('Học để phát triển bản thân');
    // "…, còn năm ngoái …": a second question asking the same of the other year.
    const second = await engine.answer('Chủ đề tuần lễ học tập suốt đời năm nay là gì, còn năm ngoái chủ đề gì?', [], { now });
    expect(second.text).toContain(theme);
    expect(second.text).toContain('Học để phát triển bản thân');
    // Only one year asked: its Week alone.
    expect((await engine.answer('năm nay tuần lễ học tập suốt đời chủ đề gì', [], { now })).text).not.toContain('Học để phát triển bản thân');
  });

  it('answers this year\'s Week set beside last year\'s by when they opened with which opened first', async () => {
    const opened = [
      passage('Tuần lễ hưởng ứng học tập suốt đời năm 2024 diễn ra từ ngày 2 đến ngày 8/10/2024, khai mạc ngày 2/10/2024.', { title: 'Công văn 2024' }),
      passage('Tuần lễ hưởng ứng học tập suốt đời năm 2025 diễn ra từ ngày 1/10 đến ngày 7/10/2025, khai mạc ngày 1/10.', { title: 'Công văn 2025' }),
    ];
    const years = weekEngine(yearSearch(opened));
    const reply = await years.answer('tuần lễ năm nay khai mạc sớm hơn hay muộn hơn năm ngoái', [], { now: new Date('2025-10-20T05:00:00Z') });
    expect(reply.text.split('\n')[0]).toBe(fill(messages.openingEarlier, { early: 2025, late: 2024, earlyDate: '1/10', lateDate: '2/10' }));
    expect(reply.text).toContain('năm 2024');
  });

  it('answers the Week of each of two years named outright, asked in two questions, with which opened first', async () => {
    const opened = [
      passage('Tuần lễ hưởng ứng học tập suốt đời năm 2023 diễn ra từ ngày 2 đến ngày 8/10/2023, khai mạc ngày 2/10/2023.', { title: 'Công văn 2023' }),
      passage('Tuần lễ hưởng ứng học tập suốt đời năm 2025 diễn ra từ ngày 1/10 đến ngày 7/10/2025, khai mạc ngày 1/10.', { title: 'Công văn 2025' }),
    ];
    const years = weekEngine(yearSearch(opened), calendarOf(week2026));
    const reply = await years.answer('Tuần lễ học tập suốt đời năm 2025 khai mạc ngày nào? Năm 2023 thì khai mạc ngày nào?', [], { now });
    expect(reply.text.split('\n')[0]).toBe(fill(messages.openingEarlier, { early: 2025, late: 2023, earlyDate: '1/10', lateDate: '2/10' }));
    expect(reply.text).toContain('ngày 2 đến ngày 8/10/2023');
    expect(reply.text).toContain('từ ngày 1/10 đến ngày 7/10/2025');
    // Set side by side with a comparison asked as yes or no: the same.
    const sideBySide = await years.answer('tuan le htsd 2023 vs 2025 ngay to chuc co khac nhau ko', [], { now });
    expect(sideBySide.text.split('\n')[0]).toBe(fill(messages.openingEarlier, { early: 2025, late: 2023, earlyDate: '1/10', lateDate: '2/10' }));
    expect(sideBySide.text).toContain('ngày 2 đến ngày 8/10/2023');
    // Compared by when they started, with no date word ("cái nào bắt đầu sớm hơn", "năm nào sớm hơn"): the same.
    for (const started of ['tuần lễ htsd 2023 vs 2025 cái nào bắt đầu sớm hơn v ad', 'tuan le htsd nam 2023 voi nam 2025 nam nao som hon']) {
      expect((await years.answer(started, [], { now })).text.split('\n')[0], started).toBe(fill(messages.openingEarlier, { early: 2025, late: 2023, earlyDate: '1/10', lateDate: '2/10' }));
    }
    // Compared with nothing named of them ("khác nhau gì"): each year's Week, the one read by itself before.
    for (const compared of ['tuan le htsd 2023 vs 2025 khac nhau j ad', 'tuần lễ năm 2023 và năm 2025 khác nhau thế nào']) {
      const each = (await years.answer(compared, [], { now })).text;
      expect(each, compared).toContain('ngày 2 đến ngày 8/10/2023');
      expect(each, compared).toContain('từ ngày 1/10 đến ngày 7/10/2025');
    }
    // A year staff saved beside one the documents hold: each from its own source.
    const saved = await years.answer('tuần lễ năm 2026 chủ đề gì, năm 2025 thì từ ngày nào', [], { now });
    expect(saved.text).toContain(theme);
    expect(saved.text).toContain('từ ngày 1/10 đến ngày 7/10/2025');
    // Themes asked with "là gì", and a year still to come that neither holds: said not announced yet.
    const themes = await years.answer('Tuần lễ năm 2025 chủ đề là gì? Năm 2023 thì chủ đề là gì?', [], { now });
    expect(themes.text).toContain('2/10/2023');
    expect(themes.text).toContain('1/10 đến ngày 7/10/2025');
    expect((await years.answer('tuần lễ năm 2025 và năm 2028 khai mạc ngày nào', [], { now })).text).toContain(fill(messages.weekNotAnnounced, { year: 2028 }));
    // A past year neither holds is not answered as not announced yet.
    expect((await years.answer('tuần lễ năm 2019 và năm 2025 khai mạc ngày nào', [], { now })).text).not.toContain(fill(messages.weekNotAnnounced, { year: 2019 }));
  });

  it('answers this year\'s Week set beside another year named outright, year by year', async () => {
    const opened = [passage('Tuần lễ hưởng ứng học tập suốt đời năm 2023 diễn ra từ ngày 2 đến ngày 8/10/2023, khai mạc ngày 2/10/2023.', { title: 'Công văn 2023' })];
    const years = weekEngine(yearSearch(opened), calendarOf(week2026));
    const reply = await years.answer('Tuần lễ học tập suốt đời năm nay có khác năm 2023 ko', [], { now });
    expect(reply.text).toContain(fill(messages.weekCalendar, { year: 2026, tense: messages.weekTense.future, start: '05/10/2026', end: '11/10/2026' }));
    expect(reply.text).toContain('ngày 2 đến ngày 8/10/2023');
    // A past year neither the calendar nor the documents cover is not said to be "not announced yet".
    expect((await years.answer('tuần lễ năm nay có khác năm 2019 không', [], { now })).text).not.toContain(fill(messages.weekNotAnnounced, { year: 2019 }));
    // This year not announced: the year named, already given as the last year known, is said once.
    const last = passage('Tuần lễ hưởng ứng học tập suốt đời năm 2025 diễn ra từ ngày 1/10 đến ngày 7/10/2025.', { title: 'Công văn 2025' });
    const unsaved = weekEngine(yearSearch([last]));
    const once = await unsaved.answer('tuan le nam nay co giong nam 2025 ko', [], { now });
    expect(once.text).toContain(fill(messages.weekNotAnnounced, { year: 2026 }));
    expect(once.text.match(/7\/10\/2025/gu)).toHaveLength(1);
  });

  it('answers a follow-up about the Week from the year the earlier turn resolved', async () => {
    const first = await engine.answer('tuan le htsd nam nay tu ngay nao den ngay nao v ad', [], { now });
    const reply = await engine.answer('chu de la j', [{ question: 'tuan le htsd nam nay tu ngay nao den ngay nao v ad', answer: first.text }], { now });
    expect(reply.text).toContain(theme);
  });

  it('answers the Week\'s dates from the calendar or its passages, then what else the message asks of the Week by its name', async () => {
    const duty = passage('Theo Thông tư 25/2023/TT-BGDĐT, xã tổ chức Tuần lễ hưởng ứng học tập suốt đời và báo cáo kết quả hằng năm.', { title: 'Thông tư 25/2023' });
    const day = passage('Ngày Khuyến học Việt Nam là ngày 2 tháng 10 hằng năm.', { title: 'Quyết định 1272/QĐ-TTg' });
    const search = { search: (query: string) => (/bao cao|báo cáo/u.test(query) ? [duty] : /khuyen hoc|khuyến học/iu.test(query) ? [day] : []) };
    const both = weekEngine(search, calendarOf(week2026));
    const dates = fill(messages.weekCalendar, { year: 2026, tense: messages.weekTense.future, start: '05/10/2026', end: '11/10/2026' });
    const reply = await both.answer('tuan le htsd nam nay to chuc ngay nao v ad, xa co phai bc ko', [], { now });
    expect(reply.text.split('\n')[0]).toContain(dates);
    expect(reply.text).toContain('báo cáo kết quả hằng năm. [1]');
    expect(reply.citations.map((citation) => citation.title)).toEqual(['Thông tư 25/2023']);
    // A clause asking a date of another day it names is no question of the Week's dates.
    const other = await both.answer('tuần lễ học tập suốt đời năm nay từ ngày nào đến ngày nào, ngày khuyến học là ngày nào', [], { now });
    expect(other.text.split('\n')[0]).toContain(dates);
    expect(other.text).toContain('ngày 2 tháng 10 hằng năm');
    // A past year's Week from its passages, then the rest.
    const past = passage('Tuần lễ hưởng ứng học tập suốt đời năm 2025 diễn ra từ ngày 1/10 đến ngày 7/10/2025.', { title: 'Công văn 2025' });
    const pastSearch = { search: (query: string) => (/bao cao|báo cáo/u.test(query) ? [duty] : /2025/u.test(query) ? [past] : []) };
    const documented = weekEngine(pastSearch, calendarOf(week2026));
    const named = await documented.answer('tuan le hoc tap suot doi nam 2025 dien ra tu ngay nao den ngay nao, xa co phai bao cao khong', [], { now });
    expect(named.text.split('\n')[0]).toContain('năm 2025 đã diễn ra từ ngày 1/10');
    expect(named.text).toContain('báo cáo kết quả hằng năm.');
    // The rest is asked of the Week by its name, not searched with the year ("2023" finds Thông tư 25/2023's criteria).
    const asked: string[] = [];
    const activities = passage('Trong Tuần lễ hưởng ứng học tập suốt đời, các địa phương tổ chức hội sách.', { title: 'Tuần lễ' });
    const recording = weekEngine({ search: (query: string) => (asked.push(query), /hoat dong|hoạt động/u.test(query) ? [activities] : pastSearch.search(query)) }, calendarOf(week2026));
    const withActivities = await recording.answer('tuan le hoc tap suot doi nam 2025 dien ra tu ngay nao den ngay nao, co nhung hoat dong gi', [], { now });
    expect(withActivities.text).toContain('hội sách');
    const rest = asked.filter((query) => /hoat dong|hoạt động/u.test(query) && !/ngay nao|ngày nào/u.test(query));
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.filter((query) => query.includes('2025'))).toEqual([]);
    // Asked only of the Week (its dates and theme), the calendar's answer stands alone.
    const alone = await both.answer('tuần lễ học tập suốt đời năm nay diễn ra ngày nào, chủ đề là gì', [], { now });
    expect(alone).toMatchObject({ mode: 'calendar', citations: [] });
    expect(alone.text).toContain(theme);
  });

  it('answers a belief about the dates of a year\'s Week named outright from that year\'s passages, past or to come', async () => {
    const dates = passage('Tuần lễ hưởng ứng học tập suốt đời năm 2025 diễn ra từ ngày 1/10 đến ngày 7/10/2025.', { title: 'Công văn 2025' });
    const dated = weekEngine(yearSearch([dates]), calendarOf(week2026));
    const reply = await dated.answer('mình nhớ năm 2025 tuần lễ học tập suốt đời bắt đầu ngày 2/10 có đúng không', [], { now });
    expect(reply.text).toContain('năm 2025 đã diễn ra từ ngày 1/10');
    // To come, from the staff calendar.
    expect(await dated.answer('mình nhớ năm 2026 tuần lễ học tập suốt đời bắt đầu ngày 2/10 có đúng không', [], { now })).toMatchObject({ mode: 'calendar', refused: false });
    // A duty around a date is no belief about the Week's dates.
    const duty = await dated.answer('năm 2025 xã tổ chức tuần lễ học tập suốt đời từ 1/10 thì có phải báo cáo kết quả không', [], { now });
    expect(duty.text).not.toContain('đã diễn ra');
  });

  it('takes the year from the clause naming the Week when the question names none', async () => {
    const reply = await engine.answer('mình cần ghi băng rôn cho tuần lễ học tập suốt đời 2026, chủ đề là gì vậy ad', [], { now });
    expect(reply).toMatchObject({ mode: 'calendar', refused: false });
    expect(reply.text).toContain(theme);
  });

  it('answers a belief about this year\'s Week dates checked with a yes/no from the calendar, or as not announced', async () => {
    for (const checked of ['năm nay tuần lễ học tập suốt đời dời sang tháng 11 phải ko ạ', 'tuần lễ htsđ năm nay có khai mạc ngày 1/10 không']) {
      const reply = await engine.answer(checked, [], { now });
      expect(reply).toMatchObject({ mode: 'calendar', refused: false });
      expect(reply.text).toContain('05/10/2026');
      const nextYear = await engine.answer(checked, [], { now: new Date('2027-03-01T05:00:00Z') });
      expect(nextYear.text.startsWith(fill(messages.weekNotAnnounced, { year: 2027 }))).toBe(true);
    }
    // So is whether this year's letter setting them is out.
    for (const letter of ['tuần lễ htsd năm nay bộ gd có cv gửi về ko ad', 'Năm nay Bộ ra công văn về thời gian tuần lễ học tập suốt đời rồi phải không ạ?']) {
      expect((await engine.answer(letter, [], { now })).text, letter).toContain('05/10/2026');
      const nextYear = await engine.answer(letter, [], { now: new Date('2027-03-01T05:00:00Z') });
      expect(nextYear.text.startsWith(fill(messages.weekNotAnnounced, { year: 2027 })), letter).toBe(true);
    }
    // A duty around the Week is no date ("suốt đời" is no "dời", "ngay" no "ngày", "hoàn" no "hoãn", "cả tháng" names none).
    for (const duty of [
      'năm nay xã không tổ chức tuần lễ học tập suốt đời thì có ảnh hưởng đến việc công nhận không',
      'năm nay tuần lễ học tập suốt đời xong có phải báo cáo ngay không',
      'năm nay xã có phải hoàn thành báo cáo tuần lễ học tập suốt đời không',
      'năm nay tuần lễ học tập suốt đời có phải tổ chức cả tháng không',
      // A letter or a notice the school sends is no letter of the year's Week.
      'Tuần lễ học tập suốt đời năm nay trường em có phải gửi công văn báo cáo kết quả không?',
      'Năm nay xã có cần thông báo tuần lễ học tập suốt đời trên loa phát thanh không?',
    ]) {
      expect((await engine.answer(duty, [], { now })).mode).not.toBe('calendar');
    }
  });

  it('answers a question naming no year from the coming Week staff saved, and as not announced yet once that Week is over and the next is not saved', async () => {
    for (const asked of [
      'tuần lễ học tập suốt đời khai mạc ngày nào',
      'nghe loa xa bao mai khai mac tuan le hoc tap suot doi, ket thuc ngay nao vay',
      'chủ đề tuần lễ học tập suốt đời là gì',
      'tuần lễ học tập suốt đời đang diễn ra phải không, kết thúc hôm nào',
    ]) {
      const reply = await engine.answer(asked, [], { now });
      expect(reply.mode, asked).toBe('calendar');
      expect(reply.text, asked).toMatch(/2026/u);
    }
    const after = new Date('2026-10-20T05:00:00Z');
    for (const asked of ['tuần lễ học tập suốt đời khai mạc ngày nào', 'tuan le hoc tap suot doi bao gio dien ra']) {
      const reply = await engine.answer(asked, [], { now: after });
      expect(reply.mode, asked).not.toBe('calendar');
      // Not the passages about another year as if they were the coming Week's: not announced, the last year known after.
      expect(reply.text.startsWith(fill(messages.weekNotAnnounced, { year: 2027 })), asked).toBe(true);
      expect(reply.text, asked).toContain(fill(messages.weekLastKnown, { year: 2025 }));
    }
    // Asked what the Week is beside its dates, a theme or slogan, or a document's own date: left to the documents.
    for (const asked of [
      'tuần lễ học tập suốt đời là gì, khai mạc ngày nào',
      'khẩu hiệu của UNESCO hay dùng trong tuần lễ học tập suốt đời là gì',
      'công văn 5201 về tuần lễ học tập suốt đời ký ngày nào',
      'Ông nội hỏi em về Ngày Khuyến học Việt Nam và Tuần lễ hưởng ứng học tập suốt đời. Hai cái này khác nhau thế nào mà em cũng không rõ lắm',
      'nhà văn hoá thôn Đông Hạ khai mạc tuần lễ học tập suốt đời ngày nào',
      'tuần lễ học tập suốt đời ở Hà Nội khai mạc ngày nào',
    ]) {
      expect((await engine.answer(asked, [], { now: after })).text, asked).not.toContain(fill(messages.weekNotAnnounced, { year: 2027 }));
    }
    // A follow-up asking of the Week after a document whose number holds a year is not of that year's Week.
    const documentAsked = [{ question: 'thông tư 24/2023 quy định gì', answer: 'Thông tư 24/2023/TT-BGDĐT quy định việc công nhận Đơn vị học tập.' }];
    expect((await engine.answer('thế tuần lễ học tập suốt đời diễn ra khi nào', documentAsked, { now: after })).text).not.toMatch(/năm 2023/u);
    // So is a follow-up, which asks of the turn before it.
    const first = [{ question: 'tuần lễ học tập suốt đời đầu tiên tổ chức năm nào', answer: 'Tuần lễ đầu tiên diễn ra năm 2011.' }];
    expect((await engine.answer('o dau', first, { now: after })).text).not.toContain(fill(messages.weekNotAnnounced, { year: 2027 }));
  });

  it('leaves a Week question naming no year to the documents when it asks of the Week\'s history, usual dates or a duty after it', async () => {
    for (const asked of [
      'tuần lễ học tập suốt đời lần đầu tổ chức năm nào',
      'tuan le hoc tap suot doi lan dau to chuc nam nao',
      'chủ đề tuần lễ học tập suốt đời vừa rồi là gì',
      'tuần lễ học tập suốt đời có cố định ngày không',
      'hằng năm tuần lễ học tập suốt đời tổ chức khi nào',
      'tuần lễ học tập suốt đời xong thì xã phải báo cáo khi nào',
    ]) {
      expect((await engine.answer(asked, [], { now })).mode, asked).not.toBe('calendar');
    }
  });

  it('reads every not-coming-week word as a question not about the coming Week', async () => {
    const { 'not-coming-week': cues } = languageData('question-cues.yaml') as { 'not-coming-week': string[] };
    const calendarAnswered: string[] = [];
    for (const cue of cues) {
      const asked = `tuần lễ học tập suốt đời ${cue} khai mạc ngày nào`;
      if ((await engine.answer(asked, [], { now })).mode === 'calendar') calendarAnswered.push(asked);
    }
    expect(calendarAnswered).toEqual([]);
  });

  it('leaves a year staff did not save to the documents', async () => {
    const reply = await engine.answer('tuần lễ học tập suốt đời năm 2025 chủ đề là gì', [], { now });
    expect(reply.text).toContain('Học để phát triển bản thân');
  });
  it('does not answer a past year the documents do not cover with another year\'s Week', async () => {
    const reply = await engine.answer('chu de tuan le hoc tap suot doi nam 2019 la gi vay ad', [], { now });
    expect(reply).toMatchObject({ refused: true, refusalReason: 'unknown_year', text: fill(messages.weekYearNotInDocuments, { year: 2019 }) });
    // Where it opened, too.
    const opened = await engine.answer('tuan le hoc tap suot doi 2018 le khai mac to chuc o tinh nao', [], { now });
    expect(opened).toMatchObject({ refused: true, refusalReason: 'unknown_year', text: fill(messages.weekYearNotInDocuments, { year: 2018 }) });
  });

  it('says a later year named outright is not announced yet, with the last year known', async () => {
    const reply = await engine.answer('tuần lễ học tập suốt đời năm 2028 tổ chức ngày nào', [], { now });
    expect(reply.refused).toBe(false);
    expect(reply.text.startsWith(fill(messages.weekNotAnnounced, { year: 2028 }))).toBe(true);
    expect(reply.text).toContain('Học để phát triển bản thân');
  });
});

describe('predictions and the staff calendar', () => {
  it('reads "sắp tới" by the calendar staff keep: the Week still to come this year is no later year', async () => {
    const question = 'sắp tới hà nội có đạt 70% gia đình học tập không';
    const now = new Date('2026-11-10T05:00:00Z');
    const lexicon = loadLanguage(`${ROOT}/prompts`);
    const search: PassageSearch = { search: () => [passage('Hà Nội có hơn 67% số gia đình đạt Gia đình học tập.')] };
    const withoutCalendar = createAnswerEngine({ search, messages, lexicon, timeZone: VN });
    expect((await withoutCalendar.answer(question, [], { now })).refusalReason).toBe('prediction');
    const december = createAnswerEngine({ search, messages, lexicon, timeZone: VN, calendar: calendarOf({ year: 2026, start: '2026-12-05', end: '2026-12-11' }) });
    expect((await december.answer(question, [], { now })).refusalReason).not.toBe('prediction');
  });
});
