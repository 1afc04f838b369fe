// Facet-aware extractive answers with the real language data: yes/no leads, unconfirmed rules, whole lists cut with "… và N mục khác", echoes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeExtractive, type ComposeTexts } from '../../../src/core/answer/extractive.js';
import { fill } from '../../../src/core/messages.js';
import type { Passage } from '../../../src/core/types.js';
import { actNamer, actsAsked, doerNamer } from '../../../src/core/understand/acts-asked.js';
import { understand } from '../../../src/core/understand/understand.js';
import { wordsOf } from '../../../src/core/understand/words.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import * as tuning from '../../../src/core/answer/tuning.js';
import { languageData, ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const { messages } = loadPrompts(`${ROOT}/prompts`);
const texts: ComposeTexts = {
  moreItems: messages.moreItems,
  listCount: messages.listCount,
  yes: messages.answerYes,
  no: messages.answerNo,
  unconfirmed: messages.answerUnconfirmed,
  outsideRange: messages.answerOutsideRange,
  alsoRequired: messages.answerAlsoRequired,
  gradeMet: messages.answerGradeMet,
  claimRight: messages.answerClaimRight,
  claimWrong: messages.answerClaimWrong,
};

/** Composes as the engine does: the understood question and its facets. */
function compose(question: string, passages: Passage[], maxChars?: number) {
  const understood = understand(question, lexicon);
  return composeExtractive(understood.question, passages, { facets: understood.facets, lexicon, texts, maxChars, ownCase: understood.ownCase });
}

describe('yes/no answers', () => {
  const rule = passage('Gia đình đạt ít nhất 80 điểm thì được công nhận Gia đình học tập. Việc công nhận do Ủy ban nhân dân cấp xã thực hiện hằng năm.');

  it('opens with yes or "not reached" from the asker\'s figure and the rule\'s threshold, then quotes the rule', () => {
    const yes = compose('nhà em được 85 điểm có được công nhận gia đình học tập không', [rule]);
    expect(yes.text.startsWith(`${messages.answerYes} Gia đình đạt ít nhất 80 điểm`)).toBe(true);
    const no = compose('nha em duoc 75 diem co dc cong nhan gia dinh hoc tap ko', [rule]);
    expect(no.text.startsWith(`${messages.answerNo} Gia đình đạt ít nhất 80 điểm`)).toBe(true);
  });

  it('judges no case by a rule naming no title, or only another, under the heading of another title', () => {
    const citizen = passage('Cũng theo tài liệu tập huấn đó, tổng điểm tối thiểu là 80/100 và không chỉ số nào dưới 5 điểm.', {}, { heading: 'Công dân học tập cần bao nhiêu điểm thì đạt?' });
    const family = compose('nếu nhà mình đạt 75 điểm thì có được gia đình học tập không', [citizen]);
    expect(family.text.startsWith('Cũng theo tài liệu')).toBe(true);
    // Nor one naming only that other title: "một người được đánh giá Công dân học tập" is no family's rule.
    const named = passage('Ngoài tổng điểm tối thiểu 80/100, một người được đánh giá Công dân học tập không được có chỉ số nào dưới 5 điểm.', {}, { heading: 'Công dân học tập cần bao nhiêu điểm thì đạt?' });
    expect(compose('nhà mình được 75 điểm thì có đạt gia đình học tập không', [named]).text.startsWith('Ngoài tổng điểm')).toBe(true);
    expect(compose('mình được 75 điểm thì có đạt công dân học tập không', [named]).text.startsWith(`${messages.answerNo} `)).toBe(true);
    expect(compose('mình đạt 75 điểm thì có được công dân học tập không', [citizen]).text.startsWith(`${messages.answerNo} `)).toBe(true);
    // A sentence naming the title asked judges, whatever else it names ("… trong đó có thành viên đạt Công dân học tập").
    const own = passage('Gia đình đạt ít nhất 80 điểm, trong đó có thành viên đạt Công dân học tập.', {}, { heading: 'Điểm đạt' });
    expect(compose('nhà mình được 75 điểm có đạt gia đình học tập không', [own]).text.startsWith(`${messages.answerNo} `)).toBe(true);
  });

  it('gives no verdict when the asker gives no figure or the question is not yes/no', () => {
    expect(compose('nhà em có được công nhận gia đình học tập không', [rule]).text.startsWith('Gia đình đạt ít nhất 80 điểm')).toBe(true);
    expect(compose('gia đình học tập cần bao nhiêu điểm', [rule]).text.startsWith('Gia đình đạt ít nhất 80 điểm')).toBe(true);
  });

  it('puts the passage the verdict was read from right after the verdict, ahead of better-ranked passages', () => {
    const steps = passage('Gia đình học tập tự chấm điểm theo 4 bước trên mạng: đăng ký, chọn phiếu, trả lời, gửi bài.');
    const answer = compose('nhà em tự chấm gia đình học tập trên mạng được 75 điểm thì có được công nhận không', [steps, rule]);
    expect(answer.text.startsWith(`${messages.answerNo} Gia đình đạt ít nhất 80 điểm`)).toBe(true);
    expect(answer.text).toContain('4 bước');
  });

  it('answers from a rule the case meets or fails even when a hedge about another matter comes first', () => {
    const hedged = passage('Hạn nộp hồ sơ Gia đình học tập hằng năm chưa được xác nhận chính thức. Gia đình đạt ít nhất 80 điểm thì được công nhận Gia đình học tập.');
    const answer = compose('nhà em được 75 điểm, hạn nộp hồ sơ gia đình học tập hằng năm đã qua chưa, có được công nhận không', [hedged]);
    expect(answer.text.startsWith(messages.answerNo)).toBe(true);
  });

  it('chooses the rule giving a figure in the unit of the asker\'s own, and says when the case lies outside its range', () => {
    // The knowledge base's own section on the criteria.
    const section = (file: string, heading: string) => readFileSync(`${ROOT}/knowledge/${file}`, 'utf8').split(`## ${heading}`)[1]!.split('\n## ')[0]!.trim();
    const groups = passage(section('gia-dinh-hoc-tap.md', 'Tiêu chí Gia đình học tập gồm những gì, gia đình thế nào thì đủ điều kiện?'));
    const decision = passage(section('qd-448-khvn-tieu-chi-gia-dinh.md', 'Quyết định 448 có những nhóm tiêu chí Gia đình học tập nào?'));
    // As the engine composes: the question as searched, with the unit of the case's figure ("tuổi").
    const understood = understand('Mẹ mình năm nay 65 tuổi. Vậy mẹ có bị tính vào tiêu chí gia đình học tập không?', lexicon);
    const answer = composeExtractive(understood.query, [groups, decision], { facets: understood.facets, lexicon, texts, ownCase: understood.ownCase });
    expect(answer.text.startsWith(fill(messages.answerOutsideRange, { figure: '65', from: '19', to: '60', unit: 'tuổi' }))).toBe(true);
    expect(answer.text).toContain('người từ 19 đến 60 tuổi');
  });

  it('says first the rule judging a figure the question itself gives, not a hedge sharing its common words, nor a range above the figure', () => {
    const section = (file: string, heading: string) => readFileSync(`${ROOT}/knowledge/${file}`, 'utf8').split(`## ${heading}`)[1]!.split('\n## ')[0]!.trim();
    const hedge = passage(section('gia-dinh-hoc-tap.md', 'Điểm đạt Gia đình học tập là bao nhiêu, cần bao nhiêu điểm thì đạt?'));
    const groups = passage(section('gia-dinh-hoc-tap.md', 'Tiêu chí Gia đình học tập gồm những gì, gia đình thế nào thì đủ điều kiện?'));
    const answer = compose('me toi 58 tuoi chua biet chu thi nha toi co dat gia dinh hoc tap khong', [hedge, groups]);
    expect(answer.text.startsWith(messages.answerUnconfirmed)).toBe(false);
    expect(answer.text.indexOf('người từ 19 đến 60 tuổi')).toBeGreaterThanOrEqual(0);
    expect(answer.text.indexOf('người từ 19 đến 60 tuổi')).toBeLessThan(answer.text.indexOf('chưa được xác nhận'));
    // A child's age is below the adults' range: the children's group is said, not the adults'.
    const decision = passage(section('qd-448-khvn-tieu-chi-gia-dinh.md', 'Quyết định 448 có những nhóm tiêu chí Gia đình học tập nào?'));
    const child = compose('nhà mình có đứa con 16 tuổi bỏ học đi làm, vậy có được gia đình học tập không', [groups, decision]).text;
    const adults = child.indexOf('người từ 19 đến 60 tuổi');
    expect(child.indexOf('trẻ trong độ tuổi đi học')).toBeGreaterThanOrEqual(0);
    expect(adults < 0 || child.indexOf('trẻ trong độ tuổi đi học') < adults).toBe(true);
  });

  it('says a yes covers only what was asked when the rule also requires something the message does not name', () => {
    const rule = passage(
      'Đơn vị học tập cấp tỉnh mức độ 1 cần ít nhất 90% thành viên là Công dân học tập. Đơn vị học tập cấp tỉnh còn phải đạt danh hiệu "Tập thể lao động tiên tiến" trở lên.',
    );
    const share = 'Cơ quan mình có 92% cán bộ là công dân học tập, vậy có đủ điều kiện đơn vị học tập mức độ 1 không?';
    const qualified = compose(share, [rule]);
    expect(qualified.text.startsWith(messages.answerAlsoRequired)).toBe(true);
    expect(qualified.text).toContain('Tập thể lao động tiên tiến');
    // Named in the message, the requirement is known: a plain yes.
    const understood = understand('Cơ quan mình có 92% cán bộ là công dân học tập, có danh hiệu tập thể lao động tiên tiến rồi, vậy có đủ điều kiện mức độ 1 không?', lexicon);
    const known = composeExtractive(understood.question, [rule], { facets: understood.facets, lexicon, texts, ownCase: understood.ownCase, message: 'có danh hiệu tập thể lao động tiên tiến rồi' });
    expect(known.text.startsWith(messages.answerAlsoRequired)).toBe(false);
  });

  it('says a yes covers only the total told when the rule also sets a floor for every part', () => {
    const rule = passage('Ngoài tổng điểm tối thiểu 80/100, một người được đánh giá Công dân học tập không được có chỉ số nào dưới 5 điểm.');
    const total = compose('tôi được 85 điểm tự đánh giá, có đủ điều kiện công dân học tập không', [rule]);
    expect(total.text.startsWith(`${messages.answerAlsoRequired} Ngoài tổng điểm`)).toBe(true);
    expect(compose('tôi được 85 điểm, chỉ số thấp nhất 7 điểm, có đủ điều kiện công dân học tập không', [rule]).text.startsWith(`${messages.answerYes} `)).toBe(true);
  });

  it('says no when the asker lacks a requirement said for every asker, beside thresholds given for the asker\'s kind', () => {
    const rule = passage(
      'Đơn vị học tập cấp tỉnh mức độ 1 cần ít nhất 90% thành viên là Công dân học tập (cơ sở giáo dục: ít nhất 95% người học). Đơn vị học tập cấp tỉnh còn phải đạt danh hiệu "Tập thể lao động tiên tiến" trở lên.',
    );
    expect(compose('trường mình mất danh hiệu tập thể lao động tiên tiến thì có được công nhận đơn vị học tập cấp tỉnh không', [rule]).text).toMatch(/^Chưa \S+/u);
    expect(compose('trường mình mất danh hiệu tập thể lao động tiên tiến thì có được công nhận đơn vị học tập cấp tỉnh không', [rule]).text.startsWith(messages.answerYes)).toBe(false);
    // Before a threshold the asker meets.
    expect(compose('Trường mình có 96% học sinh là công dân học tập nhưng bị mất danh hiệu tập thể lao động tiên tiến, vậy có đủ điều kiện mức độ 1 không?', [rule]).text).toMatch(/^Chưa \S+/u);
  });

  it('checks a threshold the resident heard against the rule\'s, turned round by a negation before the rule word', () => {
    const opens = (question: string, lead: string) => compose(question, [rule]).text.startsWith(`${lead} `);
    expect(opens('gia đình học tập cần đạt 80 điểm đúng không', messages.answerClaimRight)).toBe(true);
    expect(opens('gia đình học tập phải đạt 90 điểm đúng không', messages.answerClaimWrong)).toBe(true);
    expect(opens('gia đình học tập không cần đạt 80 điểm đúng không', messages.answerClaimWrong)).toBe(true);
    expect(opens('gia đình học tập chẳng có cần đạt 80 điểm đúng không', messages.answerClaimWrong)).toBe(true);
    // Typed with diacritics, a word folding onto a rule word is none ("cán" is no "cần"): no claim is checked.
    expect(opens('gia đình cán bộ được 85 điểm thì được công nhận đúng không', messages.answerClaimWrong)).toBe(false);
    // The asker's own figure is a case, judged as before.
    expect(compose('nhà em được 85 điểm có được công nhận gia đình học tập không', [rule]).text.startsWith(messages.answerClaimRight)).toBe(false);
  });

  it('checks a claimed threshold against the one the rule gives the asker\'s own kind, and anyone else\'s without it', () => {
    const unit = passage('Đơn vị học tập cấp tỉnh mức độ 1 cần ít nhất 90% thành viên là Công dân học tập (cơ sở giáo dục: ít nhất 95% người học).');
    const opens = (question: string, lead: string) => compose(question, [unit]).text.startsWith(`${lead} `);
    expect(opens('trường mầm non của em có cần 95% người học là công dân học tập không', messages.answerClaimRight)).toBe(true);
    expect(opens('trường em có cần 90% người học là công dân học tập không', messages.answerClaimWrong)).toBe(true);
    expect(opens('cơ quan em có cần 90% thành viên là công dân học tập không', messages.answerClaimRight)).toBe(true);
    expect(opens('cơ quan em có cần 95% thành viên là công dân học tập không', messages.answerClaimWrong)).toBe(true);
    // The kind named after the claim is not whom it is claimed of.
    expect(opens('với doanh nghiệp thì mức 1 cần 90% là công dân học tập, còn trường học thì không giống vậy phải không', messages.answerClaimRight)).toBe(true);
  });

  it('judges the grades a case clause tells against a criterion, saying a met criterion is one of several', () => {
    const criteria = passage('Số điểm tối thiểu để đạt Gia đình học tập chưa được xác nhận chính thức. Nhóm 1 là việc học của trẻ em: học lực từ trung bình trở lên, hạnh kiểm từ "Khá" trở lên.');
    const met = compose('Con em năm nay học lớp 7, học lực trung bình thôi nhưng hạnh kiểm khá. Vậy nhà em có đạt tiêu chí gia đình học tập không ạ?', [criteria]);
    expect(met.text.startsWith(messages.answerGradeMet)).toBe(true);
    const short = compose('Con em học lực khá nhưng hạnh kiểm trung bình. Vậy nhà em có đạt tiêu chí gia đình học tập không?', [criteria]);
    expect(short.text.startsWith(messages.answerNo)).toBe(true);
  });

  it('says the rule is not confirmed instead of answering yes or no', () => {
    const unconfirmed = passage('Cơ quan công nhận Cộng đồng học tập cấp huyện hiện chưa được xác nhận chính thức.');
    const answer = compose('xã em có được công nhận cộng đồng học tập cấp huyện không', [unconfirmed]);
    expect(answer.text.startsWith(`${messages.answerUnconfirmed} Cơ quan công nhận`)).toBe(true);
    expect(answer.text).not.toContain(messages.answerYes);
  });

  it('leaves a yes/no about a document open, not unconfirmed, when only its date is unconfirmed', () => {
    const document = passage('Quyết định 324/QĐ-KHVN là văn bản của Hội Khuyến học Việt Nam quy định bộ tiêu chí Công dân học tập; ngày ban hành chưa được xác nhận chính thức.');
    const about = compose('tiêu chí công dân học tập theo quyết định 324 của hội phải không', [document]);
    expect(about.text.startsWith('Quyết định 324/QĐ-KHVN')).toBe(true);
    // Asked the date, or what the hedge also names, the hedge is the answer.
    expect(compose('quyết định 324 ban hành ngày nào, có phải năm 2015 không', [document]).text.startsWith(messages.answerUnconfirmed)).toBe(true);
    const wording = passage('Chủ đề năm 2022 là chuyển đổi số; ngày cụ thể và câu chữ chính xác của chủ đề chưa được xác nhận chính thức.');
    expect(compose('chủ đề tuần lễ năm 2022 có câu chính xác không', [wording]).text.startsWith(messages.answerUnconfirmed)).toBe(true);
  });

  it('takes no document number for the asker\'s figure ("quyết định 324" is not 324 points)', () => {
    const rule = passage('Theo Quyết định 324/QĐ-KHVN, người đạt Công dân học tập có tổng điểm tối thiểu 80/100.');
    const answer = compose('em nghe nói tiêu chí công dân học tập theo quyết định 324, em đạt không', [rule]);
    expect(answer.text.startsWith('Theo Quyết định 324')).toBe(true);
    const scope = passage('Thông tư 25/2023/TT-BGDĐT áp dụng từ cấp xã trở lên.');
    expect(compose('thông tư 25 là về cộng đồng học tập cấp xã phải không', [scope]).text.startsWith('Thông tư 25')).toBe(true);
  });
});

describe('lists', () => {
  const item = (n: number) => `Tiêu chí số ${n}: gia đình thực hiện đầy đủ nội dung học tập và rèn luyện theo kế hoạch hằng năm của địa phương.`;

  it('brings a whole list under its lead, with one citation after the last item', () => {
    const p = passage(['Tiêu chí Gia đình học tập gồm:', '- Có kế hoạch học tập của gia đình.', '- Trẻ em đi học đúng độ tuổi.', '- Người lớn tham gia học tập thường xuyên.'].join('\n'));
    const answer = compose('tiêu chí gia đình học tập gồm những gì', [p]);
    expect(answer.text).toBe(
      'Tiêu chí Gia đình học tập gồm:\n• Có kế hoạch học tập của gia đình.\n• Trẻ em đi học đúng độ tuổi.\n• Người lớn tham gia học tập thường xuyên. [1]',
    );
  });

  it('says how many items a whole numbered list without a lead has, and nothing for an unnumbered one', () => {
    const numbered = passage(['- Tiêu chí 1 của Đơn vị học tập là điều kiện học tập.', '- Tiêu chí 2 của Đơn vị học tập là kết quả học tập.', '- Tiêu chí 3 của Đơn vị học tập là tác động của mô hình.'].join('\n'));
    const answer = compose('tiêu chí đơn vị học tập gồm những gì', [numbered]);
    expect(answer.text.startsWith(`${fill(messages.listCount, { count: 3, item: 'tiêu chí' })}\n• Tiêu chí 1`)).toBe(true);
    const plain = passage(['- Có kế hoạch học tập của gia đình.', '- Trẻ em đi học đúng độ tuổi.'].join('\n'));
    expect(compose('tiêu chí gia đình học tập gồm những gì', [plain]).text.startsWith('• Có kế hoạch')).toBe(true);
  });

  it('says a list once when another document holds its copy in other words', () => {
    const own = passage(['- Tiêu chí 1 của Đơn vị học tập là điều kiện để xây dựng Đơn vị học tập.', '- Tiêu chí 2 của Đơn vị học tập là kết quả học tập của các thành viên.', '- Tiêu chí 3 của Đơn vị học tập là tác động của mô hình.'].join('\n'));
    const copy = passage(['- Tiêu chí 1 của Thông tư 24/2023/TT-BGDĐT là các điều kiện để xây dựng Đơn vị học tập.', '- Tiêu chí 2 của Thông tư 24/2023/TT-BGDĐT là kết quả học tập của các thành viên trong đơn vị.', '- Tiêu chí 3 của Thông tư 24/2023/TT-BGDĐT là tác động, hiệu quả của mô hình Đơn vị học tập.'].join('\n'));
    const answer = compose('tiêu chí đơn vị học tập theo thông tư 24 gồm những gì', [own, copy]);
    expect(answer.text.match(/Tiêu chí 1/gu)).toHaveLength(1);
  });

  it('says every criterion beside the yes or no when asked whether a case is enough (`whole-criteria`), a copy as long not again', () => {
    const groups = [
      'Nhóm 1 của tiêu chí Gia đình học tập là việc học của trẻ em (tối đa 30 điểm): trẻ trong độ tuổi đi học đều đến trường, học lực từ trung bình trở lên, hạnh kiểm từ khá trở lên.',
      'Nhóm 2 của tiêu chí Gia đình học tập là việc học của người lớn (tối đa 30 điểm): người từ 19 đến 60 tuổi biết chữ và mỗi năm học ít nhất một nội dung.',
      'Nhóm 3 của tiêu chí Gia đình học tập là điều kiện học tập của gia đình.',
      'Nhóm 4 của tiêu chí Gia đình học tập là tác dụng của việc học đối với đời sống gia đình.',
    ];
    const own = passage(['Tiêu chí Gia đình học tập do Hội Khuyến học Việt Nam ban hành, gồm bốn nhóm.', ...groups.map((text) => `- ${text}`)].join('\n'));
    const copy = passage(['- Nhóm thứ nhất theo Quyết định 448 là trẻ em đi học.', '- Nhóm thứ hai theo Quyết định 448 là người lớn đi học.', '- Nhóm thứ ba theo Quyết định 448 xem điều kiện học tập.', '- Nhóm thứ tư theo Quyết định 448 xem tác dụng của việc học.'].join('\n'));
    for (const enough of (languageData('question-cues.yaml') as { 'whole-criteria': string[] })['whole-criteria']) {
      const answer = compose(`Nhà tôi có hai cháu đang đi học, học lực khá, hạnh kiểm tốt. Vậy nhà tôi có ${enough} gia đình học tập không?`, [own, copy]);
      expect(groups.filter((text) => !answer.text.includes(text)), enough).toEqual([]);
      expect(answer.text, enough).not.toContain('Nhóm thứ');
    }
  });

  it('cuts a long list at the list length limit and says how many items are left', () => {
    const items = Array.from({ length: 12 }, (_, i) => item(i + 1));
    const p = passage(['Tiêu chí Gia đình học tập gồm:', ...items.map((text) => `- ${text}`)].join('\n'));
    const answer = compose('tiêu chí gia đình học tập gồm những gì', [p]);
    const shown = items.filter((text) => answer.text.includes(text)).length;
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(items.length);
    // Shown items are the first ones, in order, within the list budget.
    expect(items.slice(0, shown).every((text) => answer.text.includes(`• ${text}`))).toBe(true);
    expect(answer.text.length).toBeLessThanOrEqual(tuning.MAX_LIST_CHARS + 120);
    expect(answer.text.endsWith(`${fill(messages.moreItems, { n: items.length - shown })} [1]`)).toBe(true);
  });
});

describe('echo sentences', () => {
  it('leaves out a sentence that only restates the question when another one answers it', () => {
    const p = passage('Văn bản này thường được gọi tắt là QĐ 387. Quyết định 387/QĐ-TTg phê duyệt Chương trình học tập suốt đời giai đoạn 2021–2030.');
    const answer = compose('văn bản thường được gọi tắt là QĐ 387 nói về gì', [p]);
    expect(answer.text).toContain('phê duyệt Chương trình');
    expect(answer.text).not.toContain('gọi tắt');
  });

  it('counts an acronym as the words its letters stand for, so a sentence naming who by it is no echo', () => {
    const list = passage('Đơn vị học tập cấp huyện được đánh giá theo Thông tư 24/2023/TT-BGDĐT.', {}, { score: 1 });
    const who = passage('Với Đơn vị học tập cấp huyện, UBND cấp huyện quyết định công nhận.', {}, { score: 0.95 });
    expect(compose('cong nhan don vi hoc tap cap huyen thi ai quyet dinh', [list, who]).text).toContain('UBND cấp huyện quyết định công nhận');
  });

  it('takes a sentence giving the year or figure asked, though it adds only that, for no echo', () => {
    const p = passage('Hà Nội đặt mục tiêu đạt danh hiệu "Thành phố học tập" vào năm 2030. Đây là mục tiêu trong kế hoạch riêng của Hà Nội, không phải danh hiệu quốc gia.');
    expect(compose('Hà Nội đặt mục tiêu đạt danh hiệu Thành phố học tập vào năm nào?', [p]).text).toContain('vào năm 2030');
    // A figure the question gives itself is no answer to it.
    const told = passage('Hà Nội đặt mục tiêu đạt danh hiệu "Thành phố học tập" vào năm 2030. Kế hoạch bám theo lộ trình giai đoạn 2021–2030, tầm nhìn 2045.');
    expect(compose('Hà Nội đặt mục tiêu đạt danh hiệu Thành phố học tập vào năm 2030 để làm gì?', [told]).text).not.toContain('vào năm 2030');
    // A year is a figure: it answers "năm nào" though the question cues a date.
    const founded = passage('Hội Khuyến học Việt Nam là tổ chức xã hội do Thủ tướng cho phép thành lập. Hội Khuyến học Việt Nam được thành lập năm 1996.');
    expect(compose('Hội Khuyến học Việt Nam được thành lập năm nào?', [founded]).text).toContain('năm 1996');
    // An amount after a lowercase "khoản" is no numbering label.
    const amount = passage('Gia đình học tập tiêu biểu được biểu dương tại đại hội khuyến học cấp xã. Gia đình học tập tiêu biểu được thưởng khoản 500 nghìn đồng.');
    expect(compose('Gia đình học tập tiêu biểu được thưởng khoản bao nhiêu nghìn đồng?', [amount]).text).toContain('500 nghìn đồng');
    // A numbering label of a legal text gives no figure.
    const articles = passage('Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Điều 4. Chánh Văn phòng Bộ và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.');
    expect(compose('Quyết định này có hiệu lực từ khi nào?', [articles]).text).not.toMatch(/Điều \d\./u);
  });

  it('still answers with the echo when it is all there is', () => {
    const p = passage('Văn bản này thường được gọi tắt là QĐ 387.');
    expect(compose('văn bản thường được gọi tắt là QĐ 387 nói về gì', [p]).text).toBe('Văn bản này thường được gọi tắt là QĐ 387. [1]');
  });
});

describe('questions asking two things', () => {
  // The first passage answers "when" well; only the second says where, in a sentence that shares few question words.
  const when = passage('Lễ hội học tập đầu tiên ở Việt Nam khai mạc ngày 5/11/2019 và được tổ chức rất long trọng.', {}, { score: 1 });
  const where = passage('Lễ hội năm 2019 do Sở Giáo dục chủ trì, khai mạc tại Nhà hát Lớn thành phố.', {}, { score: 0.9 });

  it('adds the sentence carrying the facet still missing ("ở đâu" after "ngày nào")', () => {
    const answer = compose('lễ hội học tập đầu tiên khai mạc ngày nào ở đâu', [when, where]);
    expect(answer.text).toContain('5/11/2019');
    expect(answer.text).toContain('Nhà hát Lớn');
  });

  it('does not add it when only the date is asked', () => {
    const answer = compose('lễ hội học tập đầu tiên khai mạc ngày nào', [when, where]);
    expect(answer.text).toContain('5/11/2019');
    expect(answer.text).not.toContain('Nhà hát Lớn');
  });
});

describe('the facet asked leads', () => {
  const restates = 'Lễ hội đọc sách của thành phố được Ủy ban nhân dân thành phố phát động vào ngày 21/4/2024 tại nhà văn hóa trung tâm.';
  const cause = 'Lễ hội được phát động vào dịp này vì trùng với Ngày Sách và Văn hóa đọc Việt Nam.';

  it('answers "vì sao … vào ngày D" with the cause first, not the sentence restating the date it was given', () => {
    // Room for one sentence: the one chosen first.
    const answer = compose('vì sao lễ hội đọc sách của thành phố được phát động vào ngày 21/4/2024', [passage(`${restates} ${cause}`)], 130);
    expect(answer.text).toContain('vì trùng với');
    expect(answer.text).not.toContain('nhà văn hóa');
  });

  it('answers why a date changes with the cause first, though a sentence of dates shares more of its words', () => {
    const dates = 'Hội sách của thành phố năm 2023 mở ngày 2/10, năm 2024 mở ngày 1/10 và năm 2025 mở ngày 5/10.';
    const changes = 'Thời gian mở hội sách không cố định vì mỗi năm Sở Văn hóa ra thông báo riêng.';
    const question = 'vì sao hội sách của thành phố năm nào cũng đổi ngày mở';
    expect(understand(question, lexicon).facets).toEqual(expect.arrayContaining(['date', 'reason']));
    // Room for one sentence: the one chosen first.
    const answer = compose(question, [passage(`${dates} ${changes}`)], 90);
    expect(answer.text).toContain('không cố định vì');
  });

  it('answers why with the sentence the next one says follows from it ("… Vì vậy, …"), not with what follows', () => {
    const cause = 'Theo quy chế hội sách, việc mở quầy sách là một phần tiêu chí thi đua của phường.';
    const follows = 'Vì vậy, mỗi phường cần mở quầy sách trong tuần hội sách.';
    const answer = compose('vì sao phường phải mở quầy sách', [passage(`${cause} ${follows}`), passage('Hội sách năm 2024 lùi một tuần vì trời mưa.')], 100);
    expect(answer.text).toContain('một phần tiêu chí');
  });

  it('reads a date the question gives as known, not as asked', () => {
    expect(understand('vì sao phong trào được phát động vào ngày 10/6/2023', lexicon).facets).toEqual(['reason']);
    expect(understand('phong trào được phát động vào ngày nào', lexicon).facets).toContain('date');
    // A year alone after a cue says which one is asked: "the 2025 target".
    expect(understand('gdht vs dhht muc tieu 2025 khac nhau ko', lexicon).facets).toEqual(['number', 'comparison']);
  });
});

describe('dates of documents', () => {
  it('does not answer the date of a document asked by number with sentences dating only other documents', () => {
    const own = passage(
      'Quyết định 387/QĐ-TTg (gọi tắt QĐ 387) phê duyệt Chương trình đẩy mạnh phong trào học tập suốt đời, do Thủ tướng Chính phủ ban hành ngày 25/03/2022.',
    );
    const related = passage(
      'Quyết định 387/QĐ-TTg đi cùng Quyết định 677/QĐ-TTg ngày 03/06/2022 về mô hình Công dân học tập. Các danh hiệu trong Quyết định 387/QĐ-TTg được cụ thể hóa tại Quyết định 1315/QĐ-TTg ngày 09/11/2023.',
    );
    const answer = compose('quyết định 387 ký ngày mấy', [own, related]);
    expect(answer.text).toContain('25/03/2022');
    expect(answer.text).not.toMatch(/677\/QĐ-TTg ngày|1315\/QĐ-TTg ngày/u);
  });

  it('answers the date of a letter asked by number with its own date, not the dates of the event it is about', () => {
    const week = passage(
      'Tuần lễ hưởng ứng học tập suốt đời năm 2024 diễn ra từ ngày 1/10 đến ngày 7/10/2024, khai mạc ngày 1/10. Hướng dẫn năm 2024 nằm trong Công văn 5201/BGDĐT-GDTX ngày 09/09/2024 của Bộ Giáo dục và Đào tạo.',
    );
    const duties = passage('Mỗi xã cần lập kế hoạch, tổ chức và báo cáo về Tuần lễ học tập suốt đời hằng năm, từ ngày 1/10.');
    const answer = compose('cv 5201 cua bgd ve tuan le hoc tap suot doi ky ngay nao', [duties, week], 160);
    expect(answer.text).toContain('09/09/2024');
    expect(compose('công văn 5201 ban hành ngày nào', [duties, week], 160).text).toContain('09/09/2024');
    // Asked the dates the letter sets, not the letter's own, the Week's dates answer.
    expect(compose('cv 5201 quy dinh tuan le dien ra tu ngay nao', [duties, week], 160).text).toContain('7/10/2024');
  });
});

describe('who does which act', () => {
  it('reads the act asked with its group: after "ai" or before "bởi ai", never a document name before "ai"', () => {
    const { acts } = (parse(readFileSync(`${ROOT}/prompts/language/question-cues.yaml`, 'utf8')) as { 'acts-asked': { acts: string[][] } })['acts-asked'];
    const typed = (phrase: string) => wordsOf(phrase).map((w) => w.text).join(' ');
    const wrong = acts.flatMap((group) =>
      group.filter((act) => {
        const found = [actsAsked(`ai ${act} danh hiệu này`, lexicon), actsAsked(`danh hiệu này ${act} bởi ai`, lexicon)];
        return found.some((asked) => !group.every((other) => asked.includes(typed(other))));
      }),
    );
    expect(wrong).toEqual([]);
    // The first act after "ai": "ai ký quyết định 1315" asks who signs, not who decides.
    expect(actsAsked('quyết định 1315 ai ký', lexicon)).toEqual(['ký']);
    expect(actsAsked('ai ký quyết định 1315', lexicon)).toEqual(['ký']);
    expect(actsAsked('quyết định 1315 là gì', lexicon)).toEqual([]);
    // "ký" of "đăng ký" (`not-after`) is no signing, asked or said.
    expect(actsAsked('ai đăng ký gia đình học tập', lexicon)).toEqual([]);
    expect(actsAsked('ai dang ky gia dinh hoc tap', lexicon)).toEqual([]);
    const signs = actNamer(['ký'], lexicon.actsAsked.notAfter);
    expect([signs('Người dân đăng ký tại congdanhoctap.vn.'), signs('Quyết định do Phó Thủ tướng ký.')]).toEqual([false, true]);
    // A claim of who did it, checked with a tag, asks who did it; without the tag "do" says nothing of an actor.
    expect(actsAsked('quyết định 1315 do thủ tướng Phạm Minh Chính ký phải không', lexicon)).toEqual(['ký']);
    expect(actsAsked('quyết định 1315 có phải do thủ tướng Phạm Minh Chính ký không', lexicon)).toEqual(['ký']);
    // Right before someone who acts, "có phải" claims as "do" does.
    expect(actsAsked('quyết định 1315 có phải thủ tướng Phạm Minh Chính ký không', lexicon)).toEqual(['ký']);
    // Not before words that only begin with an actor's (`not-actors`).
    expect(actsAsked('Có phải xã hội học tập được phát động từ năm 2023 không', lexicon)).toEqual([]);
    // "có phải" opens a claim only right before its claimer: elsewhere it is "must", "phải chăng" "affordable".
    for (const asked of ['gia đình học tập do xã công nhận có phải đăng ký lại mỗi năm không', 'quyết định 1315 do thủ tướng ký có phải áp dụng cho doanh nghiệp không', 'lớp tin học do xã tổ chức có học phí phải chăng không']) {
      expect(actsAsked(asked, lexicon), asked).toEqual([]);
    }
    expect(actsAsked(understand('qd 1315 la thu tuong pham minh chinh ky phai ko', lexicon).query, lexicon)).toEqual(['ký']);
    expect(actsAsked('phong trào thi đua do thủ tướng phát động năm nào', lexicon)).toEqual([]);
    // Not "độ" or "đó", nor a claim naming no one who acts ("là để đánh giá", "là văn bản công nhận").
    for (const told of ['thông tư 25 có mấy mức độ đánh giá đúng không', 'công văn 6782 là để đánh giá gia đình học tập đúng không', 'quyết định 1315 là văn bản công nhận những danh hiệu gì phải không']) {
      expect(actsAsked(told, lexicon), told).toEqual([]);
    }
    const { tags, 'claimed-actors': actors } = (languageData('question-cues.yaml') as { 'acts-asked': { tags: string[]; 'claimed-actors': string[] } })['acts-asked'];
    expect(tags.filter((tag) => actsAsked(`quyết định 1315 do thủ tướng ký ${tag}`, lexicon).join() !== 'ký')).toEqual([]);
    expect(actors.filter((actor) => actsAsked(`quyết định 1315 do ${actor} ký phải không`, lexicon).join() !== 'ký')).toEqual([]);
  });

  it('answers who does the act asked from the sentence naming it, not from one naming another act', () => {
    const rules = passage(
      [
        'Đơn vị học tập được đánh giá, công nhận theo Thông tư 24/2023/TT-BGDĐT ngày 11/12/2023, ở cấp huyện và cấp tỉnh.',
        '- Thủ trưởng đơn vị lập tổ đánh giá Đơn vị học tập.',
        '- Số liệu đánh giá Đơn vị học tập tính từ ngày 1/1 đến ngày 31/12 của năm.',
        '- Hồ sơ đề nghị công nhận Đơn vị học tập gửi trước ngày 15/1 (15/01) của năm sau.',
        '- Với Đơn vị học tập cấp huyện, UBND cấp huyện quyết định công nhận.',
      ].join('\n'),
    );
    const aside = passage('Các quy định không phụ thuộc vào cơ quan công nhận vẫn có thể tra cứu như bình thường, ví dụ thời hạn gửi hồ sơ Đơn vị học tập trước ngày 15/1 năm sau (Thông tư 24/2023) hoặc hai mức độ công nhận Cộng đồng học tập cấp xã (Thông tư 25/2023).');
    // "lập tổ đánh giá" is another act: the sentence saying who decides is the one asked for.
    expect(compose('hồ sơ đơn vị học tập nộp trước ngày nào, ai quyết định công nhận', [rules, aside]).text).toContain('UBND cấp huyện quyết định công nhận');
    // The sentence saying who does the act asked adds only who ("thủ trưởng"), yet it is no echo of the question.
    expect(compose('đvht thì ai lập tổ đánh giá z, số liệu tính từ ngày nào tới ngày nào ad', [rules, aside]).text).toContain('Thủ trưởng đơn vị lập tổ đánh giá');
  });

  it('reads a sentence as saying who does the act asked only with a doer word before the act in its clause (`doers`)', () => {
    const { doers } = (languageData('question-cues.yaml') as { 'acts-asked': { doers: string[] } })['acts-asked'];
    for (const doer of doers) {
      expect(doerNamer(['lập'], doers)(`Mạng lưới ${doer} Viện UNESCO (UIL) khởi xướng và lập ra năm 2012.`), doer).toBe(true);
    }
    const organised = doerNamer(['tổ chức'], doers, lexicon.actsAsked.notAfter);
    expect(organised('Hội nghị lần đầu tiên được tổ chức tại Bangkok.')).toBe(false);
    // Not across a clause: "do" of another clause is not who acts.
    expect(organised('Do dịch bệnh, hội nghị được tổ chức trực tuyến.')).toBe(false);
    const launched = passage(
      [
        'Mạng lưới được ra mắt năm 2013 tại Hội nghị quốc tế lần thứ nhất về thành phố học tập ở Bắc Kinh.',
        'Hội nghị Bắc Kinh năm 2013 đã thông qua Tuyên bố Bắc Kinh.',
        'Mạng lưới thành phố học tập toàn cầu của UNESCO bắt đầu nhận thành viên từ tháng 9/2015.',
      ].join(' '),
    );
    const started = passage('Mạng lưới thành phố học tập toàn cầu của UNESCO (viết tắt GNLC) do Viện UNESCO về Học tập suốt đời (UIL) khởi xướng và lập ra năm 2012.');
    // Asked who made it and when: the sentence saying who carries "who", though others give years with words shared.
    expect(compose('Mạng lưới thành phố học tập UNESCO do ai lập ra, bắt đầu năm nào', [launched, started], 300).text).toContain('UIL');
  });

  it('counts the facets a document card leading the answer states: a sentence is not chosen first for its date again', () => {
    const signer = 'Quyết định 99/QĐ-TTg do Phó Thủ tướng Nguyễn Văn A ký.';
    const other = 'Các danh hiệu trong Quyết định 99/QĐ-TTg có cả cấp huyện, nhưng từ ngày 12/06/2025 không còn cấp huyện nên việc công nhận chưa được xác nhận chính thức.';
    const understood = understand('quyết định 99 ai ký và ký ngày nào', lexicon);
    const lead = 'Quyết định 99/QĐ-TTg ban hành ngày 09/11/2023: Ban hành Kế hoạch phong trào thi đua.';
    const answer = composeExtractive(understood.question, [passage(signer), passage(other)], { facets: understood.facets, lexicon, texts, maxChars: other.length + 10, lead });
    expect(answer.text).toContain('Nguyễn Văn A');
  });
});

describe('a share asked', () => {
  it('answers a share asked with a percentage, not with a year, and counts no year as the share carried', () => {
    const about = passage('Quyết định 99/QĐ-TTg phê duyệt Đề án câu lạc bộ đọc sách, với chỉ tiêu đến năm 2020.');
    const share = passage('Quyết định 99/QĐ-TTg đặt mục tiêu 50% số câu lạc bộ đọc sách đạt chuẩn.');
    const understood = understand('đề án quyết định 99 đến năm 2020 muốn bao nhiêu phần trăm câu lạc bộ đọc sách đạt chuẩn', lexicon);
    expect(understood.facets).toContain('number');
    const answer = composeExtractive(understood.question, [about, share], { facets: understood.facets, lexicon, texts, maxSentences: 1 });
    expect(answer.text).toContain('50%');
    const yearOnly = composeExtractive(understood.question, [about], { facets: understood.facets, lexicon, texts });
    expect(yearOnly.carried).not.toContain('number');
    // Asked how many, a year still gives the figure ("năm bao nhiêu").
    const year = understand('đề án quyết định 99 đặt chỉ tiêu đến năm bao nhiêu', lexicon);
    expect(composeExtractive(year.question, [about], { facets: year.facets, lexicon, texts }).carried).toContain('number');
  });
});
