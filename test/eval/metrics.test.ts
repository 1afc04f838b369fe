// Evaluation metrics: key facts after folding, answer-bearing ranks, recall, MRR, refusals, small talk, slices and shapes.
import { describe, expect, it } from 'vitest';
import { aggregate, aggregateByShape, aggregateSplit, containsAll, firstAnswerRank, type ItemOutcome } from '../../src/eval/metrics.js';

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

/** An outcome with neutral defaults: an answerable plain question that was answered without its key facts. */
function outcome(extra: Partial<ItemOutcome>): ItemOutcome {
  return {
    diacritics: true,
    shape: 'other',
    style: 'plain',
    refuse: false,
    smalltalk: false,
    refused: false,
    smalltalkReply: false,
    keyFacts: false,
    topPassageFacts: false,
    answerChars: 0,
    ...extra,
  };
}

describe('aggregate', () => {
  const outcomes: ItemOutcome[] = [
    outcome({ shape: 'date', keyFacts: true, topPassageFacts: true, baselineFacts: false, rank: 1, answerChars: 100 }),
    outcome({ shape: 'date', diacritics: false, style: 'teencode', rank: 3, baselineFacts: true, answerChars: 300 }),
    outcome({ shape: 'list', diacritics: false, style: 'chatty', refused: true, answerChars: 200 }),
    outcome({ shape: 'refuse', refuse: true, refused: true }),
    outcome({ shape: 'refuse', diacritics: false, refuse: true }),
    outcome({ shape: 'smalltalk', smalltalk: true, smalltalkReply: true }),
    outcome({ shape: 'smalltalk', diacritics: false, smalltalk: true }),
  ];

  it('computes hit rates, recall@k, MRR@10, refusals, small talk and the median reply of answerable turns', () => {
    expect(aggregate(outcomes)).toEqual({
      turns: 7,
      answerable: 3,
      keyFactHitRate: 1 / 3,
      topPassageRate: 1 / 3,
      // Only turns the baseline was run on count.
      baselineRate: 1 / 2,
      recallAt1: 1 / 3,
      recallAt5: 2 / 3,
      mrrAt10: (1 + 1 / 3) / 3,
      refusalItems: 2,
      refusalPrecision: 1 / 2,
      refusalRecall: 1 / 2,
      smalltalkItems: 2,
      smalltalkRate: 1 / 2,
      wronglyRefused: 1,
      wronglyRefusedRate: 1 / 3,
      medianChars: 200,
    });
  });

  it('splits by diacritics and by chatty or teencode style, leaving empty ratios undefined', () => {
    const split = aggregateSplit(outcomes);
    expect(split.withDiacritics).toMatchObject({ turns: 3, answerable: 1, keyFactHitRate: 1, refusalPrecision: 1, refusalRecall: 1, smalltalkRate: 1 });
    expect(split.withoutDiacritics).toMatchObject({ turns: 4, answerable: 2, recallAt5: 0.5, refusalPrecision: 0, refusalRecall: 0, smalltalkRate: 0 });
    expect(split.chattyOrTeencode).toMatchObject({ turns: 2, answerable: 2, keyFactHitRate: 0, wronglyRefused: 1, refusalItems: 0 });
    expect(split.chattyOrTeencode.refusalRecall).toBeUndefined();
    const empty = aggregate([]);
    expect(empty.keyFactHitRate).toBeUndefined();
    expect(empty.smalltalkRate).toBeUndefined();
    expect(empty.medianChars).toBeUndefined();
  });

  it('aggregates per shape in order of first appearance', () => {
    const byShape = aggregateByShape(outcomes);
    expect([...byShape.keys()]).toEqual(['date', 'list', 'refuse', 'smalltalk']);
    expect(byShape.get('date')).toMatchObject({ turns: 2, answerable: 2, keyFactHitRate: 0.5, recallAt1: 0.5 });
    expect(byShape.get('refuse')).toMatchObject({ turns: 2, answerable: 0, refusalRecall: 0.5 });
    expect(byShape.get('smalltalk')).toMatchObject({ smalltalkItems: 2, smalltalkRate: 0.5 });
  });
});
