// `npm run bench`: offline answers end to end through POST /api/chat on the real server against a plain-FTS5 answerer on
// the same HTTP stack (one at a time and under load), plus retrieval, index build rate, CPU per answer, RSS and turn log growth.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { readQuestionSet } from '../src/eval/dataset.js';
import { formatTable } from '../src/eval/table.js';
import { ingest, storedChunkFields } from '../src/knowledge/ingest.js';
import { createSearch } from '../src/knowledge/search.js';
import { loadSynonyms } from '../src/knowledge/synonyms.js';
import { openDatabase } from '../src/store/db.js';
import { createKnowledgeStore } from '../src/store/knowledge-store.js';
import { askServer, runLoad, type LoadResult } from './lib/load.js';
import { startPlainAnswerer, startServerProcess, type ServerProcess } from './lib/server-process.js';
import { latencySummary, ms, timeEach } from './lib/stats.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const setPath = resolve(option('--set') ?? join(ROOT, '../shared/eval/dev.jsonl'));
const rounds = Number(option('--rounds') ?? 20);
const loadSeconds = Number(option('--seconds') ?? 10);
const sustainSeconds = Number(option('--sustain') ?? 0);
const levels = (option('--concurrency') ?? '1,8,32').split(',').map(Number);
const seeds = join(ROOT, '../shared/seeds');
const items = readQuestionSet(setPath);
const questions = items.map((item) => item.q);
const dir = mkdtempSync(join(tmpdir(), 'loa-bench-answer-'));
const servers: ServerProcess[] = [];
const kib = (value: number | undefined) => (value === undefined ? 'n/a (needs /proc)' : `${(value / 1024).toFixed(0)} MB`);

