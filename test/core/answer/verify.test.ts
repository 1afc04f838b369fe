// Answer verification: citation forms, prompt echo, data tags, length cap and claims checked against cited passages.
import { describe, expect, it } from 'vitest';
import { findMarkers } from '../../../src/core/answer/citation-markers.js';
import { claimsOf, supportedKeys } from '../../../src/core/answer/claims.js';
import { MAX_MODEL_ANSWER_CHARS, verifyAnswer } from '../../../src/core/answer/verify.js';
import { loadPrompts } from '../../../src/prompts.js';
import { ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const { grounded: prompts } = loadPrompts(`${ROOT}/prompts`);
const decision = passage('Quyết định 387/QĐ-TTg ngày 25/03/2022 phê duyệt Đề án đến năm 2030, mức thưởng 50.000.000 đồng, đạt 85% số xã.', {
  number: '387/QĐ-TTg',
  issued: '2022-03-25',
  source: 'https://vanban.chinhphu.vn/387',
});
const week = passage('Tuần lễ hưởng ứng học tập suốt đời tổ chức từ ngày 01/10 đến 07/10 hằng năm; xem congdanhoctap.vn.');
const passages = [decision, week];
const verify = (text: string) => verifyAnswer(text, passages, prompts);

describe('citation markers', () => {
  it.each([
    ['a [1]', [1]],
    ['a [1, 2]', [1, 2]],
    ['a [1][2]', [1, 2]],
    ['a [1-2]', [1, 2]],
    ['a [ 2 ]', [2]],
    ['a ［２］', [2]],
    ['a 【1】', [1]],
    ['a [1; 2]', [1, 2]],
  ])('reads %s', (text, numbers) => {
    expect(findMarkers(text.normalize('NFKC')).flatMap((m) => m.numbers)).toEqual(numbers);
  });

  it('does not take a year in brackets for a citation', () => {
    expect(findMarkers('năm [2025]')).toEqual([]);
  });
});

describe('claims', () => {
  it('normalises number formats, dates, document numbers and URLs the same way on both sides', () => {
    const keys = supportedKeys('Mức 50.000.000 đồng từ ngày 01/10/2025 theo 387/QĐ-TTg tại https://www.Moet.gov.vn/x/.');
    for (const text of ['50000000', '50,000,000', '50 triệu', 'ngày 1/10', '1/10/2025', '387/QD-TTg', 'moet.gov.vn/x', 'moet.gov.vn', '2025']) {
      for (const claim of claimsOf(text)) expect(claim.keys.some((key) => keys.has(key)), text).toBe(true);
    }
    for (const text of ['60.000.000', '2/10', '999/QĐ-TTg', 'moet-gov.vn', 'evil.com']) {
      expect(claimsOf(text).some((claim) => claim.keys.some((key) => keys.has(key))), text).toBe(false);
    }
  });

  it('reads a unit only as a whole word, and a domain only where a word starts ("63 tỉnh" is not 63 tỉ)', () => {
    const keys = supportedKeys('Cả nước có 63 tỉnh, thành phố tham gia phong trào học tập suốt đời.Co quan nào cũng vậy.');
    expect(claimsOf('63 tỷ đồng').some((claim) => claim.keys.some((key) => keys.has(key)))).toBe(false);
    expect([...keys].some((key) => key.includes('i.co'))).toBe(false);
  });
});

describe('verifyAnswer', () => {
  it('accepts supported claims in every citation form', () => {
    expect(verify('Quyết định 387/QĐ-TTg ngày 25/3/2022 thưởng 50 triệu đồng [1]. Tuần lễ bắt đầu ngày 1/10 [2].')).toEqual({ ok: true, cited: [1, 2] });
    expect(verify('Đề án đến năm 2030, Tuần lễ từ 01/10 [1, 2].')).toEqual({ ok: true, cited: [1, 2] });
    expect(verify('Đạt 85% số xã [１]. Xem congdanhoctap.vn [ 2 ]')).toMatchObject({ ok: true });
    expect(verify('Đề án đến năm [2030] [1].')).toMatchObject({ ok: true });
  });

  it('accepts a citation at the start of the next sentence as belonging to the sentence before', () => {
    expect(verify('Tuần lễ bắt đầu ngày 1/10. [2] Đề án đến năm 2030 [1].')).toMatchObject({ ok: true });
  });

  it.each([
    ['Nghị định 999/2099/NĐ-CP phạt 50.000.000 đồng [1].', /^unsupported_claim: "999\/2099\/NĐ-CP"/u],
    ['Tuần lễ từ 01/10 [1].', /^unsupported_claim: "01\/10" \[1\]/u],
    ['Mức thưởng 60.000.000 đồng [1].', /^unsupported_claim: "60.000.000"/u],
    ['Đạt 95% số xã [1].', /^unsupported_claim: "95%"/u],
    ['Đăng ký tại https://evil.example.com/pay [1].', /^unsupported_claim: "https:\/\/evil/u],
    ['Chuyển khoản về congdanhoctap.vn.evil.com [2].', /^unsupported_claim/u],
    ['Liên hệ hotro@phishing.net [1].', /^unsupported_claim/u],
    ['Số tài khoản 12345678901234 [1].', /^unsupported_claim: "12345678901234"/u],
    ['Theo [1, 7] thì đúng.', /^unknown_citation: \[7\]/u],
    ['Đúng [1] và [ 9 ].', /^unknown_citation: \[9\]/u],
    ['Đúng [1] và ［８］.', /^unknown_citation: \[8\]/u],
    ['Đúng [1-40].', /^unknown_citation: \[0\]/u],
    ['Không có nguồn.', /^no_citation$/u],
    ['<tai_lieu id="1">trích</tai_lieu> [1]', /^data_tag/u],
    ['＜tai_lieu id="1"＞ [1]', /^data_tag/u],
  ])('rejects %s', (text, reason) => {
    const verdict = verify(text);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(reason);
  });

  it('rejects the system prompt repeated as an answer', () => {
    const rules = prompts.system.split('\n').find((line) => line.startsWith('7.'))!;
    expect(verify(`${rules} [1]`)).toMatchObject({ ok: false, reason: expect.stringMatching(/^prompt_echo/u) });
  });

  it('caps the length before parsing anything', () => {
    expect(verify(`${'a'.repeat(MAX_MODEL_ANSWER_CHARS)} [1]`)).toMatchObject({ ok: false, reason: expect.stringMatching(/^too_long/u) });
  });
});
