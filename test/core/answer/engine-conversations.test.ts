// Conversations over the repository's knowledge base: a question naming no subject asks about what the chat is about.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerEngine, type AnswerEngine } from '../../../src/core/answer/engine.js';
import { ingest } from '../../../src/knowledge/ingest.js';
import { createSearch } from '../../../src/knowledge/search.js';
import { loadSynonyms } from '../../../src/knowledge/synonyms.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { openDatabase, type Db } from '../../../src/store/db.js';
import { createKnowledgeStore } from '../../../src/store/knowledge-store.js';
import { languageData, ROOT } from '../../helpers/core.js';

let db: Db;
let engine: AnswerEngine;
beforeAll(async () => {
  db = openDatabase(':memory:');
  const store = createKnowledgeStore(db);
  await ingest(store, ['knowledge'], { baseDir: ROOT });
  const search = createSearch(store, { synonyms: loadSynonyms(`${ROOT}/knowledge/synonyms.yaml`) });
  engine = createAnswerEngine({ search, messages: loadPrompts(`${ROOT}/prompts`).messages, lexicon: loadLanguage(`${ROOT}/prompts`) });
});
afterAll(() => db.close());

/** Asks each message in turn in one chat; returns the last reply's text. */
async function converse(...messages: string[]): Promise<string> {
  return converseOn(undefined, ...messages);
}

/** The last answer of a conversation (the engine's whole result), on 1 Dec 2026. */
async function converseAnswer(...messages: string[]) {
  const history: { question: string; answer: string }[] = [];
  let last;
  for (const question of messages) {
    last = await engine.answer(question, history, { now: new Date('2026-12-01T03:00:00Z') });
    history.push({ question, answer: last.text });
  }
  return last!;
}

/** The same on a given day. */
async function converseOn(now: Date | undefined, ...messages: string[]): Promise<string> {
  const history: { question: string; answer: string }[] = [];
  let text = '';
  for (const question of messages) {
    text = (await engine.answer(question, history, { now })).text;
    history.push({ question, answer: text });
  }
  return text;
}

