// Subjects a question names, and passages naming them (or belonging to the named document) ranked first.
import { describe, expect, it } from 'vitest';
import { comparedSubjects, questionAbout } from '../../../src/core/answer/comparison.js';
import { preferNamedSubjects, subjectsOf, withoutDocumentYears, withoutUnsureChoices } from '../../../src/core/answer/subjects.js';
import { loadLanguage } from '../../../src/language.js';
import { languageData, ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);

describe('withoutDocumentYears', () => {
  const years = (text: string) => withoutDocumentYears(subjectsOf(text, lexicon), text, lexicon).flatMap((subject) => (subject.kind === 'year' ? [subject.year] : []));

  it('drops the year said after a document\'s number, and keeps one written in it or asked of', () => {
    expect(subjectsOf('quyết định 1315 năm 2023 ai ký', lexicon).some((subject) => subject.kind === 'year')).toBe(true);
    expect(years('quyết định 1315 năm 2023 ai ký')).toEqual([]);
    expect(years('thông tư 44/2014 ai ký')).toEqual(['2014']);
    expect(years('quyết định 677 đặt chỉ tiêu gì cho năm 2025')).toEqual(['2025']);
    // The document's passage naming no year keeps its rank before one that names the year for another reason.
    const signed = passage('Quyết định 1315/QĐ-TTg do Phó Thủ tướng ký.', { number: '1315/QĐ-TTg' }, { score: 1 });
    const launched = passage('Phong trào thi đua được phát động năm 2023.', { number: '1315/QĐ-TTg' }, { score: 0.95 });
    const question = 'quyết định 1315 năm 2023 ai ký';
    const rank = (subjects: ReturnType<typeof subjectsOf>) => preferNamedSubjects([signed, launched], subjects, lexicon, 0.7).map((p) => p.chunkId);
    expect(rank(subjectsOf(question, lexicon))).toEqual([launched.chunkId, signed.chunkId]);
    expect(rank(withoutDocumentYears(subjectsOf(question, lexicon), question, lexicon))).toEqual([signed.chunkId, launched.chunkId]);
  });
});

