// Comparisons over a real SQLite index: a section comparing the sides itself answers whole; otherwise each side is searched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planComparison } from '../../../src/core/answer/comparison.js';
import { createAnswerEngine, type AnswerEngine } from '../../../src/core/answer/engine.js';
import { understand } from '../../../src/core/understand/understand.js';
import type { Subject } from '../../../src/core/answer/subjects.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { languageData, ROOT } from '../../helpers/core.js';
import { type Fixture, indexFixture, markdown } from '../../knowledge/helpers.js';

const { messages } = loadPrompts(`${ROOT}/prompts`);
const lexicon = loadLanguage(`${ROOT}/prompts`);
const yearSide = (year: string): Subject => ({ kind: 'year', year, said: year });
/** A document of one section: its number and issuer in the front matter, the title as its top heading. */
const oneSection = (title: string, meta: { number: string; issuer: string; issued: string }, heading: string, text: string) =>
  markdown({ title, ...meta }, [`# ${title}`, '', `## ${heading}`, '', text].join('\n'));

let fixture: Fixture;
let engine: AnswerEngine;
beforeAll(async () => {
  fixture = await indexFixture({
    'tt-44.md': markdown({ title: 'Thông tư 44/2014/TT-BGDĐT', number: '44/2014/TT-BGDĐT', issuer: 'Bộ Giáo dục và Đào tạo', issued: '2014-12-12' }, [
      '# Thông tư 44/2014/TT-BGDĐT',
      '',
      '## Thông tư 44/2014 nói về gì?',
      '',
      'Thông tư 44/2014/TT-BGDĐT quy định đánh giá, xếp loại Cộng đồng học tập cấp xã.',
      '',
      '## Thông tư 44/2014 khác Thông tư 25/2023 thế nào?',
      '',
      'Thông tư 44/2014/TT-BGDĐT chỉ áp dụng cho cấp xã. Thông tư 25/2023/TT-BGDĐT mở rộng việc công nhận lên cấp tỉnh và chia thành hai mức độ.',
    ].join('\n')),
    'tt-25.md': oneSection('Thông tư 25/2023/TT-BGDĐT', { number: '25/2023/TT-BGDĐT', issuer: 'Bộ Giáo dục và Đào tạo', issued: '2023-12-27' }, 'Thông tư 25/2023 nói về gì?', 'Thông tư 25/2023/TT-BGDĐT quy định đánh giá, công nhận Cộng đồng học tập.'),
    'ngay-khuyen-hoc.md': markdown({ title: 'Ngày Khuyến học' }, [
      '# Ngày Khuyến học',
      '',
      '## Ngày Khuyến học và Tuần lễ học tập suốt đời khác nhau thế nào?',
      '',
      'Tuần lễ học tập suốt đời năm 2023 khai mạc ngày 2/10, năm 2024 khai mạc ngày 1/10; khác nhau ở ngày khai mạc.',
      '',
      'Ngày khai mạc Tuần lễ học tập suốt đời năm 2023 và năm 2024 khác nhau vì Bộ định mỗi năm.',
      '',
      '## Tuần lễ học tập suốt đời bắt đầu ngày nào?',
      '',
      'Tuần lễ học tập suốt đời bắt đầu ngày nào thì mỗi năm khác nhau, có năm bắt đầu ngày 2/10 (năm 2023), có năm bắt đầu ngày 1/10 (năm 2024).',
      '',
      '## Văn bản nào quy định Ngày Khuyến học?',
      '',
      'Ngày Khuyến học được quy định bằng một quyết định ban hành ngày 16/09/2008.',
    ].join('\n')),
    'qd-1272.md': oneSection('Quyết định 1272/QĐ-TTg', { number: '1272/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', issued: '2008-09-16' }, 'Quyết định 1272 ban hành ngày nào?', 'Quyết định 1272/QĐ-TTg ban hành ngày 16/09/2008. Quyết định 122/QĐ-TTg về hội ra mắt ngày 02/10/1996.'),
    'qd-122.md': oneSection('Quyết định 122/QĐ-TTg', { number: '122/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', issued: '1996-02-29' }, 'Quyết định 122 ban hành ngày nào?', 'Quyết định 122/QĐ-TTg ban hành ngày 29/02/1996.'),
    'so-lieu.md': markdown({ title: 'Số liệu Gia đình học tập' }, [
      '# Số liệu Gia đình học tập',
      '',
      '## Số liệu Gia đình học tập ở một số địa phương',
      '',
      '- Hà Nội có hơn 67% số gia đình đạt Gia đình học tập.',
      '- TP.HCM có 80% số gia đình đạt Gia đình học tập.',
      '- Các phường đã biểu dương nhiều Gia đình học tập tiêu biểu.',
      '',
      '## Hà Nội',
      '',
      'Hà Nội khai mạc Tuần lễ tại Văn Miếu; mỗi nơi ở Hà Nội tổ chức hội sách.',
      '',
      '## TP.HCM',
      '',
      'TP.HCM tổ chức hội sách ở mỗi nơi trong thành phố.',
    ].join('\n')),
    'tuan-le.md': markdown({ title: 'Tuần lễ hưởng ứng học tập suốt đời' }, [
      '# Tuần lễ hưởng ứng học tập suốt đời',
      '',
      '## Tuần lễ năm 2023',
      '',
      'Tuần lễ hưởng ứng học tập suốt đời năm 2023 có chủ đề "Xây dựng năng lực tự học". Tuần lễ năm 2023 diễn ra từ ngày 2 đến ngày 8/10/2023.',
      '',
      '## Tuần lễ năm 2024',
      '',
      'Tuần lễ hưởng ứng học tập suốt đời năm 2024 có chủ đề "Phát triển văn hóa đọc". Tuần lễ năm 2024 diễn ra từ ngày 1 đến ngày 7/10/2024.',
      '',
      '## Hoạt động',
      '',
      'Tuần lễ hưởng ứng học tập suốt đời có hội sách và lớp kỹ năng số.',

    ].join('\n')),
  });
  engine = createAnswerEngine({ search: fixture.search, messages, lexicon });
});
afterAll(() => fixture.cleanup());

