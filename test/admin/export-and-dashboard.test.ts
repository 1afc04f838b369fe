// Export format (local times with the offset, newest first, JSONL citations as objects) and small talk counted apart on the dashboard.
import { afterEach, describe, expect, it } from 'vitest';
import type { TurnRecord } from '../../src/core/types.js';
import { Client, testConsole } from './helpers.js';

let env: ReturnType<typeof testConsole>;
afterEach(() => env?.close());

const turn = (question: string, createdAt: string): TurnRecord => ({
  channel: 'web',
  chatId: 'w1',
  userId: 'w1',
  question,
  answer: 'Trả lời [1]',
  mode: 'extractive',
  refused: false,
  citations: [{ n: 1, title: 'Quyết định về xã hội học tập', reference: 'Quyết định 387/QĐ-TTg', url: 'https://example.gov.vn/387', snippet: 'x', status: 'in-force' }],
  scores: [],
  latencyMs: 3,
  createdAt: new Date(createdAt),
});

describe('export format', () => {
  it('writes local times with the offset, newest first, and citations as objects in JSON lines', async () => {
    env = testConsole();
    await env.addStaff('mod', 'moderator');
    env.turns.record(turn('câu cũ', '2025-09-17T20:30:00Z'));
    env.turns.record(turn('câu mới', '2025-09-18T02:00:00Z'));
    const client = new Client(env.app);
    await client.login('mod');
    const lines = (await (await client.get('/admin/export?format=jsonl')).text()).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.question)).toEqual(['câu mới', 'câu cũ']);
    expect(lines.map((l) => l.created_at)).toEqual(['2025-09-18T09:00:00+07:00', '2025-09-18T03:30:00+07:00']);
    expect(lines[0]?.citations).toEqual([{ n: 1, title: 'Quyết định về xã hội học tập', reference: 'Quyết định 387/QĐ-TTg', url: 'https://example.gov.vn/387', status: 'in-force' }]);

    const csv = (await (await client.get('/admin/export?format=csv')).text()).trim().split('\r\n');
    expect(csv[1]).toContain(',2025-09-18T09:00:00+07:00,');
    expect(csv[1]).toContain('Quyết định 387/QĐ-TTg — Quyết định về xã hội học tập');
    expect(csv[2]).toContain('câu cũ');
  });
});

describe('dashboard small talk', () => {
  it('counts small talk apart from questions', async () => {
    env = testConsole();
    await env.addStaff('mod', 'moderator');
    env.turns.record(turn('Gia đình học tập là gì?', '2025-09-19T02:00:00Z'));
    for (const hello of ['xin chào', 'cảm ơn bot', 'chào bạn']) env.turns.record({ ...turn(hello, '2025-09-19T03:00:00Z'), mode: 'smalltalk', citations: [] });
    const stats = env.deps.stats.compute({ now: env.clock.now, days: 30, utcOffsetMinutes: 420 });
    expect(stats.total).toBe(1);
    expect(stats.smalltalk).toBe(3);
    expect(stats.topQuestions.map((q) => q.question)).toEqual(['Gia đình học tập là gì?']);
    const client = new Client(env.app);
    await client.login('mod');
    const page = await (await client.get('/admin')).text();
    expect(page).toContain('và 3 lượt chào hỏi, trò chuyện xã giao (không tính là câu hỏi)');
    expect(page).toContain('<td>Chào hỏi, xã giao</td><td>3</td>');
  });
});
