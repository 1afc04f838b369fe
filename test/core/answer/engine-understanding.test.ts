// The answer engine with the real language data over a real SQLite index: small talk, refusals, chatty messages, lists, echoes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerEngine, type AnswerEngine } from '../../../src/core/answer/engine.js';
import { fill } from '../../../src/core/messages.js';
import type { PassageSearch } from '../../../src/core/types.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { ROOT } from '../../helpers/core.js';
import { type Fixture, indexFixture, markdown } from '../../knowledge/helpers.js';

const { messages } = loadPrompts(`${ROOT}/prompts`);
const lexicon = loadLanguage(`${ROOT}/prompts`);

const CRITERIA = [
  'Gia đình có kế hoạch học tập hằng năm của các thành viên.',
  'Trẻ em trong độ tuổi đi học đều được đến trường.',
  'Người lớn tham gia sinh hoạt ở trung tâm học tập cộng đồng.',
  'Gia đình có tủ sách hoặc dùng thiết bị số để tự học.',
  'Các thành viên giữ gìn nếp sống văn hóa ở khu dân cư.',
];

let fixture: Fixture;
let queries: string[];
let engine: AnswerEngine;
beforeAll(async () => {
  fixture = await indexFixture({
    'qd-387.md': markdown(
      { title: 'Quyết định 387/QĐ-TTg', number: '387/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', issued: '2022-03-25' },
      [
        '# Quyết định 387/QĐ-TTg',
        '',
        '## Nội dung',
        '',
        'Văn bản này thường được gọi tắt là QĐ 387. Quyết định 387/QĐ-TTg phê duyệt Chương trình "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021–2030".',
        '',
        '## Chỉ tiêu',
        '',
        'Đến năm 2025 có 70% gia đình đạt danh hiệu Gia đình học tập và 65% dòng họ đạt danh hiệu Dòng họ học tập.',
      ].join('\n'),
    ),
    'gia-dinh-hoc-tap.md': markdown(
      { title: 'Gia đình học tập' },
      [
        '# Gia đình học tập',
        '',
        '## Khái niệm',
        '',
        'Gia đình học tập là danh hiệu công nhận những gia đình có các thành viên tích cực học tập suốt đời.',
        '',
        '## Làm bài tự chấm trên mạng',
        '',
        'Gia đình đang làm bài tự chấm Gia đình học tập trên mạng thì đăng nhập, làm bài theo từng bước rồi bấm gửi bài.',
        '',
        '## Điểm đạt',
        '',
        'Cần ít nhất 70 điểm để đạt Gia đình học tập.',
        '',
        '## Tiêu chí',
        '',
        'Tiêu chí công nhận Gia đình học tập gồm:',
        '',
        ...CRITERIA.map((item) => `- ${item}`),
      ].join('\n'),
    ),
    'ngay-khuyen-hoc.md': markdown(
      { title: 'Ngày Khuyến học Việt Nam' },
      'Ngày Khuyến học Việt Nam là ngày 2 tháng 10 hằng năm. Thủ tướng ban hành quyết định về ngày này vào ngày 16/09/2008.',
    ),
    'don-vi-hoc-tap.md': markdown(
      { title: 'Đơn vị học tập' },
      [
        '# Đơn vị học tập',
        '',
        '## Khái niệm',
        '',
        'Đơn vị học tập là danh hiệu dành cho cơ quan, tổ chức có cán bộ tích cực học tập.',
        '',
        '## Điều kiện',
        '',
        'Đơn vị học tập cần ít nhất 90% cán bộ đạt Công dân học tập thì mới được công nhận.',
        '',
        '## Hạn nộp hồ sơ',
        '',
        'Hồ sơ đề nghị công nhận Đơn vị học tập gửi trước ngày 15/1 năm sau.',
      ].join('\n'),
    ),
    'tuan-le.md': markdown(
      { title: 'Tuần lễ hưởng ứng học tập suốt đời' },
      [
        '# Tuần lễ hưởng ứng học tập suốt đời',
        '',
        '## Năm 2011',
        '',
        'Tuần lễ năm 2011 do Bộ Giáo dục và Đào tạo cùng Liên hợp quốc tổ chức.',
        '',
        '## Năm 2023',
        '',
        'Tuần lễ năm 2023 do các địa phương tổ chức theo hướng dẫn của Bộ.',
        '',
        '## Thời gian và chủ đề năm 2023',
        '',
        'Tuần lễ năm 2023 diễn ra từ ngày 2 đến ngày 8/10/2023. Chủ đề năm 2023 là "Xây dựng năng lực tự học trong kỉ nguyên số".',
      ].join('\n'),
    ),
    'cong-dan-hoc-tap.md': markdown(
      { title: 'Công dân học tập' },
      [
        '# Công dân học tập',
        '',
        '## Đăng ký và hạn nộp',
        '',
        'Công dân học tập tự đánh giá trên mạng; hạn nộp kết quả công dân học tập do xã hướng dẫn. Khi tự đánh giá trên mạng, phải khai số căn cước.',
        '',
        '## Điểm đạt',
        '',
        'Người đạt Công dân học tập cần ít nhất 80 điểm.',
        '',
        '## Số liệu',
        '',
        'Số liệu về Công dân học tập theo quyết định thì xem văn bản gốc.',
      ].join('\n'),
    ),
    'doanh-nghiep.md': markdown(
      { title: 'Doanh nghiệp' },
      ['# Doanh nghiệp', '', '## Doanh nghiệp có được công nhận không?', '', 'Doanh nghiệp có thể được công nhận theo phong trào thi đua.'].join('\n'),
    ),
    'khau-hieu.md': markdown(
      { title: 'Khẩu hiệu học tập suốt đời' },
      ['# Khẩu hiệu học tập suốt đời', '', '## Khẩu hiệu', '', 'Khẩu hiệu của UNESCO là: "Học để biết, học để làm, học để chung sống, học để tự khẳng định mình".'].join('\n'),
    ),
    'dong-thap.md': markdown(
      { title: 'Đồng Tháp học tập' },
      ['# Đồng Tháp học tập', '', '## Gia đình học tập ở Đồng Tháp', '', 'Tỉnh Đồng Tháp có 120 nghìn Gia đình học tập (số liệu minh họa của bài kiểm thử).'].join('\n'),
    ),
    'son-la.md': markdown(
      { title: 'Sơn La học tập' },
      [
        '# Sơn La học tập',
        '',
        '## Sơn La xây dựng xã hội học tập',
        '',
        'Sơn La có 3.000 Gia đình học tập (số liệu minh họa của bài kiểm thử). Sơn La nhân rộng mô hình Công dân học tập theo Quyết định 677/QĐ-TTg ngày 03/06/2022.',
      ].join('\n'),
    ),
    'thi-dua-khen-thuong.md': markdown(
      { title: 'Khen thưởng phong trào thi đua' },
      ['# Khen thưởng phong trào thi đua', '', '## Hình thức khen thưởng', '', 'Tập thể có thành tích trong phong trào thi đua được tặng Bằng khen hoặc Giấy khen (minh họa của bài kiểm thử).'].join('\n'),
    ),
    'bieu-duong.md': markdown(
      { title: 'Biểu dương mô hình' },
      ['# Biểu dương mô hình', '', '## Đại hội biểu dương', '', 'Các đại hội đã biểu dương tổng cộng 8.272 mô hình tiêu biểu.'].join('\n'),
    ),
    'van-ban-goc.md': markdown(
      { title: 'Đọc văn bản gốc' },
      ['# Đọc văn bản gốc', '', '## Câu đầy đủ', '', 'Câu đầy đủ của một điều khoản là gì thì xem văn bản gốc.'].join('\n'),
    ),
    'qd-677.md': markdown(
      { title: 'Quyết định 677/QĐ-TTg', number: '677/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', issued: '2022-06-03' },
      [
        '# Quyết định 677/QĐ-TTg',
        '',
        '## Nội dung',
        '',
        'Quyết định 677/QĐ-TTg phê duyệt Chương trình "Xây dựng mô hình Công dân học tập giai đoạn 2021–2030". Thủ tướng ban hành quyết định này ngày 03/06/2022.',
        '',
        '## Chỉ tiêu',
        '',
        'Chỉ tiêu đến năm 2030 là 60% người lớn đạt Công dân học tập; đây là con số đúng theo quyết định.',
      ].join('\n'),
    ),
  });
  queries = [];
  const search: PassageSearch = {
    search(query, options) {
      queries.push(query);
      return fixture.search.search(query, options);
    },
  };
  engine = createAnswerEngine({ search, messages, lexicon });
});
afterAll(() => fixture.cleanup());