describe('answer engine in a conversation over the knowledge base', () => {
  it('defines a title with the document that made it and whose criteria it is scored by (the knowledge\'s "là gì" sections)', async () => {
    for (const [asked, documents] of [
      ['gia dinh hoc tap la gi', ['281', '448']],
      ['dòng họ học tập là danh hiệu gì', ['281', '448']],
      ['công dân học tập là gì', ['677', '324']],
    ] as const) {
      const text = await converse(asked);
      for (const document of documents) expect(text, asked).toContain(document);
      expect(text, asked).toContain('Hội Khuyến học');
    }
  });

  it('names the documents a question asks beside another it names: the procedure of Thông tư 44, the decision fixing Ngày Khuyến học', async () => {
    expect(await converse('Theo TT 44 cũ, xã được xếp loại cộng đồng học tập vào tháng mấy, quy trình theo văn bản nào')).toMatch(/tháng 12[\s\S]*645\/QĐ-BGDĐT/u);
    expect(await converse('Ngày Khuyến học Việt Nam và Tuần lễ học tập suốt đời có phải là một không, khác nhau chỗ nào?')).toContain('1272/QĐ-TTg');
  });

  it('names who recognises Gia đình học tập under Công văn 6782, and the emulation title a provincial Đơn vị học tập needs', async () => {
    expect(await converse('Gia đình học tập do ai đánh giá công nhận, theo công văn nào')).toContain('Sở Giáo dục');
    const unit = await converse('Hợp tác xã chưa có danh hiệu thi đua nào thì có đủ điều kiện làm đơn vị học tập cấp tỉnh không');
    expect(unit).toContain('Tập thể lao động tiên tiến');
    expect(unit).toContain('24/2023');
  });

  it('tells how to be recognised Công dân học tập — who recognises is unconfirmed, self-assessment on congdanhoctap.vn — from its own section', async () => {
    for (const asked of ['lam sao de dc cong nhan cong dan hoc tap', 'công dân học tập cần làm những bước nào để được công nhận']) {
      const text = await converse(asked);
      expect(text.startsWith('Cơ quan, tổ chức ra quyết định công nhận danh hiệu Công dân học tập'), asked).toBe(true);
      expect(text, asked).toContain('congdanhoctap.vn');
    }
  });

  it('answers a facet asked that the sentences chosen for the whole message leave out, from the clause asking it', async () => {
    const completed = await converse('cong dan hoc tap la gi vay, mo hinh nay do van ban nao lap ra, phai duoc bao nhieu diem tren mot tram moi dat');
    expect(completed).toContain('80 điểm');
    expect(completed).toContain('danh hiệu dành cho từng cá nhân');
    // A yes/no is judged on the whole; what the title is, asked beside it, follows a decided verdict.
    const judged = await converse('mẹ em 70 điểm, công dân học tập là gì, bao nhiêu điểm thì đạt, mẹ em có đạt không');
    expect(judged).toMatch(/^Chưa đạt[\s\S]*80 điểm[\s\S]*danh hiệu dành cho từng cá nhân/u);
  });

  it('opens a yes/no asked beside what the title is with what it is, and the document behind it, before "chưa rõ"', async () => {
    for (const asked of ['cong dan hoc tap la gi, cong nhan nhu minh co duoc xet khong', 'Công dân học tập là gì vậy? Bố em về hưu rồi thì có liên quan không ạ']) {
      const text = await converse(asked);
      expect(text, asked).toMatch(/^Công dân học tập \(viết tắt CDHT\) là danh hiệu dành cho từng cá nhân/u);
      expect(text, asked).toContain('677/QĐ-TTg');
    }
    // What the Week is opens with the section defining it, not with its slogan's ("Khẩu hiệu … là gì?").
    expect(await converse('Tuần lễ học tập suốt đời là gì? Có phải năm nào cũng cố định từ 2 đến 8/10 không?')).toMatch(/^Tuần lễ hưởng ứng học tập suốt đời là một tuần hoạt động/u);
  });

  it('answers a question naming no subject after a story naming it between two clauses of the asker\'s case, as asked short', async () => {
    const story = await engine.answer('Chào bạn, bố tôi 65 tuổi, không làm ruộng nữa. Chi hội khuyến học đang vận động đăng ký gia đình học tập, nghe nói người lớn phải học. Vậy bố tôi có bị tính vào phần người lớn phải học không?', []);
    expect(story.refused).toBe(false);
    expect(story.text).toContain('19–60');
  });

  it('answers "còn bây giờ thì sao" after a figure of a named year with the figure of now, not that year\'s again', async () => {
    const now = await converse('nam 2022 mang luoi thanh pho hoc tap unesco co bao nhieu thanh pho', 'con bay gio thi sao');
    expect(now).toContain('425');
  });

  it('answers of the document a question names by what it is, and "văn bản đó" next of the one the answer gave', async () => {
    expect(await converse('Quyết định lấy ngày 2/10 làm Ngày Khuyến học được ký hôm nào?')).toContain('16/09/2008');
    expect(await converse('Tôi nhớ cái thông tư cũ quy định đánh giá xã đạt cộng đồng học tập ra từ năm 2014, ban hành ngày nào?')).toContain('12/12/2014');
    // The question as typed stays the earlier turn: it knew no number, so "văn bản đó" is the one its answer gave.
    expect(await converse('Đề án xây dựng xã hội học tập giai đoạn 2012–2020 là quyết định nào vậy?', 'Văn bản đó ký năm nào vậy ad?')).toContain('2013');
  });

  it('answers a rule asked after a case told with its year, not as a figure of that year', async () => {
    const reply = await converseAnswer('Chào ad, trường mình năm 2024 đã được công nhận đơn vị học tập rồi. Danh hiệu này có thời hạn bao lâu, bao giờ phải làm lại hồ sơ?');
    expect(reply.refused).toBe(false);
    expect(reply.text).toContain('3 năm');
  });

  it('answers a country abroad only from passages naming it, not from one naming it elsewhere (the Bangkok conference)', async () => {
    const thai = await converseAnswer('thai lan co nhung thanh pho nao trong mang luoi thanh pho hoc tap unesco');
    expect(thai).toMatchObject({ refused: true, refusalReason: 'unknown_place' });
    // A country abroad is told the documents are about Vietnam, not sent to a ward's office.
    expect(thai.text).toBe(loadPrompts(`${ROOT}/prompts`).messages.unknownCountry.replace('{place}', 'Thái Lan'));
    expect(await converseAnswer('Trung Quốc có chính sách xây dựng xã hội học tập như thế nào')).toMatchObject({ refused: true, refusalReason: 'unknown_place' });
    expect((await converseAnswer('hội nghị thành phố học tập ASEAN+3 ở Thái Lan tổ chức ngày nào')).refused).toBe(false);
  });

  it('says the documents hold only targets when a figure is asked as achieved, and answers an achieved figure they give', async () => {
    const now = new Date('2026-12-01T03:00:00Z');
    const past = await engine.answer('Năm 2020 cả nước thực tế đạt bao nhiêu phần trăm Gia đình học tập?', [], { now });
    expect(past).toMatchObject({ refused: true, refusalReason: 'actual_figure' });
    expect(past.text.startsWith(loadPrompts(`${ROOT}/prompts`).messages.nationalActualNotInDocuments)).toBe(true);
    // The targets follow: the 2020 one the question's year asks about.
    expect(past.text).toContain('mục tiêu đến năm 2020');
    // A year still to come has targets only, whatever words give them.
    expect(await engine.answer('den nam 2030 thuc te ca nuoc se co bao nhieu nguoi dat cong dan hoc tap', [], { now })).toMatchObject({ refusalReason: 'actual_figure' });
    const achieved = await engine.answer('hà nội thực tế có bao nhiêu gia đình học tập', [], { now });
    expect(achieved.refused).toBe(false);
    expect(achieved.text).toContain('1,4 triệu');
    // The whole country's figure asked: a city's achieved figure found beside the targets does not give it.
    const national = await engine.answer('Hiện nay cả nước đã có bao nhiêu phần trăm gia đình đạt danh hiệu Gia đình học tập?', [], { now });
    expect(national).toMatchObject({ refused: true, refusalReason: 'actual_figure' });
    expect(national.text).toContain('70%');
    expect((await engine.answer('hà nội hiện nay có bao nhiêu gia đình học tập', [], { now })).text).toContain('1,4 triệu');
  });

  it('answers a clause opening "còn …" with no subject of its own about the subject of the clause before it', async () => {
    const reply = await engine.answer('đơn vị học tập mức 1 cần bao nhiêu phần trăm công dân học tập, còn hồ sơ thì nộp trước ngày nào');
    expect(reply.text).toContain('90%');
    expect(reply.text).toContain('15/1');
  });

  it('answers two questions each naming its own year, a document\'s purpose and a target, as two questions, not two years compared', async () => {
    const reply = await engine.answer('Quyết định 281 năm 2014 là đề án về cái gì, và chỉ tiêu gia đình học tập đến 2020 là bao nhiêu?');
    expect(reply.text).toContain('Đề án đẩy mạnh phong trào học tập suốt đời');
    expect(reply.text).toContain('70%');
  });

  it('says the whole passage a list question finds under a heading asking that list, before other passages', async () => {
    // The passage listing Việt Nam's members gives them over three sentences; Hà Nội's own passage shares more words.
    const reply = await engine.answer('Nhà mình ở Sơn La, nghe bảo tỉnh được UNESCO công nhận rồi. Bạn liệt kê giúp những thành phố nào của Việt Nam đã vào mạng lưới này với.');
    for (const city of ['Sa Đéc', 'Vinh', 'Cao Lãnh', 'TP.HCM', 'Hà Nội']) expect(reply.text).toContain(city);
  });

  it('reads a threshold as no achieved figure, and gives the targets of the title asked when the documents have none', async () => {
    const now = new Date('2026-12-01T03:00:00Z');
    // The words "đã đạt … phần trăm" find Đơn vị học tập's share of members who "phải … đạt" Công dân học tập first.
    const clans = await engine.answer('tính đến nay cả nước đã đạt được bao nhiêu phần trăm dòng họ học tập rồi', [], { now });
    expect(clans).toMatchObject({ refused: true, refusalReason: 'actual_figure' });
    expect(clans.text).toContain('65%');
    expect(clans.text).not.toContain('90%');
    // Its own words find the thresholds of Đơn vị học tập: the targets are searched for the title itself.
    const citizens = await engine.answer('hiện nay cả nước có bao nhiêu phần trăm công dân học tập rồi', [], { now });
    expect(citizens).toMatchObject({ refused: true, refusalReason: 'actual_figure' });
    expect(citizens.text.slice(0, 400)).toContain('40%');
  });

  it('answers a question naming no subject about every subject the chat named, not about one of them elsewhere', async () => {
    // Alone, "lễ đón nhận tổ chức khi nào" finds Hà Nội's ceremony: a passage about the network, not about TP.HCM.
    const reply = await converse('tp hcm vào mạng lưới tp học tập unesco ngày nào v', 'lễ đón nhận tổ chức khi nào');
    expect(reply).toContain('30/3/2024');
    expect(reply).not.toContain('29/01/2026');
  });

  it('answers "năm nay" about the Week from that year\'s own passage, saying it is to come or past in its first sentence', async () => {
    // Searched as asked, "khai mạc ngày nào" ranks the passages comparing the Week with Ngày Khuyến học over the year's.
    const before = await converseOn(new Date('2025-09-20T03:00:00Z'), 'tuan le hoc tap nam nay khai mac ngay nao');
    expect(before.startsWith('Tuần lễ hưởng ứng học tập suốt đời năm 2025 sẽ diễn ra từ ngày 1/10 đến ngày 7/10/2025')).toBe(true);
    const after = await converseOn(new Date('2025-11-20T03:00:00Z'), 'tuần lễ học tập năm nay diễn ra khi nào');
    expect(after.startsWith('Tuần lễ hưởng ứng học tập suốt đời năm 2025 đã diễn ra từ ngày 1/10')).toBe(true);
  });

  it('answers a year\'s Week and whether the commune must organise it, the duty from the Week\'s own section', async () => {
    const reply = await converse('tuần lễ năm 2025 khai mạc ngày nào, xã mình có phải tổ chức không');
    expect(reply).toContain('1/10');
    expect(reply).toContain('mỗi xã cần lập kế hoạch, tổ chức và báo cáo');
    expect(reply).not.toContain('chưa thể trả lời có hay không');
  });

  it('answers "ở đâu" after a question about one year\'s Week from that year\'s passage, not from the first Week\'s', async () => {
    const reply = await converseOn(new Date('2025-09-20T03:00:00Z'), 'tuan le hoc tap nam nay khai mac ngay nao', 'o dau');
    expect(reply).toContain('khai mạc đồng loạt tại tất cả các địa phương');
    expect(reply).not.toContain('Văn Miếu');
  });

  it('answers which document a named one replaced from the replaced document\'s metadata', async () => {
    const older = await converse('Thông tư 25/2023 có mấy mức độ công nhận Cộng đồng học tập?', 'Vậy trước nó là văn bản nào?');
    expect(older).toContain('44/2014');
    expect(await converse('trước thông tư 25/2023 thì dùng văn bản cũ nào')).toContain('44/2014');
    // Anything asked of the time before a named document is asked of the one it replaced, every clause of it.
    const { 'before-document': befores } = languageData('question-cues.yaml') as { 'before-document': string[] };
    for (const word of befores) {
      const before = await converse(`${word} thông tư 25, ai chấm cộng đồng học tập cấp xã, chấm vào tháng nào?`);
      expect(before, word).toContain('44/2014');
      expect(before, word).toContain('tháng 12');
    }
    // Not across a comma, not a document of another kind, not when the message asks of the named document itself.
    for (const own of ['Cho mình hỏi trước, thông tư 25 có mấy mức độ?', 'Trước thông tư 25 là thông tư 44, vậy thông tư 25 có mấy mức độ?']) {
      expect(await converse(own), own).toContain('hai mức độ');
    }
    expect(await converse('Trước công văn 25, tuần lễ học tập suốt đời tổ chức vào tháng nào?')).not.toContain('44/2014');
    // The time before asked of a title, naming no document: the replaced documents about it; compared with now, both.
    for (const word of ['trước đây', 'hồi trước', 'truoc day']) {
      const former = await converse(`${word} cong dong hoc tap cap xa do ai danh gia, vao thoi diem nao trong nam`);
      expect(former, word).toContain('tháng 12');
    }
    expect(await converse('Trước đây và bây giờ, cộng đồng học tập cấp xã do ai đánh giá, khác nhau thế nào?')).toContain('25/2023');
  });

  it('answers which letter guided a year\'s Week from that year\'s own passages', async () => {
    expect(await converse('chu de tuan le hoc tap suot doi 2025 la gi', 'van ban nao')).toContain('5607');
    // A kind of document counts as one word: "công văn hướng dẫn số mấy" still asks more about that year's Week.
    expect(await converse('Tuần lễ hưởng ứng học tập suốt đời năm 2025 diễn ra từ ngày nào đến ngày nào?', 'Công văn hướng dẫn số mấy?')).toContain('5607');
  });

  it('answers a document pointed at after a question about the Week about that document, not the Week', async () => {
    const reply = await converse('tiêu chí cộng đồng học tập cấp xã mức độ 1 có phải tổ chức tuần lễ học tập suốt đời không', 'thông tư đó hiệu lực từ bao giờ');
    expect(reply).toContain('12/02/2024');
    expect(reply).not.toContain('Tuần lễ hưởng ứng học tập suốt đời năm');
  });

  it('answers how long a title stays valid asked as "còn hiệu lực" of the asker\'s own case', async () => {
    const reply = await engine.answer('Cơ quan mình được công nhận đơn vị học tập năm 2024 rồi. Đến năm 2026 danh hiệu còn hiệu lực không ạ?', [], { now: new Date('2026-12-01T03:00:00Z') });
    expect(reply.text).toContain('3 năm');
  });

  it('refuses a commune\'s own figure asked as a follow-up naming only the unit, not a rule asked again of it', async () => {
    expect(await converseAnswer('Hà Nội có bao nhiêu gia đình học tập', 'còn dòng họ học tập thì sao', 'Còn phường Cầu Giấy nhà mình thì sao')).toMatchObject({ refusalReason: 'local_figure' });
    expect(await converseAnswer('TP.HCM có bao nhiêu gia đình học tập rồi ạ?', 'Còn quận 3 của mình thì có bao nhiêu?')).toMatchObject({ refusalReason: 'local_figure' });
    const rule = await converseAnswer('cộng đồng học tập cấp xã phải có bao nhiêu phần trăm gia đình học tập', 'còn xã mình thì sao');
    expect(rule.refusalReason).toBeUndefined();
    // A share asked of a title without a rule word or a place is still no place's figure.
    expect((await converseAnswer('tỷ lệ công dân học tập trong đơn vị học tập mức 1 là bao nhiêu', 'còn cơ quan mình thì sao')).refusalReason).toBeUndefined();
  });

  it('refuses papers the documents do not issue, not a filing question of the campaign naming none', async () => {
    const asked = 'Chào ad, xe tải nhà em sắp hết hạn phù hiệu vận tải. Ad chỉ giúp em làm lại ở đâu, cần mang giấy tờ gì ạ?';
    expect(await converseAnswer(asked)).toMatchObject({ refused: true, refusalReason: 'out_of_scope' });
    // With no papers named, the titles' own registrations answer, first in a chat or after a title.
    for (const question of ['hạn nộp hồ sơ năm nay là ngày nào', 'nhà em muốn được công nhận thì nộp giấy tờ ở đâu', 'hồ sơ đề nghị công nhận nộp ở đâu']) {
      expect((await converseAnswer(question)).refused, question).toBe(false);
    }
    expect((await converseAnswer('dòng họ học tập là gì', 'vậy đăng ký ở đâu, cần giấy tờ gì')).refused).toBe(false);
  });

  it('answers a question opening "Theo văn bản đó" of the document the chat named, however much else it names', async () => {
    const reply = await converse('Quyết định 387 năm 2022 là chương trình gì?', 'Theo văn bản đó, đến 2025 bao nhiêu phần trăm thôn, tổ dân phố phải là cộng đồng học tập?');
    expect(reply).toMatch(/^• Theo Quyết định 387/u);
    expect(reply).toContain('65% cộng đồng cấp thôn');
    // Pointing at a document of its own kind, not opening by citing it: no document of the chat is taken for it.
    const other = await converse('Quyết định 387 năm 2022 là chương trình gì?', 'Mình nghe nói Bộ Giáo dục có thông tư về đánh giá đơn vị học tập, thông tư này có hiệu lực từ ngày nào?');
    expect(other).not.toContain('25/03/2022');
  });

  it('keeps the chat\'s document through a turn naming only a year, so the next follow-up still asks of it', async () => {
    const middle = (await converseAnswer('quyết định 677 nói về gì', 'chỉ tiêu năm 2025 là bao nhiêu phần trăm')).text;
    expect(middle).toMatch(/^• Theo Quyết định 677/u);
    const reply = (await converseAnswer('quyết định 677 nói về gì', 'chỉ tiêu năm 2025 là bao nhiêu phần trăm', 'còn năm 2030')).text;
    expect(reply).toContain('677');
    expect(reply).toContain('60%');
  });
});

