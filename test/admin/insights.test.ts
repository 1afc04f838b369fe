// Knowledge gaps (grouping refused and 👎 questions) and dashboard figures, from the stores and over HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TurnRecord } from '../../src/core/types.js';
import { Client, testConsole } from './helpers.js';

let env: ReturnType<typeof testConsole>;
afterEach(() => env?.close());

const at = (iso: string) => new Date(iso);
const turn = (question: string, extra: Partial<TurnRecord> = {}): TurnRecord => ({
  channel: 'telegram',
  chatId: 'c1',
  userId: 'c1',
  question,
  answer: 'Xin lỗi…',
  mode: 'refusal',
  refused: true,
  citations: [],
  scores: [],
  latencyMs: 5,
  createdAt: at('2025-09-19T02:00:00Z'),
  ...extra,
});

describe('knowledge gaps', () => {
  it('groups similar refused and 👎 questions without diacritics, most frequent first, with last seen', () => {
    env = testConsole();
    env.turns.record(turn('Học bổng cho người lớn tuổi ở đâu?'));
    env.turns.record(turn('hoc bong cho nguoi lon tuoi o dau', { createdAt: at('2025-09-19T05:00:00Z') }));
    env.turns.record(turn('Cho hỏi học bổng cho người lớn tuổi ở đâu ạ'));
    env.turns.record(turn('Thư viện xã mở cửa lúc mấy giờ?'));
    const down = env.turns.record(turn('Thư viện xã mở cửa lúc mấy giờ vậy', { refused: false, mode: 'extractive' }));
    env.db.prepare("UPDATE turns SET feedback = 'down' WHERE id = ?").run(down);
    env.turns.record(turn('Câu trả lời tốt', { refused: false, mode: 'extractive' }));

    const gaps = env.deps.gaps.list();
    expect(gaps.map((g) => [g.count, g.refused, g.thumbsDown])).toEqual([
      [3, 3, 0],
      [2, 1, 1],
    ]);
    expect(gaps[0]?.lastSeen).toBe('2025-09-19T05:00:00.000Z');
    expect(gaps[0]?.phrasings).toHaveLength(3);
    expect(gaps[1]?.question).toMatch(/^Thư viện xã mở cửa/u);
  });

  it('offers "write a curated answer" for a gap, prefilled with its phrasings, and marks covered gaps', async () => {
    env = testConsole();
    await env.addStaff('mod', 'moderator');
    env.turns.record(turn('Học bổng cho người lớn tuổi ở đâu?'));
    env.turns.record(turn('hoc bong cho nguoi lon tuoi o dau'));
    const client = new Client(env.app);
    await client.login('mod');
    const page = await (await client.get('/admin/gaps')).text();
    const link = /href="(\/admin\/curated\/new\?[^"]+)"/u.exec(page)?.[1]?.replace(/&#38;/gu, '&');
    expect(link).toBeDefined();
    const form = await (await client.get(link!)).text();
    const prefilled = /<textarea id="questions"[^>]*>([^<]*)<\/textarea>/u.exec(form)?.[1]?.split('\n');
    expect(prefilled?.sort()).toEqual(['Học bổng cho người lớn tuổi ở đâu?', 'hoc bong cho nguoi lon tuoi o dau'].sort());
    await client.post('/admin/curated', { questions: 'Học bổng cho người lớn tuổi ở đâu?', answer: 'Hỏi Hội Khuyến học xã.', title: 'Hội Khuyến học' });
    expect(await (await client.get('/admin/gaps')).text()).toContain('Đã có câu trả lời biên tập');
  });
});

describe('dashboard', () => {
  it('counts questions per local day, refusals, modes, feedback, top questions and subscribers', () => {
    env = testConsole();
    env.turns.record(turn('Gia đình học tập là gì', { refused: false, mode: 'extractive', createdAt: at('2025-09-19T17:30:00Z') }));
    env.turns.record(turn('gia dinh hoc tap la gi?', { refused: false, mode: 'curated', createdAt: at('2025-09-20T01:00:00Z') }));
    env.turns.record(turn('Không liên quan', { createdAt: at('2025-09-18T10:00:00Z') }));
    env.turns.record(turn('Quá cũ', { createdAt: at('2025-07-01T10:00:00Z') }));
    env.deps.subscriptions.optIn({ channel: 'telegram', chatId: 'a' }, 'a', 't', env.clock.now);
    env.deps.subscriptions.optIn({ channel: 'zalo-oa', chatId: 'b' }, 'b', 't', env.clock.now);
    env.deps.subscriptions.setLocality({ channel: 'zalo-oa', chatId: 'b' }, { province: 'Huế', ward: 'Phường Thuận Hoá' }, env.clock.now);

    const stats = env.deps.stats.compute({ now: env.clock.now, days: 30, utcOffsetMinutes: 420 });
    expect(stats.perDay).toHaveLength(30);
    expect(stats.perDay.at(-1)).toEqual({ day: '2025-09-20', questions: 2, refused: 0 });
    expect(stats.perDay.at(-3)).toEqual({ day: '2025-09-18', questions: 1, refused: 1 });
    expect(stats.total).toBe(3);
    expect(stats.refusalRate).toBeCloseTo(1 / 3);
    expect(stats.topQuestions[0]).toMatchObject({ count: 2 });
    expect(stats.byMode).toEqual(expect.arrayContaining([{ mode: 'curated', count: 1 }, { mode: 'refusal', count: 1 }]));
    expect(stats.subscribersByChannel).toEqual(expect.arrayContaining([{ channel: 'telegram', count: 1 }, { channel: 'zalo-oa', count: 1 }]));
    expect(stats.subscribersByLocality).toEqual(expect.arrayContaining([{ locality: 'Phường Thuận Hoá, Huế', count: 1 }, { locality: '(chưa rõ)', count: 1 }]));
  });

  it('renders the chart as inline SVG with a data table', async () => {
    env = testConsole();
    await env.addStaff('camp', 'campaign');
    env.turns.record(turn('Gia đình học tập là gì', { refused: false, mode: 'extractive' }));
    const client = new Client(env.app);
    await client.login('camp');
    const page = await (await client.get('/admin')).text();
    expect(page).toContain('<svg viewBox="0 0 640 180" role="img"');
    expect(page).toContain('Bảng số liệu theo ngày');
    expect(page).not.toContain('href="/admin/turns?q=');
  });
});