const ask = (question: string, history: { question: string; answer: string }[] = [], now?: Date) => engine.answer(question, history, { now });

describe('answer engine with question understanding', () => {
  it('answers small talk in small-talk mode without searching, and never with the previous answer', async () => {
    const previous = await ask('gia đình học tập là gì');
    expect(previous.mode).toBe('extractive');
    const history = [{ question: 'gia đình học tập là gì', answer: previous.text }];
    const searched = queries.length;
    for (const [text, kind] of [['xin chào', 'greeting'], ['ok', 'acknowledge'], ['👍', 'acknowledge'], ['bạn là ai', 'identity'], ['có ai trực không', 'human']] as const) {
      const reply = await ask(text, history);
      expect(reply).toEqual({ text: messages.smallTalk[kind], citations: [], mode: 'smalltalk', refused: false, passages: [] });
      expect(reply.text).not.toContain(previous.text);
    }
    expect(queries.length).toBe(searched);
  });

  it('answers a message that asks nothing and finds nothing, or tells a story, as small talk, and refuses a question that finds nothing', async () => {
    const told = await ask('hôm nay mệt quá trời luôn');
    expect(told).toEqual({ text: messages.toldNotAsked, citations: [], mode: 'smalltalk', refused: false, passages: [] });
    const story = await ask('Chi hội mình năm nào cũng đi từng nhà vận động bà con tự đánh giá Công dân học tập trên mạng, vất vả lắm');
    expect(story).toMatchObject({ text: messages.toldNotAsked, mode: 'smalltalk' });
    for (const asked of ['hôm nay mệt quá thì làm sao', 'cho mình xin cách hết mệt']) {
      const reply = await ask(asked);
      expect(reply.refused).toBe(true);
      expect(reply.text).toBe(messages.refusal);
    }
  });

  it('asks what a question about no subject is about, and answers the same words after an answer as a follow-up', async () => {
    const searched = queries.length;
    for (const vague of ['sao vậy ad ơi', 'là gì', 'thế là sao ạ', 'o dau vay', 'khi nao z']) {
      expect(await ask(vague)).toEqual({ text: messages.askWhatAbout, citations: [], mode: 'smalltalk', refused: false, passages: [] });
    }
    expect(queries.length).toBe(searched);
    // Typed with diacritics, a topic that folds onto a question word is a topic ("thi" is no "thì", "mã" no "mà").
    for (const topic of ['thi ở đâu vậy', 'mã là gì', 'thẻ là gì', 'có phải máy không']) expect((await ask(topic)).text).not.toBe(messages.askWhatAbout);
    const previous = await ask('quyết định 387 nói về gì');
    const followUp = await ask('là sao ạ', [{ question: 'quyết định 387 nói về gì', answer: previous.text }]);
    expect(followUp.mode).toBe('extractive');
    expect(followUp.text).toContain('387');
  });

  it('does not repeat the answer when thanked for it', async () => {
    const previous = await ask('tiêu chí gia đình học tập gồm những gì');
    const thanks = await ask('cảm ơn ad nhiều nha', [{ question: 'tiêu chí gia đình học tập gồm những gì', answer: previous.text }]);
    expect(thanks.mode).toBe('smalltalk');
    expect(thanks.text).toBe(messages.smallTalk.thanks);
    expect(thanks.text).not.toContain(CRITERIA[0]);
  });

  it('gives a chatty message the same answer as its short form', async () => {
    const short = await ask('gia đình học tập là gì');
    const chatty = await ask('Dạ ad ơi cho em hỏi chút, gia đình học tập là gì vậy ạ? Em cảm ơn ad nhiều');
    const nodiac = await ask('ad oi cho em hoi gdht la j vay');
    expect(short.text).toContain('Gia đình học tập là danh hiệu');
    expect(chatty.text).toBe(short.text);
    expect(nodiac.text).toBe(short.text);
    expect(chatty.citations).toEqual(short.citations);
  });

  it('returns every item of a list that is asked for, under its lead, with one citation', async () => {
    for (const question of ['tiêu chí gia đình học tập gồm những gì', 'tieu chi gdht gom nhung gi']) {
      const answer = await ask(question);
      expect(answer.mode).toBe('extractive');
      expect(answer.text.startsWith('Tiêu chí công nhận Gia đình học tập gồm:\n')).toBe(true);
      for (const item of CRITERIA) expect(answer.text).toContain(`• ${item}`);
      expect(answer.text.match(/\[1\]/gu)).toHaveLength(1);
      expect(answer.citations.map((c) => c.title)).toEqual(['Gia đình học tập']);
    }
  });

  it('never answers with only the sentence that restates the document\'s short name', async () => {
    const echo = 'Văn bản này thường được gọi tắt là QĐ 387.';
    // Restating the question: the echo is left out, what the decision does is the answer.
    const restated = await ask('văn bản thường được gọi tắt là QĐ 387 nói về gì');
    expect(restated.text).toContain('phê duyệt Chương trình');
    expect(restated.text).not.toContain(echo);
    for (const question of ['quyết định 387 nói về gì', 'qd387 noi ve j', 'QĐ 387 là gì']) {
      const answer = await ask(question);
      expect(answer.text).toContain('phê duyệt Chương trình');
      expect(answer.citations[0]).toMatchObject({ title: 'Quyết định 387/QĐ-TTg' });
    }
  });

  it('answers a long message from its clearest clause when all its questions together cover too little', async () => {
    const before = queries.length;
    const answer = await ask('Bài toán lớp 9 về phương trình bậc hai giải thế nào? Gia đình học tập là gì?');
    expect(queries.slice(before)).toContain('gia đình học tập là gì');
    expect(answer).toMatchObject({ mode: 'extractive', refused: false });
    expect(answer.text).toContain('Gia đình học tập là danh hiệu');
  });

  it('answers a long message from the clause whose passages are about the subject an earlier clause named', async () => {
    const reply = await ask('Hôm qua họp tổ dân phố có bàn chuyện Đơn vị học tập, cả nhà bàn tán mãi. Cho mình hỏi cái danh hiệu đó là gì, ai công nhận?');
    expect(reply.text).toContain('Đơn vị học tập là danh hiệu');
  });

  it('answers a long message from the clause whose passages name more of what the message names', async () => {
    // "Tổng cộng bao nhiêu vậy" alone finds another "tổng cộng"; the clause naming Sơn La's families finds its figure.
    const reply = await ask('Bà con mình đang bàn về phong trào ở Sơn La, nghe nói ở đó nhiều gia đình học tập lắm đúng không ạ? Tổng cộng bao nhiêu vậy?');
    expect(reply.text).toContain('Sơn La có 3.000 Gia đình học tập');
    expect(reply.text).not.toContain('8.272');
  });

  it('compares two documents by what each one does when nothing else is asked', async () => {
    const reply = await ask('Bộ ra quyết định số 387 và 677 cùng năm 2022. Hai quyết định này khác nhau ở chỗ nào?');
    expect(reply.text).toContain('Đẩy mạnh phong trào học tập suốt đời');
    expect(reply.text).toContain('Xây dựng mô hình Công dân học tập');
    expect(reply.citations.map((c) => c.reference)).toEqual(['387/QĐ-TTg, 25/03/2022', '677/QĐ-TTg, 03/06/2022']);
  });

  it('compares two titles by what each one is when nothing else is asked', async () => {
    const reply = await ask('gdht vs dvht khac nhau ntn');
    expect(reply.text).toContain('Gia đình học tập là danh hiệu');
    expect(reply.text).toContain('Đơn vị học tập là danh hiệu');
    // Nothing but what each one is: not the deadline, not the criteria.
    expect(reply.text).not.toContain('15/1');
    expect(reply.text).not.toContain(CRITERIA[0]);
  });

  it('compares the two sides the clause before names when the comparison itself names none', async () => {
    const reply = await ask('Hai đứa nhà mình cãi nhau: đứa lớn bảo Ngày Khuyến học với Tuần lễ hưởng ứng học tập suốt đời là một, đứa nhỏ bảo khác. Cái nào do Bộ tổ chức?');
    expect(reply.text).toContain('Ngày Khuyến học Việt Nam là ngày 2 tháng 10');
    expect(reply.text).toContain('Tuần lễ năm');
  });

  it('compares two documents named in a long message, each side judged on its own evidence', async () => {
    const reply = await ask('Mình mới về làm ở xã, trên gửi xuống hai quyết định 387 và 677 năm 2022, số na ná nhau nên cứ nhầm hoài. Bạn nói giúp hai quyết định đó khác nhau chỗ nào với?');
    expect(reply.mode).toBe('extractive');
    expect(reply.citations.map((c) => c.reference)).toEqual(['387/QĐ-TTg, 25/03/2022', '677/QĐ-TTg, 03/06/2022']);
  });

  it('answers a follow-up asking more about the subject the earlier message was about, not about what it asked', async () => {
    const first = 'Phường mình đang xin công nhận đơn vị học tập. Phải có bao nhiêu phần trăm cán bộ là công dân học tập vậy?';
    const earlier = await ask(first);
    expect(earlier.text).toContain('90%');
    const reply = await ask('hạn nộp khi nào', [{ question: first, answer: earlier.text }]);
    expect(reply.text).toContain('15/1');
  });

  it('answers each of two clauses asking different things about their own subjects', async () => {
    const reply = await ask('Quyết định 387 đặt chỉ tiêu bao nhiêu phần trăm gia đình học tập, còn Ngày Khuyến học Việt Nam là ngày nào vậy?');
    // One line per clause, in the order asked.
    const [first, second] = reply.text.split('\n');
    expect(first).toContain('70%');
    expect(second).toContain('2 tháng 10');
  });

  it('carries a short follow-up whole to the next one ("tự đánh giá ở đâu" → "cần giấy tờ gì")', async () => {
    const turns = ['điểm đạt công dân học tập là bao nhiêu', 'tự đánh giá ở đâu'];
    const history: { question: string; answer: string }[] = [];
    for (const question of turns) history.push({ question, answer: (await ask(question, [...history])).text });
    const reply = await ask('cần giấy tờ gì', history);
    expect(reply.text).toContain('căn cước');
  });

  it('reads "hồi đó" as the year the previous answer named', async () => {
    const history = [{ question: 'tuần lễ học tập suốt đời đầu tiên là năm nào', answer: 'Tuần lễ đầu tiên diễn ra năm 2011. [1]' }];
    const reply = await ask('hồi đó cơ quan nào tổ chức', history);
    expect(reply.text).toContain('Liên hợp quốc');
  });

  it('reads a situation with figures with the question even when the question alone found a passage on its subject', async () => {
    const reply = await ask('Ông bảo chỉ tiêu người lớn là công dân học tập năm 2030 là 70%, nhưng cháu thấy ghi 60%. Rốt cuộc theo quyết định thì số nào đúng ạ?');
    expect(reply.text).toContain('60% người lớn');
  });

  it('searches a question naming no subject with the whole earlier clause when that clause names what is asked', async () => {
    const reply = await ask('khau hieu cua unesco hoc de biet hoc de lam, cau day du la gi');
    expect(reply.text).toContain('học để chung sống');
  });

  it('answers a question naming no subject about what a situation without figures is about, not about the situation', async () => {
    const reply = await ask('Ad ơi, nhà em đang làm bài tự chấm gia đình học tập trên mạng mà run quá 😅 Cho em hỏi phải được bao nhiêu điểm thì mới đạt ạ?');
    expect(reply.text).toContain('70 điểm');
  });

  it('answers a question naming no subject about the subject the resident named before it', async () => {
    const reply = await ask('Cơ quan em thi đua đơn vị học tập, có 88% cán bộ đạt công dân học tập. Vậy có được công nhận không ạ?');
    expect(reply.text).toContain('90%');
    // Answered with the question's own verb: "có được công nhận không" → "Chưa được."
    expect(reply.text.startsWith(messages.answerNoAs.replace('{predicate}', 'được'))).toBe(true);
  });

  it('answers a short question naming no subject about the previous question\'s subject', async () => {
    const first = await ask('Quyết định 677 nói về gì?');
    const reply = await ask('ban hành ngày nào vậy', [{ question: 'Quyết định 677 nói về gì?', answer: first.text }]);
    expect(reply.text).toContain('03/06/2022');
    expect(reply.citations[0]?.reference).toContain('677/QĐ-TTg');
  });

  it('answers a longer question naming no subject about the subject of the chat when its own passages are about another', async () => {
    const first = await ask('Gia đình học tập là gì?');
    const reply = await ask('Phải được bao nhiêu điểm thì mới đạt ạ?', [{ question: 'Gia đình học tập là gì?', answer: first.text }]);
    expect(reply.text).toContain('70 điểm');
    expect(reply.text).not.toContain('80 điểm');
  });

  it('judges a yes/no question naming its own subject by the figures the resident told before it', async () => {
    const reply = await ask('Cơ quan tôi có 85% cán bộ là công dân học tập. Vậy đơn vị học tập có được công nhận không?');
    expect(reply.text).toMatch(/^Chưa được\. /u);
    expect((await ask('Cơ quan tôi có 93% cán bộ là công dân học tập. Vậy đơn vị học tập có được công nhận không?')).text).toMatch(/^Được\. /u);
  });

  it('says it has no document of a number no passage carries, rather than answer from another document', async () => {
    const reply = await ask('quyet dinh 999/qd-ttg nam 2022 ve gia dinh hoc tap dat muc tieu bao nhieu phan tram');
    expect(reply).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'unknown_document', citations: [] });
    expect(reply.text).toBe(fill(messages.unknownDocument, { document: 'quyet dinh 999/QD-TTG' }));
    // A document the index has, named in the same words, is answered; so is one the question's own passages miss.
    expect(await ask('quyet dinh 387/qd-ttg nam 2022 ve gia dinh hoc tap dat muc tieu bao nhieu phan tram')).toMatchObject({ refused: false });
    expect((await ask('cdht theo quyết định 387 và 677 khác nhau thế nào')).refused).toBe(false);
    // Named with its year, a document is not found in a passage that has the same figure for something else.
    expect(await ask('quyết định 120/2022 về gia đình học tập quy định gì')).toMatchObject({ refused: true, refusalReason: 'unknown_document' });
  });

  it('answers the document it has when the resident offers two numbers as a choice, and refuses when it has neither', async () => {
    const unsure = await ask('qd 387 hay 389 gi do ve dong ho hoc tap, noi dung la gi');
    expect(unsure.refused).toBe(false);
    expect(unsure.citations[0]?.reference).toContain('387/QĐ-TTg');
    expect(await ask('quyết định 388 hay 389 nói về gì')).toMatchObject({ refused: true, refusalReason: 'unknown_document' });
    // Two numbers joined by "và", or offered as a choice without a word of doubt, are both asked; a choice beside a bare
    // number is no document found: the one missing is still said to be missing.
    expect(await ask('quyết định 387 và 389 khác nhau thế nào')).toMatchObject({ refused: true, refusalReason: 'unknown_document' });
    expect(await ask('quyết định 387 hay 389 cái nào mới hơn')).toMatchObject({ refused: true, refusalReason: 'unknown_document' });
    expect(await ask('quyết định 999 hay 1 cái gì đó về gia đình học tập quy định gì')).toMatchObject({ refused: true, refusalReason: 'unknown_document' });
  });

  it('reads a message dictated without punctuation, numbers said as words, as it would read typed', async () => {
    const dictated = await ask('dạ cho bác hỏi chút bác năm nay bảy mươi hai tuổi rồi mấy đứa cháu nói nhà mình nên làm gia đình học tập mà bác không rõ gia đình học tập là cái gì cháu giải thích giùm bác với cảm ơn cháu nhiều nhé');
    expect(dictated.refused).toBe(false);
    expect(dictated.text).toContain('danh hiệu công nhận những gia đình');
    for (const said of ['quyết định số ba trăm tám mươi bảy nói về cái gì vậy', 'quyet dinh ba tam bay noi ve gi', 'qđ ba tám bảy năm hai không hai hai là gì']) {
      expect((await ask(said)).citations[0]?.reference, said).toContain('387/QĐ-TTg');
    }
  });

  it('reads a message typed with the keyboard off, its Telex or VNI keystrokes left in, as it would read typed', async () => {
    const typed = await ask('gia dinh hoc tap la gi');
    for (const said of ['gia ddinhf hocj taapj la gi', 'gia d9i2nh ho5c ta6p5 la gi', 'Gia ddinhf học tập là gì']) {
      const reply = await ask(said);
      expect(reply.refused, said).toBe(false);
      expect(reply.text, said).toBe(typed.text);
    }
    expect((await ask('quyeets ddinhj ba tám bảy nói về gì')).citations[0]?.reference).toContain('387/QĐ-TTg');
  });

  it('answers a message that corrects itself as it goes for what it corrects to', async () => {
    for (const said of ['tuan le nam 2011 a nham 2023 do ai to chuc', 'Tuần lễ năm 2023 do ai tổ chức — à không, ý mình là năm 2011 cơ.']) {
      const reply = await ask(said);
      expect(reply.text, said).toContain(said.startsWith('tuan') ? 'các địa phương' : 'Liên hợp quốc');
      expect(reply.text, said).not.toContain(said.startsWith('tuan') ? 'Liên hợp quốc' : 'các địa phương');
    }
  });

  it('answers a complaint that says again what was asked as a follow-up, not as small talk', async () => {
    const first = await ask('tuần lễ năm 2023 do ai tổ chức');
    const again = await ask('sai rồi, mình hỏi năm 2011 cơ', [{ question: 'tuần lễ năm 2023 do ai tổ chức', answer: first.text }]);
    expect(again.mode).not.toBe('smalltalk');
    expect(again.text).toContain('Liên hợp quốc');
  });

  it('reads a year said by its last two digits ("năm 11", "năm hai ba") as that year, for the passages about it', async () => {
    for (const said of ['tuan le nam 11 do ai to chuc', 'tuần lễ năm mười một do ai tổ chức']) expect((await ask(said)).text, said).not.toContain('các địa phương');
    for (const said of ['tuan le nam 23 do ai to chuc', 'tuần lễ năm hai ba do ai tổ chức']) expect((await ask(said)).text, said).not.toContain('Liên hợp quốc');
  });

  it('answers from the one document a keystroke away from a mistyped number that the rest of the question finds, saying so', async () => {
    const reply = await ask('Quyết định 667 về công dân học tập nói về nội dung gì vậy?');
    expect(reply).toMatchObject({ refused: false, mode: 'extractive' });
    expect(reply.text.startsWith(fill(messages.documentCorrected, { document: 'quyết định 667', name: 'Quyết định 677/QĐ-TTg' }))).toBe(true);
    expect(reply.text).toContain('03/06/2022');
    expect(reply.citations[0]?.reference).toContain('677/QĐ-TTg');
    // Two digits swapped is one slip too; a number two slips away, or of another kind, stays unknown.
    expect((await ask('quyết định 767 về công dân học tập nói về gì')).refused).toBe(false);
    expect(await ask('quyết định 688 về công dân học tập nói về gì')).toMatchObject({ refused: true, refusalReason: 'unknown_document' });
    expect(await ask('thông tư 667 về công dân học tập nói về gì')).toMatchObject({ refused: true, refusalReason: 'unknown_document' });
    expect(await ask('công văn 678 về công dân học tập nói về gì')).toMatchObject({ refused: true, refusalReason: 'unknown_document' });
    // A year said right after the number must be the document's own.
    expect(await ask('quyết định 667 năm 2019 về công dân học tập nói về gì')).toMatchObject({ refused: true, refusalReason: 'unknown_document' });
    expect((await ask('quyết định 667 năm 2022 về công dân học tập nói về gì')).refused).toBe(false);
    // A question naming nothing else finds no document to stand for the number.
    expect(await ask('quyết định 667 nói về gì')).toMatchObject({ refused: true, refusalReason: 'unknown_document' });
    // What follows asks of the document answered, not of the number as typed.
    const asked = 'quyết định 667 năm 2022 về công dân học tập nói về gì';
    const history = [{ question: asked, answer: (await ask(asked)).text }];
    for (const followUp of ['quyết định đó do ai ký', 'còn chỉ tiêu đến 2030 thì sao']) {
      expect((await ask(followUp, history)).citations[0]?.reference).toContain('677/QĐ-TTg');
    }
  });

  it('says it has nothing on a province or country the documents never name, rather than answer with national figures', async () => {
    const reply = await ask('tỉnh Nghệ An có bao nhiêu gia đình học tập');
    expect(reply).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'unknown_place', citations: [] });
    expect(reply.text).toBe(fill(messages.unknownPlace, { place: 'Nghệ An' }));
    expect(await ask('nhat ban co phong trao gia dinh hoc tap ko')).toMatchObject({ refused: true, refusalReason: 'unknown_place' });
    // Where the asker lives is not what is asked; a province the documents name is answered.
    expect((await ask('Mình là giáo viên ở Nghệ An, đến năm 2025 bao nhiêu phần trăm gia đình đạt gia đình học tập?')).refused).toBe(false);
    const named = await ask('tỉnh Đồng Tháp có bao nhiêu gia đình học tập');
    expect(named.refused).toBe(false);
    expect(named.text).toContain('120 nghìn');
    // A province no list holds, named with capitals, is refused when asked yes or no as well as for figures.
    expect(await ask('tỉnh Đông Sơn Hải có phải thành viên mạng lưới thành phố học tập UNESCO không?')).toMatchObject({ refused: true, refusalReason: 'unknown_place' });
    // A city's former district is the city for what a question is about, but its own figure is not the city's.
    const part = await ask('tp thu duc co bao nhieu dong ho hoc tap');
    expect(part).toMatchObject({ refused: true, refusalReason: 'unknown_place' });
    expect(part.text).toBe(fill(messages.unknownPlace, { place: 'Thủ Đức' }));
    expect(await ask('đi họp tổ dân phố ở Bình Thạnh nghe nói gia đình học tập, cho hỏi gia đình học tập là gì')).toMatchObject({ refused: false });
  });

  it('says it has no figures of the asker\'s own commune or of one the documents never name', async () => {
    const reply = await ask('thôn mình năm nay có bao nhiêu gia đình học tập');
    expect(reply).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'local_figure', citations: [] });
    expect(reply.text).toBe(messages.noLocalFigures);
    expect(await ask('phuong 5 quan 8 co bao nhieu gia dinh hoc tap')).toMatchObject({ refused: true, refusalReason: 'local_figure' });
    // A rule asked of the asker's commune is answered.
    expect((await ask('xã mình phải có bao nhiêu phần trăm gia đình đạt gia đình học tập đến năm 2025')).refused).toBe(false);
  });

  it('says it has no figure of a title for a place whose passages give that title none', async () => {
    // Sơn La's passage names Công dân học tập with a document's number and date only, no figure.
    const reply = await ask('Sơn La có bao nhiêu công dân học tập?');
    expect(reply).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'place_figure', citations: [] });
    expect(reply.text).toBe(fill(messages.noPlaceFigures, { place: 'Sơn La' }));
    expect((await ask('son la co bao nhieu cong dan hoc tap')).text).toBe(fill(messages.noPlaceFigures, { place: 'Sơn La' }));
    // A figure the passages give for that place and title is answered; the whole country is no one place.
    const given = await ask('Sơn La có bao nhiêu gia đình học tập?');
    expect(given.refused).toBe(false);
    expect(given.text).toContain('3.000');
    expect((await ask('cả nước có bao nhiêu công dân học tập')).refusalReason).not.toBe('place_figure');
    // A target asked by someone who lives there is the national rule.
    expect((await ask('Bác ở Sơn La, chỉ tiêu gia đình học tập đến năm 2025 là bao nhiêu phần trăm?')).refusalReason).not.toBe('place_figure');
    // So is what a level requires ("yêu cầu", `rule-words`) asked by someone working there.
    const required = await ask('Chào ad, tôi ở Sơn La, đang làm hồ sơ cho một trường tiểu học xin công nhận Đơn vị học tập cấp tỉnh. Với cơ sở giáo dục thì mức độ 1 yêu cầu bao nhiêu phần trăm người học là Công dân học tập vậy ad?');
    expect(required.refused).toBe(false);
  });

  it('reads a count asked inside a yes/no frame as a count', async () => {
    expect(await ask('phường 5 quận 8 có bn dòng họ học tập hk')).toMatchObject({ refused: true, refusalReason: 'local_figure' });
  });

  it('says it has no figures of a named commune\'s level', async () => {
    expect(await ask('Xã An Phú của mình đang ở mức mấy rồi?')).toMatchObject({ refused: true, refusalReason: 'local_figure' });
  });

  it('makes no prediction of a result in a year still to come, and answers the same question of a year past', async () => {
    const now = new Date('2026-05-10T05:00:00Z');
    const predicted = await engine.answer('nam sau tp hcm co dat 90% gia dinh hoc tap khong', [], { now });
    expect(predicted).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'prediction' });
    expect(predicted.text).toBe(messages.noOpinion);
    expect((await engine.answer('Đến năm 2030 Việt Nam có đạt được 70% gia đình học tập không?', [], { now })).refusalReason).toBe('prediction');
    // Certainty asked of the asker's own commune is a prediction too.
    expect((await engine.answer('năm sau xã tôi có chắc lên được mức 2 không', [], { now })).refusalReason).toBe('prediction');
    // A year already past, the end of a period, or a rule asked of a later year with no place named is no prediction.
    for (const question of [
      'năm 2025 có đạt 70% gia đình học tập không',
      'Cộng đồng học tập mức độ 2 có được công nhận theo Quyết định 1373 giai đoạn 2021-2030 không',
      'đơn vị học tập được công nhận có giá trị đến năm 2027 không',
      'năm sau gia đình học tập có được công nhận lại không',
    ]) {
      expect((await engine.answer(question, [], { now })).refusalReason, question).not.toBe('prediction');
    }
  });

  it('says the documents do not give a count of things no passage gives, rather than another figure', async () => {
    // The passages name the community learning centres, but count none of them.
    const reply = await ask('cả nước hiện có bao nhiêu trung tâm học tập cộng đồng vậy ad');
    expect(reply).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'count_figure', citations: [] });
    expect(reply.text).toBe(messages.noCountFigure);
    // A count a passage gives is answered.
    const given = await ask('Sơn La có bao nhiêu gia đình học tập?');
    expect(given.refused).toBe(false);
    expect(given.text).toContain('3.000');
    // Of two places, the one no passage counts is said, before the other's figure.
    const twoPlaces = await ask('Sơn La với Hà Nội mỗi nơi có bao nhiêu gia đình học tập');
    expect(twoPlaces.refused).toBe(false);
    expect(twoPlaces.text.startsWith(fill(messages.countPlacesMissing, { places: 'Hà Nội' }))).toBe(true);
    expect(twoPlaces.text).toContain('3.000');
  });

  it('says the documents give no amount of money when a fee, bonus or budget is asked and no passage gives one', async () => {
    const reply = await ask('dang ky gia dinh hoc tap co mat le phi khong, bao nhieu tien mot lan');
    expect(reply).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'no_money_figure', citations: [] });
    expect(reply.text).toBe(messages.noMoneyFigures);
    expect((await ask('vào dòng họ học tập có phải đóng tiền không')).refusalReason).toBe('no_money_figure');
    // Typed bare, "lao dong tien tien" holds "đóng tiền" folded: only "phải đóng tiền" asks it.
    expect((await ask('sao co quan phai co danh hieu tap the lao dong tien tien moi dc cong nhan')).refusalReason).not.toBe('no_money_figure');
    // A count of rewarded models is no money.
    expect((await ask('tphcm khen thuong bao nhieu mo hinh hoc tap cap phuong xa')).refusalReason).not.toBe('no_money_figure');
    // "đề án", "đề nghị" are no purpose, typed bare or not, nor "để" whose part asks: the amount is asked.
    for (const asked of [
      'de an cua quyet dinh 387 nha nuoc chi tong cong bao nhieu tien',
      'Đề án của quyết định 387 có tổng kinh phí là bao nhiêu?',
      'Hồ sơ đề nghị công nhận gia đình học tập có mất lệ phí không?',
      'Để đăng ký gia đình học tập có mất phí không?',
    ]) {
      expect((await ask(asked)).refusalReason, asked).toBe('no_money_figure');
    }
    // An amount asked beside another question is still what the resident wants to know.
    expect((await ask('dòng họ học tập đăng ký ở đâu, lệ phí bao nhiêu')).refusalReason).toBe('no_money_figure');
    // A sum with its title between it and the amount asked, and an amount heard told and asked to be confirmed, though
    // passages name the movement's rewards ("tiền thưởng" said, no amount given).
    for (const asked of ['tiền thưởng gia đình học tập là bao nhiêu', 'Em nghe đồn sắp tới mỗi gia đình học tập được thưởng 2 triệu. Ad xác nhận giúp em con số đó với'])
      expect((await ask(asked)).refusalReason, asked).toBe('no_money_figure');
  });

  it('answers the rest of a message whose money words only tell the situation or the purpose', async () => {
    for (const message of [
      'Sếp giao xem quyết định 387 có những chỉ tiêu nào về gia đình học tập để dự trù kinh phí',
      'Bọn em cần in lại quyết định 387, in ấn tốn tiền nên em muốn chắc chắn. Quyết định 387 do cơ quan nào ban hành?',
    ]) {
      const reply = await ask(message);
      expect(reply.refused, message).toBe(false);
      expect(reply.text, message).not.toContain(messages.noMoneyFiguresBesides);
    }
  });

  it('answers a question asked beside whether something costs, then says the documents give no fee', async () => {
    const reply = await ask('Nhà tôi muốn đăng ký Gia đình học tập thì nộp giấy ở đâu, có mất lệ phí gì không?');
    expect(reply).toMatchObject({ refused: false, mode: 'extractive' });
    // The fee clause is not answered as a yes/no of its own: only the note speaks of it.
    expect(reply.text).toBe(`${(await ask('Nhà tôi muốn đăng ký Gia đình học tập thì nộp giấy ở đâu?')).text}\n\n${messages.noMoneyFiguresBesides}`);
    // A fee named in a request before the question is asked too, as an amount: refused.
    expect((await ask('Cho mình hỏi lệ phí đăng ký gia đình học tập. Nộp ở đâu?')).refusalReason).toBe('no_money_figure');
    // Whether it costs, asked alone, is refused as before.
    expect((await ask('đăng ký gia đình học tập có mất lệ phí gì không')).refusalReason).toBe('no_money_figure');
  });

  it('says the documents name no benefit when only a material benefit of a title is asked and no passage names one', async () => {
    const reply = await ask('nha minh duoc cong nhan gia dinh hoc tap thi co duoc giam thue khong');
    expect(reply).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'no_benefit', citations: [] });
    expect(reply.text).toBe(messages.noBenefits);
    // So is a benefit asked in general — unless a passage found names one: the network's benefits, the movement's awards.
    expect((await ask('được công nhận dòng họ học tập thì được lợi gì')).refusalReason).toBe('no_benefit');
    expect((await ask('đạt thành tích trong phong trào thi đua thì được hưởng gì')).refusalReason).toBeUndefined();
    // A question asking more than the benefit is answered.
    expect((await ask('quyết định 677 nói về gì, có được giảm thuế không')).refusalReason).not.toBe('no_benefit');
  });

  it('says the documents do not say whether taking part is compulsory or punished, when only that is asked', async () => {
    const reply = await ask('nha minh khong dang ky gia dinh hoc tap thi co bi phat khong');
    expect(reply).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'no_obligation', citations: [] });
    expect(reply.text).toBe(messages.noObligations);
    expect((await ask('tham gia dòng họ học tập có bắt buộc không')).refusalReason).toBe('no_obligation');
    // Neither is a requirement of a title the documents state, nor the points of a criterion.
    expect((await ask('đơn vị học tập cấp tỉnh có bắt buộc phải đạt lao động tiên tiến không')).refusalReason).not.toBe('no_obligation');
    expect((await ask('mẹ không đi học thì nhà mình có bị trừ điểm gia đình học tập không')).refused).toBe(false);
    // Typed bare, "có phạt" is "có phát động": a launch asked is no penalty; nor is a requirement asked of a registration.
    expect((await ask('nam nay xa co phat dong tuan le hoc tap suot doi khong')).refusalReason).not.toBe('no_obligation');
    expect((await ask('đăng ký cộng đồng học tập mức độ 2 thì có phải bắt buộc đạt mức độ 1 trước không')).refusalReason).not.toBe('no_obligation');
    // A question asking more than that is answered.
    expect((await ask('gia đình học tập là gì, không tham gia có bị phạt không')).refusalReason).not.toBe('no_obligation');
  });

  it('gives no opinion, prediction or ranking, unless a clause only tells one beside a question of its own', async () => {
    const opinion = await ask('Bạn thấy tỉnh nào làm xã hội học tập tốt nhất cả nước?');
    expect(opinion).toMatchObject({ refused: true, refusalReason: 'opinion', text: messages.noOpinion });
    expect((await ask('ad ước tính giúp đến 2030 cả nước có khoảng bao nhiêu công dân học tập')).refusalReason).toBe('opinion');
    expect((await ask('Hàng xóm bảo phong trào chỉ là hình thức. Vậy gia đình học tập là gì?')).refusalReason).toBeUndefined();
  });

  it('says it cannot act for the resident, then what the documents say of doing it, when asked to register, grade or recognise', async () => {
    const register = await ask('dang ky ho nha minh gia dinh hoc tap nam nay nhe, nha minh o to 5 thon dong');
    expect(register).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'act_request' });
    expect(register.text.startsWith(messages.cannotActLead)).toBe(true);
    expect(register.citations.length).toBeGreaterThan(0);
    // A story around the request is not small talk.
    expect(await ask('ad cấp giấy công nhận gđht cho nhà e luôn đi, nhà e đủ hết r mà')).toMatchObject({ refusalReason: 'act_request' });
    // Asked to act on something the documents say nothing of: only that Loa cannot, and whom to ask.
    expect(await ask('ad nộp hồ sơ giúp mình vụ chuyển nhượng cổ phần công ty luôn nhé')).toMatchObject({ refusalReason: 'act_request', text: messages.cannotAct, citations: [] });
    // Who does it, or how, is answered.
    expect((await ask('ai chấm điểm giúp các gia đình học tập')).refusalReason).not.toBe('act_request');
  });

  it('says it has no list of recognised units when asked whether the asker\'s own one holds a title', async () => {
    const reply = await ask('thôn mình năm nay đã được công nhận cộng đồng học tập chưa');
    expect(reply).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'local_status', citations: [] });
    expect(reply.text).toBe(messages.noLocalStatus);
  });

  it('refuses invented facts, insults and other subjects before any search', async () => {
    const searched = queries.length;
    const invent = await ask('gia đình học tập là gì, cứ bịa đại một con số đi');
    expect(invent).toMatchObject({ refused: true, mode: 'refusal', refusalReason: 'fabrication', text: messages.refusalAttack, passages: [] });
    expect(await ask('câm đi')).toMatchObject({ refused: true, refusalReason: 'abuse', text: messages.refusalAttack });
    expect(await ask('ngày mai thời tiết thế nào')).toMatchObject({ refused: true, refusalReason: 'out_of_scope', text: messages.refusal });
    expect(queries.length).toBe(searched);
  });
});

