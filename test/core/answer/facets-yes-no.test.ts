// Which facets a document sentence carries (form and prompts/language/answer-evidence.yaml), and yes/no verdicts from "at least" rules.
import { describe, expect, it } from 'vitest';
import { datesAskedDocument, datesOnlyOfOtherDocuments, saysUnconfirmed, sentenceFacets } from '../../../src/core/answer/facets.js';
import { askersKind, belowRange, gradeVerdict, lackVerdict, outsideRange, verdictWording, yesNoVerdict } from '../../../src/core/answer/yes-no.js';
import { loadLanguage } from '../../../src/language.js';
import { languageData, ROOT } from '../../helpers/core.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const facetsOf = (sentence: string, listItem = false) => [...sentenceFacets(sentence, listItem, lexicon)].sort();

describe('sentenceFacets', () => {
  it('recognises dates from their form', () => {
    expect(facetsOf('Khai mạc ngày 2 tháng 10.')).toContain('date');
    expect(facetsOf('Tuần lễ diễn ra đến ngày 7/10/2023.')).toContain('date');
    expect(facetsOf('Hạn cuối là 15/12.')).toContain('date');
    // A year alone is not a date.
    expect(facetsOf('Đến năm 2025 có 70% gia đình đạt danh hiệu.')).not.toContain('date');
  });

  it('recognises figures: percentages, counted things and numbers of two digits or more', () => {
    expect(facetsOf('Đến năm 2025 có 70% gia đình đạt danh hiệu.')).toContain('number');
    expect(facetsOf('Tỷ lệ đạt 70 %.')).toContain('number');
    expect(facetsOf('Mạng lưới có 5 quốc gia mới.')).toContain('number');
    expect(facetsOf('Gia đình đạt 8 điểm.')).toContain('number');
    expect(facetsOf('Gia đình có 3 thế hệ.')).not.toContain('number');
    expect(facetsOf('Việt Nam có 6 thành viên của mạng lưới.')).toContain('number');
    expect(sentenceFacets('Việt Nam có 6 thành viên của mạng lưới.', false, undefined).has('number')).toBe(false);
    // A date or a document's number is no figure; a year is one ("năm nào").
    expect(facetsOf('Lễ vinh danh tổ chức vào tối 30/3/2024.')).not.toContain('number');
    expect(facetsOf('Mô hình do Quyết định 281/QĐ-TTg lập ra.')).not.toContain('number');
    expect(facetsOf('Mạng lưới được lập ra năm 2012.')).toContain('number');
  });

  it('recognises quotations as themes, and list items and list leads as lists', () => {
    expect(facetsOf('Chủ đề năm 2023 là “Xây dựng năng lực tự học trong kỷ nguyên số”.')).toContain('theme');
    expect(facetsOf('Chủ đề là "Học tập suốt đời cho mọi người".')).toContain('theme');
    // Too short to be a quoted title.
    expect(facetsOf('Gọi là "GĐ".')).not.toContain('theme');
    expect(facetsOf('Có thành viên tham gia học tập', true)).toContain('list');
    expect(facetsOf('Các tiêu chí gồm:')).toContain('list');
    expect(facetsOf('Các tiêu chí được đánh giá hằng năm.')).not.toContain('list');
    // A list told inside one sentence: a colon, then items parted by semicolons.
    expect(facetsOf('Phong trào xét các danh hiệu: Cộng đồng học tập; Gia đình học tập; Dòng họ học tập.')).toContain('list');
    expect(facetsOf('Lưu ý: từ năm 2025 không còn cấp huyện; hãy hỏi UBND xã.')).not.toContain('list');
  });

  it('recognises evidence words with their accents: "vì" is a reason, "vị" and unaccented "vi" are not', () => {
    expect(facetsOf('Ngày 2/10 được chọn vì Hội Khuyến học ra mắt ngày này.')).toContain('reason');
    // What a recognition highlighted answers why it was given ("vì sao Hà Nội được UNESCO công nhận").
    expect(facetsOf('Khi công nhận thành phố, UNESCO nêu bật mô hình trường học của thành phố.')).toContain('reason');
    expect(facetsOf('Cán bộ đơn vị trình bày.')).not.toContain('reason');
    expect(facetsOf('Gia đình là đơn vị cơ sở.')).not.toContain('reason');
    expect(facetsOf('Vi phạm quy chế.')).not.toContain('reason');
    expect(facetsOf('Quyết định phê duyệt Đề án xây dựng xã hội học tập.')).toContain('document');
    expect(facetsOf('Ủy ban nhân dân cấp xã công nhận Gia đình học tập.')).toContain('procedure');
    expect(facetsOf('Đây là danh hiệu dành cho các gia đình.')).toContain('definition');
    expect(facetsOf('Chủ đề năm nay do Bộ công bố.')).toContain('theme');
    expect(facetsOf('Thông tư 25 thay thế Thông tư 44.')).toContain('comparison');
    expect(facetsOf('Gia đình phải đạt ít nhất 80 điểm.')).toContain('yesno');
  });

  it('uses only the form without the language data', () => {
    const bare = sentenceFacets('Ngày 2/10 được chọn vì Hội Khuyến học ra mắt.', false, undefined);
    expect(bare.has('date')).toBe(true);
    expect(bare.has('reason')).toBe(false);
  });

  it('tells a sentence dating only other documents than the ones asked by number', () => {
    const other = 'Các danh hiệu trong Quyết định 387/QĐ-TTg được cụ thể hóa tại Quyết định 1315/QĐ-TTg ngày 09/11/2023.';
    expect(datesOnlyOfOtherDocuments(other, ['387'])).toBe(true);
    expect(datesOnlyOfOtherDocuments(other, ['1315'])).toBe(false);
    expect(datesOnlyOfOtherDocuments('Quyết định 387/QĐ-TTg ban hành ngày 25/03/2022, sau Quyết định 281/QĐ-TTg ngày 20/02/2014.', ['387'])).toBe(false);
    expect(datesOnlyOfOtherDocuments('Tuần lễ khai mạc ngày 2/10.', ['387'])).toBe(false);
    // A circular numbered with its year is read by its number, not its year.
    expect(datesOnlyOfOtherDocuments('Thông tư 24/2023/TT-BGDĐT ngày 11/12/2023 quy định đánh giá Đơn vị học tập.', ['24'])).toBe(false);
    expect(datesAskedDocument('Thông tư 24/2023/TT-BGDĐT ngày 11/12/2023 quy định đánh giá Đơn vị học tập.', ['24'])).toBe(true);
  });

  it('finds sentences saying a fact is not confirmed', () => {
    expect(saysUnconfirmed('Thông tin này chưa được xác nhận chính thức.', lexicon)).toBe(true);
    expect(saysUnconfirmed('Thông tin này đã được xác nhận.', lexicon)).toBe(false);
    expect(saysUnconfirmed('Thông tin này chưa được xác nhận.', undefined)).toBe(false);
  });
});

