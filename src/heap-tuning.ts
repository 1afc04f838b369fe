// V8 heap tuning of the long-running commands (server, ingest): garbage is collected before the heap grows far past what is live.
import { setFlagsFromString } from 'node:v8';

/**
 * GC settings of `loa start` and `loa ingest`, both read by V8 while it runs (so they apply when set at start-up, unlike
 * --max-semi-space-size, which only a node command-line flag can set):
 * - `--heap-growing-percent=10`: the next full collection comes when the old generation reaches 1.1× what the last
 *   one left live (V8 otherwise lets it grow up to about 2×: live 45 MB, heap 100–130 MB under load). On a quiet
 *   machine answering about 1,000 questions a second, 20% let the 60 s run at 32 clients reach 151–156 MB (4 runs);
 *   10% kept it at 144–150 MB (2 runs) with the same throughput (976–1,024 answers/s against 1,013–1,044) and the
 *   same CPU per answer at 1 client (1.28 ms).
 * - `--semi-space-growth-factor=1`: the young generation keeps its initial 2 MB instead of growing to 32 MB.
 * Figures (default corpus, 2-core machine under load): `npm run bench -- --sustain 60` peak RSS 190 MB → 132 MB;
 * 32 clients for 30 s 188 MB → 112–121 MB; in process, CPU per answer about +5% (3.08 → 3.25 ms at load 11).
 * Ingesting 100,000 generated chunks in a fresh process: peak RSS 362 MB → 208 MB in about the same time (60–70 s).
 */
export const HEAP_FLAGS = ['--heap-growing-percent=10', '--semi-space-growth-factor=1'] as const;

/**
 * Node options `npm start` gives the server (package.json's `start` script; the benchmarks start it the same way). They
 * must be on Node's command line: the platform's threads exist before any code runs.
 * - `--v8-pool-size=1`: one V8 worker thread for background collection and compilation instead of Node's 4; each
 *   thread that allocates keeps its own glibc arena. 32 clients for 30 s on the default corpus, three interleaved runs
 *   each: peak RSS 157 / 158 / 159 MB → 147 / 148 / 148 MB, CPU per answer 1.63–1.91 → 1.59–1.75 ms.
 */
export const SERVER_NODE_OPTIONS = ['--v8-pool-size=1'] as const;

/** Applies HEAP_FLAGS to this process; call once, before the command allocates its caches. */
export function tuneHeap(): void {
  for (const flag of HEAP_FLAGS) setFlagsFromString(flag);
}
