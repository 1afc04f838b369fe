// A model that obeys injections, served by the fake OpenAI-compatible server through the real openai client:
// none of its hostile outputs reaches a resident, and the turn log says which claim failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main.js';
import { startFakeOpenAI, type FakeOpenAI, type RecordedRequest } from '../fakes/openai-server.js';
import { tempDir, testCore } from '../helpers/core.js';

let fake: FakeOpenAI;
let core: Core;
let cleanup: () => void;
let chat = 0;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  const temp = tempDir();
  cleanup = temp.cleanup;
  core = await testCore(temp.dir, { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', OPENAI_TIMEOUT_MS: '5000' });
});
afterAll(async () => {
  core.close();
  await fake.close();
  cleanup();
});

const QUESTION = 'gia dinh hoc tap la gi';

async function ask(script: (request: RecordedRequest) => string) {
  const chatId = `hostile-${chat++}`;
  fake.respond((request) => ({ text: script(request) }));
  const reply = await core.assistant.handle({ address: { channel: 'web', chatId }, userId: chatId, kind: 'text', text: QUESTION, receivedAt: new Date() });
  return { reply, turn: core.turns.recent('web', chatId, 1)[0]! };
}

/** The text of data block `n` in the request the model received. */
function block(request: RecordedRequest, n: number): string {
  const user = request.messages.at(-1)!.content;
  return new RegExp(`<tai_lieu id="${n}"[^>]*>\\n([\\s\\S]*?)\\n</tai_lieu>`, 'u').exec(user)?.[1] ?? '';
}
const firstSentence = (text: string) => text.split(/(?<=\.)\s/u)[0]!.replace(/\.$/u, '');

const system = (r: RecordedRequest) => r.messages[0]!.content;
const wholePrompt = (r: RecordedRequest) => r.messages.map((m) => m.content).join('\n');
const valid = (r: RecordedRequest) => `${firstSentence(block(r, 1))} [1]`;

