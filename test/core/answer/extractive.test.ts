// Extractive answers: relevant sentences in passage order, each cited, covering every facet of the question.
import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../../src/core/answer/extractive.js';
import { matchSentence, questionTerms } from '../../../src/core/answer/sentences.js';
import { loadLanguage } from '../../../src/language.js';
import { ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);

describe('composeExtractive', () => {
  it('picks the sentences that answer the question and cites their document', () => {
    const p = passage('Quyết định 387/QĐ-TTg ban hành năm 2022. Đến năm 2025 có 70% gia đình đạt Gia đình học tập. Hội Khuyến học vận động người dân.', {
      title: 'Quyết định 387/QĐ-TTg',
      number: '387/QĐ-TTg',
      issued: '2022-03-25',
    });
    const answer = composeExtractive('Tỷ lệ gia đình học tập năm 2025 là bao nhiêu?', [p]);
    expect(answer.text).toContain('Đến năm 2025 có 70% gia đình đạt Gia đình học tập. [1]');
    expect(answer.citations).toEqual([expect.objectContaining({ n: 1, reference: '387/QĐ-TTg, 25/03/2022', chunkId: p.chunkId })]);
  });

  it('matches a date said with its words to the same date written with leading zeros ("tháng 2" and "14/02/2024")', () => {
    const { matched } = matchSentence('Ngày 14/02/2024, mạng lưới kết nạp thêm 64 thành viên (minh họa).', questionTerms('ngày 14 tháng 2 năm 2024 kết nạp bao nhiêu'));
    expect(matched).toEqual(expect.arrayContaining(['14', '2', '2024']));
    // A group of zeros keeps one: "500.000" and "2.000.000" share no empty term.
    expect(matchSentence('Mỗi gia đình được thưởng 2.000.000 đồng.', questionTerms('mức thưởng 500.000 đồng')).matched).not.toContain('');
  });

  it('says a sentence leaning on one not said before it ("Vì vậy, …") without its "Vì vậy", and keeps it after that one', () => {
    const reason = 'Cộng đồng học tập cấp xã hiện nay được đánh giá theo Thông tư 25/2023/TT-BGDĐT, có hiệu lực từ ngày 12/02/2024.';
    const old = 'Vì vậy, Thông tư 44/2014/TT-BGDĐT được coi là quy định cũ đã được thay thế.';
    const together = composeExtractive('Thông tư 44/2014 có được coi là quy định cũ không?', [passage(`${reason} ${old}`)], { lexicon });
    expect(together.text).toContain(old);
    const alone = composeExtractive('Thông tư 44/2014 có được coi là quy định cũ không?', [passage(old)], { lexicon });
    expect(alone.text).toMatch(/^Thông tư 44\/2014\/TT-BGDĐT được coi là quy định cũ/u);
    // A lead said before the passage is not the sentence it leans on.
    const led = composeExtractive('Thông tư 44/2014 có được coi là quy định cũ không?', [passage(old)], { lexicon, lead: 'Thông tư 44/2014/TT-BGDĐT ban hành ngày 12/12/2014.' });
    expect(led.text).not.toContain('Vì vậy');
    expect(composeExtractive('Như vậy là sao?', [passage('Như vậy là mỗi xã tự lập kế hoạch.')], { lexicon }).text).toMatch(/^Như vậy là/u);
  });

  it('says a sentence once when another document nearly repeats it, but keeps list items sharing their frame', () => {
    const caveat = 'Từ giữa năm 2025 không còn cấp huyện; cơ quan công nhận Đơn vị học tập hiện nay chưa được xác nhận chính thức.';
    const copy = 'Từ giữa năm 2025 không còn cấp huyện; hiện nay cơ quan nào công nhận Đơn vị học tập chưa được xác nhận chính thức.';
    const answer = composeExtractive('Cơ quan nào công nhận đơn vị học tập cấp huyện hiện nay?', [passage(caveat), passage(copy)]);
    expect(answer.text.match(/chưa được xác nhận/gu)).toHaveLength(1);
    // The same figures in another order are the same sentence again.
    const rule = 'Xã được đề nghị công nhận Cộng đồng học tập mức độ 2 khi đã qua ít nhất 12 tháng kể từ ngày có quyết định công nhận mức độ 1 (Thông tư 25/2023/TT-BGDĐT).';
    const reworded = 'Theo Thông tư 25/2023/TT-BGDĐT, một xã chỉ được đề nghị công nhận Cộng đồng học tập mức độ 2 khi đã qua ít nhất 12 tháng kể từ ngày có quyết định công nhận mức độ 1.';
    const wait = composeExtractive('Xã đạt mức độ 1 rồi thì bao lâu được đề nghị mức độ 2?', [passage(rule), passage(reworded)]);
    expect(wait.text.match(/12 tháng/gu)).toHaveLength(1);
    const list = passage('Các mô hình học tập gồm:\n- Gia đình học tập là mô hình do Quyết định 281 lập ra.\n- Dòng họ học tập là mô hình do Quyết định 281 lập ra.');
    const models = composeExtractive('Quyết định 281 lập ra những mô hình nào?', [list], { facets: ['list'], lexicon });
    expect(models.text).toContain('Gia đình học tập là mô hình');
    expect(models.text).toContain('Dòng họ học tập là mô hình');
  });

  it('prefers the sentence about the document and year asked over one naming only others', () => {
    const p = passage(
      [
        'Theo Quyết định 387/QĐ-TTg, đến năm 2025 phấn đấu có 70% số gia đình đạt danh hiệu Gia đình học tập.',
        'Theo Quyết định 387/QĐ-TTg, đến năm 2025 phấn đấu có 65% số dòng họ đạt danh hiệu Dòng họ học tập.',
        'Theo Quyết định 387/QĐ-TTg, đến năm 2025 phấn đấu có 80% số cơ quan, trường học đạt danh hiệu Đơn vị học tập.',
        'Theo Quyết định 281/QĐ-TTg, mục tiêu đến năm 2020 là 50% cơ quan, trường học đạt Đơn vị học tập.',
      ].join(' '),
      {},
    );
    // Room for one sentence: the one about QĐ 387 and 2025, though the other shares "mục tiêu … là" with the question.
    const answer = composeExtractive('mục tiêu đơn vị học tập đến năm 2025 theo quyết định 387 là bao nhiêu', [p], { lexicon, maxChars: 120 });
    expect(answer.text).toContain('80%');
    expect(answer.text).not.toContain('50%');
  });

  it('adds a second sentence for the part of the question the first one lacks', () => {
    const p = passage(
      'Tuần lễ hưởng ứng học tập suốt đời năm 2023 diễn ra từ ngày 2 đến ngày 8/10/2023, khai mạc ngày 2/10/2023 tại các địa phương. Chủ đề năm 2023 là "Xây dựng năng lực tự học trong kỉ nguyên số".',
      { title: 'Tuần lễ hưởng ứng học tập suốt đời' },
    );
    const answer = composeExtractive('chu de tuan le hoc tap suot doi 2023', [p]);
    expect(answer.text).toContain('năng lực tự học');
  });

  it('prefers a sentence giving a reason for a "why" question', () => {
    const p = passage(
      'Ngày Khuyến học Việt Nam là ngày 2/10 hằng năm. Ngày 2/10 được nhắc đến trong lịch hoạt động khuyến học. Hội Khuyến học ra mắt ngày 2/10/1996, vì vậy ngày này được chọn.',
      {},
    );
    expect(composeExtractive('tai sao ngay khuyen hoc la 2/10', [p], { maxSentences: 2 }).text).toContain('1996');
  });

  it('numbers citations per document and keeps passage order', () => {
    const a = passage('Gia đình học tập đạt 70% vào năm 2025.', { title: 'A' });
    const b = passage('Dòng họ học tập đạt 65% vào năm 2025.', { title: 'B' });
    const answer = composeExtractive('gia đình học tập và dòng họ học tập năm 2025', [a, b]);
    expect(answer.text).toBe('Gia đình học tập đạt 70% vào năm 2025. [1] Dòng họ học tập đạt 65% vào năm 2025. [2]');
    expect(answer.citations.map((c) => c.title)).toEqual(['A', 'B']);
  });

  it('falls back to the best passage in order when nothing matches, and respects the length limit', () => {
    const p = passage('Câu đầu tiên. Câu thứ hai.');
    expect(composeExtractive('xyz', [p]).text).toBe('Câu đầu tiên. [1] Câu thứ hai. [1]');
    // With room for one sentence only, the first one stands alone.
    expect(composeExtractive('xyz', [p], { maxChars: 20 }).text).toBe('Câu đầu tiên. [1]');
    const long = passage(`${'Học tập suốt đời '.repeat(80)}.`);
    expect(composeExtractive('học tập suốt đời', [long], { maxChars: 100 }).text.length).toBeLessThan(110);
    expect(composeExtractive('học tập', [])).toEqual({ text: '', citations: [], carried: [] });
  });

  it('fills the room left with the rest of the best passage, in its order, but not with other passages', () => {
    const best = passage('Gia đình học tập là danh hiệu công nhận hằng năm. Danh hiệu do Ủy ban nhân dân cấp xã công nhận. Hồ sơ nộp trước ngày 15/12.', {
      title: 'Gia đình học tập',
    });
    const other = passage('Dòng họ học tập là danh hiệu khác.', { title: 'Dòng họ học tập' }, { score: 0.9 });
    const answer = composeExtractive('gia đình học tập là gì', [best, other], { maxSentences: 1 });
    expect(answer.text).toBe(
      'Gia đình học tập là danh hiệu công nhận hằng năm. [1] Danh hiệu do Ủy ban nhân dân cấp xã công nhận. [1] Hồ sơ nộp trước ngày 15/12. [1]',
    );
    expect(answer.citations.map((c) => c.title)).toEqual(['Gia đình học tập']);
  });

  it('asked only what something is, finishes the best passage before a runner-up takes the room', () => {
    const definition = passage(
      'Công dân học tập (viết tắt CDHT) là danh hiệu dành cho từng cá nhân, ghi nhận việc tự học và học tập suốt đời. Mô hình Công dân học tập được triển khai trên cả nước theo Quyết định 677/QĐ-TTg ngày 03/06/2022 của Thủ tướng Chính phủ.',
      { title: 'Công dân học tập' },
    );
    const targets = passage(
      'Chỉ tiêu Công dân học tập:\n- Tỷ lệ người lớn trong các Gia đình học tập đạt Công dân học tập là 40% vào năm 2025 và 60% vào năm 2030.\n- Tỷ lệ cán bộ, người lao động trong các Đơn vị học tập đạt Công dân học tập là 60% vào năm 2025 và 80% vào năm 2030.',
      { title: 'Chỉ tiêu' },
      { score: 0.92 },
    );
    const asked = composeExtractive('công dân học tập là gì', [definition, targets], { lexicon, facets: ['definition'], maxChars: 400 });
    expect(asked.text).toContain('Quyết định 677/QĐ-TTg');
    // Asked something more, the runner-up keeps its turn.
    const more = composeExtractive('công dân học tập là gì, chỉ tiêu bao nhiêu', [definition, targets], { lexicon, facets: ['definition', 'number'], maxChars: 400 });
    expect(more.text).toContain('40%');
  });
});