describe('counts asked of a document', () => {
  it('answers how many parts a document sets out from its passages, not as a count the documents lack', async () => {
    const reply = await converseAnswer('qd 281 lap ra may mo hinh');
    expect(reply.refused).toBe(false);
    expect(reply.text).toContain('Dòng họ học tập');
  });

  it('answers a question naming nothing of its own about all the situation told: the city\'s figure, not a rule', async () => {
    const reply = await converse('Chào bạn, mình đọc báo thấy nói TP.HCM có hơn 10 nghìn công dân học tập. Bạn cho mình hỏi con số chính xác là bao nhiêu và chiếm bao nhiêu % vậy?');
    expect(reply).toContain('10.300');
    expect(reply).toContain('98%');
  });

  it('reads a question naming nothing of its own with every subject of the situation, not the one any passage names', async () => {
    // "mạng lưới" alone finds how any city joins; the city told before is what is asked about.
    const reply = await converse('Mấy hôm trước thấy trên mạng có người nói Vĩnh Yên đã là thành viên mạng lưới thành phố học tập của UNESCO, tôi tự hào lắm. Ad cho tôi hỏi có đúng thành phố tôi đã vào mạng lưới không ạ?');
    expect(reply).toMatch(/^Vĩnh Yên không có tên trong danh sách/u);
  });

  it('compares a year with now as with the latest year up to now that the documents give', async () => {
    const asked = 'số thành viên mạng lưới thành phố học tập UNESCO hồi đầu năm 2024 so với hiện nay tăng bao nhiêu?';
    const reply = await converseOn(new Date('2026-12-01T03:00:00Z'), asked);
    expect(reply).toContain('356');
    expect(reply).toContain('425');
  });

  it('answers the same facet asked of two documents in two clauses for each document', async () => {
    const reply = await converse('Thông tư 24 về đơn vị học tập có từ ngày nào ạ, còn thông tư 25 thì ngày nào');
    expect(reply).toContain('11/12/2023');
    expect(reply).toContain('27/12/2023');
  });

  it('reads a question asking nothing of its own and naming no subject with the whole situation told before it', async () => {
    for (const told of ['chi hoi noi viet nam moi co cao lanh va vinh vao mang luoi thanh pho hoc tap unesco. con thieu tp nao khong', 'Tổ trưởng nói Việt Nam chỉ có Sa Đéc, Vinh, Cao Lãnh vào mạng lưới học tập UNESCO. Còn thiếu thành phố nào không?']) {
      expect(await converse(told)).toMatch(/^Việt Nam có 6 thành viên/u);
    }
  });

  it('answers "ngày khuyến học là gì" from the passages naming Ngày Khuyến học, not the Hội\'s card that shares "khuyến học là gì"', async () => {
    expect(await converse('ngày khuyến học là gì')).toContain('2/10');
  });

  it('says the documents give no amount when one is asked and a passage only names a budget ("một dòng ngân sách")', async () => {
    const reply = await converseAnswer('Mỗi năm nhà nước chi khoảng bao nhiêu tiền cho xây dựng xã hội học tập vậy ad');
    expect(reply).toMatchObject({ refused: true, refusalReason: 'no_money_figure' });
  });

  it('answers two years compared by when they opened with which opened first, then each year', async () => {
    const reply = await converse('tuan le 2024 va 2025 nam nao khai mac som hon');
    expect(reply.split('\n')[0]).toBe('Ngày khai mạc năm 2024 và năm 2025 giống nhau: cùng ngày 1/10.');
    // Asked where too, it is no comparison of days.
    expect(await converse('tuần lễ 2023 và 2024 khai mạc ở đâu, khác nhau thế nào')).not.toMatch(/sớm hơn/u);
    expect(reply).toMatch(/năm 2025 đã diễn ra/u);
  });

  it('answers a document asked by its number alone ("6782 của Bộ … nói về gì") with what that document does', async () => {
    expect(await converse('6782 của Bộ Giáo dục nói về việc gì vậy ạ')).toMatch(/^Công văn 6782\/BGDĐT-GDTX ban hành ngày 29\/12\/2015/u);
  });

  it('finds whom a title is for asked as "áp dụng cho những ai", not another title that "dành cho những" gia đình', async () => {
    expect(await converse('đơn vị học tập là gì, áp dụng cho những ai?')).toMatch(/^Đơn vị học tập \(viết tắt ĐVHT\) là danh hiệu dành cho cơ quan, trường học/u);
  });

  it('reads a clause with figures naming the indicator with a question asking a figure of the same passage', async () => {
    const reply = await converse('Trong QĐ 1373 em thấy có chỉ tiêu về người từ 15 tuổi trở lên có trình độ đại học trở lên. Anh chị cho em hỏi đến năm 2030 là bao nhiêu phần trăm ạ?');
    expect(reply).toContain('15% vào năm 2030');
  });

  it('answers of Vinh typed as a name, its province beside it, and of the topic a follow-up points at with "đó"', async () => {
    expect(await converse('Vinh (Nghệ An) vào mạng lưới thành phố học tập UNESCO năm nào')).toMatch(/Vinh[^.]*2020/u);
    expect(await converse('Công dân học tập cần đạt bao nhiêu điểm?', 'Tiêu chí đó theo quyết định nào?')).toContain('324/QĐ-KHVN');
  });

  it('finds who went for a city asked as "cử ai đi" (the documents say who represented it)', async () => {
    expect(await converse('hội nghị thành phố học tập asean+3 lần đầu do ai tổ chức vậy', 'tp hcm cử ai đi thế')).toContain('Lê Thụy Mỵ Châu');
  });

  it('finds the document a title was created by asked as "ra đời từ văn bản nào" (the documents say "lập ra")', async () => {
    expect(await converse('dòng họ học tập ra đời từ văn bản nào')).toContain('Quyết định 281/QĐ-TTg');
    // A student's task named before what it asks is no word of it ("bài tập về nhà là …").
    const homework = 'Họ nhà em vừa được treo bảng dòng họ học tập, cô giao bài tập về nhà là giải thích khái niệm này và cho biết nó ra đời từ văn bản nào.';
    expect(await converse(homework)).toContain('Quyết định 281/QĐ-TTg');
  });

  it('goes on with a list the index cut into several passages, in order ("… giai đoạn 2021–2030 gồm những quyết định nào")', async () => {
    const reply = await converse('Những văn bản chính về xã hội học tập giai đoạn 2021–2030 gồm những quyết định nào');
    expect(reply).toContain('677/QĐ-TTg');
    expect(reply.indexOf('1373/QĐ-TTg')).toBeLessThan(reply.indexOf('677/QĐ-TTg'));
  });

  it('answers which came first asked as "A … trước hay B … có trước", without a question word', async () => {
    const reply = await converseAnswer('Hội Khuyến học thành lập trước hay quyết định chọn ngày khuyến học có trước ạ, ông tôi với tôi cãi nhau');
    expect(reply).toMatchObject({ refused: false, mode: 'extractive' });
    expect(reply.text).toMatch(/thành lập[^.]*29\/02\/1996/u);
  });

  it('gives both years\' targets asked as "đến (năm) 2025 và 2030 khác nhau bao nhiêu" (the "đến" goes with its year)', async () => {
    for (const question of ['chỉ tiêu công dân học tập đến 2025 và 2030 khác nhau bao nhiêu', 'chỉ tiêu công dân học tập đến năm 2025 và 2030 khác nhau bao nhiêu']) {
      const reply = await converse(question);
      expect(reply, question).toContain('40%');
      expect(reply, question).toContain('60%');
    }
  });
});
