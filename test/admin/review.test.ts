// Conversation review over HTTP: filters, diacritic-insensitive search, thread, flags, corrections (sent to the resident), escaping.
import { afterEach, describe, expect, it } from 'vitest';
import type { SendOutcome } from '../../src/core/channel.js';
import type { TurnRecord } from '../../src/core/types.js';
import { Client, testConsole } from './helpers.js';

let env: ReturnType<typeof testConsole>;
afterEach(() => env?.close());

const base: TurnRecord = {
  channel: 'telegram',
  chatId: '111',
  userId: '111',
  question: 'Gia đình học tập là gì?',
  answer: 'Gia đình học tập là gia đình có các thành viên tích cực học tập.',
  mode: 'extractive',
  refused: false,
  citations: [{ n: 1, title: 'Thông tư 02/2024', reference: 'TT 02/2024', snippet: 'đoạn trích', chunkId: 7 }],
  scores: [{ chunkId: 7, score: 3.25, coverage: 0.83 }],
  latencyMs: 40,
  createdAt: new Date('2025-09-18T02:00:00Z'),
};

async function moderator() {
  env = testConsole();
  await env.addStaff('mod', 'moderator');
  const client = new Client(env.app);
  await client.login('mod');
  return client;
}

describe('conversation review', () => {
  it('filters by channel, mode, refusal, missing citation, 👎, flag and local dates', async () => {
    const client = await moderator();
    const web = env.turns.record({ ...base, channel: 'web', chatId: 'w1', question: 'Câu hỏi web' });
    const refused = env.turns.record({ ...base, question: 'Câu hỏi bị từ chối', refused: true, mode: 'refusal', citations: [] });
    const uncited = env.turns.record({ ...base, question: 'Câu trả lời không nguồn', citations: [] });
    const old = env.turns.record({ ...base, question: 'Câu hỏi cũ', createdAt: new Date('2025-09-01T16:59:00Z') });
    const down = env.turns.record({ ...base, question: 'Câu bị chê' });
    env.db.prepare("UPDATE turns SET feedback = 'down' WHERE id = ?").run(down);
    env.deps.review.flag(web, 'kiểm tra', 'mod', env.clock.now);

    const questions = async (query: string) => {
      const html = await (await client.get(`/admin/turns${query}`)).text();
      return [...html.matchAll(/<p class="q"><a href="\/admin\/turns\/(\d+)#/gu)].map((m) => Number(m[1]));
    };
    expect(await questions('?channel=web')).toEqual([web]);
    expect(await questions('?refused=1')).toEqual([refused]);
    expect(await questions('?mode=refusal')).toEqual([refused]);
    expect(await questions('?nocite=1')).toEqual([uncited]);
    expect(await questions('?down=1')).toEqual([down]);
    expect(await questions('?flagged=1')).toEqual([web]);
    // 2025-09-01T16:59Z is 23:59 on 1 September in Hanoi.
    expect(await questions('?to=2025-09-01')).toEqual([old]);
    expect(await questions('?from=2025-09-02')).not.toContain(old);
    expect(await questions('?channel=<script>')).toHaveLength(5);
  });

  it('searches without diacritics and pages through results', async () => {
    const client = await moderator();
    for (let i = 0; i < 30; i++) env.turns.record({ ...base, question: `Câu hỏi số ${i} về đăng ký công dân học tập` });
    env.turns.record({ ...base, question: 'Tuần lễ học tập suốt đời' });
    const page1 = await (await client.get('/admin/turns?q=dang%20ky%20cong%20dan')).text();
    expect(page1).toContain('30 lượt hỏi đáp');
    expect(page1).toContain('trang 1/2');
    expect(page1).not.toContain('Tuần lễ');
    const page2 = await (await client.get('/admin/turns?q=dang%20ky%20cong%20dan&page=2')).text();
    expect(page2.match(/class="turn card"/gu)).toHaveLength(5);
    expect(await (await client.get('/admin/turns?q=TUAN%20LE')).text()).toContain('1 lượt hỏi đáp');
  });

  it('shows the thread with citations and retrieval scores, and flags and unflags with a note', async () => {
    const client = await moderator();
    const first = env.turns.record(base);
    const second = env.turns.record({ ...base, question: 'Còn dòng họ học tập?' });
    env.turns.record({ ...base, chatId: 'someone-else', question: 'Không thuộc hội thoại này' });
    const page = await (await client.get(`/admin/turns/${second}`)).text();
    expect(page).toContain('Gia đình học tập là gì?');
    expect(page).toContain('Còn dòng họ học tập?');
    expect(page).not.toContain('Không thuộc hội thoại này');
    expect(page).toContain('TT 02/2024');
    expect(page).toContain('3.250');
    expect(page).toContain('83%');
    expect((await client.post(`/admin/turns/${first}/flag`, { note: 'Thiếu điều kiện công nhận' })).status).toBe(303);
    expect(env.deps.review.get(first)).toMatchObject({ flagNote: 'Thiếu điều kiện công nhận', flaggedBy: 'mod' });
    expect(await (await client.get(`/admin/turns/${first}`)).text()).toContain('Thiếu điều kiện công nhận');
    expect((await client.post(`/admin/turns/${first}/unflag`)).status).toBe(303);
    expect(env.deps.review.get(first)?.flaggedAt).toBeUndefined();
  });

  it('turns a correction into a curated answer, links it, and queues it for the resident in the outbox when asked', async () => {
    const client = await moderator();
    const sent: { chatId: string; text: string }[] = [];
    env.outbound.push({ name: 'telegram', maxLength: 4096, send: async (chatId, text): Promise<SendOutcome> => (sent.push({ chatId, text }), { ok: true }) });
    const id = env.turns.record(base);
    const form = await (await client.get(`/admin/turns/${id}/correct`)).text();
    expect(form).toContain('Gửi câu trả lời đã sửa cho người đã hỏi');
    const bad = await client.post(`/admin/turns/${id}/correct`, { questions: base.question, answer: 'x', title: 'T', url: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    const response = await client.post(`/admin/turns/${id}/correct`, {
      questions: base.question,
      answer: 'Gia đình học tập là danh hiệu công nhận gia đình đạt các tiêu chí học tập.',
      title: 'Thông tư 02/2024/TT-BGDĐT',
      reference: '02/2024/TT-BGDĐT',
      url: 'https://moet.gov.vn/tt-02',
      notify: '1',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/admin\/curated\?ok=queued#curated-\d+$/u);
    const entry = env.deps.curated.match('gia dinh hoc tap la gi');
    expect(entry?.answer).toContain('danh hiệu công nhận');
    expect(env.deps.review.get(id)?.curatedId).toBe(entry?.id);
    // Stored, not sent from the request: delivery sends it (a crash now does not lose it).
    expect(sent).toHaveLength(0);
    const [row] = env.outbox.due(env.clock.now.getTime(), 10, ['telegram']);
    expect(row).toMatchObject({ chatId: '111', correction: true });
    expect(row?.text).toContain('danh hiệu công nhận');
    expect(row?.text).toContain('https://moet.gov.vn/tt-02');
    expect(await (await client.get(`/admin/turns/${id}`)).text()).toContain('đang chờ gửi');
  });

  it('says when the resident cannot be reached (web chat), and shows a failed correction with the reason', async () => {
    const client = await moderator();
    const web = env.turns.record({ ...base, channel: 'web', chatId: 'w1' });
    expect(await (await client.get(`/admin/turns/${web}/correct`)).text()).toContain('Không gửi lại được cho người hỏi');
    env.outbound.push({ name: 'telegram', maxLength: 4096, send: async () => ({ ok: true }) });
    const tg = env.turns.record(base);
    const response = await client.post(`/admin/turns/${tg}/correct`, { questions: 'Câu hỏi khác hẳn', answer: 'A', title: 'T', notify: '1' });
    expect(response.headers.get('location')).toMatch(/ok=queued/u);
    // What the dispatcher records when the platform refuses for good.
    const [row] = env.outbox.due(env.clock.now.getTime(), 10, ['telegram']);
    expect(env.outbox.claim(row!.id, env.clock.now.getTime())).toBe(true);
    env.outbox.markFailed(row!.id, 'blocked: 403: Forbidden: bot was blocked by the user', env.clock.now.getTime());
    const page = await (await client.get(`/admin/turns/${tg}`)).text();
    expect(page).toContain('không gửi được');
    expect(page).toContain('bot was blocked by the user');
  });

  it('stops a correction that waits to be sent, and sends a failed one again to the same resident', async () => {
    const client = await moderator();
    env.outbound.push({ name: 'telegram', maxLength: 4096, send: async () => ({ ok: true }) });
    const tg = env.turns.record(base);
    await client.post(`/admin/turns/${tg}/correct`, { questions: 'Một câu hỏi riêng', answer: 'Câu trả lời đã sửa.', title: 'T', notify: '1' });
    let page = await (await client.get(`/admin/turns/${tg}`)).text();
    const cancel = /action="(\/admin\/turns\/\d+\/corrections\/\d+\/cancel)"/u.exec(page)?.[1];
    expect(cancel).toBeDefined();
    expect(page).toContain('Huỷ gửi');
    expect((await client.post(cancel!)).headers.get('location')).toMatch(/ok=correction-cancelled/u);
    expect(env.outbox.due(env.clock.now.getTime(), 10, ['telegram'])).toHaveLength(0);
    // Twice is not possible: it no longer waits.
    expect((await client.post(cancel!)).headers.get('location')).toMatch(/ok=correction-unchanged/u);
    page = await (await client.get(`/admin/turns/${tg}`)).text();
    expect(page).toContain('đã huỷ');
    const resend = /action="(\/admin\/turns\/\d+\/corrections\/\d+\/resend)"/u.exec(page)?.[1];
    expect((await client.post(resend!)).headers.get('location')).toMatch(/ok=correction-resent/u);
    // A second press on the same (now older) correction queues nothing more.
    expect((await client.post(resend!)).headers.get('location')).toMatch(/ok=correction-unchanged/u);
    expect(env.outbox.due(env.clock.now.getTime(), 10, ['telegram'])).toHaveLength(1);
    const [row] = env.outbox.due(env.clock.now.getTime(), 10, ['telegram']);
    expect(row).toMatchObject({ chatId: '111', correction: true });
    expect(row?.text).toContain('Câu trả lời đã sửa.');
    // A correction of another turn cannot be reached through this one.
    const other = env.turns.record({ ...base, chatId: '222' });
    expect((await client.post(resend!.replace(`/turns/${tg}/`, `/turns/${other}/`))).status).toBe(404);
  });

  it('edits and retires curated answers', async () => {
    const client = await moderator();
    const entry = env.deps.curated.add({ questions: ['Câu hỏi A'], answer: 'Cũ', source: { title: 'T' } }, 'mod', env.clock.now);
    await client.get(`/admin/curated/${entry.id}`);
    expect((await client.post(`/admin/curated/${entry.id}`, { questions: 'Câu hỏi A\nCâu hỏi A khác', answer: 'Mới', title: 'T2' })).status).toBe(303);
    expect(env.deps.curated.get(entry.id)).toMatchObject({ answer: 'Mới', questions: ['Câu hỏi A', 'Câu hỏi A khác'], updatedBy: 'mod' });
    expect((await client.post(`/admin/curated/${entry.id}/retire`)).status).toBe(303);
    expect(env.deps.curated.match('Câu hỏi A')).toBeUndefined();
    expect((await client.post(`/admin/curated/${entry.id}/restore`)).status).toBe(303);
    expect(env.deps.curated.match('Câu hỏi A')?.answer).toBe('Mới');
  });

  it('escapes everything residents wrote', async () => {
    const client = await moderator();
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'';
    const id = env.turns.record({
      ...base,
      question: attack,
      answer: attack,
      citations: [{ n: 1, title: attack, reference: attack, url: 'javascript:alert(3)', snippet: attack }],
    });
    env.deps.review.flag(id, attack, 'mod', env.clock.now);
    env.db.prepare("UPDATE turns SET refused = 1 WHERE id = ?").run(id);
    for (const path of ['/admin/turns', `/admin/turns/${id}`, `/admin/turns/${id}/correct`, '/admin/gaps', '/admin', `/admin/curated/new?q=${encodeURIComponent(attack)}`]) {
      const html = await (await client.get(path)).text();
      expect([path, html.includes('<script>alert'), html.includes('<img src=x'), html.includes('javascript:alert')]).toEqual([path, false, false, false]);
    }
  });
});
