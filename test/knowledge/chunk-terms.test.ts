// Chunk terms: a question's words and pairs counted from the passage's tokens, the same on a first and a later read.
import { describe, expect, it } from 'vitest';
import { chunkTerms, createChunkTermsCache, spelledAs, wantedTerms } from '../../src/knowledge/chunk-terms.js';
import { searchTerms, toneKey } from '../../src/knowledge/terms.js';
import type { StoredChunk } from '../../src/store/knowledge-store.js';

const chunk = (chunkId: number, text: string): StoredChunk => ({
  chunkId,
  documentId: 1,
  path: 'a.md',
  heading: 'Tuần lễ học tập',
  text,
  meta: { title: 'Tuần lễ hưởng ứng học tập suốt đời', status: 'in-force', tags: [] },
});

/** Every word and pair of the passage with its count, as the rerank needs them. */
function allCounts(text: string): Map<string, number> {
  const { folded, pairs } = searchTerms(`Tuần lễ học tập\n${text}`);
  const counts = new Map<string, number>();
  for (const term of [...folded, ...pairs]) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

describe('chunkTerms', () => {
  const text = 'Học tập suốt đời; học tập ở mọi nơi. Chủ đề năm 2023: học tập suốt đời, tập trung vào kỹ năng số.';
  const asked = ['hoc', 'tap', 'hoc_tap', 'suot_doi', 'doi_chu', 'tap_trung', 'ky_nang', 'khong_co'];

  it('counts the wanted words and pairs in the heading and passage, never a pair across clause punctuation', () => {
    const counts = chunkTerms(chunk(1, text)).counts(wantedTerms(asked));
    const expected = allCounts(text);
    for (const term of asked) expect(counts.get(term)).toBe(expected.get(term));
    expect(counts.get('hoc_tap')).toBe(4);
    expect(counts.has('doi_chu')).toBe(false);
  });

  it('answers the same once the chunk is read again and every term is counted', () => {
    const terms = chunkTerms(chunk(1, text));
    const wanted = wantedTerms(asked);
    const first = terms.counts(wanted);
    const later = terms.counts(wanted);
    for (const term of asked) expect(later.get(term)).toBe(first.get(term));
    expect(later.get('nang_so')).toBe(1);
  });

  it('spells the wanted words and pairs with the tone keys of the passage\'s accents, the same on a later read', () => {
    const terms = chunkTerms(chunk(1, 'Học tập suốt đời; hoà nhập và hòa bình. Hoa nở.'));
    const wanted = wantedTerms(['hoa', 'suot_doi', 'doi_hoa']);
    const first = terms.spellings(wanted);
    for (const [spelling, held] of [['hoa', true], ['hòa', true], ['hoà', true], ['hóa', false]] as const) {
      expect(spelledAs(first.get('hoa'), toneKey(spelling))).toBe(held);
    }
    expect(spelledAs(first.get('suot_doi'), toneKey('suốt_đời'))).toBe(true);
    expect(spelledAs(first.get('suot_doi'), toneKey('suot_doi'))).toBe(false);
    // A term written one way holds its one key as a string, not a one-key set (memory of the chunk cache).
    expect(first.get('suot_doi')).toBe(toneKey('suốt_đời'));
    expect(first.has('doi_hoa')).toBe(false);
    expect(first.has('hoc')).toBe(false);
    const later = terms.spellings(wanted);
    for (const term of ['hoa', 'suot_doi']) expect(later.get(term)).toEqual(first.get(term));
    expect(later.has('doi_hoa')).toBe(false);
  });

  it('reads the cache size before each addition, so a grown corpus keeps fewer entries', () => {
    let max = 3;
    const termsOf = createChunkTermsCache(() => max);
    const first = termsOf(chunk(1, text));
    termsOf(chunk(2, text));
    expect(termsOf(chunk(1, text))).toBe(first);
    max = 1;
    termsOf(chunk(3, text));
    expect(termsOf(chunk(1, text))).not.toBe(first);
  });
});
