// SIGKILL a delivering child process mid-broadcast, restart it, and check nothing is duplicated or lost.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, waitUntil, type FakeTelegram } from '../fakes/telegram-server.js';
import { openStores, subscribe } from './helpers.js';

const WORKER = 'test/delivery/fixtures/broadcast-worker.ts';

let fake: FakeTelegram | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function startWorker(dbPath: string, server: FakeTelegram, rate: number): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx/esm', WORKER, dbPath, server.apiRoot, server.token, String(rate)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited };
}

describe('crash safety', () => {
  it('resumes after SIGKILL mid-broadcast: no duplicates, nothing lost but the unconfirmed', async () => {
    fake = await startFakeTelegram();
    dir = mkdtempSync(join(tmpdir(), 'loa-crash-'));
    const dbPath = join(dir, 'loa.db');
    const setup = openStores(dbPath);
    const chats = subscribe(setup, 200);
    const broadcast = setup.broadcasts.create({ kind: 'staff', text: 'Thông báo sau sự cố', sendAt: new Date(), createdBy: 'test' }, new Date());
    setup.db.close();

    const first = startWorker(dbPath, fake, 100);
    await waitUntil(() => fake!.sent.length >= 60, 20_000, '60 messages before the kill');
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    const sentBeforeRestart = fake.sent.length;
    expect(sentBeforeRestart).toBeLessThan(chats.length);

    const second = startWorker(dbPath, fake, 100);
    expect(await second.exited).toBe(0);

    const stores = openStores(dbPath);
    const received = new Map<string, number>();
    for (const m of fake.sent) received.set(m.chatId, (received.get(m.chatId) ?? 0) + 1);
    const rows = stores.outbox.list(broadcast.id);
    const unconfirmed = rows.filter((r) => r.state === 'unconfirmed').map((r) => r.chatId);
    const duplicates = [...received.values()].filter((n) => n > 1).length;
    const lost = chats.filter((c) => !received.has(c) && !unconfirmed.includes(c));

    expect(rows).toHaveLength(chats.length);
    expect(duplicates).toBe(0);
    expect(lost).toEqual([]);
    expect(rows.every((r) => r.state === 'sent' || r.state === 'unconfirmed')).toBe(true);
    for (const row of rows.filter((r) => r.state === 'sent')) expect(received.get(row.chatId)).toBe(1);
    expect(stores.broadcasts.get(broadcast.id)?.status).toBe('done');
    stores.db.close();
  });
});
