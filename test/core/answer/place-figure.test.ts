// A title's figure asked for one place: given by the passages, found by a search of its own, or missing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { placeFigure } from '../../../src/core/answer/place-figure.js';
import type { Passage } from '../../../src/core/types.js';
import { loadLanguage } from '../../../src/language.js';
import { ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const searchingFor = (found: Passage[]) => {
  const queries: string[] = [];
  return { queries, search: (query: string) => (queries.push(query), found) };
};

describe('placeFigure', () => {
  const story = passage('Tổ dân phố tự đánh giá Gia đình học tập theo bộ tiêu chí của Hội Khuyến học.');
  const hanoi = passage('Hà Nội có hơn 1,4 triệu Gia đình học tập, chiếm hơn 67% số gia đình (số liệu tháng 12/2025).', {}, { heading: 'Hà Nội' });
  const listing = passage(
    ['- Tại TP.HCM, hơn 10.300 người đã được công nhận Công dân học tập (số liệu tháng 3/2024).', '- Hà Nội đưa Công dân học tập vào danh sách các mô hình cần nhân rộng.'].join('\n'),
  );
  const underHeading = passage('Trong đó có 5.738 Gia đình học tập và 366 Dòng họ học tập.', {}, { heading: 'TP.HCM biểu dương mô hình học tập' });

  it('leaves the passages as they are when one gives the title a figure for the place', () => {
    const { queries, search } = searchingFor([]);
    expect(placeFigure('hà nội có bao nhiêu phần trăm gia đình học tập', [story, hanoi], lexicon, search)).toBeUndefined();
    // A sentence naming no place counts for the place its passage names.
    expect(placeFigure('tphcm có bao nhiêu dòng họ học tập', [underHeading], lexicon, search)).toBeUndefined();
    expect(queries).toEqual([]);
  });

  it('answers from a search for the place and the title when the question\'s passages do not give it', () => {
    const { queries, search } = searchingFor([story, hanoi]);
    const found = placeFigure('hà nội có khoảng bao nhiêu phần trăm gia đình là gia đình học tập tôi muốn so với tổ mình', [story], lexicon, search);
    expect(found?.passages?.[0]).toBe(hanoi);
    expect(queries).toHaveLength(1);
  });

  it('names the place when no passage gives the figure there, another place\'s figure in the same list included', () => {
    const { search } = searchingFor([listing]);
    expect(placeFigure('ha noi co bao nhieu cong dan hoc tap', [listing, story], lexicon, search)).toEqual({ missing: 'Hà Nội' });
    // An article, a level, a document's number and its date are no figure.
    const rule = passage('Sơn La đánh giá Công dân học tập theo Điều 7, mức độ 2 của Thông tư 24/2023/TT-BGDĐT ngày 12/02/2024.');
    expect(placeFigure('sơn la có bao nhiêu công dân học tập', [rule], lexicon, searchingFor([rule]).search)).toEqual({ missing: 'Sơn La' });
  });

  it('gives a share asked only by a percentage, and reads a province the documents name only in passing the same way', () => {
    const counts = passage('Hà Nội có 6.900 Dòng họ học tập (số liệu tháng 12/2025).', {}, { heading: 'Hà Nội' });
    expect(placeFigure('hà nội có bao nhiêu phần trăm dòng họ học tập', [counts], lexicon, searchingFor([counts]).search)).toEqual({ missing: 'Hà Nội' });
    expect(placeFigure('hà nội có bao nhiêu dòng họ học tập', [counts], lexicon, searchingFor([]).search)).toBeUndefined();
    const { share } = parse(readFileSync(`${ROOT}/prompts/language/question-cues.yaml`, 'utf8')) as { share: { asked: string[] } };
    const unread = share.asked.filter((asked) => placeFigure(`${asked} dòng họ học tập của hà nội là bao nhiêu`, [counts], lexicon, searchingFor([counts]).search)?.missing !== 'Hà Nội');
    expect(unread).toEqual([]);
    // "Thái Bình" names only the newspaper that reported a score: no share of the province.
    const source = passage('Theo nội dung tập huấn (báo Thái Bình đưa tin năm 2024), một người đạt Công dân học tập khi có từ 80 điểm trở lên.');
    expect(placeFigure('ty le cong dan hoc tap cua tinh thai binh la bao nhieu', [source], lexicon, searchingFor([source]).search, ['Thái Bình'])).toEqual({ missing: 'Thái Bình' });
    const given = passage('Tỉnh Thái Bình có 85% người lớn đạt Công dân học tập.');
    expect(placeFigure('ty le cong dan hoc tap cua tinh thai binh la bao nhieu', [given], lexicon, searchingFor([]).search, ['Thái Bình'])).toBeUndefined();
  });

  it('asks nothing of the whole country or of a question naming no title', () => {
    const { search } = searchingFor([]);
    expect(placeFigure('cả nước có bao nhiêu công dân học tập', [story], lexicon, search)).toBeUndefined();
    expect(placeFigure('hà nội có bao nhiêu thành viên unesco', [story], lexicon, search)).toBeUndefined();
  });
});
