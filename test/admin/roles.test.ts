// Roles and locality scoping over HTTP: each role reaches its pages only; locality staff see only their residents.
import { afterEach, describe, expect, it } from 'vitest';
import type { TurnRecord } from '../../src/core/types.js';
import { Client, testConsole } from './helpers.js';

let env: ReturnType<typeof testConsole>;
afterEach(() => env?.close());

const turn = (chatId: string, question: string, extra: Partial<TurnRecord> = {}): TurnRecord => ({
  channel: 'telegram',
  chatId,
  userId: chatId,
  question,
  answer: `Trả lời cho ${question}`,
  mode: 'extractive',
  refused: false,
  citations: [{ n: 1, title: 'Thông tư 02', reference: 'TT 02/2024', snippet: 'x' }],
  scores: [{ chunkId: 1, score: 2.5, coverage: 0.8 }],
  latencyMs: 12,
  createdAt: new Date('2025-09-19T02:00:00Z'),
  ...extra,
});

async function seeded() {
  env = testConsole();
  const at = env.clock.now;
  env.deps.subscriptions.optIn({ channel: 'telegram', chatId: 'hn-1' }, 'hn-1', 'test', at);
  env.deps.subscriptions.setLocality({ channel: 'telegram', chatId: 'hn-1' }, { province: 'Hà Nội' }, at);
  env.deps.subscriptions.optIn({ channel: 'telegram', chatId: 'hue-1' }, 'hue-1', 'test', at);
  env.deps.subscriptions.setLocality({ channel: 'telegram', chatId: 'hue-1' }, { province: 'Huế' }, at);
  const hanoi = env.turns.record(turn('hn-1', 'Câu hỏi của người Hà Nội'));
  const hue = env.turns.record(turn('hue-1', 'Câu hỏi của người Huế'));
  await env.addStaff('admin', 'admin');
  await env.addStaff('mod', 'moderator');
  await env.addStaff('mod-hn', 'moderator', 'ha noi');
  await env.addStaff('camp', 'campaign');
  await env.addStaff('camp-hue', 'campaign', 'Huế');
  return { hanoi, hue };
}

async function as(name: string) {
  const client = new Client(env.app);
  expect((await client.login(name)).status).toBe(303);
  return client;
}

describe('roles', () => {
  it('lets each role reach its own pages and refuses the others with 403', async () => {
    await seeded();
    const pages = ['/admin', '/admin/turns', '/admin/gaps', '/admin/curated', '/admin/export', '/admin/broadcasts', '/admin/broadcasts/new', '/admin/calendar', '/admin/subscribers', '/admin/staff'];
    const allowed: Record<string, string[]> = {
      admin: pages,
      mod: ['/admin', '/admin/turns', '/admin/gaps', '/admin/curated', '/admin/export'],
      camp: ['/admin', '/admin/broadcasts', '/admin/broadcasts/new', '/admin/calendar', '/admin/subscribers'],
    };
    for (const [name, ok] of Object.entries(allowed)) {
      const client = await as(name);
      for (const path of pages) {
        const status = (await client.get(path)).status;
        expect([path, status]).toEqual([path, ok.includes(path) ? 200 : 403]);
      }
    }
  });

  it('refuses state changes by the wrong role without changing anything', async () => {
    const { hanoi } = await seeded();
    const camp = await as('camp');
    expect((await camp.post(`/admin/turns/${hanoi}/flag`, { note: 'x' })).status).toBe(403);
    expect((await camp.post('/admin/curated', { questions: 'a', answer: 'b', title: 'c' })).status).toBe(403);
    expect((await camp.post('/admin/staff', { name: 'evil', role: 'admin', password: 'mat-khau-rat-dai-1' })).status).toBe(403);
    const mod = await as('mod');
    expect((await mod.post('/admin/staff', { name: 'evil', role: 'admin', password: 'mat-khau-rat-dai-1' })).status).toBe(403);
    expect((await mod.post('/admin/broadcasts', { text: 'Thông báo', action: 'schedule' })).status).toBe(403);
    expect((await mod.post('/admin/calendar', { year: '2025', start: '2025-10-01', end: '2025-10-07' })).status).toBe(403);
    expect(env.deps.broadcasts.list()).toHaveLength(0);
    expect(env.deps.calendar.list()).toHaveLength(0);
    expect(env.deps.review.get(hanoi)?.flaggedAt).toBeUndefined();
    expect(env.deps.curated.list()).toHaveLength(0);
    expect(env.deps.staff.findForLogin('evil')).toBeUndefined();
  });

  it('lets an admin add staff and disable them, which ends their sessions', async () => {
    await seeded();
    const admin = await as('admin');
    expect((await admin.post('/admin/staff', { name: 'moi', role: 'campaign', locality: 'Đà Nẵng', password: 'ngan' })).status).toBe(400);
    expect((await admin.post('/admin/staff', { name: 'moi', role: 'campaign', locality: 'Đà Nẵng', password: 'mat-khau-rat-dai-1' })).status).toBe(303);
    const added = env.deps.staff.findForLogin('moi')!.member;
    expect(added).toMatchObject({ role: 'campaign', locality: 'Đà Nẵng' });
    const moi = await as('moi');
    expect((await moi.get('/admin')).status).toBe(200);
    await admin.get('/admin/staff');
    expect((await admin.post(`/admin/staff/${added.id}/disable`)).status).toBe(303);
    expect((await moi.get('/admin')).status).toBe(303);
  });
});

describe('locality scoping', () => {
  it('shows a locality moderator only their residents in the log, threads and export', async () => {
    const { hanoi, hue } = await seeded();
    const mod = await as('mod-hn');
    const list = await (await mod.get('/admin/turns')).text();
    expect(list).toContain('Câu hỏi của người Hà Nội');
    expect(list).not.toContain('Câu hỏi của người Huế');
    expect((await mod.get(`/admin/turns/${hanoi}`)).status).toBe(200);
    expect((await mod.get(`/admin/turns/${hue}`)).status).toBe(404);
    expect((await mod.post(`/admin/turns/${hue}/flag`, { note: 'x' })).status).toBe(404);
    expect(env.deps.review.get(hue)?.flaggedAt).toBeUndefined();
    const csv = await (await mod.get('/admin/export?format=csv')).text();
    expect(csv).toContain('Hà Nội');
    expect(csv).not.toContain('Huế');

    const all = await as('mod');
    const everything = await (await all.get('/admin/turns')).text();
    expect(everything).toContain('Câu hỏi của người Huế');
  });

  it('shows locality campaign staff only their subscribers, whatever they ask for', async () => {
    await seeded();
    const camp = await as('camp-hue');
    const page = await (await camp.get('/admin/subscribers?locality=H%C3%A0%20N%E1%BB%99i')).text();
    expect(page).toContain('<strong>1</strong> người');
    expect(page).toContain('Huế');
    expect(page).not.toContain('Hà Nội');
    const dashboard = await (await camp.get('/admin')).text();
    expect(dashboard).toContain('Huế');
    expect(dashboard).not.toContain('Hà Nội');
  });
});