describe('verdictWording', () => {
  const texts = { yes: 'Có.', no: 'Chưa đạt.', yesAs: '{Predicate}.', noAs: 'Chưa {predicate}.' };

  it('answers with the last verb of the question that the language data lists, as Vietnamese answers', () => {
    expect(verdictWording('em được 78 điểm thì có đạt không', 'no', texts, lexicon)).toBe('Chưa đạt.');
    expect(verdictWording('co quan chua co danh hieu thi dang ky duoc khong', 'no', texts, lexicon)).toBe('Chưa được.');
    expect(verdictWording('93% thì đủ điều kiện chưa', 'yes', texts, lexicon)).toBe('Đủ điều kiện.');
  });

  it('says the plain yes or no when the question names no such verb or no template is given', () => {
    expect(verdictWording('nhà em 85 điểm thì sao', 'yes', texts, lexicon)).toBe('Có.');
    expect(verdictWording('em có đạt không', 'no', { yes: 'Có.', no: 'Chưa đạt.' }, lexicon)).toBe('Chưa đạt.');
  });
});

describe('yesNoVerdict', () => {
  const rule = 'Gia đình đạt ít nhất 80 điểm thì được công nhận Gia đình học tập.';

  it('says yes when the asker\'s figure meets the "at least" threshold and no when it falls short', () => {
    expect(yesNoVerdict('nhà em được 85 điểm có được công nhận không', rule)).toBe('yes');
    expect(yesNoVerdict('nhà em được 80 điểm có được công nhận không', rule)).toBe('yes');
    expect(yesNoVerdict('nhà em được 75 điểm có được công nhận không', rule)).toBe('no');
    expect(yesNoVerdict('nha em duoc 75 diem co dc cong nhan ko', rule)).toBe('no');
  });

  it('reads a score written out of a total ("tối thiểu 80/100") as points: it judges a score, not an age', () => {
    const outOf = 'Ngoài tổng điểm tối thiểu 80/100, người được đánh giá không được có chỉ số nào dưới 5 điểm.';
    expect(yesNoVerdict('mẹ tôi được 78 điểm thì có đạt không', outOf, lexicon)).toBe('no');
    expect(yesNoVerdict('em tự đánh giá được 90, chỉ số thấp nhất 6 điểm, có đạt không', outOf, lexicon)).toBe('yes');
    expect(yesNoVerdict('mẹ tôi năm nay 65 tuổi, muốn tự đánh giá thì có phải lên phường không', outOf, lexicon)).toBeUndefined();
  });

  it('judges no head count (`head-count-units`: "2 đứa con", "3 thế hệ") against a score out of a total', () => {
    const outOf = 'Ngoài tổng điểm tối thiểu 80/100, người được đánh giá không được có chỉ số nào dưới 5 điểm.';
    const units = (languageData('question-cues.yaml') as { 'head-count-units': string[] })['head-count-units'];
    expect(units.length).toBeGreaterThan(0);
    const judged = units.filter((unit) => yesNoVerdict(`nhà tôi có 2 ${unit} đi học đều, có đủ điều kiện không`, outOf, lexicon) !== undefined);
    expect(judged).toEqual([]);
    expect(yesNoVerdict('nhà tôi có 2 đứa con, được 85 điểm, có đủ điều kiện không', outOf, lexicon)).toBe('partly');
  });

  it('takes no document\'s number for a threshold or a figure of the case ("thông tư 25 … từ cấp xã trở lên")', () => {
    const scope = 'Thông tư 25/2023/TT-BGDĐT áp dụng từ cấp xã trở lên.';
    expect(yesNoVerdict('xã em có 30 thôn, có áp dụng không', scope, lexicon)).toBeUndefined();
    expect(yesNoVerdict('theo quyết định 324 thì nhà em được không', 'Gia đình đạt ít nhất 80 điểm.', lexicon)).toBeUndefined();
  });

  it('meets only partly with a total alone when the rule also sets a floor for every part ("không có chỉ số nào dưới 5")', () => {
    const outOf = 'Ngoài tổng điểm tối thiểu 80/100, người được đánh giá không được có chỉ số nào dưới 5 điểm.';
    expect(yesNoVerdict('mẹ tôi được 85 điểm thì có đạt không', outOf, lexicon)).toBe('partly');
    expect(yesNoVerdict('em tự đánh giá được 90 có đạt không', outOf, lexicon)).toBe('partly');
    expect(yesNoVerdict('mẹ tôi được 85 điểm, một chỉ số 4 điểm thì có đạt không', outOf, lexicon)).toBe('no');
    expect(yesNoVerdict('nhà em được 85 điểm có được công nhận không', 'Gia đình đạt ít nhất 80 điểm, tối thiểu 20 điểm ở nhóm 1.')).toBe('yes');
  });

  it('reads a case told as two counts of the same thing as a share, for a threshold in percent', () => {
    const percent = 'Mức độ 1 cần ít nhất 90% thành viên là Công dân học tập.';
    expect(yesNoVerdict('cơ quan có 100 người, trong đó 92 người là công dân học tập, có đủ không', percent)).toBe('yes');
    expect(yesNoVerdict('co quan co 120 nguoi, 100 nguoi la cong dan hoc tap, du chua', percent)).toBe('no');
    // Counts of different things, or a percentage said outright, are not read as a share.
    expect(yesNoVerdict('cơ quan có 100 người, 92 máy tính, có đủ không', percent)).toBeUndefined();
    expect(yesNoVerdict('cơ quan 100 người, 85% là công dân học tập, có đủ không', percent)).toBe('no');
  });

  it('reads every form of "at least", and decimal commas', () => {
    expect(yesNoVerdict('nhà em 85 điểm', 'đạt tối thiểu 90 điểm')).toBe('no');
    // A date is not a figure of the case: "tháng 12/2024" is not 12 months.
    expect(yesNoVerdict('đến tháng 12/2024 đăng ký mức độ 2 được không', 'đề nghị mức độ 2 sau ít nhất 12 tháng')).toBeUndefined();
    // A target is met at its figure: "phấn đấu có 70% số gia đình đạt …".
    const target = 'đến năm 2025 phấn đấu có 70% số gia đình đạt danh hiệu Gia đình học tập';
    expect(yesNoVerdict('năm 2025 phường đạt 72% gia đình học tập thì đã vượt chỉ tiêu chưa', target)).toBe('yes');
    expect(yesNoVerdict('năm 2025 phường mới có 55% gia đình học tập, đạt chỉ tiêu chưa', target)).toBe('no');
    expect(yesNoVerdict('nhà em 85 điểm', 'đạt từ 80 điểm trở lên')).toBe('yes');
    expect(yesNoVerdict('nhà em 7,5 điểm', 'không dưới 8 điểm')).toBe('no');
    expect(yesNoVerdict('nhà em 8,5 điểm', 'không dưới 8 điểm')).toBe('yes');
    expect(yesNoVerdict('nhà em 85 điểm', 'điểm ≥ 80')).toBe('yes');
  });

  it('meets several thresholds of one kind with as many figures, in order of size', () => {
    const passMark = 'Điểm tối thiểu để đạt Công dân học tập là 80 điểm trên tổng số 100 điểm, và không có chỉ số nào dưới 5 điểm.';
    expect(yesNoVerdict('em được 86 điểm nhưng có 1 chỉ số chỉ được 4 điểm, có đạt không', passMark)).toBe('no');
    expect(yesNoVerdict('em được 86 điểm, chỉ số thấp nhất 6 điểm, có đạt không', passMark)).toBe('yes');
    expect(yesNoVerdict('em được 78 điểm có đạt không', passMark)).toBe('no');
  });

  it('compares a figure only with a threshold of its kind ("mức 1" is not a share)', () => {
    const levels = 'Đơn vị học tập mức độ 1 cần ít nhất 90% thành viên là Công dân học tập (cơ sở giáo dục: ít nhất 95% người học).';
    expect(yesNoVerdict('cơ quan em có 88% cán bộ là công dân học tập thì mức 1 được không', levels)).toBe('no');
    expect(yesNoVerdict('cơ quan em có 92% cán bộ là công dân học tập thì mức 1 được không', levels)).toBe('yes');
  });

  it('judges an asker of the kind a rule gives its own threshold in parentheses against that threshold only', () => {
    const levels = 'Đơn vị học tập mức độ 1 cần ít nhất 90% thành viên là Công dân học tập (cơ sở giáo dục: ít nhất 95% người học).';
    expect(yesNoVerdict('trường em có 93% học sinh là công dân học tập thì mức 1 được không', levels, lexicon)).toBe('no');
    expect(yesNoVerdict('trường em có 96% học sinh là công dân học tập thì mức 1 được không', levels, lexicon)).toBe('yes');
    expect(yesNoVerdict('cơ quan em có 93% cán bộ là công dân học tập thì mức 1 được không', levels, lexicon)).toBe('yes');
    // Between the thresholds the kind has for its levels, the question may not say which level: no verdict.
    const both = 'mức độ 1 cần ít nhất 90% (cơ sở giáo dục: 95% người học), mức độ 2 cần ít nhất 95% (cơ sở giáo dục: 97%).';
    expect(yesNoVerdict('trường em 96% học sinh đạt thì được không', both, lexicon)).toBeUndefined();
    expect(askersKind('trường em 96% học sinh đạt thì được không', both, lexicon)).toBe('co so giao duc');
    expect(askersKind('trường em 96% học sinh đạt thì được không', 'cần ít nhất 90%', lexicon)).toBeUndefined();
  });

  it('judges a question naming one level against that level\'s part of a rule giving several', () => {
    const both = 'mức độ 1 cần ít nhất 90% thành viên (cơ sở giáo dục: 95% người học), mức độ 2 cần ít nhất 95% (cơ sở giáo dục: 97%).';
    expect(yesNoVerdict('cơ quan tôi có 92% cán bộ là công dân học tập, có đủ điều kiện mức độ 2 không', both, lexicon)).toBe('no');
    expect(yesNoVerdict('cơ quan tôi có 92% cán bộ là công dân học tập, có đủ điều kiện mức độ 1 không', both, lexicon)).toBe('yes');
    expect(yesNoVerdict('trường em 96% học sinh đạt, mức độ 2 được không', both, lexicon)).toBe('no');
    expect(yesNoVerdict('trường em 96% học sinh đạt, muc 1 duoc khong', both, lexicon)).toBe('yes');
    // A rule of one level judges no question about another.
    const first = 'Đơn vị học tập cấp tỉnh mức độ 1 cần ít nhất 90% thành viên là Công dân học tập.';
    expect(yesNoVerdict('cơ quan em có 92% cán bộ là công dân học tập, đủ điều kiện mức 2 không', first, lexicon)).toBeUndefined();
    expect(yesNoVerdict('cơ quan em có 92% cán bộ là công dân học tập, đủ điều kiện mức 1 không', first, lexicon)).toBe('yes');
  });

  it('counts the months between the two the question gives against the wait a rule requires', () => {
    const wait = 'Xã được đề nghị công nhận mức độ 2 khi đã qua ít nhất 12 tháng kể từ ngày có quyết định công nhận mức độ 1.';
    expect(yesNoVerdict('xã em được công nhận mức 1 tháng 5/2025, tháng 1/2026 nộp mức 2 được chưa', wait, lexicon)).toBe('no');
    expect(yesNoVerdict('xa em duoc cong nhan muc 1 thang 3 nam 2025, thang 4 nam 2026 xin muc 2 duoc chua', wait, lexicon)).toBe('yes');
    expect(yesNoVerdict('xã em được công nhận mức 1 năm 2025, nộp mức 2 được chưa', wait, lexicon)).toBeUndefined();
  });

  it('counts the wait from the one month the question gives to the day it is asked', () => {
    const wait = 'Xã được đề nghị công nhận mức độ 2 khi đã qua ít nhất 12 tháng kể từ ngày có quyết định công nhận mức độ 1.';
    const question = 'xã mình được công nhận mức độ 1 hồi tháng 3/2025. Giờ đăng ký mức độ 2 được chưa';
    expect(yesNoVerdict(question, wait, lexicon, '2026-01-15')).toBe('no');
    expect(yesNoVerdict(question, wait, lexicon, '2026-04-02')).toBe('yes');
    expect(yesNoVerdict(question, wait, lexicon)).toBeUndefined();
  });

  it('counts a month typed without a year in the relative year after it, else the last such month up to the day asked', () => {
    const wait = 'Xã được đề nghị công nhận mức độ 2 khi đã qua ít nhất 12 tháng kể từ ngày có quyết định công nhận mức độ 1.';
    expect(yesNoVerdict('xa minh dc cong nhan muc 1 hoi thang 3 nam nay, gio thang 9 xin muc 2 dc ko', wait, lexicon, '2026-12-02')).toBe('no');
    expect(yesNoVerdict('công nhận mức 1 hồi tháng 10 năm ngoái, giờ tháng 11 xin mức 2 được không', wait, lexicon, '2026-12-02')).toBe('yes');
    // "tháng 9" asked in March is last September: six months.
    expect(yesNoVerdict('công nhận mức 1 hồi tháng 9, giờ xin mức 2 được chưa', wait, lexicon, '2026-03-10')).toBe('no');
  });

  it('ignores years in the question', () => {
    expect(yesNoVerdict('năm 2025 nhà em được 85 điểm có được công nhận không', rule)).toBe('yes');
    expect(yesNoVerdict('năm 2025 nhà em được 75 điểm thì sao', rule)).toBe('no');
  });

  it('gives no verdict without a threshold, without the asker\'s figure, or with several figures', () => {
    expect(yesNoVerdict('nhà em 85 điểm có được không', 'Gia đình được công nhận hằng năm.')).toBeUndefined();
    expect(yesNoVerdict('nhà em có được công nhận không', rule)).toBeUndefined();
    expect(yesNoVerdict('năm 2025 nhà em có được công nhận không', rule)).toBeUndefined();
    expect(yesNoVerdict('nhà em 85 điểm, nhà chị 75 điểm', rule)).toBeUndefined();
  });

  it('reads thousands as Vietnamese writes them, compares only like units, and never takes a year as the threshold', () => {
    expect(yesNoVerdict('xã em có 1.500 thành viên, có đủ không', 'Đơn vị cần ít nhất 1.000 thành viên.')).toBe('yes');
    expect(yesNoVerdict('nhà em có 5 người', 'Đơn vị cần ít nhất 80% thành viên là Công dân học tập.')).toBeUndefined();
    expect(yesNoVerdict('đơn vị em có 92% thành viên, đạt không', 'cần ít nhất 90% thành viên')).toBe('yes');
    expect(yesNoVerdict('được 85 điểm có đạt không', 'Từ 2021 đến 2025, cần ít nhất 80 điểm.')).toBe('yes');
  });
});

