// Builds dist/loa-ask.blob, the start-up snapshot `bin/loa-ask` runs: src/cli/ask-snapshot.ts as one CommonJS file, then `node --build-snapshot`.
import { spawnSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The snapshot file, in dist/ (bin/loa-ask looks for it there). */
export const ASK_SNAPSHOT = 'loa-ask.blob';

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
    // Less source for the snapshot to hold (names kept for stack traces): about 10 ms less to start.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  // Node warns that some of its modules are "not yet fully verified" in a snapshot; Loa's use of them is tested.
  // Written under another name, then renamed: bin/loa-ask never finds half a snapshot (Node stops on one).
  const blob = join(dist, ASK_SNAPSHOT);
  const made = spawnSync(process.execPath, ['--no-warnings', '--snapshot-blob', `${blob}.part`, '--build-snapshot', bundle], { cwd: root, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`the snapshot of loa-ask was not built:\n${made.stderr}`);
  renameSync(`${blob}.part`, blob);
}
