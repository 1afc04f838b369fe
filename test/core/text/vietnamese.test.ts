// Vietnamese text rules: NFC, invisible characters, folding (đ, tone placement), tokens and word pairs.
import { describe, expect, it } from 'vitest';
import { bigrams, fold, foldText, foldedTokens, hasDiacritics, normalize, tokenize } from '../../../src/core/text/vietnamese.js';

describe('normalize', () => {
  it('composes to NFC, so decomposed and precomposed input are the same string', () => {
    const decomposed = 'Gia đi\u0300nh ho\u0323c tâ\u0323p';
    expect(decomposed).not.toBe('Gia đình học tập');
    expect(normalize(decomposed)).toBe('Gia đình học tập');
  });

  it('drops zero-width characters and soft hyphens and collapses whitespace', () => {
    expect(normalize('  gia\u200B đình\u00AD\n\thọc\uFEFF   tập ')).toBe('gia đình học tập');
  });
});

describe('fold', () => {
  it('maps đ and Đ to d and D, which Unicode decomposition does not do', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(fold('đình')).toBe('dinh');
    expect(fold('Đơn vị')).toBe('Don vi');
  });

  it('makes old and new tone placement equal (hoà / hòa, thuỷ / thủy)', () => {
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('thuỷ')).toBe(fold('thủy'));
    expect(foldText('Hoà nhập')).toBe('hoa nhap');
  });

  it('writes a final "y" after consonants as "i", so both spellings of one word match (đăng ký / đăng kí, tỷ lệ / tỉ lệ)', () => {
    expect(foldText('đăng ký')).toBe(foldText('dang ki'));
    expect(foldText('Tỷ lệ, lý do, Mỹ, sỹ quan, kỳ họp')).toBe(foldText('tỉ lệ, lí do, Mĩ, sĩ quan, kì họp'));
    expect(fold('KÝ')).toBe('KI');
  });

  it('keeps "y" after a vowel or alone, and "hy" apart from the greeting "hi"', () => {
    expect(foldText('tay hay quy tuy y tế hy vọng')).toBe('tay hay quy tuy y te hy vong');
    expect(foldText('ky2 xky')).toBe('ky2 xki');
  });

  it('removes every Vietnamese diacritic', () => {
    expect(foldText('Gia đình học tập, Dòng họ học tập, Cộng đồng, Đơn vị, Công dân')).toBe('gia dinh hoc tap, dong ho hoc tap, cong dong, don vi, cong dan');
  });
});

describe('fold against disguise', () => {
  it('turns fullwidth forms and Cyrillic/Greek look-alikes into Latin, leaving Vietnamese letters folded as usual', () => {
    expect(fold('ｉｇｎｏｒｅ')).toBe('ignore');
    expect(fold('ignоre')).toBe('ignore'); // Cyrillic о
    expect(fold('ѕуѕтем')).toBe('system'); // Cyrillic ѕ у т е м
    expect(fold('ρrοmρt')).toBe('prompt'); // Greek ρ ο
    expect(fold('đường học tập')).toBe('duong hoc tap');
  });
});

describe('tokenize', () => {
  it('keeps Vietnamese letters in tokens (JavaScript \\w is ASCII only)', () => {
    expect('học tập'.match(/\w+/gu)).toEqual(['h', 'c', 't', 'p']);
    expect(tokenize('Học tập suốt đời!')).toEqual(['học', 'tập', 'suốt', 'đời']);
  });

  it('splits on punctuation and keeps digits, so nothing can act as query syntax', () => {
    expect(tokenize('"gia" OR * NEAR( 387/QĐ-TTg')).toEqual(['gia', 'or', 'near', '387', 'qđ', 'ttg']);
  });

  it('gives the same folded tokens for all three spellings', () => {
    const expected = ['gia', 'dinh', 'hoc', 'tap'];
    for (const spelling of ['gia dinh hoc tap', 'Gia đình học tập', 'GIA ĐÌNH HỌC TẬP', 'Gia\u200B đi\u0300nh học tập']) {
      expect(foldedTokens(spelling)).toEqual(expected);
    }
  });

  it('returns no token for empty, emoji-only or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('😀🎉👍')).toEqual([]);
    expect(tokenize('?!…-- ""')).toEqual([]);
  });
});

describe('hasDiacritics and bigrams', () => {
  it('detects diacritics, including a lone đ', () => {
    expect(hasDiacritics('gia dinh hoc tap')).toBe(false);
    expect(hasDiacritics('dang ky ty le')).toBe(false);
    expect(hasDiacritics('gia đinh')).toBe(true);
    expect(hasDiacritics('Gia đình')).toBe(true);
  });

  it('pairs adjacent syllables', () => {
    expect(bigrams(['gia', 'dinh', 'hoc'])).toEqual(['gia_dinh', 'dinh_hoc']);
    expect(bigrams(['gia'])).toEqual([]);
  });
});
