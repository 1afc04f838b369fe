// `loa ingest [PATH...]`: indexes files and folders incrementally and prints what was added, changed and removed.
import type { Command } from 'commander';
import { tuneHeap } from '../heap-tuning.js';
import { cliContext } from './context.js';

/** Registers `ingest`. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('index documents (default: KNOWLEDGE_DIR); unchanged files are skipped, deleted files leave the index')
    .argument('[paths...]', 'files or folders (Markdown, text and the other supported formats)')
    .action(async (paths: string[]) => {
      tuneHeap();
      const { config } = cliContext();
      const { buildCore, reviewPolicy } = await import('../main.js');
      const { ingest } = await import('../knowledge/ingest.js');
      const core = buildCore(config);
      try {
        const report = await ingest(core.knowledge, paths.length > 0 ? paths : [config.KNOWLEDGE_DIR], {
          baseDir: process.cwd(),
          review: reviewPolicy(config),
        });
        core.stores.documentWarnings.record([...report.added, ...report.changed], report.warnings, report.removed);
        const out = process.stdout;
        for (const path of report.added) out.write(`added    ${path}\n`);
        for (const path of report.changed) out.write(`changed  ${path}\n`);
        for (const path of report.removed) out.write(`removed  ${path}\n`);
        for (const failure of report.failed) out.write(`failed   ${failure.reason}\n`);
        for (const warning of report.warnings) out.write(`warning  ${warning.path}${warning.line ? `:${warning.line}` : ''}: ${warning.message}\n`);
        for (const skip of report.skipped) out.write(`skipped  ${skip.path}: ${skip.reason}\n`);
        out.write(
          `${report.added.length} added, ${report.changed.length} changed, ${report.removed.length} removed, ` +
            `${report.unchanged} unchanged, ${report.failed.length} failed, ${report.skipped.length} skipped; ${core.knowledge.documentCount()} documents, ${core.knowledge.chunkCount()} chunks in the index\n`,
        );
        if (report.failed.length > 0) process.exitCode = 1;
      } finally {
        core.close();
      }
    });
}