describe('comparisons', () => {
  it('answers from a section whose heading compares the sides itself, whole', async () => {
    const reply = await engine.answer('thong tu 44 vs thong tu 25 khac nhau ntn', [], {});
    expect(reply.text).toContain('chỉ áp dụng cho cấp xã');
    expect(reply.text).toContain('mở rộng việc công nhận lên cấp tỉnh');
    expect(reply.citations).toHaveLength(1);
  });

  it('compares two years of the one subject named, each year searched on its own', async () => {
    const reply = await engine.answer('Chủ đề Tuần lễ học tập suốt đời năm 2023 và năm 2024 khác nhau thế nào?', [], {});
    expect(reply.text).toContain('Xây dựng năng lực tự học');
    expect(reply.text).toContain('Phát triển văn hóa đọc');
  });

  it('answers each year\'s Week dates from that year\'s own section, not from a section on the Week in general', async () => {
    const reply = await engine.answer('tuan le hoc tap suot doi 2023 va 2024 bat dau ngay nao, co khac nhau khong', [], {});
    expect(reply.text).toContain('8/10/2023');
    expect(reply.text).toContain('7/10/2024');
  });

  it('sets now beside the one year a question joins it to ("so với bây giờ"), asked without the year', () => {
    const plan = planComparison('số thành viên mạng lưới cuối năm 2020 so với bây giờ tăng bao nhiêu', undefined, ['number'], lexicon);
    expect(plan?.sides.map((side) => side.said)).toEqual(['2020', 'bây giờ']);
    expect(plan?.side(plan.sides[1]!).question).not.toContain('2020');
    expect(planComparison('mạng lưới năm 2020 có bao nhiêu thành viên, so với đợt mới nhất thì sao', undefined, ['number', 'comparison'], lexicon)?.sides).toHaveLength(2);
    // Now told, not joined to the year ("mà giờ nghe nói …"), and a period, set nothing beside it.
    expect(planComparison('năm 2020 còn ít thành phố mà giờ nghe nói hơn 400 thành viên, bao nhiêu', undefined, ['number'], lexicon)).toBeUndefined();
    expect(planComparison('phong trào giai đoạn 2023-2030 đến nay phát động ngày nào', undefined, ['date'], lexicon)).toBeUndefined();
  });

  it('asks a figure, a date or a theme of two years joined as sides of each year, but not of a period', async () => {
    // No comparing word: the theme of each year is asked.
    const reply = await engine.answer('tuần lễ học tập suốt đời năm 2023 và năm 2024 chủ đề là gì', [], {});
    expect(reply.text).toContain('Xây dựng năng lực tự học');
    expect(reply.text).toContain('Phát triển văn hóa đọc');
    expect(planComparison('tuần lễ năm 2023 và năm 2024 chủ đề là gì', undefined, ['theme'], lexicon)?.sides.map((side) => side.said)).toEqual(['2023', '2024']);
    // A second question opening with "còn" asks the same of another year.
    for (const opener of (languageData('question-cues.yaml') as { 'year-side-openers': string[] })['year-side-openers']) {
      const asked = `chủ đề tuần lễ năm 2024 là gì ${opener} năm 2023 là gì`;
      expect(planComparison(asked, undefined, ['theme'], lexicon)?.sides.map((side) => side.said), asked).toEqual(['2024', '2023']);
    }
    // The clause before says what the years' figures are of.
    expect(planComparison('mục tiêu năm 2025 và năm 2030 là bao nhiêu', 'chỉ tiêu công dân học tập', ['number'], lexicon)?.side(yearSide('2025')).question).toContain('công dân học tập');
    // A period is one span, not two sides; nor is a question asking something else of two years.
    expect(planComparison('phong trào giai đoạn 2023-2030 phát động ngày nào', undefined, ['date'], lexicon)).toBeUndefined();
    expect(planComparison('đề án từ 2012 tới 2020 là quyết định số mấy', undefined, ['number'], lexicon)).toBeUndefined();
    expect(planComparison('năm 2023 và năm 2024 ai phát động', undefined, ['procedure'], lexicon)).toBeUndefined();
    // A covered place's figure of two years stays one question of that place.
    expect(planComparison('hà nội có bao nhiêu gia đình học tập năm 2024 và 2025', undefined, ['number'], lexicon)).toBeUndefined();
    // A choice between two years asks which one.
    expect(planComparison('ngày khuyến học có từ năm 2007 hay 2008', undefined, ['date'], lexicon)).toBeUndefined();
    // Two questions, each with its own year, are answered clause by clause: the document's purpose and the target.
    const question = 'Quyết định 281 năm 2014 là đề án về cái gì, và chỉ tiêu gia đình học tập đến 2020 là bao nhiêu?';
    expect(planComparison(question.replace(/[,?]/gu, ''), undefined, ['document', 'number'], lexicon)).toBeUndefined();
    // The same facet asked of each year is asked of each.
    expect(planComparison('chủ đề tuần lễ năm 2023 là gì và năm 2024 là gì', undefined, ['theme'], lexicon)?.sides.map((side) => side.said)).toEqual(['2023', '2024']);
  });

  it('answers which side came first with each side\'s own date, not from the section comparing them otherwise', async () => {
    const reply = await engine.answer('Ngày Khuyến học và Tuần lễ học tập suốt đời, cái nào có trước?', [], {});
    expect(reply.text).toContain('16/09/2008');
    expect(reply.text).toMatch(/Tuần lễ năm 202[34] diễn ra/u);
    // Asked how they differ, the section comparing them answers whole.
    expect((await engine.answer('Ngày Khuyến học và Tuần lễ học tập suốt đời khác nhau thế nào?', [], {})).citations).toHaveLength(1);
  });

  it('answers each side with its own sentences, not a sentence found with it about the other side', async () => {
    const reply = await engine.answer('quyết định 122 và quyết định 1272 cái nào ban hành trước', [], {});
    expect(reply.text).toContain('16/09/2008');
    expect(reply.text).toContain('29/02/1996');
    expect(reply.text).not.toContain('02/10/1996');
  });

  it('asks each side its date when the comparison asks which came first (`comparison-time-order`)', () => {
    for (const cue of (languageData('question-cues.yaml') as { 'comparison-time-order': string[] })['comparison-time-order']) {
      const plan = planComparison(`gia đình học tập và công dân học tập ${cue}`, undefined, ['comparison'], lexicon);
      expect(plan?.byTime, cue).toBe(true);
      for (const side of plan!.sides) expect(plan!.side(side).facets, cue).toContain('date');
    }
    // How far apart in time ("cách nhau bao lâu", a number's cue too) is the gap between the dates, no side's figure.
    const apart = understand('gia đình học tập và công dân học tập cách nhau bao lâu', lexicon);
    expect(apart.facets).toEqual(expect.arrayContaining(['number', 'comparison']));
    const gap = planComparison('gia đình học tập và công dân học tập cách nhau bao lâu', undefined, apart.facets, lexicon)!;
    for (const side of gap.sides) expect(gap.side(side).facets).toEqual(['date']);
    const differ = planComparison('gia đình học tập và công dân học tập khác nhau thế nào', undefined, ['comparison'], lexicon)!;
    expect(differ.byTime).toBe(false);
    for (const side of differ.sides) expect(differ.side(side).facets).not.toContain('date');
  });

  it('asks each side with the clause naming the sides, and says a line both sides found once', async () => {
    const reply = await engine.answer('Tỷ lệ gia đình học tập ở Hà Nội và TP.HCM, nơi nào cao hơn?', [], {});
    expect(reply.text).toContain('67%');
    expect(reply.text).toContain('80%');
    for (const line of reply.text.split('\n').filter((l) => l.trim() !== '')) {
      expect(reply.text.split(line)).toHaveLength(2);
    }
  });
});

