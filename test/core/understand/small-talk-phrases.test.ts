// Capability forms matched slot by slot, and the small-talk phrases of every kind with them: longest first, kinds in order.
import { describe, expect, it } from 'vitest';
import { compileForms } from '../../../src/core/understand/phrase-forms.js';
import { compileSmallTalkPhrases } from '../../../src/core/understand/small-talk-phrases.js';
import { wordsOf } from '../../../src/core/understand/words.js';

const verbs = ['giúp', 'hỗ trợ'];
const asks = ['gì', 'những gì', 'gì không'];
const forms = compileForms([
  [verbs, ['được'], asks],
  [verbs, asks, ['được']],
  [['có thể'], ['trả lời'], asks],
]);

describe('compileForms', () => {
  it('matches the longest way through the slots, trying each filler of a slot', () => {
    // "gì không" is the longest filler at "gì", but only "gì" lets "được" follow.
    expect(forms.matchAt(wordsOf('giúp gì được không'), 0)).toBe(3);
    expect(forms.matchAt(wordsOf('giúp được gì không'), 0)).toBe(4);
    expect(forms.matchAt(wordsOf('bạn hỗ trợ được những gì'), 1)).toBe(5);
    expect(forms.matchAt(wordsOf('có thể trả lời những gì'), 0)).toBe(6);
  });

  it('compares words folded, and matches nothing when a slot is left unfilled or a word is missing', () => {
    expect(forms.matchAt(wordsOf('ho tro duoc nhung gi'), 0)).toBe(5);
    expect(forms.matchAt(wordsOf('giúp được'), 0)).toBe(0);
    expect(forms.matchAt(wordsOf('trả lời những gì'), 0)).toBe(0);
    expect(compileForms([[verbs, [], asks]]).matchAt(wordsOf('giúp được gì'), 0)).toBe(0);
  });
});

describe('compileSmallTalkPhrases', () => {
  const phrases = compileSmallTalkPhrases(
    { thanks: ['cảm ơn', 'giúp được gì'], greeting: ['chào'], capabilities: ['bạn làm được gì'], identity: ['giúp gì được'] },
    [[verbs, ['được'], asks], [verbs, asks, ['được']]],
    [],
  );
  const at = (text: string, index = 0) => phrases.at(wordsOf(text), index, true);

  it('gives the longest phrase at a word with its kind, a form being of kind capabilities', () => {
    expect(at('chào bạn')).toEqual({ start: 0, length: 1, kind: 'greeting' });
    expect(at('hỗ trợ được những gì')).toEqual({ start: 0, length: 5, kind: 'capabilities' });
    expect(at('bạn làm được gì')).toEqual({ start: 0, length: 4, kind: 'capabilities' });
    expect(at('hỏi chút')).toBeUndefined();
  });

  it('reads a form also listed under another kind as the kind that comes first (privacy, identity, capabilities, …, thanks)', () => {
    expect(at('giúp được gì')?.kind).toBe('capabilities');
    expect(at('giúp gì được')?.kind).toBe('identity');
  });

  it('finds the phrases left to right, never overlapping', () => {
    expect(phrases.find(wordsOf('chào ad, giúp được gì không, cảm ơn'), true).map(({ start, length, kind }) => `${start}+${length} ${kind}`)).toEqual(['0+1 greeting', '2+4 capabilities', '6+2 thanks']);
  });
});
