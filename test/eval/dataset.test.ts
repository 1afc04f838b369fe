// Question sets in the dev.jsonl format: answerable items with key-fact groups, or items to refuse.
import { describe, expect, it } from 'vitest';
import { parseQuestionSet, readQuestionSet } from '../../src/eval/dataset.js';

describe('question sets', () => {
  it('parses answerable and refusal items, skipping blank and // lines', () => {
    const items = parseQuestionSet('{"id":"a","q":"qd 677 la gi","must":[["cong dan hoc tap"]]}\n\n// note\n{"id":2,"q":"giá vàng?","refuse":true}\n');
    expect(items).toEqual([
      { id: 'a', q: 'qd 677 la gi', must: [['cong dan hoc tap']], refuse: false },
      { id: '2', q: 'giá vàng?', must: [], refuse: true },
    ]);
  });

  it('names the line of a bad item and the file that cannot be read', () => {
    expect(() => parseQuestionSet('{"id":"a","q":"x","must":[["y"]]}\nnot json', 'set.jsonl')).toThrow('set.jsonl:2: not valid JSON');
    expect(() => parseQuestionSet('{"id":"a","q":"x"}', 'set.jsonl')).toThrow(/set\.jsonl:1: needs "must" groups/u);
    expect(() => parseQuestionSet('', 'set.jsonl')).toThrow('set.jsonl: no questions found');
    expect(() => readQuestionSet('/nonexistent/dev.jsonl')).toThrow(/\/nonexistent\/dev\.jsonl: cannot read the question set/u);
  });
});
