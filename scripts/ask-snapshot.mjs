// Builds dist/loa-ask.blob, the start-up snapshot `bin/loa-ask` runs: src/cli/ask-snapshot.ts as one CommonJS file, then `node --build-snapshot`.
import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The snapshot file, in dist/ (bin/loa-ask looks for it there). */
export const ASK_SNAPSHOT = 'loa-ask.blob';

/**
 * Beside the snapshot: the sizes and modification times (seconds) of the Node.js binary that built it and of the
 * snapshot itself, as `stat -L --printf '%s %Y '` prints them, which bin/loa-ask compares before using the snapshot
 * (Node cannot start from another version's snapshot, and a truncated one crashes it).
 */
export const ASK_SNAPSHOT_STAMP = 'loa-ask.stamp';

/**
 * A snapshot's own `require` loads only Node's modules, and `import()` has no loader in it: packages are required from
 * the bundle's place at run time (the model's client is loaded only when a model is set).
 */
const RUN_TIME_REQUIRE = [
  "require = ((own) => (id) => own('node:module').isBuiltin(id) ? own(id) : own('node:module').createRequire(__filename)(id))(require);",
  "const __loaUrl = require('node:url').pathToFileURL(__filename).href;",
].join('\n');

/**
 * Bundles the snapshot's entry into `dist` beside the other chunks (code-files.ts finds dist/ from its address) and
 * writes the snapshot. `external` and `plugins` are the main build's; `supported` too, with `import()` made `require`.
 */
export async function buildAskSnapshot({ root, dist, external, plugins, supported }) {
  const bundle = join(dist, 'ask-snapshot.cjs');
  await build({
    entryPoints: [join(root, 'src', 'cli', 'ask-snapshot.ts')],
    outfile: bundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.12',
    supported: { ...supported, 'dynamic-import': false },
    external,
    plugins,
    define: { 'import.meta.url': '__loaUrl' },
    banner: { js: RUN_TIME_REQUIRE },
    // Less source for the snapshot to hold (names kept for stack traces): about 10 ms less to start. Lines stay short,
    // so an uncaught error prints a line of code, not a kilobyte of it.
    minifyWhitespace: true,
    minifySyntax: true,
    lineLimit: 120,
    logLevel: 'warning',
  });
  // Node warns that some of its modules are "not yet fully verified" in a snapshot; Loa's use of them is tested. Written
  // under a name of this process, synced, then renamed: bin/loa-ask never finds half a snapshot.
  const blob = join(dist, ASK_SNAPSHOT);
  const part = `${blob}.${process.pid}.part`;
  const made = spawnSync(process.execPath, ['--no-warnings', '--snapshot-blob', part, '--build-snapshot', bundle], { cwd: root, encoding: 'utf8' });
  if (made.status !== 0) {
    rmSync(part, { force: true });
    const lines = made.stderr.split('\n').map((line) => line.trim());
    throw new Error(lines.find((line) => /^\[?\w*Error\b/u.test(line)) ?? lines.filter(Boolean).at(-1) ?? `status ${made.status}`);
  }
  const written = openSync(part, 'r');
  fsyncSync(written);
  closeSync(written);
  renameSync(part, blob);
  const stamp = (file) => {
    const { size, mtimeMs } = statSync(file);
    return `${size} ${Math.floor(mtimeMs / 1000)} `;
  };
  writeFileSync(join(dist, ASK_SNAPSHOT_STAMP), stamp(process.execPath) + stamp(blob));
}
