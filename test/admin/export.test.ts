// Export: redaction of phones, ID numbers and e-mails by default; CSV quoting and formula defusing; JSONL; raw only for admins.
import { afterEach, describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../src/admin/redact.js';
import type { TurnRecord } from '../../src/core/types.js';
import { Client, testConsole } from './helpers.js';

let env: ReturnType<typeof testConsole>;
afterEach(() => env?.close());

describe('redactPersonalData', () => {
  it.each([
    ['Gọi tôi 0912345678 nhé', 'Gọi tôi [số điện thoại] nhé'],
    ['SĐT: 0912.345.678', 'SĐT: [số điện thoại]'],
    ['số 091 234 5678', 'số [số điện thoại]'],
    ['+84 912 345 678', '[số điện thoại]'],
    ['84912345678', '[số điện thoại]'],
    ['máy bàn 02438123456', 'máy bàn [số điện thoại]'],
    ['CMND 123456789', 'CMND [số giấy tờ]'],
    ['CCCD 001203004567', 'CCCD [số giấy tờ]'],
    ['CCCD 001 203 004 567', 'CCCD [số giấy tờ]'],
    ['email lan.nguyen+loa@example.com.vn', 'email [email]'],
    ['thư: nguyễn@trường.vn', 'thư: [email]'],
    ['gọi (028) 3829 1234 giờ hành chính', 'gọi [số điện thoại] giờ hành chính'],
    ['máy bàn (0243) 826.1234', 'máy bàn [số điện thoại]'],
    ['STK 19034567890123 Techcombank', 'STK [số tài khoản] Techcombank'],
    ['STK 1903 4567 8901 23', 'STK [số tài khoản]'],
    ['mail lan.nguyen(at)gmail.com nhé', 'mail [email] nhé'],
    ['a [at] gmail [dot] com', '[email]'],
    ['lan at gmail chấm com', '[email]'],
    ['hộ chiếu C1234567', 'hộ chiếu [số giấy tờ]'],
  ])('%s', (input, expected) => expect(redactPersonalData(input)).toBe(expected));

  it.each([
    'Quyết định 387/QĐ-TTg ngày 25/03/2022',
    'năm 2025 có 12345 người',
    'kinh phí 100.000.000 đồng',
    'Thông tư 02/2024/TT-BGDĐT',
    'mã 20251001',
  ])('leaves %s alone', (text) => expect(redactPersonalData(text)).toBe(text));
});

const turn: TurnRecord = {
  channel: 'zalo-bot',
  chatId: '9876543210123',
  userId: 'u',
  question: 'Tôi là Lan, 0912345678, lan@example.com, CCCD 001203004567. =HYPERLINK("x")',
  answer: 'Trả lời, có "ngoặc kép"\nvà xuống dòng',
  mode: 'grounded',
  refused: false,
  citations: [{ n: 1, title: 'Quyết định về xã hội học tập', reference: 'Quyết định 387/QĐ-TTg', snippet: '' }],
  scores: [],
  latencyMs: 12.6,
  createdAt: new Date('2025-09-18T02:00:00Z'),
};

describe('export', () => {
  it('exports redacted CSV with a BOM, quoted cells, defused formulas and pseudonymous chats', async () => {
    env = testConsole();
    await env.addStaff('mod', 'moderator');
    env.turns.record(turn);
    const client = new Client(env.app);
    await client.login('mod');
    const response = await client.get('/admin/export?format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="loa-hoi-thoai-2025-09-20\.csv"/u);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.startsWith('id,created_at,channel,chat,question')).toBe(true);
    expect(csv).not.toContain('0912345678');
    expect(csv).not.toContain('lan@example.com');
    expect(csv).not.toContain('001203004567');
    expect(csv).not.toContain('9876543210123');
    expect(csv).toContain('[số điện thoại]');
    expect(csv).toContain('"Trả lời, có ""ngoặc kép""\nvà xuống dòng"');
    expect(csv).toContain('Quyết định 387/QĐ-TTg — Quyết định về xã hội học tập');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('exports JSON lines, honours filters, and gives raw data to admins only', async () => {
    env = testConsole();
    await env.addStaff('mod', 'moderator');
    await env.addStaff('boss', 'admin');
    env.turns.record(turn);
    env.turns.record({ ...turn, channel: 'web', question: '=1+1 câu web' });
    const mod = new Client(env.app);
    await mod.login('mod');
    const lines = (await (await mod.get('/admin/export?format=jsonl&channel=zalo-bot&raw=1')).text()).trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(record).toMatchObject({ channel: 'zalo-bot', mode: 'grounded', refused: false, latency_ms: 13 });
    expect(String(record.question)).not.toContain('0912345678');

    const boss = new Client(env.app);
    await boss.login('boss');
    const raw = await (await boss.get('/admin/export?format=csv&raw=1')).text();
    expect(raw).toContain('0912345678');
    expect(raw).toContain("'=1+1 câu web");
  });
});
