// `npm run bench:retrieval`: Loa's search against MiniSearch, LangChain BM25 and plain FTS5 on one corpus, then a scale run.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readQuestionSet } from '../src/eval/dataset.js';
import { formatTable } from '../src/eval/table.js';
import { loadCorpus } from './lib/corpus.js';
import { scoreSystem, type SystemScore } from './lib/quality.js';
import { runScale } from './lib/scale.js';
import { mb, ms, settledMemory } from './lib/stats.js';
import { fts5Plain, langchainBm25, loaSearch, miniSearchDefault, miniSearchFolded, type RetrievalSystem } from './lib/systems.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const setPath = resolve(option('--set') ?? join(ROOT, '../shared/eval/dev.jsonl'));
const scaleChunks = Number(option('--scale') ?? 100_000);
const rounds = Number(option('--rounds') ?? 20);
const seeds = join(ROOT, '../shared/seeds');
const roots = ['knowledge', ...(existsSync(seeds) ? [seeds] : [])];
const synonymsPath = join(ROOT, 'knowledge/synonyms.yaml');

const items = readQuestionSet(setPath);
const corpus = await loadCorpus(roots, ROOT);
console.log(`Corpus: ${roots.join(' + ')} → ${corpus.length} chunks; questions: ${setPath} (${items.length}, ${items.filter((i) => !i.refuse).length} answerable)`);
console.log(`Latency: every question ${rounds} times after a warm-up pass; memory: heap and RSS growth after building (GC settled)\n`);

const systems: RetrievalSystem[] = [miniSearchDefault, miniSearchFolded, langchainBm25, fts5Plain, loaSearch(roots, ROOT, synonymsPath)];
const results: { name: string; score: SystemScore; buildMs: number; heap: number; rss: number }[] = [];
for (const system of systems) {
  const before = settledMemory();
  const started = performance.now();
  const built = await system.build(corpus);
  const buildMs = performance.now() - started;
  const after = settledMemory();
  const score = await scoreSystem(built, items, rounds);
  built.close();
  results.push({ name: system.name, score, buildMs, heap: after.heap - before.heap, rss: after.rss - before.rss });
}

console.log(
  formatTable(
    ['system', 'recall@5', 'MRR@10', 'p50 ms', 'p95 ms', 'build ms', 'heap MB', 'RSS MB'],
    results.map((r) => [r.name, r.score.recallAt5.toFixed(3), r.score.mrrAt10.toFixed(3), ms(r.score.p50), ms(r.score.p95), ms(r.buildMs), mb(r.heap), mb(r.rss)]),
  ),
);

const ours = results.at(-1)!;
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2));
console.log('\nRatio ours / baseline (quality: higher is better; time and memory: lower is better; heap "—" when either grew < 0.5 MB)');
console.log(
  formatTable(
    ['baseline', 'recall@5', 'MRR@10', 'p50', 'p95', 'build', 'heap'],
    results.slice(0, -1).map((r) => [
      r.name,
      ratio(ours.score.recallAt5, r.score.recallAt5),
      ratio(ours.score.mrrAt10, r.score.mrrAt10),
      ratio(ours.score.p50, r.score.p50),
      ratio(ours.score.p95, r.score.p95),
      ratio(ours.buildMs, r.buildMs),
      ours.heap > 512 * 1024 && r.heap > 512 * 1024 ? ratio(ours.heap, r.heap) : '—',
    ]),
  ),
);

if (scaleChunks > 0) {
  console.log(`\nScale run: ~${scaleChunks.toLocaleString('en')} generated chunks (Zipf-skewed words of the real corpus) + knowledge/`);
  const scale = await runScale(scaleChunks, corpus, items, { knowledgeDir: 'knowledge', baseDir: ROOT, synonymsPath });
  console.log(
    formatTable(
      ['measure', 'value', 'target'],
      [
        ['chunks indexed', scale.chunks.toLocaleString('en'), ''],
        ['ingest time (files → chunks → FTS5)', `${scale.ingestSeconds.toFixed(1)} s`, ''],
        ['ingest rate', `${Math.round(scale.chunksPerSecond).toLocaleString('en')} chunks/s`, '≥ 2,000'],
        ['database size', `${scale.databaseMb.toFixed(0)} MB`, ''],
        ['dev questions p50 / p95', `${ms(scale.realQueries.p50)} / ${ms(scale.realQueries.p95)} ms`, 'p95 ≤ 10'],
        ['random 2–7 word queries p50 / p95', `${ms(scale.syntheticQueries.p50)} / ${ms(scale.syntheticQueries.p95)} ms`, 'p95 ≤ 10'],
        ['dev recall@5 among the distractors', scale.recallAt5.toFixed(3), ''],
        ['RSS after the run', `${scale.rssMb.toFixed(0)} MB`, ''],
      ],
    ),
  );
}
