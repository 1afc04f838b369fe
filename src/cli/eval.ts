// `loa eval`: answers a question set on a temporary index and prints key-fact, retrieval and refusal metrics.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { codeFile } from '../code-files.js';
import { cliContext, fail } from './context.js';

/** The project root (the folder above src/ or dist/); the default set is the development part of the residents' set. */
const PROJECT_ROOT = fileURLToPath(codeFile('../'));
const DEFAULT_SET = resolve(PROJECT_ROOT, 'eval/residents-dev.jsonl');

interface EvalOptions {
  set?: string;
  knowledge: string[];
  json?: boolean;
  verbose?: boolean;
}

/** Registers `eval`. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('answer a question set (JSON lines: q, must | refuse) on a temporary index and print the metrics')
    .option('--set <file>', 'question set (default: eval/residents-dev.jsonl)')
    .option('--knowledge <dir...>', 'extra files or folders to index with KNOWLEDGE_DIR (e.g. ../shared/seeds)', [])
    .option('--json', 'print the full report as JSON')
    .option('-v, --verbose', 'also list every question with its result')
    .action(async (options: EvalOptions) => {
      // The evaluation modules load only when the command runs, so other commands (`loa ask`) start faster.
      const [{ readQuestionSet }, { runEvaluation }, { createMiniSearchBaseline }, { formatItems, formatMetrics, formatShapes }, { instantOf }] = await Promise.all([
        import('../eval/dataset.js'),
        import('../eval/runner.js'),
        import('../eval/baseline.js'),
        import('../eval/table.js'),
        import('../core/local-time.js'),
      ]);
      const setPath = options.set ?? DEFAULT_SET;
      if (!options.set && !existsSync(setPath)) fail(`no question set given and ${setPath} does not exist; pass --set FILE`);
      const items = (() => {
        try {
          return readQuestionSet(setPath);
        } catch (error) {
          return fail((error as Error).message);
        }
      })();

      const dir = mkdtempSync(join(tmpdir(), 'loa-eval-'));
      const { config } = cliContext({ DATABASE_PATH: join(dir, 'eval.db'), LOG_LEVEL: 'silent' });
      // The server modules load only when the command runs, so `loa --help` stays fast.
      const [{ buildCore }, { ingest }] = await Promise.all([import('../main.js'), import('../knowledge/ingest.js')]);
      const core = buildCore(config);
      try {
        const report = await ingest(core.knowledge, [config.KNOWLEDGE_DIR, ...options.knowledge], { baseDir: process.cwd() });
        for (const failure of report.failed) process.stderr.write(`loa eval: skipped ${failure.reason}\n`);
        const ids = core.db.prepare<[], { id: number }>('SELECT id FROM chunks ORDER BY id').all().map((row) => row.id);
        const baselineTop = await createMiniSearchBaseline(core.knowledge.chunks(ids).map((c) => ({ title: c.meta.title, heading: c.heading, text: c.text })));
        const result = await runEvaluation(
          {
            engine: core.engine,
            search: core.search,
            calendar: { set: (entry) => core.calendar.set(entry, 'eval', new Date()), remove: (year) => core.calendar.remove(year) },
            baselineTop,
            dateOf: (iso) => instantOf({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)), hour: 12, minute: 0 }, config.TIMEZONE),
          },
          items,
        );
        if (options.json) {
          const byShape = Object.fromEntries(result.byShape);
          process.stdout.write(`${JSON.stringify({ set: setPath, chunks: core.knowledge.chunkCount(), ...result, byShape }, null, 2)}\n`);
          return;
        }
        const out = process.stdout;
        out.write(`Question set: ${setPath} (${items.length} questions)\n`);
        out.write(`Index: ${core.knowledge.documentCount()} documents, ${core.knowledge.chunkCount()} chunks\n\n`);
        if (options.verbose) out.write(`${formatItems(result.items)}\n\n`);
        out.write(`${formatMetrics(result.metrics)}\n\n${formatShapes(result.byShape)}\n`);
        const misses = result.items.filter((item) => !item.ok);
        if (misses.length > 0 && !options.verbose) out.write(`\nMissed: ${misses.map((item) => item.id).join(', ')}\n`);
      } finally {
        core.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
}