describe('answer engine: the Week of a relative year', () => {
  const week = { year: 2026, start: '2026-10-05', end: '2026-10-11', theme: 'Học tập số', events: [] };
  const withCalendar = (entries: (typeof week)[]) => {
    const byYear = new Map(entries.map((e) => [e.year, e]));
    return createAnswerEngine({ search: fixture.search, messages, lexicon, calendar: { get: (year) => byYear.get(year) } });
  };

  it('reads English words mixed in as their Vietnamese: "theme" asks the theme', async () => {
    for (const asked of ['theme tuan le 2023 la gi v ad', 'cho e xin theme của tuần lễ 2023']) {
      const { text } = await ask(asked);
      expect(text, asked).toContain('năng lực tự học');
    }
  });

  it('answers "năm nay" from the staff calendar, counted in Viet Nam time', async () => {
    const engine = withCalendar([week]);
    const answer = await engine.answer('tuần lễ học tập suốt đời năm nay diễn ra khi nào?', [], { now: new Date('2026-09-01T03:00:00Z') });
    expect(answer).toMatchObject({ mode: 'calendar', refused: false, citations: [] });
    expect(answer.text).toContain('05/10/2026');
    expect(answer.text).toContain(messages.weekTense.future);
    // 31 Dec 2025 23:30 UTC is already 2026 in Viet Nam.
    const newYear = await engine.answer('tuan le hoc tap suot doi nam nay khi nao', [], { now: new Date('2025-12-31T23:30:00Z') });
    expect(newYear.text).toContain('05/10/2026');
  });

  it('says "sắp tới" after this year\'s Week is next year\'s, not announced yet, with the last known year', async () => {
    const answer = await withCalendar([week]).answer('tuần lễ học tập suốt đời sắp tới diễn ra khi nào', [], { now: new Date('2026-11-30T03:00:00Z') });
    expect(answer.mode).toBe('calendar');
    expect(answer.text.startsWith(fill(messages.weekNotAnnounced, { year: 2027 }))).toBe(true);
    expect(answer.text).toContain(messages.weekTense.past);
    expect(answer.text).toContain('05/10/2026');
  });

  it('reads "thế còn năm sau?" after a question about the Week as a question about next year\'s Week', async () => {
    const engine = withCalendar([week]);
    const first = 'tuần lễ học tập suốt đời năm nay diễn ra khi nào';
    const now = new Date('2026-09-01T03:00:00Z');
    const answer = await engine.answer('thế còn năm sau?', [{ question: first, answer: '…' }], { now });
    expect(answer.mode).toBe('calendar');
    expect(answer.text.startsWith(fill(messages.weekNotAnnounced, { year: 2027 }))).toBe(true);
  });

  it('reads a follow-up naming another event after a question about the Week as a question about that event', async () => {
    const engine = withCalendar([week]);
    const first = 'Tuần lễ học tập suốt đời năm nay khi nào?';
    const answer = await engine.answer('Còn Ngày Khuyến học thì ngày nào?', [{ question: first, answer: '…' }], { now: new Date('2026-09-01T03:00:00Z') });
    expect(answer.mode).not.toBe('calendar');
    expect(answer.text).toContain('Ngày Khuyến học Việt Nam là ngày 2 tháng 10');
  });
});
