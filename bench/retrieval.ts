// `npm run bench:retrieval`: Loa's search against MiniSearch, LangChain BM25 and plain FTS5 built from the same files, then scale runs.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readQuestionSet } from '../src/eval/dataset.js';
import { formatTable } from '../src/eval/table.js';
import { tuneHeap } from '../src/heap-tuning.js';
import { loadSynonyms } from '../src/knowledge/synonyms.js';
import { loadCorpus } from './lib/corpus.js';
import { timeInterleaved } from './lib/interleave.js';
import { scoreQuality, type QualityScore } from './lib/quality.js';
import { runScale } from './lib/scale.js';
import { mb, ms, settledMemory, tailSummary } from './lib/stats.js';
import { freshQuestions, sentencePool } from './lib/synthetic.js';
import { fts5Plain, langchainBm25, loaSearch, miniSearchDefault, miniSearchFolded, type BuiltSystem, type RetrievalSystem } from './lib/systems.js';

const ROOT = resolve(import.meta.dirname, '..');
// The garbage-collector settings `loa start` and `loa ingest` run with, for every system alike.
tuneHeap();
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const setPath = resolve(option('--set') ?? join(ROOT, '../shared/eval/dev.jsonl'));
const scales = (option('--scale') ?? '1000,100000').split(',').map(Number).filter((n) => n > 0);
const rounds = Number(option('--rounds') ?? 20);
const seeds = join(ROOT, '../shared/seeds');
const roots = ['knowledge', ...(existsSync(seeds) ? [seeds] : [])];
const synonyms = loadSynonyms(join(ROOT, 'knowledge/synonyms.yaml'));

const items = readQuestionSet(setPath);
const questions = items.map((item) => item.q);
const corpus = await loadCorpus(roots, ROOT);
const pool = sentencePool(corpus);
console.log(`Corpus: ${roots.join(' + ')} → ${corpus.length} chunks; questions: ${setPath} (${items.length}, ${items.filter((i) => !i.refuse).length} answerable)`);
console.log('Every system is built from the same files into its own index file (LangChain has no on-disk form: memory) and');
console.log('gets the same synonyms (the alternatives Loa searches are appended to the query for the baselines).');
console.log(`Latency is interleaved (each query on every system in turn): first pass = each question's first run after`);
console.log(`a warm-up on 30 other questions; repeated = ${rounds} more passes. Memory: heap and RSS growth after building.\n`);

const systems: RetrievalSystem[] = [miniSearchDefault, miniSearchFolded, langchainBm25, fts5Plain, loaSearch];
const dir = mkdtempSync(join(tmpdir(), 'loa-bench-retrieval-'));
const built: BuiltSystem[] = [];
const builds: { ms: number; heap: number; rss: number }[] = [];
try {
  for (const [i, system] of systems.entries()) {
    const systemDir = join(dir, String(i));
    mkdirSync(systemDir);
    const before = settledMemory();
    const started = performance.now();
    built.push(await system.build({ roots, baseDir: ROOT, dir: systemDir, synonyms }));
    const buildMs = performance.now() - started;
    const after = settledMemory();
    builds.push({ ms: buildMs, heap: after.heap - before.heap, rss: after.rss - before.rss });
  }
  await timeInterleaved(built, freshQuestions(pool, 30, 3), 1);
  const first = await timeInterleaved(built, questions, 1);
  const repeated = await timeInterleaved(built, questions, rounds);
  const quality: QualityScore[] = [];
  for (const system of built) quality.push(await scoreQuality(system, items));
  const rows = systems.map((system, i) => ({
    name: `${system.name}${system.storage === 'memory' ? ' (memory)' : ''}`,
    quality: quality[i]!,
    first: tailSummary(first[i]!),
    repeated: tailSummary(repeated[i]!),
    ...builds[i]!,
  }));
  console.log(
    formatTable(
      ['system', 'recall@5', 'MRR@10', 'first p50', 'first p95', 'repeat p50', 'repeat p95', 'build ms', 'heap MB', 'RSS MB'],
      rows.map((r) => [
        r.name,
        r.quality.recallAt5.toFixed(3),
        r.quality.mrrAt10.toFixed(3),
        ms(r.first.p50),
        ms(r.first.p95),
        ms(r.repeated.p50),
        ms(r.repeated.p95),
        ms(r.ms),
        mb(r.heap),
        mb(r.rss),
      ]),
    ),
  );
  const ours = rows.at(-1)!;
  const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2));
  console.log('\nRatio ours / baseline, same run (quality: higher is better; time: lower is better)');
  console.log(
    formatTable(
      ['baseline', 'recall@5', 'MRR@10', 'first p95', 'repeat p50', 'repeat p95', 'build'],
      rows.slice(0, -1).map((r) => [
        r.name,
        ratio(ours.quality.recallAt5, r.quality.recallAt5),
        ratio(ours.quality.mrrAt10, r.quality.mrrAt10),
        ratio(ours.first.p95, r.first.p95),
        ratio(ours.repeated.p50, r.repeated.p50),
        ratio(ours.repeated.p95, r.repeated.p95),
        ratio(ours.ms, r.ms),
      ]),
    ),
  );
} finally {
  for (const system of built) system.close();
  rmSync(dir, { recursive: true, force: true });
}

for (const size of scales) {
  console.log(`\nScale run: ${size.toLocaleString('en')} generated chunks (real sentences of the corpus recombined, ~1 word in 7 redrawn) + knowledge/`);
  const scale = await runScale(size, pool, items, { knowledgeDir: 'knowledge', baseDir: ROOT, synonyms, freshCount: 300, rounds: 3 });
  console.log(
    formatTable(
      ['system', 'build s', 'chunks/s', 'index MB', 'first-time p50 / p95 / p99 ms', 'repeated p50 / p95 / p99 ms', 'recall@5'],
      scale.systems.map((s) => [
        s.name,
        s.buildSeconds.toFixed(1),
        Math.round(s.chunksPerSecond).toLocaleString('en'),
        s.databaseMb.toFixed(0),
        `${ms(s.firstTime.p50)} / ${ms(s.firstTime.p95)} / ${ms(s.firstTime.p99)}`,
        `${ms(s.repeated.p50)} / ${ms(s.repeated.p95)} / ${ms(s.repeated.p99)}`,
        s.recallAt5.toFixed(3),
      ]),
    ),
  );
  const [loa, plain] = scale.systems;
  console.log(
    `Loa / plain FTS5: first-time p95 ×${(loa!.firstTime.p95 / plain!.firstTime.p95).toFixed(2)}, repeated p95 ×${(loa!.repeated.p95 / plain!.repeated.p95).toFixed(2)}; ` +
      `peak RSS of this process while Loa ingested: ${mb(scale.ingestPeakRss)} MB. Targets: first-time p95 ≤ 20 ms at 1M, ≤ 10 ms at 100k; repeated ≤ 10 ms at 1M.`,
  );
}
if (!scales.includes(1_000_000)) console.log('\nThe 1,000,000-chunk run takes long on 2 cores (about 1 GB of files, a 2 GB index): npm run bench:retrieval -- --scale 1000000');
