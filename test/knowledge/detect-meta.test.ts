// Number and issue date from the header block of an official letter or plan.
import { describe, expect, it } from 'vitest';
import { detectHeaderMeta } from '../../src/knowledge/detect-meta.js';

describe('detectHeaderMeta', () => {
  it('reads "Số:" and "ngày … tháng … năm …" from the first lines', () => {
    const body = 'BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 4321/BGDĐT-GDTX\n\nHà Nội, ngày 5 tháng 9 năm 2026\n\n# Về việc tổ chức Tuần lễ';
    expect(detectHeaderMeta(body)).toEqual({ number: '4321/BGDĐT-GDTX', issued: '2026-09-05' });
  });

  it('reads a numeric date and a number with its year', () => {
    expect(detectHeaderMeta('Số 24/2023/TT-BGDĐT\nngày 18/12/2023')).toEqual({ number: '24/2023/TT-BGDĐT', issued: '2023-12-18' });
  });

  it('ignores impossible dates, numbers far down the text, and words that merely contain "số"', () => {
    const far = `${'Dòng.\n'.repeat(20)}Số: 1/QĐ-UBND`;
    expect(detectHeaderMeta(far)).toEqual({ number: undefined, issued: undefined });
    expect(detectHeaderMeta('ngày 31 tháng 2 năm 2026').issued).toBeUndefined();
    expect(detectHeaderMeta('Chỉ số 5/KH là gì').number).toBeUndefined();
  });
});

describe('detectHeaderMeta letter case', () => {
  it('accepts "SỐ" but not a lowercase number ("5/kh")', () => {
    expect(detectHeaderMeta('SỐ: 12/KH-UBND').number).toBe('12/KH-UBND');
    expect(detectHeaderMeta('Số: 5/kh').number).toBeUndefined();
  });
});
