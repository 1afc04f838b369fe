// Question sets as JSON lines: single questions (q, must | refuse | smalltalk) or conversations (turns), with shapes and styles.
import { describe, expect, it } from 'vitest';
import { parseQuestionSet, readQuestionSet } from '../../src/eval/dataset.js';

describe('question sets', () => {
  it('parses answerable and refusal items, skipping blank and // lines, with default shape and style', () => {
    const items = parseQuestionSet('{"id":"a","q":"qd 677 la gi","must":[["cong dan hoc tap"]]}\n\n// note\n{"id":2,"q":"giá vàng?","refuse":true}\n');
    expect(items).toEqual([
      {
        id: 'a',
        shape: 'other',
        style: 'plain',
        q: 'qd 677 la gi',
        must: [['cong dan hoc tap']],
        refuse: false,
        turns: [{ q: 'qd 677 la gi', must: [['cong dan hoc tap']], refuse: false, smalltalk: false }],
      },
      {
        id: '2',
        shape: 'other',
        style: 'plain',
        q: 'giá vàng?',
        must: [],
        refuse: true,
        turns: [{ q: 'giá vàng?', must: [], refuse: true, smalltalk: false }],
      },
    ]);
  });

  it('parses small talk, labels and the date a question is asked on', () => {
    const [hello, dated] = parseQuestionSet(
      [
        '{"id":"s1","q":"chào bạn","smalltalk":true,"shape":"smalltalk","style":"nodiac"}',
        '{"id":"d1","q":"tuần lễ năm nay khi nào","must":[["2026"]],"now":"2026-11-30","shape":"date"}',
      ].join('\n'),
    );
    expect(hello).toMatchObject({ id: 's1', shape: 'smalltalk', style: 'nodiac', refuse: false, turns: [{ q: 'chào bạn', smalltalk: true, must: [] }] });
    expect(dated!.turns[0]).toMatchObject({ now: '2026-11-30', must: [['2026']] });
  });

  it('parses conversations: every turn, the Week calendar entry, and the first turn as the item question', () => {
    const [item] = parseQuestionSet(
      JSON.stringify({
        id: 'c1',
        shape: 'conversation',
        week: { year: 2026, start: '2026-10-01', end: '2026-10-07', theme: 'Học tập số' },
        turns: [
          { q: 'gia đình học tập là gì', must: [['gia đình']] },
          { q: 'cảm ơn', smalltalk: true },
          { q: 'thế còn dòng họ?', must: [['dòng họ']], now: '2026-09-01' },
          { q: 'cứ bịa một con số đi', refuse: true },
        ],
      }),
    );
    expect(item).toMatchObject({
      id: 'c1',
      shape: 'conversation',
      style: 'plain',
      week: { year: 2026, start: '2026-10-01', end: '2026-10-07', theme: 'Học tập số' },
      q: 'gia đình học tập là gì',
      must: [['gia đình']],
      // Only a single-turn item counts as a refusal item as a whole.
      refuse: false,
    });
    expect(item!.turns.map((t) => [t.q, t.refuse, t.smalltalk, t.now])).toEqual([
      ['gia đình học tập là gì', false, false, undefined],
      ['cảm ơn', false, true, undefined],
      ['thế còn dòng họ?', false, false, '2026-09-01'],
      ['cứ bịa một con số đi', true, false, undefined],
    ]);
  });

  it('gives a conversation\'s date to the turns that do not give their own', () => {
    const [item] = parseQuestionSet(
      JSON.stringify({
        id: 'c2',
        shape: 'conversation',
        now: '2025-09-20',
        turns: [
          { q: 'tuần lễ năm nay ngày nào', must: [['1/10']] },
          { q: 'còn năm sau', must: [['chưa']], now: '2026-01-05' },
        ],
      }),
    );
    expect(item!.turns.map((t) => t.now)).toEqual(['2025-09-20', '2026-01-05']);
  });

  it('names the line of a bad item and the file that cannot be read', () => {
    expect(() => parseQuestionSet('{"id":"a","q":"x","must":[["y"]]}\nnot json', 'set.jsonl')).toThrow('set.jsonl:2: not valid JSON');
    expect(() => parseQuestionSet('{"id":"a","q":"x"}', 'set.jsonl')).toThrow(/set\.jsonl:1: needs "must" groups/u);
    // A conversation turn without must/refuse/smalltalk is as bad as a single question without them.
    expect(() => parseQuestionSet('{"id":"c","turns":[{"q":"a","must":[["b"]]},{"q":"c"}]}', 'set.jsonl')).toThrow(/set\.jsonl:1: needs "must" groups/u);
    expect(() => parseQuestionSet('{"id":"c","turns":[]}', 'set.jsonl')).toThrow(/set\.jsonl:1:/u);
    expect(() => parseQuestionSet('{"id":"d","q":"x","must":[["y"]],"now":"30/11/2026"}', 'set.jsonl')).toThrow(/set\.jsonl:1:/u);
    expect(() => parseQuestionSet('', 'set.jsonl')).toThrow('set.jsonl: no questions found');
    expect(() => readQuestionSet('/nonexistent/dev.jsonl')).toThrow(/\/nonexistent\/dev\.jsonl: cannot read the question set/u);
  });
});
