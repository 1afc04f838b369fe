// Personal data residents typed is masked on every console page; an admin may reveal it, and the reveal is logged.
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { TurnRecord } from '../../src/core/types.js';
import { createLogger } from '../../src/logger.js';
import { Client, testConsole } from './helpers.js';

let env: ReturnType<typeof testConsole>;
afterEach(() => env?.close());

const QUESTION = 'Tôi là Lan, SĐT 0912345678, mail lan(at)gmail.com, STK 19034567890123, muốn đăng ký gia đình học tập';
const SECRETS = ['0912345678', 'lan(at)gmail.com', '19034567890123'];
const turn: TurnRecord = {
  channel: 'telegram',
  chatId: 'c1',
  userId: 'c1',
  question: QUESTION,
  answer: 'Xin lỗi…',
  mode: 'refusal',
  refused: true,
  citations: [],
  scores: [],
  latencyMs: 5,
  createdAt: new Date('2025-09-19T02:00:00Z'),
};

function consoleWithLog() {
  const lines: { msg: string; staff?: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line));
      done();
    },
  });
  env = testConsole({ logger: createLogger('info', sink) });
  return lines;
}

describe('personal data in the console', () => {
  it('is masked on the dashboard, conversation list, thread, gaps, correction and curated pages', async () => {
    consoleWithLog();
    await env.addStaff('mod', 'moderator');
    const id = env.turns.record(turn);
    const client = new Client(env.app);
    await client.login('mod');
    for (const path of ['/admin', '/admin/turns', `/admin/turns/${id}`, '/admin/gaps', `/admin/turns/${id}/correct`]) {
      const response = await client.get(path);
      expect(response.status, path).toBe(200);
      const page = await response.text();
      for (const secret of SECRETS) expect(page, `${path} shows ${secret}`).not.toContain(secret);
      expect(page, path).toMatch(/\[số điện thoại\]/u);
    }
    expect(await (await client.get(`/admin/turns/${id}?reveal=1`)).text()).not.toContain('0912345678');
  });

  it('is shown to an admin who asks, and each reveal is logged with who asked', async () => {
    const lines = consoleWithLog();
    await env.addStaff('boss', 'admin');
    const id = env.turns.record(turn);
    const client = new Client(env.app);
    await client.login('boss');
    const masked = await (await client.get(`/admin/turns/${id}`)).text();
    expect(masked).not.toContain('0912345678');
    expect(masked).toContain('?reveal=1');
    expect(lines.some((l) => l.msg === 'personal data revealed')).toBe(false);
    const revealed = await (await client.get(`/admin/turns/${id}?reveal=1`)).text();
    for (const secret of SECRETS) expect(revealed).toContain(secret);
    expect(lines.filter((l) => l.msg === 'personal data revealed')).toEqual([expect.objectContaining({ staff: 'boss' })]);
  });
});
