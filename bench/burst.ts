// Burst benchmark: 1,000 residents write within one second on each of Telegram and Zalo Bot (webhooks) while a
// 10,000-recipient Telegram broadcast runs, against fakes with a 30 msg/s limit and random 429 / 5xx; then the same
// with a SIGKILL in the middle and a restart. Prints figures; asserts nothing.
// Usage: npm run bench:burst [-- --residents 1000 --subscribers 10000 --cap 30 --budget 29 --after 20 --kill-after 8 --timeline --profile DIR]
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/store/db.js';
import { createSubscriptionStore } from '../src/store/subscriptions.js';
import { startFakeTelegram, textUpdate, waitUntil, type FakeTelegram } from '../test/fakes/telegram-server.js';
import { startFakeZaloBot, type FakeZaloBot } from '../test/fakes/zalo-bot-server.js';
import { percentile } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    residents: { type: 'string', default: '1000' },
    subscribers: { type: 'string', default: '10000' },
    cap: { type: 'string', default: '30' },
    after: { type: 'string', default: '20' },
    'kill-after': { type: 'string', default: '8' },
    /** Messages per second the server is given (TELEGRAM_BROADCAST_RATE, ZALO_BROADCAST_RATE); default one under the
     * fake's cap (at the cap itself, one run had 54 × 429 instead of 18 and no more broadcast). */
    budget: { type: 'string' },
    /** Prints Telegram replies / broadcast messages sent in each of the burst's first 40 seconds. */
    timeline: { type: 'boolean', default: false },
    /** Writes a V8 CPU profile of the first server process into this folder. */
    profile: { type: 'string' },
  },
});
const RESIDENTS = Number(values.residents);
const SUBSCRIBERS = Number(values.subscribers);
const CAP = Number(values.cap);
/** The budget the server is given (TELEGRAM_BROADCAST_RATE, ZALO_BROADCAST_RATE). */
const BUDGET = Number(values.budget ?? CAP - 1);
/** Seconds the broadcast keeps running after the last resident was answered (rate measurement window). */
const AFTER_SEC = Number(values.after);
const KILL_AFTER_SEC = Number(values['kill-after']);
const ROOT = resolve(import.meta.dirname, '..');
const TG_SECRET = 'bench-secret';
const ZALO_SECRET = 'bench-zalo-secret';
const BROADCAST_TEXT = 'Loa xin thông báo: Tuần lễ hưởng ứng học tập suốt đời khai mạc sáng 1/10. Mời bà con tham gia.';
/**
 * Connections a platform opens to the webhook at once: Telegram's setWebhook max_connections defaults to 40 (Loa does
 * not change it); Zalo documents no figure, so the same is assumed. Updates beyond that wait at the platform.
 */
const WEBHOOK_CONNECTIONS = 40;
const QUESTIONS = ['Gia đình học tập là gì?', 'Tuần lễ học tập suốt đời diễn ra khi nào?', 'dong ho hoc tap la gi', 'Công dân học tập cần điều kiện gì?', 'cong dong hoc tap la gi vay'];

/** An IANA zone where it is now about midday, so quiet hours (21:00–07:00) never hold the broadcast. */
function middayZone(): string {
  const offset = ((12 - new Date().getUTCHours() + 36) % 24) - 12;
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

interface Run {
  dir: string;
  telegram: FakeTelegram;
  zalo: FakeZaloBot;
  env: Record<string, string>;
}

async function prepare(label: string): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), `loa-burst-${label}-`));
  const db = openDatabase(join(dir, 'loa.db'));
  const subscriptions = createSubscriptionStore(db);
  const at = new Date();
  db.transaction(() => {
    for (let i = 0; i < SUBSCRIBERS; i++) subscriptions.optIn({ channel: 'telegram', chatId: String(100_000 + i) }, String(100_000 + i), 'bench', at);
  })();
  db.close();
  const random = { tooManyRequests: 0.01, serverError: 0.005 };
  const telegram = await startFakeTelegram({ messagesPerSecond: CAP, random });
  const zalo = await startFakeZaloBot({ random });
  mkdirSync(join(dir, 'empty'), { recursive: true });
  writeFileSync(join(dir, 'server.log'), '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_PATH: join(dir, 'loa.db'),
    KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
    PROMPTS_DIR: join(ROOT, 'prompts'),
    TIMEZONE: middayZone(),
    LOG_LEVEL: 'warn',
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: 'https://loa.example.org/webhooks/telegram',
    TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
    TELEGRAM_BROADCAST_RATE: String(BUDGET),
    ZALO_BOT_TOKEN: zalo.token,
    ZALO_BOT_API_BASE: zalo.base,
    ZALO_BOT_WEBHOOK_URL: 'https://loa.example.org/webhooks/zalo-bot',
    ZALO_BOT_WEBHOOK_SECRET: ZALO_SECRET,
    ZALO_BROADCAST_RATE: String(BUDGET),
  };
  return { dir, telegram, zalo, env };
}