describe('comparison plan', () => {
  it('searches each side by the name the documents use, without the words pointing at both ("hai cái này")', () => {
    const both = 'Mình thấy có Gia đình học tập và Công dân học tập, hai cái này khác nhau chỗ nào, mỗi cái do quyết định nào đặt ra ạ?';
    const understood = understand(both, lexicon);
    expect(understood.facets).toContain('comparison');
    const plan = planComparison(understood.query, understood.context, understood.facets, lexicon)!;
    const sides = plan.sides.map((side) => plan.side(side).question);
    expect(sides).toEqual([expect.stringMatching(/gia đình học tập$/u), expect.stringMatching(/công dân học tập$/u)]);
    for (const side of sides) expect(side).not.toMatch(/hai cái/u);
  });

  it('asks each side named only by a story before the question what the question asks, without the story', () => {
    const story = 'Hôm nay ban đại diện phát tờ rơi nói cả gia đình học tập lẫn công dân học tập, bà đọc mà lẫn lộn. Hai cái đó khác nhau thế nào, mỗi cái theo văn bản nào?';
    const understood = understand(story, lexicon);
    expect(understood.context).toContain('tờ rơi');
    const plan = planComparison(understood.query, understood.context, understood.facets, lexicon)!;
    const sides = plan.sides.map((side) => plan.side(side).question);
    expect(sides).toEqual([expect.stringMatching(/văn bản nào gia đình học tập$/u), expect.stringMatching(/văn bản nào công dân học tập$/u)]);
    for (const side of sides) expect(side).not.toMatch(/tờ rơi|đại diện/u);
    // A clause naming what is counted besides the sides says what each side is asked of.
    const counted = understand('Em thấy hồi năm 2020 mạng lưới UNESCO còn ít thành phố. Ad so sánh giúp em số thành viên cuối năm 2020 với đợt mới nhất', lexicon);
    const countedPlan = planComparison(counted.query, counted.context, counted.facets, lexicon)!;
    for (const side of countedPlan.sides) expect(countedPlan.side(side).question).toMatch(/unesco/iu);
    // A question asking nothing but which is higher is asked with the clause that says what is compared.
    const rates = understand('Tỷ lệ gia đình học tập ở Hà Nội và TP.HCM, nơi nào cao hơn?', lexicon);
    const ratePlan = planComparison(rates.query, rates.context, rates.facets, lexicon)!;
    for (const side of ratePlan.sides) expect(ratePlan.side(side).question).toMatch(/tỷ lệ gia đình học tập/iu);
  });

  it('reads "có chung … không" as a comparison answered by both sides, never judged yes or no on one side', () => {
    const understood = understand('tiêu chí cdht vs gđht do ai ban hành, có chung 1 quyết định ko ad', lexicon);
    expect(understood.facets).toEqual(expect.arrayContaining(['comparison', 'yesno']));
    const plan = planComparison(understood.query, understood.context, understood.facets, lexicon)!;
    expect(plan.sides).toHaveLength(2);
    for (const side of plan.sides) expect(plan.side(side).facets).not.toContain('yesno');
  });
});
