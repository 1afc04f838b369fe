// Broadcast benchmark: 10,000 subscribers against the fake Telegram server with a global limit, injected 429s and 403s,
// first in one process, then with a SIGKILL halfway and a restart. Prints figures; asserts nothing.
// Usage: npm run bench:broadcast [-- --subscribers 10000 --limit 200 --kill-at 0.5]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createCallbackData } from '../src/channels/telegram/callback-data.js';
import { createTelegramOutbound } from '../src/channels/telegram/outbound.js';
import type { OutboundChannel } from '../src/core/channel.js';
import { createDelivery } from '../src/delivery/delivery.js';
import { loadDeliveryTexts } from '../src/delivery/texts.js';
import { createBroadcastStore } from '../src/store/broadcasts.js';
import { openDatabase, type Db } from '../src/store/db.js';
import { createOutboxStore } from '../src/store/outbox.js';
import { createSubscriptionStore } from '../src/store/subscriptions.js';
import { createWeekCalendarStore } from '../src/store/week-calendar.js';
import { failures, startFakeTelegram, waitUntil, type FakeTelegram } from '../test/fakes/telegram-server.js';
import { channelCatalog } from '../src/channels/catalog.js';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    limit: { type: 'string', default: '200' },
    'kill-at': { type: 'string', default: '0.5' },
  },
});
const SUBSCRIBERS = Number(values.subscribers);
const LIMIT = Number(values.limit);
const KILL_AT = Number(values['kill-at']);
const WORKER = 'test/delivery/fixtures/broadcast-worker.ts';
const TEXT = 'Loa xin thông báo: Tuần lễ hưởng ứng học tập suốt đời khai mạc sáng 1/10. Mời bà con tham gia các hoạt động tại trung tâm học tập cộng đồng.';

interface Scenario {
  dir: string;
  dbPath: string;
  chats: string[];
  blocked: Set<string>;
  broadcastId: number;
  fake: FakeTelegram;
}

/** A database with subscribers and one due broadcast, and a fake server with the limit and injected failures. */
async function prepare(label: string): Promise<Scenario> {
  const dir = mkdtempSync(join(tmpdir(), `loa-bench-${label}-`));
  const dbPath = join(dir, 'loa.db');
  const db = openDatabase(dbPath);
  const subscriptions = createSubscriptionStore(db);
  const chats: string[] = [];
  const at = new Date();
  db.transaction(() => {
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const chatId = String(100_000 + i);
      subscriptions.optIn({ channel: 'telegram', chatId }, chatId, 'bench', at);
      chats.push(chatId);
    }
  })();
  const broadcastId = createBroadcastStore(db).create({ kind: 'staff', text: TEXT, sendAt: at, createdBy: 'bench' }, at).id;
  db.close();

  const fake = await startFakeTelegram({ messagesPerSecond: LIMIT });
  const blocked = new Set<string>();
  // Deterministic spread: every 200th chat has blocked the bot (0.5%), every 100th gets one 429 first (1%).
  chats.forEach((chatId, i) => {
    if (i % 200 === 7) {
      blocked.add(chatId);
      fake.failChat(chatId, failures.blocked);
    } else if (i % 100 === 3) {
      fake.failNext('sendMessage', failures.tooManyRequests(1), { chatId });
    }
  });
  return { dir, dbPath, chats, blocked, broadcastId, fake };
}

/** What the fake server and the outbox say after a run. */
function tally(s: Scenario) {
  const db: Db = openDatabase(s.dbPath);
  const rows = createOutboxStore(db).list(s.broadcastId);
  db.close();
  const received = new Map<string, number>();
  for (const m of s.fake.sent) received.set(m.chatId, (received.get(m.chatId) ?? 0) + 1);
  const unconfirmed = new Set(rows.filter((r) => r.state === 'unconfirmed').map((r) => r.chatId));
  const calls = s.fake.callsOf('sendMessage');
  return {
    delivered: received.size,
    duplicates: [...received.values()].filter((n) => n > 1).length,
    lost: s.chats.filter((c) => !s.blocked.has(c) && !received.has(c) && !unconfirmed.has(c)).length,
    unconfirmed: unconfirmed.size,
    unconfirmedButDelivered: [...unconfirmed].filter((c) => received.has(c)).length,
    failed: rows.filter((r) => r.state === 'failed').length,
    requests: calls.length,
    answered429: calls.filter((c) => c.status === 429).length,
  };
}

/** Wraps the outbound channel to timestamp each request. */
function timed(channel: OutboundChannel, times: number[]): OutboundChannel {
  return { ...channel, send: (chatId, text, buttons) => (times.push(performance.now()), channel.send(chatId, text, buttons)) };
}

function rateOf(times: number[]): number {
  if (times.length < 2) return 0;
  const first = Math.min(...times);
  const last = Math.max(...times);
  return (times.length - 1) / ((last - first) / 1000);
}