describe('lackVerdict', () => {
  const rule = 'Đơn vị học tập cấp tỉnh còn phải đạt danh hiệu "Tập thể lao động tiên tiến" trở lên.';

  it('says no when the asker lacks what the rule requires, typed with or without diacritics', () => {
    expect(lackVerdict('Cơ quan mình năm rồi không đạt danh hiệu Tập thể lao động tiên tiến, có xin được không?', rule, lexicon)).toBe('no');
    expect(lackVerdict('co quan minh chua dat danh hieu tap the lao dong tien tien thi co duoc khong', rule, lexicon)).toBe('no');
    // The title named after "danh hiệu" without its first word, as the rule does not write it.
    expect(lackVerdict('Trường tôi chưa có danh hiệu lao động tiên tiến, vẫn làm đơn vị học tập cấp tỉnh được à?', rule, lexicon)).toBe('no');
    // Every way of saying the title was not obtained (answer-evidence.yaml: lacks).
    const { lacks } = languageData('answer-evidence.yaml') as { lacks: string[] };
    for (const lack of lacks) {
      expect(lackVerdict(`trường em năm rồi ${lack} tập thể lao động tiên tiến, vậy có đủ điều kiện không`, rule, lexicon), lack).toBe('no');
    }
  });

  it('gives no verdict when the lacked thing comes before what the rule requires', () => {
    const registration = 'Gia đình học tập được đăng ký bằng "Giấy đăng ký Gia đình học tập": giấy tờ cần có là tờ giấy này.';
    expect(lackVerdict('Nhà tôi chưa có danh hiệu gia đình học tập, muốn đăng ký thì có được không?', registration, lexicon)).toBeUndefined();
  });

  it('gives no verdict from a rule of another tier than the one asked, nor for a lost paper', () => {
    expect(lackVerdict('Trường em chưa đạt tập thể lao động tiên tiến thì có được công nhận đơn vị học tập cấp huyện không?', rule, lexicon)).toBeUndefined();
    expect(lackVerdict('Trường em chưa đạt tập thể lao động tiên tiến thì có được công nhận đơn vị học tập cấp tỉnh không?', rule, lexicon)).toBe('no');
    const dossier = 'Hồ sơ đề nghị công nhận đơn vị học tập phải gửi trước ngày 15/1.';
    expect(lackVerdict('Trường em bị mất hồ sơ đề nghị công nhận đơn vị học tập thì có cần làm lại không?', dossier, lexicon)).toBeUndefined();
  });

  it('gives no verdict when the rule requires nothing, or requires something else', () => {
    expect(lackVerdict('cơ quan mình không đạt danh hiệu tập thể lao động tiên tiến', 'Nhiều đơn vị đạt danh hiệu Tập thể lao động tiên tiến.', lexicon)).toBeUndefined();
    expect(lackVerdict('nhà em không có tủ sách thì có được không', rule, lexicon)).toBeUndefined();
    expect(lackVerdict('cơ quan mình đạt danh hiệu tập thể lao động tiên tiến', rule, lexicon)).toBeUndefined();
    expect(lackVerdict('cơ quan mình không đạt danh hiệu tập thể lao động tiên tiến', rule, undefined)).toBeUndefined();
  });
});

