// The bounded text caches: a value is computed once per key, the cache empties when full, and cached analyses equal fresh ones.
import { describe, expect, it } from 'vitest';
import { matchSentence, questionTerms, sentenceWords, splitSentences } from '../../../src/core/answer/sentences.js';
import { TextCache, cachePerOwner, forgetTextCaches, memoizeText, sharedTextCache } from '../../../src/core/text/memo.js';
import { foldText } from '../../../src/core/text/vietnamese.js';
import { subjectsOf } from '../../../src/core/answer/subjects.js';
import { wordSpans, wordsOf } from '../../../src/core/understand/words.js';
import { loadLanguage } from '../../../src/language.js';
import { ROOT } from '../../helpers/core.js';

describe('TextCache', () => {
  it('computes a value once per key, including undefined results', () => {
    const cache = new TextCache<string | undefined>(10);
    let calls = 0;
    const compute = (key: string) => (calls++, key === 'none' ? undefined : key.toUpperCase());
    expect(cache.get('abc', compute)).toBe('ABC');
    expect(cache.get('abc', compute)).toBe('ABC');
    expect(cache.get('none', compute)).toBeUndefined();
    expect(cache.get('none', compute)).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('never holds more than its size: it empties itself when full and recomputes evicted keys', () => {
    const cache = new TextCache<number>(3);
    let calls = 0;
    const compute = (key: string) => (calls++, key.length);
    for (const key of ['a', 'bb', 'ccc']) cache.get(key, compute);
    expect(cache.size).toBe(3);
    cache.get('dddd', compute);
    expect(cache.size).toBe(1);
    cache.get('a', compute);
    expect(calls).toBe(5);
  });

  it('keeps one cache per owner object', () => {
    const perOwner = cachePerOwner<object, string>(10);
    const first = {};
    const second = {};
    perOwner(first).get('k', () => 'first');
    expect(perOwner(second).get('k', () => 'second')).toBe('second');
    expect(perOwner(first).get('k', () => 'other')).toBe('first');
  });

  it('forgetTextCaches empties the shared caches and those per owner, so each value is computed again, and no cache of one object', () => {
    let calls = 0;
    const count = (key: string) => (calls++, key.length);
    const memoized = memoizeText(count, 10);
    const shared = sharedTextCache<number>(10);
    const perOwner = cachePerOwner<object, number>(10);
    const owner = {};
    const own = new TextCache<number>(10);
    const readAll = () => [memoized('ab'), shared.get('abc', count), perOwner(owner).get('abcd', count), own.get('abcde', count)];
    expect(readAll()).toEqual([2, 3, 4, 5]);
    expect(readAll()).toEqual([2, 3, 4, 5]);
    expect(calls).toBe(4);
    forgetTextCaches();
    expect(readAll()).toEqual([2, 3, 4, 5]);
    expect(calls).toBe(7);
    expect([shared.size, own.size]).toEqual([1, 1]);
  });

  it('memoizeText returns what the function returns', () => {
    const folded = memoizeText(foldText, 2);
    for (const text of ['Gia đình học tập', 'Đề án', 'Gia đình học tập', 'ĐỀ ÁN 89', 'Gia đình học tập']) expect(folded(text)).toBe(foldText(text));
  });
});

describe('cached sentence analyses', () => {
  const passage = 'Ngày 09/01/2013, Thủ tướng phê duyệt Đề án. Mục tiêu:\n- Gia đình học tập đạt 85%;\n- Dòng họ học tập.';

  it('split a passage the same way every time, with fresh sentences carrying the rank asked for', () => {
    const first = splitSentences(passage, 0);
    const again = splitSentences(passage, 2);
    expect(again.map((s) => s.text)).toEqual(first.map((s) => s.text));
    expect(again.map((s) => s.passageRank)).toEqual(first.map(() => 2));
    expect(again[0]).not.toBe(first[0]);
    expect(first.map((s) => s.listItem)).toEqual([false, false, true, true]);
  });

  it('fold and match a sentence as a fresh analysis would', () => {
    const sentence = 'Gia đình học tập đạt 85%; gia đình học tập được công nhận.';
    expect(sentenceWords(sentence)).toEqual(foldText(sentence).match(/[\p{L}\p{N}]+/gu));
    const terms = questionTerms('gia đình học tập đạt bao nhiêu');
    const match = matchSentence(sentence, terms);
    expect(match).toEqual(matchSentence(sentence, terms));
    expect(match.matched).toEqual(['gia', 'dinh', 'hoc', 'tap', 'dat', 'gia_dinh', 'dinh_hoc', 'hoc_tap', 'tap_dat']);
    expect(match.length).toBe(13);
    match.matched.push('changed');
    expect(matchSentence(sentence, terms).matched).not.toContain('changed');
  });
});

describe('cached whole-text readings', () => {
  it('hand every caller its own list: changing one never changes the next reading', () => {
    const lexicon = loadLanguage(`${ROOT}/prompts`);
    const text = 'Hà Nội vào mạng lưới năm 2025, gia đình học tập';
    const words = wordsOf(text);
    words.pop();
    expect(wordsOf(text)).toHaveLength(words.length + 1);
    const spans = wordSpans(text).words;
    spans.length = 0;
    expect(wordSpans(text).words.length).toBe(words.length + 1);
    const subjects = subjectsOf(text, lexicon);
    subjects.splice(0);
    expect(subjectsOf(text, lexicon)).toHaveLength(3);
  });
});