async function inProcess() {
  const s = await prepare('single');
  const db = openDatabase(s.dbPath);
  const times: number[] = [];
  const outbound = timed(createTelegramOutbound(s.fake.token, { apiRoot: s.fake.apiRoot, callbackData: createCallbackData([]) }), times);
  const delivery = createDelivery({
    broadcasts: createBroadcastStore(db),
    outbox: createOutboxStore(db),
    calendar: createWeekCalendarStore(db),
    subscriptions: createSubscriptionStore(db),
    reminderTexts: loadDeliveryTexts('prompts').reminders,
    channels: [outbound],
    catalog: channelCatalog({ TELEGRAM_BROADCAST_RATE: LIMIT, ZALO_BROADCAST_RATE: LIMIT, STAFF_TELEGRAM_IDS: [], STAFF_ZALO_IDS: [] }),
    rateFor: () => LIMIT,
    timeZone: 'Asia/Ho_Chi_Minh',
    quietHours: { timeZone: 'Asia/Ho_Chi_Minh', startHour: 0, endHour: 0 },
  });
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const started = performance.now();
  await delivery.tick(new Date());
  await delivery.dispatcher.drain();
  const seconds = (performance.now() - started) / 1000;
  lag.disable();
  db.close();
  const t = tally(s);
  await s.fake.close();
  rmSync(s.dir, { recursive: true, force: true });
  return { ...t, seconds, rate: rateOf(times), lagP99: lag.percentile(99) / 1e6, lagMax: lag.max / 1e6, rssMb: process.resourceUsage().maxRSS / 1024 };
}

function runWorker(s: Scenario): { done: Promise<{ code: number | null; rssMb?: number }>; kill(): void } {
  const child = spawn(process.execPath, ['--import', 'tsx/esm', WORKER, s.dbPath, s.fake.apiRoot, s.fake.token, String(LIMIT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const done = new Promise<{ code: number | null; rssMb?: number }>((resolve) =>
    child.once('exit', (code) => {
      const rss = /rss_kb=(\d+)/u.exec(out)?.[1];
      resolve({ code, rssMb: rss ? Number(rss) / 1024 : undefined });
    }),
  );
  return { done, kill: () => child.kill('SIGKILL') };
}

async function withCrash() {
  const s = await prepare('crash');
  const started = performance.now();
  const first = runWorker(s);
  await waitUntil(() => s.fake.sent.length >= SUBSCRIBERS * KILL_AT, 600_000, 'the kill point');
  first.kill();
  const killed = await first.done;
  const atKill = s.fake.sent.length;
  const second = runWorker(s);
  const restarted = await second.done;
  const seconds = (performance.now() - started) / 1000;
  const t = tally(s);
  await s.fake.close();
  rmSync(s.dir, { recursive: true, force: true });
  return { ...t, seconds, atKill, killedCode: killed.code, restartCode: restarted.code, rssMb: restarted.rssMb };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

process.stdout.write(`Broadcast benchmark: ${fmt(SUBSCRIBERS)} subscribers, fake Telegram limit ${LIMIT} msg/s, 1% 429 (retry_after 1), 0.5% 403\n\n`);
const a = await inProcess();
process.stdout.write(
  [
    '1) one process',
    `   time ${fmt(a.seconds, 1)} s; requests ${fmt(a.requests)} (server answered 429 to ${fmt(a.answered429)}: ${fmt(a.answered429 - SUBSCRIBERS / 100)} beyond the injected)`,
    `   achieved rate ${fmt(a.rate, 1)} req/s / limit ${LIMIT} = ${fmt(a.rate / LIMIT, 3)}   (target ≥ 0.95)`,
    `   delivered ${fmt(a.delivered)}, failed (403) ${fmt(a.failed)}, duplicates ${a.duplicates} (target 0), lost ${a.lost} (target 0), unconfirmed ${a.unconfirmed}`,
    `   event-loop delay during the broadcast: p99 ${fmt(a.lagP99, 1)} ms, max ${fmt(a.lagMax, 1)} ms; peak RSS ${fmt(a.rssMb)} MB (bench process incl. fake server)`,
    '',
  ].join('\n'),
);
const b = await withCrash();
process.stdout.write(
  [
    `2) SIGKILL after ${fmt(b.atKill)} messages, then restart`,
    `   time ${fmt(b.seconds, 1)} s incl. restart; requests ${fmt(b.requests)}; first worker exit ${b.killedCode === null ? 'killed' : b.killedCode}, restart exit ${b.restartCode}`,
    `   delivered ${fmt(b.delivered)}, failed (403) ${fmt(b.failed)}, duplicates ${b.duplicates} (target 0), lost ${b.lost} (target 0)`,
    `   unconfirmed ${b.unconfirmed} (in flight at the kill; ${b.unconfirmedButDelivered} of them had in fact arrived, the rest never will)`,
    `   peak RSS of the restarted worker ${b.rssMb === undefined ? '?' : fmt(b.rssMb)} MB`,
    '',
  ].join('\n'),
);