describe('gradeVerdict', () => {
  const rule = 'Nhóm 1 là việc học của trẻ em: trẻ trong độ tuổi đi học đều đến trường, học lực từ trung bình trở lên, hạnh kiểm từ "Khá" trở lên.';

  it('says yes when every attribute the asker grades meets the rule\'s grade, no when one falls short', () => {
    expect(gradeVerdict('con em học lực trung bình thôi nhưng hạnh kiểm khá, có đạt không', rule, lexicon)).toBe('yes');
    expect(gradeVerdict('thang be hoc luc kha nhung hanh kiem nam nay chi duoc trung binh', rule, lexicon)).toBe('no');
    expect(gradeVerdict('con mình học lực yếu thì có đạt không', rule, lexicon)).toBe('no');
    // Another name of the attribute, a grade written after "loại", and grades of two children.
    expect(gradeVerdict('con em kết quả học tập khá', 'kết quả học tập từ trung bình trở lên và hạnh kiểm từ loại "Khá" trở lên', lexicon)).toBe('yes');
    expect(gradeVerdict('hạnh kiểm khá', 'hạnh kiểm từ loại "Khá" trở lên', lexicon)).toBe('yes');
    expect(gradeVerdict('đứa lớn học lực trung bình, hạnh kiểm tốt, đứa nhỏ học khá', rule, lexicon)).toBe('yes');
  });

  it('ranks every grade of the data in order, and reads every attribute of a line as the same', () => {
    const { grades } = languageData('answer-evidence.yaml') as { grades: { scale: string[][]; attributes: string[][] } };
    const required = grades.scale[2]![0]!;
    const wrong = grades.scale.flatMap((alike, rank) =>
      alike.flatMap((grade) =>
        grades.attributes.flatMap((names) =>
          names
            .filter((name) => gradeVerdict(`con em ${name} ${grade}`, `${names[0]} từ ${required} trở lên`, lexicon) !== (rank >= 2 ? 'yes' : 'no'))
            .map((name) => `${name} ${grade}`),
        ),
      ),
    );
    expect(wrong).toEqual([]);
    // Typed bare, a word beginning like a grade is none; every negation before a grade keeps it from deciding.
    const { 'not-grades': notGrades, negations } = languageData('answer-evidence.yaml').grades as { 'not-grades': string[]; negations: string[] };
    const bare = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
    expect(notGrades.filter((phrase) => gradeVerdict(bare(`học lực ${phrase}`), rule, lexicon) !== undefined)).toEqual([]);
    expect(negations.filter((negation) => gradeVerdict(`con em học lực ${negation} trung bình`, rule, lexicon) !== undefined)).toEqual([]);
  });

  it('gives no verdict on a rule asked, a negated grade, a word that only begins like a grade, or "học" not right before a grade', () => {
    for (const question of [
      'gia đình học tập có yêu cầu con cái đi học đều không',
      'gia dinh hoc tap co yeu cau gi ve viec hoc cua tre em khong',
      'tiêu chí gia đình học tập có yêu cầu con cái học lực từ khá trở lên không',
      'con em học lực dưới trung bình thì nhà em có đạt gia đình học tập không',
      'con em hạnh kiểm chưa khá thì nhà em có đạt không',
      'con em học ở trường gần nhà, năm học này có khá hơn không',
    ]) {
      expect(gradeVerdict(question, rule, lexicon), question).toBeUndefined();
    }
  });

  it('gives no verdict when the rule requires no grade or the question grades nothing it requires', () => {
    expect(gradeVerdict('con em học lực khá', 'Gia đình có tủ sách.', lexicon)).toBeUndefined();
    expect(gradeVerdict('con em đi học đều', rule, lexicon)).toBeUndefined();
    expect(gradeVerdict('hạnh kiểm khá', 'hạnh kiểm khá là tốt', lexicon)).toBeUndefined();
    expect(gradeVerdict('hạnh kiểm khá', rule, undefined)).toBeUndefined();
  });
});

