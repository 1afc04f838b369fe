// The rule a yes/no case told with a figure is judged by, searched for by the title and the unit when the question's passages name none.
import { describe, expect, it } from 'vitest';
import { unitsAfterFigures, withCaseRules, type CaseQuestion } from '../../../src/core/answer/case-rule.js';
import { loadLanguage } from '../../../src/language.js';
import { ROOT } from '../../helpers/core.js';
import { fakeSearch, passage } from './passages.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const targets = passage('Theo Quyết định 1373, tỷ lệ công dân đạt danh hiệu Công dân học tập là 40% vào năm 2025.');
const rule = passage('Điểm tối thiểu để đạt Công dân học tập là 80 điểm trên tổng số 100 điểm.');
const ages = passage('Người từ 19 đến 60 tuổi biết chữ và mỗi năm học ít nhất một nội dung.');
/** A question asking only yes or no, searched as asked, with no case told before it unless given. */
const asked = (text: string, more: Partial<CaseQuestion> = {}): CaseQuestion => ({ searched: text, asked: text, onlyYesNo: true, ...more });

describe('the rule a case is judged by', () => {
  it('reads the units written right after a figure, not a unit alone nor a date\'s month', () => {
    expect([...unitsAfterFigures('mẹ em 65 tuổi, tự chấm được 78 điểm', lexicon)].sort()).toEqual(['diem', 'tuoi']);
    expect(unitsAfterFigures('điểm tối thiểu là bao nhiêu', lexicon).size).toBe(0);
    expect(unitsAfterFigures('được công nhận ngày 20 tháng 11', lexicon).size).toBe(0);
  });

  it('puts the passages naming the case\'s unit first, searched by the title and that unit', () => {
    const search = fakeSearch([ages, rule]);
    const found = withCaseRules(asked('mẹ con tự đánh giá công dân học tập được 78 điểm có đạt không'), [targets], 3, lexicon, (q) => search.search(q));
    expect(found.map((p) => p.chunkId)).toEqual([rule.chunkId, targets.chunkId]);
    expect(search.queries).toEqual(['công dân học tập diem']);
  });

  it('searches only for the units the passages found do not name, and nothing when they name them all', () => {
    const search = fakeSearch([rule]);
    const question = asked('mẹ 60 tuổi tự chấm công dân học tập được 78 điểm có đạt không');
    expect(withCaseRules(question, [ages, targets], 3, lexicon, (q) => search.search(q)).map((p) => p.chunkId)).toEqual([rule.chunkId, ages.chunkId, targets.chunkId]);
    expect(search.queries).toEqual(['công dân học tập diem']);
    expect(withCaseRules(asked('công dân học tập được 78 điểm có đạt không'), [targets, rule], 3, lexicon, (q) => search.search(q))).toEqual([targets, rule]);
    // Naming the unit without a figure speaks to the case too: the rule is unconfirmed.
    const unconfirmed = passage('Số điểm tối thiểu để đạt Gia đình học tập chưa được xác nhận chính thức.');
    expect(withCaseRules(asked('nhà em được 75 điểm có đạt gia đình học tập không'), [unconfirmed], 3, lexicon, (q) => search.search(q))).toEqual([unconfirmed]);
    expect(search.queries).toHaveLength(1);
  });

  it('reads the case told before the question when the question asks only yes or no or names a unit, not when it asks more', () => {
    const search = fakeSearch([rule]);
    const told = { ownCase: 'mẹ con tự đánh giá công dân học tập trên mạng được 78 điểm' };
    expect(withCaseRules(asked('vậy có đạt không', told), [targets], 3, lexicon, (q) => search.search(q))[0]).toBe(rule);
    expect(withCaseRules(asked('nhà mình có bị trừ điểm không', { ...told, onlyYesNo: false }), [targets], 3, lexicon, (q) => search.search(q))[0]).toBe(rule);
    expect(search.queries).toHaveLength(2);
    // "55 tuổi" is the case's, not what "có giống nhau không, cần nộp gì" asks.
    const procedure = asked('quy trình cả nước có giống nhau không, cần nộp gì', { ownCase: 'mẹ em 55 tuổi, muốn làm công dân học tập', onlyYesNo: false });
    expect(withCaseRules(procedure, [targets], 3, lexicon, (q) => search.search(q))).toEqual([targets]);
    expect(search.queries).toHaveLength(2);
  });

  it('takes no date for a rule ("số liệu tháng 12/2025")', () => {
    const dated = passage('Hà Nội có hơn 1,4 triệu Gia đình học tập (số liệu tháng 12/2025).');
    const search = fakeSearch([dated]);
    const months = asked('nhà em mới chuyển về được 2 tháng có đăng ký gia đình học tập được không');
    expect(withCaseRules(months, [targets], 3, lexicon, (q) => search.search(q))).toEqual([targets]);
    expect(search.queries).toEqual(['gia đình học tập thang']);
  });

  it('searches nothing for a case naming no title or giving no figure', () => {
    const search = fakeSearch([rule]);
    expect(withCaseRules(asked('mình được 78 điểm có đạt không'), [targets], 3, lexicon, (q) => search.search(q))).toEqual([targets]);
    expect(withCaseRules(asked('công dân học tập cần bao nhiêu điểm'), [targets], 3, lexicon, (q) => search.search(q))).toEqual([targets]);
    expect(search.queries).toHaveLength(0);
  });
});
