// The rule a yes/no case told with a figure is judged by, searched for by the title and the unit when the question's passages give none.
import { describe, expect, it } from 'vitest';
import { unitsAfterFigures, withCaseRules } from '../../../src/core/answer/case-rule.js';
import { loadLanguage } from '../../../src/language.js';
import { ROOT } from '../../helpers/core.js';
import { fakeSearch, passage } from './passages.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const targets = passage('Theo Quyết định 1373, tỷ lệ công dân đạt danh hiệu Công dân học tập là 40% vào năm 2025.');
const rule = passage('Điểm tối thiểu để đạt Công dân học tập là 80 điểm trên tổng số 100 điểm.');
const ages = passage('Người từ 19 đến 60 tuổi biết chữ và mỗi năm học ít nhất một nội dung.');

describe('the rule a case is judged by', () => {
  it('reads the units written right after a figure, not a unit alone', () => {
    expect([...unitsAfterFigures('mẹ em 65 tuổi, tự chấm được 78 điểm', lexicon)].sort()).toEqual(['diem', 'tuoi']);
    expect(unitsAfterFigures('điểm tối thiểu là bao nhiêu', lexicon).size).toBe(0);
  });

  it('puts the passages giving a figure in the case\'s unit first, searched by the title and that unit', () => {
    const search = fakeSearch([ages, rule]);
    const found = withCaseRules('mẹ con tự đánh giá công dân học tập được 78 điểm có đạt không', 'mẹ con tự đánh giá công dân học tập được 78 điểm có đạt không', [targets], 3, lexicon, (q) => search.search(q));
    expect(found.map((p) => p.chunkId)).toEqual([rule.chunkId, targets.chunkId]);
    expect(search.queries).toEqual(['công dân học tập diem']);
  });

  it('searches only for the units the passages found do not name, and nothing when they name them all', () => {
    const search = fakeSearch([rule]);
    expect(withCaseRules('mẹ 60 tuổi tự chấm công dân học tập được 78 điểm có đạt không', 'mẹ 60 tuổi tự chấm công dân học tập được 78 điểm có đạt không', [ages, targets], 3, lexicon, (q) => search.search(q)).map((p) => p.chunkId)).toEqual([
      rule.chunkId,
      ages.chunkId,
      targets.chunkId,
    ]);
    expect(search.queries).toEqual(['công dân học tập diem']);
    expect(withCaseRules('công dân học tập được 78 điểm có đạt không', 'công dân học tập được 78 điểm có đạt không', [targets, rule], 3, lexicon, (q) => search.search(q))).toEqual([targets, rule]);
    // Naming the unit without a figure speaks to the case too: the rule is unconfirmed.
    const unconfirmed = passage('Số điểm tối thiểu để đạt Gia đình học tập chưa được xác nhận chính thức.');
    expect(withCaseRules('nhà em được 75 điểm có đạt gia đình học tập không', 'nhà em được 75 điểm có đạt gia đình học tập không', [unconfirmed], 3, lexicon, (q) => search.search(q))).toEqual([unconfirmed]);
    expect(search.queries).toHaveLength(1);
  });

  it('reads the titles from one text and the figures from another (the engine leaves the case\'s out when more than yes or no is asked)', () => {
    const search = fakeSearch([rule]);
    expect(withCaseRules('được 78 điểm có đạt không', 'mẹ con tự đánh giá công dân học tập trên mạng được 78 điểm có đạt không', [targets], 3, lexicon, (q) => search.search(q))[0]).toBe(rule);
    expect(withCaseRules('quy trình cả nước có giống nhau không', 'mẹ em 55 tuổi, muốn làm công dân học tập', [targets], 3, lexicon, (q) => search.search(q))).toEqual([targets]);
    expect(search.queries).toHaveLength(1);
  });

  it('takes no date for a figure of the case ("ngày 20 tháng 11") nor for a rule ("số liệu tháng 12/2025")', () => {
    const dated = passage('Hà Nội có hơn 1,4 triệu Gia đình học tập (số liệu tháng 12/2025).');
    const search = fakeSearch([dated]);
    const told = 'nhà em được công nhận gia đình học tập ngày 20 tháng 11 năm ngoái thì năm nay có phải đăng ký lại không';
    expect(withCaseRules(told, told, [targets], 3, lexicon, (q) => search.search(q))).toEqual([targets]);
    const months = 'nhà em mới chuyển về được 2 tháng có đăng ký gia đình học tập được không';
    expect(withCaseRules(months, months, [targets], 3, lexicon, (q) => search.search(q))).toEqual([targets]);
    expect(search.queries).toEqual(['gia đình học tập thang']);
  });

  it('searches nothing for a case naming no title or giving no figure', () => {
    const search = fakeSearch([rule]);
    expect(withCaseRules('mình được 78 điểm có đạt không', '', [targets], 3, lexicon, (q) => search.search(q))).toEqual([targets]);
    expect(withCaseRules('công dân học tập cần bao nhiêu điểm', '', [targets], 3, lexicon, (q) => search.search(q))).toEqual([targets]);
    expect(search.queries).toHaveLength(0);
  });
});