async function startChild(run: Run, broadcast: boolean): Promise<{ child: ChildProcess; port: number }> {
  const profile = broadcast && values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx/esm', join(ROOT, 'bench/lib/burst-server.ts')], {
    cwd: ROOT,
    env: { ...run.env, BENCH_BROADCAST: broadcast ? '1' : '0', BENCH_BROADCAST_TEXT: BROADCAST_TEXT },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening`)));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /LISTENING (\d+)/u.exec(out);
      if (match) resolvePort(Number(match[1]));
    });
  });
  child.removeAllListeners('exit');
  return { child, port };
}

/** One webhook delivery over `agent`; resolves true when the server acknowledged it with 2xx. */
function deliver(agent: Agent, port: number, path: string, headers: Record<string, string>, body: string): Promise<boolean> {
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      res.once('end', () => done((res.statusCode ?? 500) < 300));
    });
    req.once('error', () => done(false));
    req.end(body);
  });
}

/** Every resident writes within about one second; each platform delivers the updates over at most WEBHOOK_CONNECTIONS connections. */
async function burst(port: number): Promise<{ tg: Map<string, number>; zalo: Map<string, number>; acks: number[]; retries: number; unacknowledged: number }> {
  let retries = 0;
  let unacknowledged = 0;
  const tg = new Map<string, number>();
  const zalo = new Map<string, number>();
  const acks: number[] = [];
  const posts: Promise<void>[] = [];
  const agents = { telegram: new Agent({ keepAlive: true, maxSockets: WEBHOOK_CONNECTIONS }), zalo: new Agent({ keepAlive: true, maxSockets: WEBHOOK_CONNECTIONS }) };
  const spacing = 1000 / (2 * RESIDENTS);
  const started = performance.now();
  for (let i = 0; i < RESIDENTS; i++) {
    const question = QUESTIONS[i % QUESTIONS.length]!;
    const tgChat = String(9_000_000 + i);
    const zaloChat = `zchat-${i}`;
    const post = async (agent: Agent, path: string, headers: Record<string, string>, body: unknown, mark: () => void) => {
      const t0 = performance.now();
      mark();
      // Like the platforms, a delivery that was refused or reset is retried (with backoff) until acknowledged.
      for (let attempt = 0; !(await deliver(agent, port, path, headers, JSON.stringify(body))); attempt++) {
        retries++;
        if (performance.now() - t0 > 120_000) {
          unacknowledged++;
          return;
        }
        await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** attempt)));
      }
      acks.push(performance.now() - t0);
    };
    posts.push(post(agents.telegram, '/webhooks/telegram', { 'X-Telegram-Bot-Api-Secret-Token': TG_SECRET }, { update_id: 1_000_000 + i, ...textUpdate(Number(tgChat), question) }, () => tg.set(tgChat, Date.now())));
    posts.push(
      post(
        agents.zalo,
        '/webhooks/zalo-bot',
        { 'x-bot-api-secret-token': ZALO_SECRET },
        { event_name: 'message.text.received', message: { message_id: `zm-${i}`, date: Date.now(), text: question, from: { id: `zu-${i}` }, chat: { id: zaloChat, chat_type: 'PRIVATE' } } },
        () => zalo.set(zaloChat, Date.now()),
      ),
    );
    const due = started + (i + 1) * 2 * spacing;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
  }
  await Promise.all(posts);
  agents.telegram.destroy();
  agents.zalo.destroy();
  return { tg, zalo, acks, retries, unacknowledged };
}

interface Tally {
  once: number;
  never: number;
  twice: number;
  latencies: number[];
}

function tally(wrote: Map<string, number>, sent: { chatId: string; text: string; at: number }[]): Tally {
  const byChat = new Map<string, { first: number; texts: Map<string, number> }>();
  for (const m of sent) {
    if (!wrote.has(m.chatId)) continue;
    const entry = byChat.get(m.chatId) ?? { first: m.at, texts: new Map() };
    entry.first = Math.min(entry.first, m.at);
    entry.texts.set(m.text, (entry.texts.get(m.text) ?? 0) + 1);
    byChat.set(m.chatId, entry);
  }
  const result: Tally = { once: 0, never: 0, twice: 0, latencies: [] };
  for (const [chat, at] of wrote) {
    const entry = byChat.get(chat);
    if (!entry) result.never++;
    else {
      if ([...entry.texts.values()].some((n) => n > 1)) result.twice++;
      else result.once++;
      result.latencies.push(entry.first - at);
    }
  }
  return result;
}

async function scenario(label: string, kill: boolean): Promise<void> {
  const run = await prepare(label);
  let { child, port } = await startChild(run, true);
  await waitUntil(() => run.telegram.sent.length > 0, 60_000, 'the broadcast to start');
  const { tg, zalo, acks, retries, unacknowledged } = await burst(port);
  let restartMs: number | undefined;
  /** From the SIGKILL to the restarted server's first Telegram send: nothing can be sent meanwhile. */
  let downMs = 0;
  if (kill) {
    await new Promise((r) => setTimeout(r, KILL_AFTER_SEC * 1000));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const killedAt = Date.now();
    const t0 = performance.now();
    ({ child, port } = await startChild(run, false));
    restartMs = performance.now() - t0;
    await waitUntil(() => run.telegram.sent.some((m) => m.at > killedAt), 60_000, 'the restarted server to send').catch(() => undefined);
    downMs = Math.max(0, (run.telegram.sent.find((m) => m.at > killedAt)?.at ?? killedAt) - killedAt);
  }
  const answered = (wrote: Map<string, number>, sent: { chatId: string }[]) => new Set(sent.filter((m) => wrote.has(m.chatId)).map((m) => m.chatId)).size;
  await waitUntil(() => answered(tg, run.telegram.sent) >= tg.size && answered(zalo, run.zalo.sent()) >= zalo.size, 600_000, 'every resident to be answered').catch((error: Error) => console.log(`  ${error.message}`));
  const lastReply = Date.now();
  await new Promise((r) => setTimeout(r, AFTER_SEC * 1000));
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));

  const t = tally(tg, run.telegram.sent);
  const z = tally(zalo, run.zalo.sent());
  const subscriberSends = run.telegram.sent.filter((m) => !tg.has(m.chatId));
  const perRecipient = new Map<string, number>();
  for (const m of subscriberSends) perRecipient.set(m.chatId, (perRecipient.get(m.chatId) ?? 0) + 1);
  const duplicates = [...perRecipient.values()].filter((n) => n > 1).length;
  // Broadcast rate over the window it shared with replies: from the first resident's write to AFTER_SEC after the last reply.
  const windowStart = Math.min(...tg.values());
  const windowEnd = lastReply + AFTER_SEC * 1000;
  const inWindow = (m: { at: number }) => m.at >= windowStart && m.at <= windowEnd;
  const broadcastInWindow = subscriberSends.filter(inWindow).length;
  const repliesInWindow = run.telegram.sent.filter((m) => tg.has(m.chatId)).filter(inWindow).length;
  const seconds = (windowEnd - windowStart) / 1000;
  // Capacity left by replies: what the platform's cap (and the budget the server was given) allowed in the window,
  // minus the replies sent in it; the SIGKILL run also shows it without the seconds the server was down.
  const capacityLeft = CAP * seconds - repliesInWindow;
  const budgetLeft = BUDGET * seconds - repliesInWindow;
  const upBudgetLeft = BUDGET * (seconds - downMs / 1000) - repliesInWindow;
  const status = run.telegram.calls.filter((c) => c.method === 'sendMessage');
  const fmt = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);

  console.log(`\n== ${label} ==`);
  for (const [name, x] of [['Telegram', t], ['Zalo Bot', z]] as const) {
    console.log(`  ${name}: answered exactly once ${x.once}/${RESIDENTS}, never ${x.never}, twice ${x.twice}; reply latency p50 ${fmt(percentile(x.latencies, 50))}, p95 ${fmt(percentile(x.latencies, 95))}, max ${fmt(Math.max(...x.latencies))}`);
  }
  console.log(`  webhook acknowledgement (from the resident's write, over ${WEBHOOK_CONNECTIONS} connections per platform, retries included): p50 ${percentile(acks, 50).toFixed(0)} ms, p95 ${percentile(acks, 95).toFixed(0)} ms, max ${Math.max(...acks).toFixed(0)} ms; ${retries} deliveries retried (refused/reset), ${unacknowledged} never acknowledged`);
  console.log(`  broadcast: ${perRecipient.size}/${SUBSCRIBERS} recipients reached by the end, duplicates ${duplicates}`);
  console.log(`  broadcast rate in the shared window (${seconds.toFixed(0)} s): ${(broadcastInWindow / seconds).toFixed(1)} msg/s; ÷ capacity left by replies (${CAP}/s × ${seconds.toFixed(0)} s − ${repliesInWindow} replies) = ${(broadcastInWindow / capacityLeft).toFixed(2)}`);
  console.log(`    ÷ the server's budget left by replies (${BUDGET}/s × ${seconds.toFixed(0)} s − ${repliesInWindow}) = ${(broadcastInWindow / budgetLeft).toFixed(2)}${
    downMs > 0 ? `; without the ${(downMs / 1000).toFixed(1)} s from the SIGKILL to the first send after the restart = ${(broadcastInWindow / upBudgetLeft).toFixed(2)}` : ''
  }`);
  // Where the spare capacity went: while replies were still owed, and afterwards.
  const lastReplySent = Math.max(...run.telegram.sent.filter((m) => tg.has(m.chatId)).map((m) => m.at));
  for (const [phase, from, to] of [['while replies were owed', windowStart, lastReplySent], ['after the last reply', lastReplySent, windowEnd]] as const) {
    const inPhase = (m: { at: number }) => m.at >= from && m.at < to;
    const phaseSeconds = (to - from) / 1000;
    const spare = BUDGET * phaseSeconds - run.telegram.sent.filter((m) => tg.has(m.chatId)).filter(inPhase).length;
    console.log(`    ${phase} (${phaseSeconds.toFixed(0)} s): ${subscriberSends.filter(inPhase).length} broadcast messages of ${Math.max(0, Math.round(spare))} budget slots left by replies`);
  }
  if (values.timeline) {
    const line: string[] = [];
    for (let t = 0; t < 40; t++) {
      const inSecond = (m: { at: number }) => m.at >= windowStart + t * 1000 && m.at < windowStart + (t + 1) * 1000;
      line.push(`${run.telegram.sent.filter((m) => tg.has(m.chatId)).filter(inSecond).length}/${subscriberSends.filter(inSecond).length}`);
    }
    console.log(`    per second, replies/broadcast: ${line.join(' ')}`);
  }
  console.log(`  Telegram sendMessage answers: ${status.filter((c) => c.status === 200).length} ok, ${status.filter((c) => c.status === 429).length} × 429, ${status.filter((c) => c.status >= 500).length} × 5xx`);
  if (restartMs !== undefined) console.log(`  SIGKILL ${KILL_AFTER_SEC} s after the burst; restart to listening: ${fmt(restartMs)}`);
  await run.telegram.close();
  await run.zalo.close();
  rmSync(run.dir, { recursive: true, force: true });
}

console.log(`bench:burst — ${RESIDENTS} residents per channel within 1 s, ${SUBSCRIBERS}-recipient Telegram broadcast, fake cap ${CAP} msg/s, 1% random 429, 0.5% random 5xx`);
await scenario('one process', false);
await scenario(`SIGKILL after ${KILL_AFTER_SEC} s, restart`, true);