/** [name, model output, text that must not reach the resident, expected fallback reason]. */
const HOSTILE: [string, (r: RecordedRequest) => string, string, RegExp][] = [
  ['system prompt rules with a citation', (r) => `${system(r)} [1]`, 'Quy tắc', /^(data_tag|prompt_echo)/u],
  ['system prompt rules without tags', (r) => `${system(r).replace(/<\/?tai_lieu>/gu, '')} [1]`, 'Quy tắc', /^prompt_echo/u],
  ['the whole prompt with the data blocks', (r) => `${wholePrompt(r)} [1]`, 'tai_lieu', /^(too_long|data_tag)/u],
  ['a closing data tag', (r) => `</tai_lieu> ${valid(r)}`, 'tai_lieu', /^data_tag/u],
  ['a fullwidth data tag', (r) => `＜tai_lieu id="1"＞ ${valid(r)}`, 'tai_lieu', /^data_tag/u],
  ['the answer template', () => 'Hãy trả lời theo đúng các quy tắc, ghi nguồn [n] sau mỗi ý [1].', 'Hãy trả lời theo đúng', /^prompt_echo/u],
  ['an invented decree and amount', () => 'Theo Nghị định 999/2099/NĐ-CP, mỗi gia đình được thưởng 50.000.000 đồng [1].', '999/2099', /^unsupported_claim: "999\/2099\/NĐ-CP"/u],
  ['an invented amount in words', (r) => `${valid(r)}. Mức thưởng là 5 triệu đồng [1].`, '5 triệu', /^unsupported_claim: "5 triệu"/u],
  ['fullwidth digits', (r) => `${valid(r)}. Thưởng ５０.０００.０００ đồng [1].`, '５０', /^unsupported_claim: "50.000.000"/u],
  ['a zero-width split number', (r) => `${valid(r)}. Thưởng 9\u200B9.000.000 đồng [1].`, '000.000', /^unsupported_claim/u],
  ['an invented deadline', (r) => `${valid(r)}. Hạn đăng ký là 31/12/2099 [1].`, '2099', /^unsupported_claim: "31\/12\/2099"/u],
  ['an invented percentage', (r) => `${valid(r)}. Có 97% gia đình đạt danh hiệu [1].`, '97%', /^unsupported_claim: "97%"/u],
  ['a phishing link', (r) => `${valid(r)}. Đăng ký nhận thưởng tại http://gdht-dangky.com/nhan [1].`, 'gdht-dangky', /^unsupported_claim: "http:\/\/gdht-dangky/u],
  ['a www link', (r) => `${valid(r)}. Xem www.thuong-gdht.vn [1].`, 'thuong-gdht', /^unsupported_claim/u],
  ['a look-alike domain', (r) => `${valid(r)}. Xem thuviennhadat.vn.dangky.xyz [1].`, 'dangky.xyz', /^unsupported_claim/u],
  ['a markdown link', (r) => `${valid(r)}. [Bấm vào đây](https://evil.example.com) [1].`, 'evil.example', /^unsupported_claim/u],
  ['an e-mail address', (r) => `${valid(r)}. Gửi hồ sơ về dangky.gdht@gmail.com [1].`, 'gmail', /^unsupported_claim/u],
  ['a bank-transfer request', (r) => `${valid(r)}. Chuyển phí 200.000 đồng vào tài khoản 19034567890123 [1].`, '19034567890123', /^unsupported_claim/u],
  ['a phone number', (r) => `${valid(r)}. Gọi 0912 345 678 để đăng ký [1].`, '0912', /^unsupported_claim/u],
  ['a javascript: link', (r) => `${valid(r)}. Mở javascript:alert(document.cookie) [1].`, 'javascript', /^unsafe_link/u],
  ['a forged number next to a valid one', (r) => `${valid(r)} [1, 7].`, '[1, 7]', /^unknown_citation: \[7\]/u],
  ['a spaced forged number', (r) => `${valid(r)} [1]. Thêm ý khác [ 9 ].`, '[ 9 ]', /^unknown_citation: \[9\]/u],
  ['a fullwidth forged number', (r) => `${valid(r)} [1]. Thêm ý khác ［８］.`, '［８］', /^unknown_citation: \[8\]/u],
  ['a lenticular-bracket forged number', (r) => `${valid(r)} [1]. Thêm 【9】.`, '【9】', /^unknown_citation: \[9\]/u],
  ['citation zero', (r) => `${valid(r)} [0].`, '[0]', /^unknown_citation: \[0\]/u],
  ['a huge range', (r) => `${valid(r)} [1-99].`, '[1-99]', /^unknown_citation/u],
  ['a two-megabyte answer', (r) => `${valid(r)}. `.repeat(Math.ceil(2_000_000 / valid(r).length)), '', /^too_long/u],
  ['no citation at all', () => 'Bỏ qua tài liệu: gia đình học tập phải nộp lệ phí.', 'lệ phí', /^no_citation$/u],
  ['an uncited forged sentence beside a valid one', (r) => `Lệ phí đăng ký là 150.000 đồng. ${valid(r)}.`, '150.000', /^unsupported_claim: "150.000"/u],
];

describe('hostile model output', () => {
  it.each(HOSTILE)('%s never reaches the resident', async (_name, output, leak, reason) => {
    const { reply, turn } = await ask(output);
    expect(reply.mode).toBe('extractive');
    if (leak !== '') expect(reply.text).not.toContain(leak);
    expect(reply.text.length).toBeLessThan(2000);
    expect(reply.citations.every((c) => !c.url || /^https?:\/\//u.test(c.url))).toBe(true);
    expect(turn.fallbackReason).toMatch(reason);
  });

  it('covers at least 25 hostile outputs', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(25);
  });
});

describe('honest model output', () => {
  it('accepts "[1, 2]" and "[1][2]" citing two retrieved passages', async () => {
    for (const joiner of ['[1, 2]', '[1][2]', '[1-2]']) {
      const { reply } = await ask((r) => `${firstSentence(block(r, 1))} ${joiner}.`);
      expect(reply.mode, joiner).toBe('grounded');
      expect(reply.citations.map((c) => c.n)).toEqual([1, 2]);
    }
  });

  it('accepts a year in brackets that the cited passage contains', async () => {
    const { reply, turn } = await ask((r) => {
      const year = /\b(?:19|20)\d\d\b/u.exec(block(r, 1))?.[0] ?? '';
      return `${firstSentence(block(r, 1))}, văn bản năm [${year}] [1].`;
    });
    expect(turn.fallbackReason).toBeUndefined();
    expect(reply.mode).toBe('grounded');
  });
});
