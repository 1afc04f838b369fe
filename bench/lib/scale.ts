// A scale run: N generated chunks (recombined real sentences) plus knowledge/, indexed by Loa and by plain FTS5 from the same files.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvalItem } from '../../src/eval/dataset.js';
import type { SynonymTable } from '../../src/knowledge/synonyms.js';
import { timeInterleaved } from './interleave.js';
import { scoreQuality } from './quality.js';
import { sampleRss, settledMemory, tailSummary } from './stats.js';
import { freshQuestions, writeSyntheticCorpus, type SentencePool } from './synthetic.js';
import { fts5Plain, loaSearch, type BuiltSystem, type RetrievalSystem } from './systems.js';

type Tail = ReturnType<typeof tailSummary>;

/** Figures of one system in a scale run. */
export interface ScaleSystemResult {
  name: string;
  buildSeconds: number;
  chunksPerSecond: number;
  databaseMb: number;
  /** Questions never asked before, each asked once. */
  firstTime: Tail;
  /** The question set, asked again after a first pass. */
  repeated: Tail;
  recallAt5: number;
}

/** Figures of a scale run. */
export interface ScaleResult {
  chunks: number;
  systems: ScaleSystemResult[];
  /** Peak RSS of this whole benchmark process while Loa ingested (bytes, sampled every 50 ms). */
  ingestPeakRss: number;
}

/** Runs the scale benchmark with about `targetChunks` generated chunks (10 per file). */
export async function runScale(
  targetChunks: number,
  pool: SentencePool,
  items: readonly EvalItem[],
  options: { knowledgeDir: string; baseDir: string; synonyms: SynonymTable; freshCount: number; rounds: number },
): Promise<ScaleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'loa-scale-'));
  const built: BuiltSystem[] = [];
  try {
    writeSyntheticCorpus(join(dir, 'corpus'), pool, Math.ceil(targetChunks / 10), 10);
    const roots = [join(dir, 'corpus'), options.knowledgeDir];
    const systems: RetrievalSystem[] = [loaSearch, fts5Plain];
    const builds: { seconds: number; dir: string }[] = [];
    let ingestPeakRss = 0;
    for (const system of systems) {
      const systemDir = join(dir, `index-${builds.length}`);
      mkdirSync(systemDir);
      settledMemory();
      const rss = sampleRss();
      const started = performance.now();
      built.push(await system.build({ roots, baseDir: options.baseDir, dir: systemDir, synonyms: options.synonyms }));
      builds.push({ seconds: (performance.now() - started) / 1000, dir: systemDir });
      const peak = rss.stop();
      if (system === loaSearch) ingestPeakRss = peak;
    }
    const chunks = Math.ceil(targetChunks / 10) * 10;
    const fresh = freshQuestions(pool, options.freshCount);
    const questions = items.map((item) => item.q);
    const firstTime = await timeInterleaved(built, fresh, 1);
    await timeInterleaved(built, questions, 1);
    const repeated = await timeInterleaved(built, questions, options.rounds);
    const results: ScaleSystemResult[] = [];
    for (const [i, system] of systems.entries()) {
      const quality = await scoreQuality(built[i]!, items);
      results.push({
        name: system.name,
        buildSeconds: builds[i]!.seconds,
        chunksPerSecond: chunks / builds[i]!.seconds,
        databaseMb: folderMb(builds[i]!.dir),
        firstTime: tailSummary(firstTime[i]!),
        repeated: tailSummary(repeated[i]!),
        recallAt5: quality.recallAt5,
      });
    }
    return { chunks, systems: results, ingestPeakRss };
  } finally {
    for (const system of built) system.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Size of the files in `dir` (database, WAL) in MB. */
function folderMb(dir: string): number {
  let bytes = 0;
  for (const name of ['loa.db', 'loa.db-wal', 'fts5.db', 'fts5.db-wal']) {
    try {
      bytes += statSync(join(dir, name)).size;
    } catch {
      // Not this system's file.
    }
  }
  return bytes / 1024 / 1024;
}
