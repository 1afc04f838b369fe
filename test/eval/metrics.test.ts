// Evaluation metrics: key facts after folding, answer-bearing ranks, recall, MRR, refusal precision and recall, splits.
import { describe, expect, it } from 'vitest';
import { aggregate, aggregateSplit, containsAll, firstAnswerRank, type ItemOutcome } from '../../src/eval/metrics.js';

describe('key facts', () => {
  it('needs one alternative of every group, compared lowercased and folded', () => {
    const must = [['xay dung xa hoi hoc tap'], ['2021', '2022']];
    expect(containsAll('Đề án "Xây dựng xã hội học tập" năm 2021.', must)).toBe(true);
    expect(containsAll('Đề án Xây dựng xã hội học tập.', must)).toBe(false);
    expect(containsAll('Tỷ lệ 70 %', [['70%', '70 %']])).toBe(true);
  });

  it('ranks the first passage that holds every group', () => {
    expect(firstAnswerRank(['không có', 'có 65% thôn', 'cũng 65% thôn'], [['65%']])).toBe(2);
    expect(firstAnswerRank(['không có'], [['65%']])).toBeUndefined();
  });
});

describe('aggregate', () => {
  const outcomes: ItemOutcome[] = [
    { diacritics: true, refuse: false, refused: false, keyFacts: true, rank: 1 },
    { diacritics: false, refuse: false, refused: false, keyFacts: false, rank: 3 },
    { diacritics: false, refuse: false, refused: true, keyFacts: false },
    { diacritics: true, refuse: true, refused: true, keyFacts: false },
    { diacritics: false, refuse: true, refused: false, keyFacts: false },
  ];

  it('computes hit rate, recall@k, MRR@10 and refusal precision and recall', () => {
    expect(aggregate(outcomes)).toEqual({
      questions: 5,
      answerable: 3,
      keyFactHitRate: 1 / 3,
      recallAt1: 1 / 3,
      recallAt5: 2 / 3,
      mrrAt10: (1 + 1 / 3) / 3,
      refusalItems: 2,
      refusalPrecision: 1 / 2,
      refusalRecall: 1 / 2,
      wronglyRefused: 1,
    });
  });

  it('splits by questions typed with and without diacritics, leaving empty ratios undefined', () => {
    const split = aggregateSplit(outcomes);
    expect(split.withDiacritics).toMatchObject({ questions: 2, answerable: 1, keyFactHitRate: 1, refusalPrecision: 1, refusalRecall: 1 });
    expect(split.withoutDiacritics).toMatchObject({ questions: 3, answerable: 2, recallAt5: 0.5, refusalPrecision: 0, refusalRecall: 0 });
    expect(aggregate([]).keyFactHitRate).toBeUndefined();
  });
});
