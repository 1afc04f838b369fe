// Curated answers carry a locality: a local answer reaches only that place's residents, and only its moderators change it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { matchesLocality } from '../../src/core/reminders.js';
import type { Core } from '../../src/main.js';
import { createCuratedStore } from '../../src/store/curated.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { tempDir, testCore } from '../helpers/core.js';
import { Client, testConsole } from './helpers.js';

const at = new Date('2025-09-01T08:00:00Z');
const source = { title: 'Hội Khuyến học Hà Nội' };

describe('curated store with localities', () => {
  let db: Db;
  afterEach(() => db.close());

  it('matches a local answer only for residents of that place; nationwide answers everywhere', () => {
    db = openDatabase(':memory:');
    const curated = createCuratedStore(db, { inLocality: matchesLocality });
    const local = curated.add({ questions: ['Đăng ký gia đình học tập ở đâu?'], answer: 'Tại chi hội khuyến học phường.', source, locality: 'Hà Nội' }, 'mod-hn', at);
    expect(local.locality).toBe('Hà Nội');
    expect(curated.match('dang ky gia dinh hoc tap o dau', { province: 'Thành phố Hà Nội' })?.id).toBe(local.id);
    expect(curated.match('dang ky gia dinh hoc tap o dau', { province: 'Đà Nẵng' })).toBeUndefined();
    expect(curated.match('dang ky gia dinh hoc tap o dau')).toBeUndefined();
    const everywhere = curated.add({ questions: ['Ngày Khuyến học là ngày nào?'], answer: '2/10.', source }, 'admin', at);
    expect(curated.match('ngay khuyen hoc la ngay nao')?.id).toBe(everywhere.id);
  });
});

describe('curated answers in the console', () => {
  let env: ReturnType<typeof testConsole>;
  afterEach(() => env.close());

  it('a locality moderator writes local answers and cannot change or retire anyone else\'s', async () => {
    env = testConsole();
    await env.addStaff('mod-hn', 'moderator', 'Hà Nội');
    await env.addStaff('mod', 'moderator');
    const national = env.deps.curated.add({ questions: ['Ngày Khuyến học là ngày nào?'], answer: '2/10.', source }, 'mod', at);
    const danang = env.deps.curated.add({ questions: ['Thư viện Đà Nẵng ở đâu?'], answer: '…', source, locality: 'Đà Nẵng' }, 'x', at);
    const local = new Client(env.app);
    await local.login('mod-hn');
    await local.get('/admin/curated/new');
    expect((await local.post('/admin/curated', { questions: 'Đăng ký ở đâu?', answer: 'Tại phường.', title: 'Nguồn' })).status).toBe(303);
    const own = env.deps.curated.list().find((e) => e.createdBy === 'mod-hn')!;
    expect(own.locality).toBe('Hà Nội');
    for (const entry of [national, danang]) {
      await local.get('/admin/curated');
      expect((await local.post(`/admin/curated/${entry.id}/retire`)).status).toBe(403);
      expect((await local.post(`/admin/curated/${entry.id}`, { questions: 'x', answer: 'y', title: 'z' })).status).toBe(403);
    }
    expect(env.deps.curated.get(national.id)).toMatchObject({ retiredAt: undefined, answer: '2/10.' });
    expect((await local.post(`/admin/curated/${own.id}/retire`)).status).toBe(303);
    const nationwide = new Client(env.app);
    await nationwide.login('mod');
    expect((await nationwide.post(`/admin/curated/${danang.id}/retire`)).status).toBe(303);
  });
});

describe('curated answers reach residents by place', () => {
  let core: Core;
  let cleanup: () => void;
  beforeAll(async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    core = await testCore(temp.dir);
  });
  afterAll(() => {
    core.close();
    cleanup();
  });

  it('answers a Hà Nội resident with the Hà Nội answer and everyone else from the documents', async () => {
    createCuratedStore(core.db).add({ questions: ['Gia đình học tập là gì?'], answer: 'Câu trả lời riêng của Hà Nội.', source, locality: 'Hà Nội' }, 'mod-hn', at);
    const hanoi = { channel: 'telegram' as const, chatId: 'hn-1' };
    core.subscriptions.optIn(hanoi, 'hn-1', 'text', at);
    core.subscriptions.setLocality(hanoi, { province: 'Hà Nội' }, at);
    const ask = (address: { channel: 'telegram'; chatId: string }) =>
      core.assistant.handle({ address, userId: address.chatId, kind: 'text', text: 'gia dinh hoc tap la gi', receivedAt: new Date() });
    expect(await ask(hanoi)).toMatchObject({ mode: 'curated', text: 'Câu trả lời riêng của Hà Nội.' });
    const elsewhere = await ask({ channel: 'telegram', chatId: 'other' });
    expect(elsewhere.mode).toBe('extractive');
  });
});
