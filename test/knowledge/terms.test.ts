// Search terms: the same tokens as the Vietnamese tokenizer, numbers normalised, pairs within clauses, tone keys.
import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../src/core/text/vietnamese.js';
import { searchTerms, searchTokens, toneKeys } from '../../src/knowledge/terms.js';

describe('searchTerms', () => {
  it('matches tokenize() and fold() on ordinary text', () => {
    const text = 'Gia đình học tập, Dòng họ học tập và Công dân học tập — ĐƠN VỊ học tập!';
    const terms = searchTerms(text);
    expect(terms.accented).toEqual(tokenize(text));
    expect(terms.folded).toEqual(tokenize(text).map(fold));
  });

  it('joins Vietnamese thousands separators and drops leading zeros, so numbers match however written', () => {
    expect(searchTokens('hơn 1.000 dòng họ, 3.000 trường')).toEqual(['hơn', '1000', 'dòng', 'họ', '3000', 'trường']);
    expect(searchTokens('ngày 07/10 và 7/10')).toEqual(['ngày', '7', '10', 'và', '7', '10']);
    expect(searchTokens('1,4 triệu')).toEqual(['1', '4', 'triệu']);
  });

  it('reads a percentage as "phần trăm", as residents ask it', () => {
    expect(searchTokens('đạt 70% và 65 %')).toEqual(['đạt', '70', 'phần', 'trăm', 'và', '65', 'phần', 'trăm']);
    // A "%" after no number is no share (chat shorthand spells "bao nhiêu %" out before the search).
    expect(searchTerms('bao nhiêu %').folded).toEqual(['bao', 'nhieu']);
  });

  it('never pairs words across clause punctuation', () => {
    const { pairs } = searchTerms('thời gian và chủ đề; Tuần lễ luôn rơi vào tháng 10. Chủ đề năm 2023');
    expect(pairs).toContain('chu_de');
    expect(pairs).not.toContain('de_tuan');
    expect(pairs).not.toContain('10_chu');
    expect(searchTerms('Quyết định 387/QĐ-TTg').pairs).toEqual(['quyet_dinh', 'dinh_387', '387_qd', 'qd_ttg']);
  });

  it('drops zero-width characters inside words', () => {
    expect(searchTerms('gia\u200Bđình').folded).toEqual(['giadinh']);
    expect(searchTerms('gia\u200B đình').folded).toEqual(['gia', 'dinh']);
  });

  it('handles empty, emoji-only and binary-looking text', () => {
    expect(searchTerms('').folded).toEqual([]);
    expect(searchTerms('😀🎉').folded).toEqual([]);
    expect(() => searchTerms('\u0000\u0001\uFFFD\uD800')).not.toThrow();
  });
});

describe('toneKeys', () => {
  it('makes old and new tone placement equal while keeping other accents', () => {
    expect(toneKeys(['hoà'])).toEqual(toneKeys(['hòa']));
    expect(toneKeys(['thuỷ'])).toEqual(toneKeys(['thủy']));
    expect(toneKeys(['dế'])).not.toEqual(toneKeys(['dê']));
  });
});
