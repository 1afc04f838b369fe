// The scale run: ingests a generated corpus of N chunks plus the knowledge base, then times queries against it.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvalItem } from '../../src/eval/dataset.js';
import { firstAnswerRank } from '../../src/eval/metrics.js';
import { ingest } from '../../src/knowledge/ingest.js';
import { createSearch } from '../../src/knowledge/search.js';
import { loadSynonyms } from '../../src/knowledge/synonyms.js';
import { searchTokens } from '../../src/knowledge/terms.js';
import { openDatabase } from '../../src/store/db.js';
import { createKnowledgeStore } from '../../src/store/knowledge-store.js';
import type { CorpusChunk } from './corpus.js';
import { latencySummary, settledMemory, timeEach } from './stats.js';
import { random, writeSyntheticCorpus } from './synthetic.js';

/** Figures of the scale run. */
export interface ScaleResult {
  chunks: number;
  ingestSeconds: number;
  chunksPerSecond: number;
  databaseMb: number;
  realQueries: { p50: number; p95: number };
  syntheticQueries: { p50: number; p95: number };
  recallAt5: number;
  rssMb: number;
}

/** Runs the scale benchmark with about `targetChunks` generated chunks (10 per file). */
export async function runScale(
  targetChunks: number,
  corpus: readonly CorpusChunk[],
  items: readonly EvalItem[],
  options: { knowledgeDir: string; baseDir: string; synonymsPath: string },
): Promise<ScaleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'loa-scale-'));
  try {
    const vocabulary = vocabularyOf(corpus);
    writeSyntheticCorpus(join(dir, 'corpus'), vocabulary, Math.ceil(targetChunks / 10), 10);
    const db = openDatabase(join(dir, 'scale.db'));
    const store = createKnowledgeStore(db);
    const started = performance.now();
    const report = await ingest(store, [join(dir, 'corpus'), options.knowledgeDir], { baseDir: options.baseDir });
    const ingestSeconds = (performance.now() - started) / 1000;
    const search = createSearch(store, { synonyms: loadSynonyms(options.synonymsPath) });

    const next = random(11);
    const synthetic = Array.from({ length: 300 }, () =>
      Array.from({ length: 2 + Math.floor(next() * 6) }, () => vocabulary[Math.floor(vocabulary.length * next() ** 1.5)]).join(' '),
    );
    const real = await timeEach(items.map((item) => item.q), 5, (q) => search.search(q, { limit: 10 }));
    const generated = await timeEach(synthetic, 1, (q) => search.search(q, { limit: 10 }));
    const answerable = items.filter((item) => !item.refuse);
    const found = answerable.filter((item) => (firstAnswerRank(search.search(item.q, { limit: 5 }).map((p) => p.text), item.must) ?? 99) <= 5).length;
    const rss = settledMemory().rss;
    db.close();
    return {
      chunks: report.chunks,
      ingestSeconds,
      chunksPerSecond: report.chunks / ingestSeconds,
      databaseMb: statSync(join(dir, 'scale.db')).size / 1024 / 1024,
      realQueries: latencySummary(real),
      syntheticQueries: latencySummary(generated),
      recallAt5: found / answerable.length,
      rssMb: rss / 1024 / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Distinct words of the real corpus, most frequent first. */
function vocabularyOf(corpus: readonly CorpusChunk[]): string[] {
  const counts = new Map<string, number>();
  for (const chunk of corpus) for (const token of searchTokens(chunk.text)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([token]) => token);
}
