// Follow-up questions are recognised, and replace the previous question's subject of the same kind before retrieval.
import { describe, expect, it } from 'vitest';
import { asksMoreAboutPrevious, followUpTopic, isFollowUp, opensAsFollowUp, readEarlierTurns, resolveFollowUp } from '../../../src/core/answer/follow-up.js';
import { documentKindAsked, withoutReplacedSubjects } from '../../../src/core/answer/subjects.js';
import { understand } from '../../../src/core/understand/understand.js';
import { loadLanguage } from '../../../src/language.js';
import { languageData as data } from '../../helpers/core.js';

const lexicon = loadLanguage('prompts');
/** The earlier turns of a chat, each question searched as typed. */
const chatOf = (...turns: [question: string, answer: string][]) => readEarlierTurns(turns.map(([question, answer]) => ({ question, answer })), lexicon, (q) => q)!;

describe('follow-ups', () => {
  it('carries the chat\'s subjects through a longer turn naming none of its own, or only a year', () => {
    const turns = (second: string) => [
      { question: 'quyết định 677 nói về gì', answer: 'Quyết định 677/QĐ-TTg phê duyệt Chương trình xây dựng mô hình Công dân học tập.' },
      { question: second, answer: 'Theo Quyết định 677/QĐ-TTg, 40% vào năm 2025.' },
    ];
    expect(readEarlierTurns(turns('chỉ tiêu năm 2025 của chương trình là bao nhiêu phần trăm'), lexicon, (q) => q)!.query).toMatch(/677/u);
    expect(readEarlierTurns(turns('vậy thì phải đạt được bao nhiêu điểm mới được công nhận'), lexicon, (q) => q)!.query).toMatch(/677/u);
    // A turn naming a subject of its own keeps only its own.
    expect(readEarlierTurns(turns('gia đình học tập là gì, tiêu chí gồm những gì'), lexicon, (q) => q)!.query).not.toMatch(/677/u);
  });

  it('recognises short or elliptic questions', () => {
    expect(isFollowUp('còn dòng họ thì sao?', lexicon)).toBe(true);
    expect(isFollowUp('Còn năm 2030?', lexicon)).toBe(true);
    expect(isFollowUp('dòng họ?', lexicon)).toBe(true);
    expect(isFollowUp('Công dân học tập cần đạt bao nhiêu điểm?', lexicon)).toBe(false);
  });

  it('reads a short question naming no subject, or one pointing back, as asking more about the previous one', () => {
    expect(isFollowUp('hạn nộp khi nào', lexicon)).toBe(true);
    expect(isFollowUp('2023 tổ chức ngày nào', lexicon)).toBe(true);
    // "năm ngoái tổ chức ngày nào" as searched: "năm 2025" is one subject, not two words more.
    expect(isFollowUp('năm 2025 tổ chức ngày nào', lexicon)).toBe(true);
    expect(isFollowUp('văn bản nào quy định ngày đó?', lexicon)).toBe(true);
    // A subject of its own, or a long question standing alone, starts afresh.
    expect(isFollowUp('gia đình học tập là gì', lexicon)).toBe(false);
    expect(isFollowUp('cho mình hỏi thủ tục xin công nhận cần chuẩn bị những giấy tờ gì', lexicon)).toBe(false);
  });

  it('reads a short question naming only a place as a follow-up ("tphcm ai đi dự" after a question on a conference)', () => {
    expect(isFollowUp('thành phố hồ chí minh ai đi dự', lexicon)).toBe(true);
    expect(isFollowUp('hà nội cử ai đi dự', lexicon)).toBe(true);
    // A title of its own, or a long question, stands alone.
    expect(isFollowUp('hà nội có bao nhiêu gia đình học tập', lexicon)).toBe(false);
    expect(isFollowUp('thành phố hồ chí minh tổ chức lễ đón nhận danh hiệu thành phố học tập vào ngày nào', lexicon)).toBe(false);
  });

  it('reads "… thì sao" as asking the previous question again of a new topic, even one naming no title or place', () => {
    expect(isFollowUp('trường học thì sao', lexicon)).toBe(true);
    expect(asksMoreAboutPrevious('trường học thì sao', lexicon)).toBe(false);
    expect(asksMoreAboutPrevious('hạn nộp khi nào', lexicon)).toBe(true);
    const earlier = { message: 'đvht cấp tỉnh cần bao nhiêu % thành viên là cdht', query: 'đơn vị học tập cấp tỉnh cần bao nhiêu % thành viên là công dân học tập', answerLead: '', short: false, answerDocuments: [] };
    expect(resolveFollowUp('trường học thì sao', earlier, lexicon)).toBe('đơn vị học tập cấp tỉnh cần bao nhiêu % thành viên là công dân học tập trường học thì sao');
  });

  it('lets a follow-up naming a title replace the event asked before, and an event a title: they fill one topic', () => {
    const earlier = readEarlierTurns([{ question: 'tp hcm được vinh danh thành viên mạng lưới thành phố học tập unesco vào tối ngày nào', answer: 'UBND TP.HCM tổ chức lễ vinh danh vào tối 30/3/2024.' }], lexicon, (q) => q);
    const resolved = resolveFollowUp('còn tp hcm có bao nhiêu gia đình học tập', earlier, lexicon);
    expect(resolved).toContain('gia đình học tập');
    expect(resolved).not.toMatch(/mạng lưới|unesco/iu);
    const week = readEarlierTurns([{ question: 'gia đình học tập là gì', answer: 'Gia đình học tập là danh hiệu.' }], lexicon, (q) => q);
    expect(resolveFollowUp('còn tuần lễ học tập suốt đời thì sao', week, lexicon)).not.toContain('gia đình');
    // A title replacing the title asked before leaves the event the question also named.
    const both = readEarlierTurns([{ question: 'tuần lễ học tập suốt đời năm 2023 có tôn vinh gia đình học tập không', answer: 'Có.' }], lexicon, (q) => q);
    const next = resolveFollowUp('còn dòng họ học tập thì sao', both, lexicon);
    expect(next).toContain('tuần lễ');
    expect(next).not.toContain('gia đình');
  });

  it('reads a new subject pointing back to a time ("cùng đợt đó") as of the year the previous answer opened with', () => {
    const earlier = readEarlierTurns(
      [{ question: 'Sơn La vào mạng lưới thành phố học tập UNESCO năm nào', answer: 'Sơn La trở thành thành viên trong đợt kết nạp ngày 14/02/2024. [1] Việt Nam có 6 thành viên.' }],
      lexicon,
      (q) => q,
    );
    expect(resolveFollowUp('cùng đợt đó việt nam còn thành phố nào nữa không', earlier, lexicon)).toMatch(/ 2024 cùng đợt đó/u);
    // Without a pointer, or with a year of its own, no year is borrowed.
    expect(resolveFollowUp('việt nam còn thành phố nào nữa không', earlier, lexicon)).not.toMatch(/2024/u);
    expect(resolveFollowUp('năm đó việt nam có mấy thành phố vào năm 2020', earlier, lexicon)).not.toMatch(/2024/u);
    // A new title or event is not of that year: "lúc đó" does not make Ngày Khuyến học's theme a question about 2024.
    expect(resolveFollowUp('lúc đó chủ đề ngày khuyến học là gì', earlier, lexicon)).not.toMatch(/2024/u);
  });

  it('carries no document an answer gave for "which document" into a question about the title, only into one about a document', () => {
    const earlier = readEarlierTurns([{ question: 'cdht là j v ad, văn bản nào z', answer: '• Quyết định 677/QĐ-TTg ngày 03/06/2022 phê duyệt Chương trình "Xây dựng mô hình Công dân học tập".' }], lexicon, (q) => q)!;
    expect(resolveFollowUp('tự đánh giá ở đâu', earlier, lexicon)).not.toMatch(/677/u);
    expect(resolveFollowUp('tự đánh giá ở đâu', earlier, lexicon)).toMatch(/cong dan hoc tap/u);
    expect(resolveFollowUp('quyết định đó ký ngày nào', earlier, lexicon)).toMatch(/677/u);
    // A document's own dates asked bare are of that document too.
    for (const dates of ['ký ngày nào', 'hiệu lực đến bao giờ']) expect(resolveFollowUp(dates, earlier, lexicon), dates).toMatch(/677/u);
    // After a question that did not ask which document, the answer's document stays the chat's.
    const targets = readEarlierTurns([{ question: 'chỉ tiêu dòng họ học tập đến 2025 là bao nhiêu', answer: 'Quyết định 387/QĐ-TTg đặt mục tiêu 65% dòng họ đạt Dòng họ học tập vào năm 2025.' }], lexicon, (q) => q)!;
    expect(resolveFollowUp('cộng đồng ở thôn nữa', targets, lexicon)).toMatch(/387/u);
  });

  it('carries the document an answer opened with, but not the year written in its number as a year asked', () => {
    const earlier = chatOf(['đơn vị học tập nộp hồ sơ trước ngày nào', 'Theo Thông tư 24/2023/TT-BGDĐT, hồ sơ đề nghị công nhận Đơn vị học tập phải được gửi trước ngày 15/1.']);
    const resolved = resolveFollowUp('được công nhận mấy năm', earlier, lexicon);
    expect(resolved).toMatch(/24\/2023/u);
    expect(resolved.replace(/\S*24\/2023\S*/u, '')).not.toMatch(/2023/u);
  });

  it('reads the opener on the message as typed, since the search never sees it ("Thế …", "Vậy …")', () => {
    expect(opensAsFollowUp('Thế thành viên bắt đầu được kết nạp từ khi nào?', lexicon)).toBe(true);
    expect(opensAsFollowUp('Thành viên bắt đầu được kết nạp từ khi nào?', lexicon)).toBe(false);
    // "thi" folds onto the opener "thì", but begins the subject "thi đua"; "Mã" typed with its marks is no "mà".
    expect(opensAsFollowUp('Thi đua xây dựng xã hội học tập do ai phát động?', lexicon)).toBe(false);
    expect(opensAsFollowUp('thi dua xay dung xa hoi hoc tap do ai phat dong', lexicon)).toBe(false);
    expect(opensAsFollowUp('Mã số đơn vị học tập ghi ở đâu', lexicon)).toBe(false);
    expect(opensAsFollowUp('the con dieu kien gi nua khong', lexicon)).toBe(true);
    const earlier = { query: 'mạng lưới thành phố học tập ra mắt năm nào', message: 'Ra mắt năm nào?', answerLead: '', short: false, answerDocuments: [] };
    const question = 'thành viên bắt đầu được kết nạp từ khi nào';
    expect(resolveFollowUp(question, earlier, lexicon)).toBe(question);
    expect(resolveFollowUp(question, earlier, lexicon, true)).toContain('mạng lưới thành phố học tập');
  });

  it('reads a message correcting the previous question as a follow-up asking it again of what it names', () => {
    expect(opensAsFollowUp('à nhầm, ý mình hỏi dòng họ học tập cơ', lexicon)).toBe(true);
    expect(opensAsFollowUp('Không, ý tôi là cấp tỉnh', lexicon)).toBe(true);
    // A fresh question ("em hỏi là …"), or "nhầm" inside a question, is no correction.
    expect(opensAsFollowUp('Dạ em hỏi là dòng họ học tập đăng ký ở đâu', lexicon)).toBe(false);
    expect(opensAsFollowUp('Nhầm tên trong hồ sơ gia đình học tập thì sửa thế nào?', lexicon)).toBe(false);
    const earlier = { query: 'chỉ tiêu gia đình học tập đến 2025 là bao nhiêu', message: 'Chỉ tiêu gia đình học tập đến 2025 là bao nhiêu', answerLead: '', short: false, answerDocuments: [] };
    const resolved = resolveFollowUp('dòng họ học tập', earlier, lexicon, true);
    expect(resolved).toContain('chỉ tiêu');
    expect(resolved).not.toContain('gia đình');
  });

  it('carries the document "quyết định đó" points at: named by the previous question, else by its answer, of the kind said', () => {
    const answer = 'Ngày Khuyến học Việt Nam là ngày 2/10. Ngày này được quy định tại Quyết định số 1272/QĐ-TTg ngày 16/09/2008; Hội Khuyến học thành lập theo Thông tư 25/2023/TT-BGDĐT.';
    const earlier = readEarlierTurns([{ question: 'Ngày Khuyến học Việt Nam là ngày nào, theo quyết định nào?', answer }], lexicon, (q) => q);
    expect(resolveFollowUp('Quyết định đó ký năm nào?', earlier, lexicon)).toBe('quyết định số 1272/qđ-ttg Quyết định đó ký năm nào?');
    expect(resolveFollowUp('thông tư đó có hiệu lực khi nào', earlier, lexicon)).toMatch(/^thông tư 25\/2023/u);
    const asked = readEarlierTurns([{ question: 'thông tư 24 nói về gì', answer }], lexicon, (q) => q);
    expect(resolveFollowUp('văn bản đó ai ký', asked, lexicon)).toMatch(/^thông tư 24 /u);
    // "cái đó" names no kind: after a question asking which circular, it points at the circular the answer named.
    const which = readEarlierTurns([{ question: 'đơn vị học tập theo thông tư nào', answer: 'Đơn vị học tập là mô hình do Quyết định 281/QĐ-TTg lập ra. Tiêu chí theo Thông tư 24/2023/TT-BGDĐT.' }], lexicon, (q) => q);
    expect(resolveFollowUp('cái đó ký ngày nào', which, lexicon)).toMatch(/^thông tư 24\/2023/u);
    expect(resolveFollowUp('cái đó ký ngày nào', readEarlierTurns([{ question: 'gia đình học tập là gì', answer }], lexicon, (q) => q), lexicon)).not.toMatch(/1272/u);
    // After a question asking which one, the pointer is the document the answer brought, not one the question knew.
    const older = readEarlierTurns(
      [{ question: 'trước thông tư 25/2023 là thông tư nào?', answer: 'Thông tư 44/2014/TT-BGDĐT là quy định cũ, đã được Thông tư 25/2023/TT-BGDĐT thay thế.' }],
      lexicon,
      (q) => q,
    );
    expect(resolveFollowUp('Thông tư cũ đó ban hành ngày nào?', older, lexicon)).toMatch(/^thông tư 44\/2014/u);
    // Of the documents the answer brought, the one its sentence ties to the document the question named.
    const process = readEarlierTurns(
      [{ question: 'Thông tư 44 năm 2014 thì quy trình đánh giá nằm ở văn bản nào', answer: 'Đây là quy định cũ: cấp xã nay được đánh giá theo Thông tư 25/2023/TT-BGDĐT. Quy trình thực hiện Thông tư 44/2014/TT-BGDĐT được hướng dẫn tại Quyết định 645/QĐ-BGDĐT.' }],
      lexicon,
      (q) => q,
    );
    expect(resolveFollowUp('Văn bản đó ký ngày nào', process, lexicon)).toMatch(/^quyết định 645/u);
    // "văn bản nào" asks which document of any kind: "cái đó" then points at the one the answer named.
    const anyKind = readEarlierTurns([{ question: 'ngày khuyến học do văn bản nào quy định', answer }], lexicon, (q) => q);
    expect(resolveFollowUp('cái đó ban hành năm nào', anyKind, lexicon)).toMatch(/^quyết định số 1272/u);
  });

  it('takes the document a claim of its topic named for "văn bản đó", though the claim is searched asking which document settles the topic', () => {
    const understood = (q: string) => understand(q, lexicon).query;
    const answer = 'Quyết định 677/QĐ-TTg phê duyệt Chương trình Công dân học tập. Công văn 6782/BGDĐT-GDTX hướng dẫn đánh giá Gia đình học tập.';
    const earlier = readEarlierTurns([{ question: 'Quyết định 677 là về gia đình học tập đúng không?', answer }], lexicon, understood);
    expect(earlier?.query).toMatch(/văn bản nào/u);
    expect(resolveFollowUp('Văn bản đó ai ban hành?', earlier, lexicon)).toMatch(/677/u);
  });

  it('takes the document the chat asked of by its short name ("qđ 387") for "quyết định đó", before one its answer named', () => {
    const answer = 'Theo Quyết định 281/QĐ-TTg, mục tiêu đến năm 2020 là 50%. Theo Quyết định 387/QĐ-TTg, đến năm 2025 là 80%.';
    const earlier = readEarlierTurns([{ question: 'chỉ tiêu qđ 387 về đơn vị học tập là bao nhiêu', answer }], lexicon, (q) => q);
    expect(resolveFollowUp('quyết đinh đó ký ngày nào', earlier, lexicon)).toMatch(/^qđ 387 /u);
    expect(resolveFollowUp('thông tư đó ký ngày nào', readEarlierTurns([{ question: 'tt 24 nói về gì', answer }], lexicon, (q) => q), lexicon)).toMatch(/^tt 24 /u);
  });

  it('takes "văn bản đó" for the document of the answer\'s sentence about what was asked, not the first one listed', () => {
    const answer = [
      '• Quyết định 281/QĐ-TTg ngày 20/02/2014 lập ra mô hình Gia đình học tập.',
      '• Quyết định 448/QĐ-KHVN của Hội Khuyến học Việt Nam ban hành tiêu chí Gia đình học tập giai đoạn 2016–2020.',
    ].join('\n');
    const earlier = readEarlierTurns([{ question: 'tieu chi gia dinh hoc tap giai doan 2016-2020 theo quyet dinh nao', answer }], lexicon, (q) => q);
    expect(resolveFollowUp('van ban do ai ban hanh', earlier, lexicon)).toMatch(/^quyết định 448/iu);
    // Asked of the title alone, the first document listed still leads.
    const title = readEarlierTurns([{ question: 'gia đình học tập theo quyết định nào', answer }], lexicon, (q) => q);
    expect(resolveFollowUp('văn bản đó ai ký', title, lexicon)).toMatch(/^quyết định 281/iu);
    // A sentence naming no document lends its share to the next, which names the one it is about.
    const lent = 'Tiêu chí Gia đình học tập giai đoạn 2016–2020 gồm 4 nhóm. Các tiêu chí này kèm Quyết định 448/QĐ-KHVN. Trước đó, Quyết định 281/QĐ-TTg lập ra mô hình Gia đình học tập giai đoạn đầu.';
    const criteria = readEarlierTurns([{ question: 'tiêu chí gia đình học tập giai đoạn 2016-2020 gồm những gì', answer: lent }], lexicon, (q) => q);
    expect(resolveFollowUp('văn bản đó ai ký', criteria, lexicon)).toMatch(/^quyết định 448/iu);
    // The sentence naming what the question asked about leads one sharing as many of its words about something else.
    const day = [
      'Ngày Khuyến học Việt Nam được quy định tại Quyết định số 1272/QĐ-TTg, ban hành ngày 16/09/2008.',
      'Hội Khuyến học Việt Nam được thành lập trước đó theo Quyết định 122/QĐ-TTg ngày 29/02/1996.',
    ].join(' ');
    const named = readEarlierTurns([{ question: 'chi hội khuyến học thôn mình hỏi Ngày Khuyến học Việt Nam là ngày nào và theo quyết định nào', answer: day }], lexicon, (q) => q);
    expect(resolveFollowUp('Quyết định đó ký năm nào?', named, lexicon)).toMatch(/^quyết định số 1272/iu);
  });

  it('carries a follow-up chain\'s subject without what its last question asked, when the next asks something else', () => {
    const chain = chatOf(
      ['cộng đồng học tập cấp xã áp dụng thông tư nào', 'Thông tư 25/2023/TT-BGDĐT áp dụng từ cấp xã trở lên.'],
      ['thông tư đó có hiệu lực từ ngày nào', 'Thông tư 25/2023/TT-BGDĐT có hiệu lực từ ngày 12/02/2024.'],
    );
    expect(chain.short).toBe(true);
    const next = resolveFollowUp('có mấy mức công nhận', chain, lexicon);
    expect(next).toMatch(/^thông tư 25\/2023/u);
    expect(next).not.toMatch(/ngày nào/u);
    // Nor the words that asked the document's dates, nor the pointer already read as the document.
    expect(next).not.toMatch(/hiệu lực|thông tư đó/u);
    // A follow-up opening like one ("còn …") but naming no new topic asks something else of the same subject too.
    const opened = resolveFollowUp('còn muốn đạt thì cần bao nhiêu điểm', chain, lexicon, true);
    expect(opened).toMatch(/^thông tư 25\/2023/u);
    expect(opened).not.toMatch(/ngày nào|hiệu lực/u);
    // So does one asking with a question word no facet's cue names ("được lợi gì"), but not one asking the same again.
    const ownQuestion = resolveFollowUp('vậy cấp xã tham gia thì được lợi gì', chain, lexicon, true);
    expect(ownQuestion).toMatch(/^thông tư 25\/2023/u);
    expect(ownQuestion).not.toMatch(/ngày nào/u);
    expect(resolveFollowUp('vậy thì sao', chain, lexicon, true)).toMatch(/ngày nào/u);
    // A closing "thế nào", "sao" asks the same again of what the follow-up names (`asks-same-closing`).
    const target = chatOf(['tỷ lệ gia đình học tập đến năm 2025 là bao nhiêu phần trăm', 'Đến năm 2025 là 70%.']);
    expect(resolveFollowUp('còn 2030 thế nào', target, lexicon, true)).toMatch(/bao nhiêu/u);
    expect(resolveFollowUp('còn năm 2030 sao', target, lexicon, true)).toMatch(/bao nhiêu/u);
    // Not when it names something else to ask of ("vậy công nhận ra sao" after a date asks how recognition goes).
    expect(resolveFollowUp('vậy công nhận ra sao', chain, lexicon, true)).not.toMatch(/ngày nào/u);
    // One naming a new topic replaces the earlier one's and keeps what it asked ("còn thông tư 44 thì sao").
    expect(resolveFollowUp('còn thông tư 44 thì sao', chain, lexicon, true)).toMatch(/ngày nào/u);
    // What the next question asks too stays ("ngày nào" after "từ ngày nào").
    expect(resolveFollowUp('còn hết hiệu lực ngày nào', chain, lexicon)).toMatch(/ngày nào.*ngày nào/u);
  });

  it('carries the topic an earlier message told outside its question to a follow-up opening like one and asking another facet', () => {
    const earlier = readEarlierTurns(
      [{ question: 'Thôn tôi muốn vận động bà con tham gia gia đình học tập. Nhà nào muốn tham gia thì nộp giấy ở đâu?', answer: 'Gia đình nộp giấy đăng ký qua chi hội khuyến học.' }],
      lexicon,
      (q) => q.replace(/^.*\. /u, ''),
    );
    const resolved = resolveFollowUp('còn tiêu chí chấm điểm thì theo văn bản nào', earlier, lexicon, true);
    expect(resolved).toMatch(/^gia dinh hoc tap/u);
    expect(resolved).not.toMatch(/ở đâu/u);
  });

  it('carries no list the earlier question asked by a frame ("những … nào") into a follow-up asking a figure', () => {
    const earlier = chatOf(['QĐ 281 năm 2014 lập ra những mô hình học tập nào', 'Quyết định 281/QĐ-TTg lập ra bốn mô hình học tập.']);
    const resolved = resolveFollowUp('Còn chỉ tiêu dòng họ năm 2020 là bao nhiêu', earlier, lexicon, true);
    expect(resolved).toMatch(/^qđ 281 /u);
    expect(resolved).not.toMatch(/những|mô hình/u);
  });

  it('takes no year from the date of the document a which-document answer gave ("sao lại chọn ngày đó")', () => {
    const earlier = chatOf(
      ['Ngày Khuyến học Việt Nam là ngày nào', 'Ngày Khuyến học Việt Nam là ngày 2/10 hằng năm.'],
      ['Vậy ngày đó do quyết định nào quy định?', 'Văn bản quy định Ngày Khuyến học Việt Nam là Quyết định 1272/QĐ-TTg ngày 16/09/2008.'],
    );
    const resolved = resolveFollowUp('sao lại chọn đúng ngày đó', earlier, lexicon);
    expect(resolved).toMatch(/^ngay khuyen hoc/u);
    expect(resolved).not.toMatch(/2008|1272/u);
  });

  it('reads a title typed without its "học tập" after a question about a title as that title ("còn đơn vị thì sao")', () => {
    const earlier = readEarlierTurns([{ question: 'chỉ tiêu gia đình học tập đến năm 2025 là bao nhiêu', answer: '70% số gia đình.' }], lexicon, (q) => q);
    const resolved = resolveFollowUp('còn đơn vị thì sao', earlier, lexicon);
    expect(resolved).toContain('đơn vị học tập');
    expect(resolved).not.toContain('gia đình học tập');
    // Not without a title asked before.
    const other = readEarlierTurns([{ question: 'tuần lễ học tập suốt đời năm 2025 khi nào', answer: 'Từ 1/10.' }], lexicon, (q) => q);
    expect(resolveFollowUp('còn đơn vị thì sao', other, lexicon)).not.toContain('đơn vị học tập');
    // Only the titles' bare forms: "còn huyện thì sao" is not "huyện học tập".
    expect(resolveFollowUp('còn huyện thì sao', earlier, lexicon)).not.toContain('huyện học tập');
  });

  it('reads a holder of a title named in a follow-up after a title as asking of its title ("còn bên trường thì sao")', () => {
    const earlier = readEarlierTurns([{ question: 'gia đình học tập xét theo văn bản nào', answer: 'Công văn 6782/BGDĐT-GDTX.' }], lexicon, (q) => q);
    for (const asked of ['còn bên trường thì sao', 'còn cơ quan của em thì xét theo văn bản nào', 'con co quan em thi sao']) {
      const resolved = resolveFollowUp(asked, earlier, lexicon);
      expect(resolved).toContain('đơn vị học tập');
      expect(resolved).not.toContain('gia đình học tập');
    }
    // Only a holder opening the topic, typed with its own diacritics: not the people or local units among the holders,
    // nor a phrase beginning with one ("trường hợp", "trưởng thôn", "cơ quan nào công nhận"), nor "trưởng", nor "có quan".
    expect(resolveFollowUp('còn người lớn tuổi thì sao', earlier, lexicon)).not.toContain('công dân học tập');
    for (const other of ['còn trường hợp nhà em thì sao', 'con truong thon thi sao', 'còn hiệu trưởng thì sao', 'còn môi trường học tập thì sao', 'thế còn cái này có quan trọng không', 'còn cơ quan nào công nhận thì sao']) {
      expect(resolveFollowUp(other, earlier, lexicon)).not.toContain('đơn vị học tập');
    }
    const other = readEarlierTurns([{ question: 'tuần lễ học tập suốt đời năm 2025 khi nào', answer: 'Từ 1/10.' }], lexicon, (q) => q);
    expect(resolveFollowUp('còn bên trường thì sao', other, lexicon)).not.toContain('đơn vị học tập');
  });

  it('finds the topic of a follow-up without its shape words', () => {
    expect(followUpTopic('còn dòng họ thì sao?', lexicon)).toEqual(['dong', 'ho']);
    expect(isFollowUp('cái đó ai ký, văn bản đó', lexicon)).toBe(true);
  });

  it('takes out of the previous question the subjects a follow-up replaces, of the same kind only', () => {
    const previous = 'Hà Nội đạt bao nhiêu phần trăm gia đình học tập năm 2025';
    expect(withoutReplacedSubjects(previous, 'còn dòng họ học tập thì sao', lexicon)).toBe('hà nội đạt bao nhiêu phần trăm năm 2025');
    expect(withoutReplacedSubjects(previous, 'thế còn năm 2024?', lexicon)).toBe('hà nội đạt bao nhiêu phần trăm gia đình học tập năm');
    expect(withoutReplacedSubjects(previous, 'còn TP.HCM?', lexicon)).toBe('đạt bao nhiêu phần trăm gia đình học tập năm 2025');
    expect(withoutReplacedSubjects('qđ 387 đặt mục tiêu gì', 'còn thông tư 25 thì sao', lexicon)).toBe('đặt mục tiêu gì');
    expect(withoutReplacedSubjects(previous, 'còn ai ký?', lexicon)).toBe(previous);
    // Asking which document replaces the documents asked before, even when the follow-up names another kind of subject.
    expect(withoutReplacedSubjects('thong tu 25 quy dinh ve cai gi', 'the con don vi hoc tap thi theo thong tu nao', lexicon)).toBe('quy dinh ve cai gi');
    expect(withoutReplacedSubjects('thong tu 25 quy dinh ve cai gi', 'the con don vi hoc tap thi sao', lexicon)).toBe('thong tu 25 quy dinh ve cai gi');
    // A kind named without its number, its number asked later ("thông tư về đơn vị học tập thì số mấy").
    expect(withoutReplacedSubjects('thông tư 25/2023 ký ngày nào', 'vậy còn thông tư về đơn vị học tập thì số mấy, ngày nào', lexicon)).toBe('ký ngày nào');
    expect(documentKindAsked('Theo thông tư về đơn vị học tập, tiêu chí số mấy nói về thư viện?', lexicon)).toBeUndefined();
    expect(documentKindAsked('Quyết định về gia đình học tập quy định điểm số bao nhiêu thì đạt', lexicon)).toBeUndefined();
  });

  it('carries a name that folds onto a common word as a name ("Vinh")', () => {
    const earlier = readEarlierTurns([{ question: 'thành phố Vinh vào mạng lưới UNESCO năm nào', answer: 'Sa Đéc và Vinh vào mạng lưới năm 2020.' }], lexicon, (q) => q)!;
    expect(resolveFollowUp('lễ đón nhận ở đâu', earlier, lexicon)).toMatch(/\bVinh\b/u);
  });

  it('puts the carried topics where the follow-up points at an aspect of them with a demonstrative, and before it otherwise', () => {
    const earlier = readEarlierTurns([{ question: 'Công dân học tập cần đạt bao nhiêu điểm?', answer: 'Điểm tối thiểu để đạt Công dân học tập là 80 điểm.' }], lexicon, (q) => q)!;
    const { 'follow-up': followUp } = data('question-cues.yaml') as { 'follow-up': { 'pointed-aspects': string[] } };
    expect(followUp['pointed-aspects'].filter((aspect) => resolveFollowUp(`${aspect} đó theo quyết định nào`, earlier, lexicon) !== `${aspect} cong dan hoc tap theo quyết định nào`)).toEqual([]);
    // A mark left out is still the aspect.
    expect(resolveFollowUp('tiêu chi đó theo quyết định nào', earlier, lexicon)).toBe('tiêu chi cong dan hoc tap theo quyết định nào');
    // No demonstrative, one after a time word, a connective, a document, an aspect's look-alike ("chi tiêu" is
    // spending), or a message typed bare ("do" is "by").
    for (const pointed of ['hạn nộp khi nào', 'sau đó phải làm gì', 'ngày đó tổ chức ở đâu', 'văn bản đó ký ngày nào', 'cv đó ký ngày nào', 'khoản chi tiêu đó lấy từ nguồn nào', 'tieu chi do ai cham']) {
      expect(resolveFollowUp(pointed, earlier, lexicon)).toBe(`cong dan hoc tap ${pointed}`);
    }
  });
});