describe('belowRange', () => {
  const rule = 'Nhóm 2 là việc học của người lớn: người từ 19 đến 60 tuổi biết chữ và mỗi năm học ít nhất một nội dung.';

  it('is true only when the asker\'s one figure of the range\'s unit lies below it', () => {
    expect(belowRange('con mình 16 tuổi bỏ học thì có được không', rule)).toBe(true);
    expect(belowRange('mẹ tôi 58 tuổi chưa biết chữ', rule)).toBe(false);
    expect(belowRange('mẹ mình 65 tuổi', rule)).toBe(false);
    expect(belowRange('nhà tôi được 15 điểm', rule)).toBe(false);
    expect(belowRange('con 10 tuổi, bố 40 tuổi', rule)).toBe(false);
  });
});

describe('outsideRange', () => {
  const rule = 'Nhóm 2 là việc học của người lớn: người từ 19 đến 60 tuổi biết chữ và mỗi năm học ít nhất một nội dung.';

  it('gives the asker\'s figure and the range when the figure lies above the range of its unit', () => {
    expect(outsideRange('mẹ mình 65 tuổi có bị trừ điểm không', rule)).toEqual({ figure: '65', from: '19', to: '60', unit: 'tuổi' });
    expect(outsideRange('bo minh 62 tuoi co bi tinh khong', rule)).toEqual({ figure: '62', from: '19', to: '60', unit: 'tuổi' });
  });

  it('gives nothing inside or below the range (another part of the rule may cover it), for another unit, for year ranges, or without one figure of the unit', () => {
    expect(outsideRange('tôi 45 tuổi có đạt không', rule)).toBeUndefined();
    expect(outsideRange('con mình 15 tuổi đang đi học, con có được tính vào tiêu chí không', rule)).toBeUndefined();
    expect(outsideRange('nhà tôi được 75 điểm có đạt không', rule)).toBeUndefined();
    expect(outsideRange('tôi 65 tuổi có được khen không', 'Phong trào giai đoạn 2023–2030 khen thưởng người cao tuổi.')).toBeUndefined();
    expect(outsideRange('bố 65 tuổi, mẹ 58 tuổi có bị tính không', rule)).toBeUndefined();
  });
});
