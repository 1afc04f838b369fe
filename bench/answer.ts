// `npm run bench`: offline answers end to end through POST /api/chat on the real server, plus retrieval, index build rate and peak RSS.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readQuestionSet } from '../src/eval/dataset.js';
import { formatTable } from '../src/eval/table.js';
import { ingest } from '../src/knowledge/ingest.js';
import { openDatabase } from '../src/store/db.js';
import { createKnowledgeStore } from '../src/store/knowledge-store.js';
import { createSearch } from '../src/knowledge/search.js';
import { loadSynonyms } from '../src/knowledge/synonyms.js';
import { startServerProcess } from './lib/server-process.js';
import { latencySummary, ms, timeEach } from './lib/stats.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const setPath = resolve(option('--set') ?? join(ROOT, '../shared/eval/dev.jsonl'));
const rounds = Number(option('--rounds') ?? 20);
const seeds = join(ROOT, '../shared/seeds');
const items = readQuestionSet(setPath);
const questions = items.map((item) => item.q);
const dir = mkdtempSync(join(tmpdir(), 'loa-bench-answer-'));

try {
  // Index build rate: the knowledge base (and the seed articles when present) into a fresh database, five times.
  const buildRoots = ['knowledge', ...(existsSync(seeds) ? [seeds] : [])];
  const builds: { chunks: number; seconds: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const db = openDatabase(join(dir, `build-${i}.db`));
    const started = performance.now();
    const report = await ingest(createKnowledgeStore(db), buildRoots, { baseDir: ROOT });
    builds.push({ chunks: report.chunks, seconds: (performance.now() - started) / 1000 });
    db.close();
  }
  const best = builds.reduce((a, b) => (a.chunks / a.seconds > b.chunks / b.seconds ? a : b));

  // The real server as users run it (`npm start`: compiled dist/, no tsx) in its own process, offline (no model, no
  // channel settings), on a free port with a temporary database. Retrieval is timed on an index in this process.
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  const server = await startServerProcess(dir);
  const searchDb = openDatabase(join(dir, 'search.db'));
  const knowledge = createKnowledgeStore(searchDb);
  await ingest(knowledge, ['knowledge'], { baseDir: ROOT });
  const search = createSearch(knowledge, { synonyms: loadSynonyms(join(ROOT, 'knowledge/synonyms.yaml')) });

  const url = `http://127.0.0.1:${server.port}/api/chat`;
  let session = 0;
  const ask = async (text: string) => {
    // A new session per request: no follow-up history, and the per-session flood guard never trips.
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: `bench-${session++}`, text }),
    });
    if (!response.ok) throw new Error(`POST /api/chat answered ${response.status}`);
    return (await response.json()) as { answer: string; refused: boolean; mode: string };
  };
  const modes = new Set((await Promise.all(questions.slice(0, 3).map(ask))).map((r) => r.mode));
  const retrieval = latencySummary(await timeEach(questions, rounds, (q) => search.search(q, { limit: 5 })));
  const answers = latencySummary(await timeEach(questions, rounds, ask));
  const peakRss = server.peakRss();
  server.stop();
  const indexSize = `${knowledge.documentCount()} documents, ${knowledge.chunkCount()} chunks`;
  searchDb.close();

  console.log(`Questions: ${setPath} (${questions.length}), each ${rounds} times after a warm-up pass; answer modes seen: ${[...modes].join(', ')}`);
  console.log(`Index: ${indexSize}; build rate measured on ${buildRoots.join(' + ')}\n`);
  console.log(
    formatTable(
      ['measure', 'p50', 'p95', 'target'],
      [
        ['retrieval (search, top 5)', `${ms(retrieval.p50)} ms`, `${ms(retrieval.p95)} ms`, 'p95 ≤ 5 ms'],
        ['offline answer, POST /api/chat end to end', `${ms(answers.p50)} ms`, `${ms(answers.p95)} ms`, 'p95 ≤ 30 ms'],
      ],
    ),
  );
  console.log();
  console.log(
    formatTable(
      ['measure', 'value', 'target'],
      [
        ['index build rate (best of 5)', `${Math.round(best.chunks / best.seconds).toLocaleString('en')} chunks/s (${best.chunks} chunks in ${(best.seconds * 1000).toFixed(0)} ms)`, ''],
        [
          'peak RSS of the server process (node dist/cli.js start)',
          peakRss === undefined ? 'not measurable here (needs /proc)' : `${(peakRss / 1024).toFixed(0)} MB`,
          '≤ 150 MB',
        ],
      ],
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