try {
  // Index build rate: the knowledge base (and the seed articles when present) into a fresh database, three times.
  const buildRoots = ['knowledge', ...(existsSync(seeds) ? [seeds] : [])];
  const builds: { chunks: number; seconds: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const db = openDatabase(join(dir, `build-${i}.db`));
    const started = performance.now();
    const report = await ingest(createKnowledgeStore(db, { fieldsOf: storedChunkFields }), buildRoots, { baseDir: ROOT });
    builds.push({ chunks: report.chunks, seconds: (performance.now() - started) / 1000 });
    db.close();
  }
  const best = builds.reduce((a, b) => (a.chunks / a.seconds > b.chunks / b.seconds ? a : b));

  // The real server as users run it (compiled dist/, no tsx) in its own process, offline, and the plain-FTS5 answerer
  // on the same HTTP stack. Retrieval is timed on an index in this process.
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  // Every simulated resident has its own client address (TRUST_PROXY reads it from X-Forwarded-For), as on a real
  // site; otherwise the per-address limit of the web chat would refuse the load from 127.0.0.1.
  const loa = await startServerProcess(dir, { TRUST_PROXY: '1' });
  servers.push(loa);
  const plain = await startPlainAnswerer(dir);
  servers.push(plain);
  const searchDb = openDatabase(join(dir, 'search.db'));
  const knowledge = createKnowledgeStore(searchDb, { fieldsOf: storedChunkFields });
  await ingest(knowledge, ['knowledge'], { baseDir: ROOT });
  const search = createSearch(knowledge, { synonyms: loadSynonyms(join(ROOT, 'knowledge/synonyms.yaml')) });
  const indexSize = `${knowledge.documentCount()} documents, ${knowledge.chunkCount()} chunks`;

  const modes = new Set((await Promise.all(questions.slice(0, 3).map((q) => askServer(loa.port, q) as Promise<{ mode: string }>))).map((r) => r.mode));
  const retrieval = latencySummary(await timeEach(questions, rounds, (q) => search.search(q, { limit: 5 })));
  // One at a time, interleaved: each question to Loa, then to the baseline.
  const sequential = { loa: [] as number[], plain: [] as number[] };
  for (const server of [loa, plain]) for (const q of questions) await askServer(server.port, q);
  for (let round = 0; round < rounds; round++) {
    for (const [i, q] of questions.entries()) {
      for (const [name, server] of (i % 2 === 0 ? [['loa', loa], ['plain', plain]] : [['plain', plain], ['loa', loa]]) as ['loa' | 'plain', ServerProcess][]) {
        const started = performance.now();
        await askServer(server.port, q);
        sequential[name].push(performance.now() - started);
      }
    }
  }
  const turnsBefore = turnLog(join(dir, 'server.db'));

  // Load: closed loop at each concurrency, the two servers alternating which goes first.
  const load: { level: number; loa: LoadResult; plain: LoadResult }[] = [];
  for (const [i, level] of levels.entries()) {
    const order: ['loa' | 'plain', ServerProcess][] = i % 2 === 0 ? [['loa', loa], ['plain', plain]] : [['plain', plain], ['loa', loa]];
    const results: Partial<Record<'loa' | 'plain', LoadResult>> = {};
    for (const [name, server] of order) results[name] = await runLoad(server, questions, level, loadSeconds);
    load.push({ level, loa: results.loa!, plain: results.plain! });
  }
  const sustained = sustainSeconds > 0 ? await runLoad(loa, questions, 32, sustainSeconds) : undefined;
  const turnsAfter = turnLog(join(dir, 'server.db'));
  const peak = { loa: loa.peakRss(), plain: plain.peakRss() };
  searchDb.close();

  console.log(`Questions: ${setPath} (${questions.length}); answer modes seen: ${[...modes].join(', ')}`);
  console.log(`Index: ${indexSize}; build rate measured on ${buildRoots.join(' + ')}`);
  console.log(`Baseline: plain SQLite FTS5 (unicode61 remove_diacritics 2, bm25, top passage as the answer) behind the same Hono`);
  console.log(`stack and request check, compiled JavaScript in its own process (bench/lib/plain-answerer.mjs).\n`);
  const seqLoa = latencySummary(sequential.loa);
  const seqPlain = latencySummary(sequential.plain);
  console.log(
    formatTable(
      ['measure', 'p50', 'p95', 'target'],
      [
        ['retrieval (search, top 5, in process)', `${ms(retrieval.p50)} ms`, `${ms(retrieval.p95)} ms`, 'p95 ≤ 5 ms'],
        ['Loa offline answer, POST /api/chat, one at a time', `${ms(seqLoa.p50)} ms`, `${ms(seqLoa.p95)} ms`, 'p95 ≤ 30 ms'],
        ['plain FTS5 answerer, same stack, one at a time', `${ms(seqPlain.p50)} ms`, `${ms(seqPlain.p95)} ms`, ''],
      ],
    ),
  );
  console.log(`\nLoad (closed loop, ${loadSeconds} s per run, new session per question; CPU = server user+system time / answers)`);
  const row = (name: string, level: number, r: LoadResult) => [
    name,
    String(level),
    r.perSecond.toFixed(0),
    `${ms(r.latency.p50)} / ${ms(r.latency.p95)} / ${ms(r.latency.p99)} / ${ms(r.latency.max)}`,
    r.cpuPerAnswer === undefined ? 'n/a' : ms(r.cpuPerAnswer),
    kib(r.maxRss),
  ];
  console.log(
    formatTable(
      ['server', 'clients', 'answers/s', 'latency p50 / p95 / p99 / max ms', 'CPU ms/answer', 'max RSS'],
      load.flatMap(({ level, loa: l, plain: p }) => [row('Loa', level, l), row('plain FTS5', level, p)]),
    ),
  );
  console.log('\nRatio Loa / plain FTS5, same run (throughput: higher is better; latency and CPU: lower is better)');
  console.log(
    formatTable(
      ['clients', 'answers/s', 'latency p95', 'latency p99', 'CPU per answer'],
      load.map(({ level, loa: l, plain: p }) => [
        String(level),
        (l.perSecond / p.perSecond).toFixed(2),
        (l.latency.p95 / p.latency.p95).toFixed(2),
        (l.latency.p99 / p.latency.p99).toFixed(2),
        l.cpuPerAnswer && p.cpuPerAnswer ? (l.cpuPerAnswer / p.cpuPerAnswer).toFixed(2) : 'n/a',
      ]),
    ),
  );
  if (sustained) console.log(`\nSustained: 32 clients for ${sustainSeconds} s: ${sustained.perSecond.toFixed(0)} answers/s, p99 ${ms(sustained.latency.p99)} ms, max RSS ${kib(sustained.maxRss)} (target ≤ 150 MB)`);
  const grown = turnsAfter.turns - turnsBefore.turns;
  console.log();
  console.log(
    formatTable(
      ['measure', 'value', 'target'],
      [
        ['index build rate (best of 3)', `${Math.round(best.chunks / best.seconds).toLocaleString('en')} chunks/s (${best.chunks} chunks in ${(best.seconds * 1000).toFixed(0)} ms)`, ''],
        ['CPU per answer, Loa at 1 client', load[0]?.loa.cpuPerAnswer === undefined ? 'n/a' : `${ms(load[0].loa.cpuPerAnswer)} ms`, '≤ 1.5 ms'],
        ['peak RSS, Loa server (VmHWM)', kib(peak.loa), '≤ 150 MB'],
        ['peak RSS, plain FTS5 answerer', kib(peak.plain), ''],
        ['turn log growth per question (turns table and its indexes)', grown > 0 ? `${((turnsAfter.bytes - turnsBefore.bytes) / grown).toFixed(0)} bytes (${grown.toLocaleString('en')} turns)` : '—', 'TURN_RETENTION_DAYS bounds it'],
      ],
    ),
  );
  if (!sustained) console.log('\nThe 60 s sustained run at 32 clients (RSS target): npm run bench -- --sustain 60');
} finally {
  for (const server of servers) server.stop();
  rmSync(dir, { recursive: true, force: true });
}

/** Turns logged in the server's database and the bytes of the turns table and its indexes (SQLite dbstat). */
function turnLog(path: string): { turns: number; bytes: number } {
  const db = new Database(path, { readonly: true });
  try {
    const turns = (db.prepare('SELECT count(*) AS n FROM turns').get() as { n: number }).n;
    const bytes = (db.prepare("SELECT sum(pgsize) AS b FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'turns')").get() as { b: number }).b;
    return { turns, bytes };
  } finally {
    db.close();
  }
}
