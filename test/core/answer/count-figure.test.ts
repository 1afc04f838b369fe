// A count of things asked: given by a sentence of the passages, found by a search of its own, or missing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countFigure, type CountAsked } from '../../../src/core/answer/count-figure.js';
import { understand } from '../../../src/core/understand/understand.js';
import type { Passage } from '../../../src/core/types.js';
import { loadLanguage } from '../../../src/language.js';
import { ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const searchingFor = (found: Passage[]) => {
  const queries: string[] = [];
  return { queries, search: (query: string) => (queries.push(query), found) };
};
/** The count `question` asks, as the engine hands it over. */
const asked = (question: string): CountAsked => {
  const understood = understand(question, lexicon);
  return { counted: understood.counted!, question: understood.counted!.clauses, places: (understood.placesAsked ?? []).map((place) => place.said) };
};

describe('countFigure', () => {
  const members = passage('Sau đợt năm 2025, Mạng lưới thành phố học tập toàn cầu có 425 thành viên ở 91 quốc gia.');
  const hcm = passage('Số liệu tháng 3/2024: TP.HCM có hơn 1,6 triệu hộ gia đình đạt Gia đình học tập; số người đạt Công dân học tập là hơn 10.300.', {}, { heading: 'TP.HCM' });
  const target = passage('Quyết định 387/QĐ-TTg phấn đấu đến năm 2025 có 80% doanh nghiệp đạt Đơn vị học tập.');
  const steps = passage('Bước 1: người dân tự đánh giá trên mạng. Nhóm 2 gồm 30 điểm cho việc tự học của người dân.');

  it('leaves the passages as they are when a sentence puts a number before the thing counted, or a word counting the same', () => {
    const { queries, search } = searchingFor([]);
    expect(countFigure(asked('mạng lưới unesco có bao nhiêu quốc gia'), [members], lexicon, search)).toBeUndefined();
    // "thành phố" is counted as "thành viên", "nước" as "quốc gia".
    expect(countFigure(asked('mạng lưới có bao nhiêu thành phố'), [members], lexicon, search)).toBeUndefined();
    expect(countFigure(asked('mang luoi co bn nuoc'), [members], lexicon, search)).toBeUndefined();
    // Words between the number and the thing ("1,6 triệu hộ gia đình"), and a title named with a count in its sentence.
    expect(countFigure(asked('tphcm có bao nhiêu gia đình học tập'), [hcm], lexicon, search)).toBeUndefined();
    expect(countFigure(asked('tp hcm có bao nhiêu người được công nhận công dân học tập'), [hcm], lexicon, search)).toBeUndefined();
    expect(queries).toEqual([]);
  });

  it('finds no count in a target, a numbered step or part, a measure, or a figure of another place', () => {
    expect(countFigure(asked('cả nước có bao nhiêu doanh nghiệp đạt đơn vị học tập'), [target], lexicon, searchingFor([target]).search)).toEqual({ missing: true });
    expect(countFigure(asked('có bao nhiêu người dân đã tự đánh giá'), [steps], lexicon, searchingFor([steps]).search)).toEqual({ missing: true });
    // A level's number before a commune it is of ("mức độ 2 xã Tân Lập") counts no communes.
    const level = passage('Theo Thông tư 25/2023/TT-BGDĐT, Danh hiệu Cộng đồng học tập mức độ 2 xã Tân Lập đạt năm 2024 được biểu dương.');
    expect(countFigure(asked('có bao nhiêu xã đã được công nhận cộng đồng học tập mức 2'), [level], lexicon, searchingFor([level]).search)).toEqual({ missing: true });
    // The whole country's count is not one city's; another country's is not the network's.
    expect(countFigure(asked('cả nước có bao nhiêu gia đình học tập'), [hcm], lexicon, searchingFor([hcm]).search)).toEqual({ missing: true });
    expect(countFigure(asked('Thái Lan có bao nhiêu thành phố trong mạng lưới'), [members], lexicon, searchingFor([members]).search)).toEqual({ missing: true });
    // A covered place's count is not given by a passage about the network.
    expect(countFigure(asked('hà nội có bao nhiêu thành viên'), [members], lexicon, searchingFor([members]).search)).toEqual({ missing: true });
  });

  it('searches with the topics the clauses asking the count name when a search for the thing alone finds nothing giving it', () => {
    const queries: string[] = [];
    const search = (query: string) => (queries.push(query), /gnlc/u.test(query) ? [members] : [target]);
    const found = countFigure(asked('gnlc hiện có bao nhiêu nước, việt nam có mấy thành viên trong đó'), [target], lexicon, search);
    expect(found).toEqual({ passages: [members], placesMissing: [] });
    expect(queries).toEqual(['nước', 'gnlc nước']);
    // No topic named: nothing more is searched, and the count is missing.
    queries.length = 0;
    expect(countFigure(asked('cả nước hiện có bao nhiêu công dân'), [target], lexicon, search)).toEqual({ missing: true });
    expect(queries).toHaveLength(1);
  });

  it('looks for each place\'s count apart when two covered places are asked, missing only when neither is given', () => {
    const hanoi = passage('Hà Nội có hơn 1,4 triệu Gia đình học tập, chiếm hơn 67% số gia đình.', {}, { heading: 'Hà Nội' });
    const question = 'Hà Nội với TP.HCM mỗi nơi có bao nhiêu gia đình học tập';
    // Each place given by a passage of its own: nothing to add.
    expect(countFigure(asked(question), [hcm, hanoi], lexicon, searchingFor([]).search)).toBeUndefined();
    // One given, the other found by a search for that place: the found passage first.
    const { queries, search } = searchingFor([hanoi]);
    expect(countFigure(asked(question), [hcm, target], lexicon, search)).toEqual({ passages: [hanoi, hcm], placesMissing: [] });
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/^ha noi /u);
    // One given and the other nowhere: answered from what is given, naming the place not given, not refused.
    expect(countFigure(asked(question), [hcm], lexicon, searchingFor([]).search)).toEqual({ passages: [hcm], placesMissing: ['Hà Nội'] });
    expect(countFigure(asked(question), [members], lexicon, searchingFor([members]).search)).toEqual({ missing: true });
  });

  it('counts of the places the asking clauses name, not of one the story before them names', () => {
    const hanoi = passage('Trong đợt năm 2025 có 21 thành viên mới ở châu Á – Thái Bình Dương, Hà Nội là một trong số đó.', {}, { heading: 'Hà Nội' });
    const { queries, search } = searchingFor([hanoi]);
    const question = 'Em đọc tin Hà Nội mới vào mạng lưới của UNESCO, cho em hỏi hiện nay mạng lưới toàn cầu có bao nhiêu thành viên';
    expect(countFigure(asked(question), [members], lexicon, search)).toBeUndefined();
    expect(queries).toEqual([]);
  });

  it('answers from a search for the thing counted and its place when the question\'s passages do not give it', () => {
    const { queries, search } = searchingFor([target, members]);
    const found = countFigure(asked('mình đang viết bài giới thiệu, cho mình hỏi mạng lưới có bao nhiêu quốc gia'), [target], lexicon, search);
    expect(found?.passages?.[0]).toBe(members);
    expect(queries).toEqual(['quốc gia']);
  });

  it('counts with every number word of the data', () => {
    const { count } = parse(readFileSync(`${ROOT}/prompts/language/question-cues.yaml`, 'utf8')) as { count: { numerals: string[] } };
    const numerals = count.numerals;
    const missed = numerals.filter((numeral) => countFigure(asked('có bao nhiêu quốc gia'), [passage(`Mạng lưới có ${numeral} quốc gia.`)], lexicon, searchingFor([]).search) !== undefined);
    expect(missed).toEqual([]);
    expect(numerals.length).toBeGreaterThan(5);
  });
});