describe('preferNamedSubjects', () => {
  it('puts the named document\'s own passages before another document that only mentions it', () => {
    const question = 'ngày ban hành thông tư 24/2023 về đơn vị học tập';
    const mentions = passage('Hồ sơ Đơn vị học tập gửi trước ngày 15/1 năm sau (Thông tư 24/2023).', {}, { score: 1 });
    const own = passage('Thông tư này quy định việc đánh giá, công nhận.', { number: '24/2023/TT-BGDĐT' }, { score: 0.9 });
    const ranked = preferNamedSubjects([mentions, own], subjectsOf(question, lexicon), lexicon, 0.7);
    expect(ranked.map((p) => p.chunkId)).toEqual([own.chunkId, mentions.chunkId]);
  });

  it('lets the named document\'s passage rise even when it scores far below another passage', () => {
    const mentions = passage('Bảng tra nhanh: TT 24/2023 (Đơn vị học tập), TT 25/2023 (Cộng đồng học tập).', {}, { score: 1 });
    const other = passage('Đơn vị học tập được công nhận hằng năm.', {}, { score: 0.95 });
    const own = passage('Thông tư này quy định việc đánh giá, công nhận.', { number: '24/2023/TT-BGDĐT' }, { score: 0.3 });
    const ranked = preferNamedSubjects([mentions, other, own], subjectsOf('thông tư 24/2023 nói về gì', lexicon), lexicon, 0.7);
    expect(ranked[0]!.chunkId).toBe(own.chunkId);
  });

  it('keeps the named document\'s passage scoring near the best before its far ones that name more of the question', () => {
    const question = 'theo công văn 6782 các tỉnh báo cáo kết quả công nhận gia đình học tập trước ngày nào';
    const deadline = passage('Các tỉnh báo cáo kết quả mỗi năm một lần, trước ngày 15/12.', { number: '6782/BGDĐT-GDTX' }, { heading: 'Theo Công văn 6782, tỉnh báo cáo khi nào?', score: 1.2 });
    const who = passage('Sở Giáo dục và Đào tạo chủ trì đánh giá, công nhận Gia đình học tập.', { number: '6782/BGDĐT-GDTX' }, { heading: 'Theo Công văn 6782, ai công nhận Gia đình học tập?', score: 0.5 });
    const ranked = preferNamedSubjects([deadline, who], subjectsOf(question, lexicon), lexicon, 0.7);
    expect(ranked.map((p) => p.chunkId)).toEqual([deadline.chunkId, who.chunkId]);
    // Both near the best, the one naming more of the question goes first.
    const near = preferNamedSubjects([deadline, { ...who, score: 1.1 }], subjectsOf(question, lexicon), lexicon, 0.7);
    expect(near.map((p) => p.chunkId)).toEqual([who.chunkId, deadline.chunkId]);
  });

  it('measures and ranks past a passage headed by another covered place that never names the one asked', () => {
    const question = 'Vinh vào mạng lưới UNESCO năm nào';
    const elsewhere = passage('TP.HCM trở thành thành viên của mạng lưới UNESCO ngày 14/02/2024.', {}, { heading: 'TP.HCM gia nhập Mạng lưới UNESCO năm 2024', score: 1 });
    const steps = passage('Thành phố muốn gia nhập mạng lưới UNESCO làm theo 6 bước.', {}, { heading: 'Thành phố muốn vào mạng lưới UNESCO thì làm thế nào?', score: 0.8 });
    const members = passage('Hai thành phố đầu tiên của Việt Nam trong mạng lưới UNESCO là Sa Đéc và Vinh, cùng gia nhập năm 2020.', {}, { heading: 'Thành viên Việt Nam', score: 0.6 });
    const ranked = preferNamedSubjects([elsewhere, steps, members], subjectsOf(question, lexicon), lexicon, 0.7);
    expect(ranked.map((p) => p.chunkId)).toEqual([members.chunkId, steps.chunkId, elsewhere.chunkId]);
    // Naming the place asked in its text ("cùng đợt với Sơn La"), the other place's passage keeps its rank.
    const together = passage('TP.HCM vào mạng lưới UNESCO ngày 14/02/2024, cùng đợt với Sơn La.', {}, { heading: 'TP.HCM gia nhập Mạng lưới UNESCO năm 2024', score: 1 });
    const sonLa = preferNamedSubjects([together, steps, members], subjectsOf('Sơn La vào mạng lưới UNESCO năm nào', lexicon), lexicon, 0.7);
    expect(sonLa[0]!.chunkId).toBe(together.chunkId);
    // A weak passage left alone does not set the floor: it moves before nothing.
    const weak = passage('Tuần lễ hưởng ứng học tập suốt đời diễn ra vào đầu tháng 10.', {}, { heading: 'Tuần lễ', score: 0.2 });
    expect(preferNamedSubjects([elsewhere, weak], subjectsOf('Hà Nội có bao nhiêu dòng họ học tập', lexicon), lexicon, 0.7)[0]!.chunkId).toBe(elsewhere.chunkId);
  });

  it('measures and ranks past a passage headed by another title that never names the one asked', () => {
    const question = 'cộng đồng học tập chia mấy mức, mỗi mức khác gì';
    const unit = passage('Đơn vị học tập mức độ 1 cần ít nhất 80% thành viên đạt Công dân học tập, mức độ 2 cần 90%.', {}, { heading: 'Đơn vị học tập mức độ 1 và mức độ 2 khác nhau thế nào?', score: 1 });
    const levels = passage('Xã đề nghị mức độ 2 sau ít nhất 12 tháng kể từ khi được công nhận mức độ 1.', {}, { heading: 'Thông tư 25/2023 công nhận Cộng đồng học tập theo mấy mức độ?', score: 0.65 });
    expect(preferNamedSubjects([unit, levels], subjectsOf(question, lexicon), lexicon, 0.7).map((p) => p.chunkId)).toEqual([levels.chunkId, unit.chunkId]);
    // A title residents name for one level of another (`related-titles`) is spoken of by passages about that other title.
    const community = passage('Cộng đồng học tập cấp thôn, tổ dân phố là mô hình do Quyết định 281/QĐ-TTg lập ra.', {}, { heading: 'Cộng đồng học tập là gì?', score: 1 });
    const plan = passage('Hà Nội có kế hoạch xây dựng xã hội học tập đến năm 2030.', {}, { heading: 'Kế hoạch của Hà Nội', score: 0.9 });
    expect(preferNamedSubjects([community, plan], subjectsOf('tổ dân phố học tập là gì', lexicon), lexicon, 0.7)[0]!.chunkId).toBe(community.chunkId);
  });

  it('leaves the search order when no document is named', () => {
    const first = passage('Đơn vị học tập được công nhận hằng năm.', {}, { score: 1 });
    const second = passage('Thông tư này quy định việc đánh giá.', { number: '24/2023/TT-BGDĐT' }, { score: 0.9 });
    const ranked = preferNamedSubjects([first, second], subjectsOf('đơn vị học tập được công nhận khi nào', lexicon), lexicon, 0.7);
    expect(ranked.map((p) => p.chunkId)).toEqual([first.chunkId, second.chunkId]);
  });
});

describe('comparisons', () => {
  it('asks each side without the other side, the comparing words and the words joining the sides, by its written name', () => {
    const question = 'gia dinh hoc tap va cong dan hoc tap khac nhau the nao';
    const sides = comparedSubjects(question, lexicon).map((subject) => questionAbout(question, subject, lexicon));
    expect(sides).toEqual(['gia đình học tập', 'công dân học tập']);
  });
});

describe('withoutUnsureChoices', () => {
  const { 'unsure-markers': markers } = languageData('question-cues.yaml') as { 'unsure-markers': string[] };

  it('drops a missing number offered as a choice beside a found document, for every unsure marker, and only then', () => {
    expect(markers.length).toBeGreaterThan(0);
    const kept = (question: string, notFound: string[]) => withoutUnsureChoices(notFound, { question, query: 'qđ 387 qđ 389 nói về gì' }, lexicon);
    expect(markers.filter((marker) => kept(`qđ 387 hay 389 ${marker} nói về gì`, ['qđ 389']).length > 0)).toEqual([]);
    expect(kept('qđ 387 hay 389 cái nào mới hơn', ['qđ 389'])).toEqual(['qđ 389']);
    expect(kept('qđ 387 hay 389 gì đó nói về gì', ['qđ 387', 'qđ 389'])).toEqual(['qđ 387', 'qđ 389']);
    expect(kept('qđ 387 và 389 gì đó nói về gì', ['qđ 389'])).toEqual(['qđ 389']);
  });
});
