// Bundles src/ into dist/ with esbuild (one folder of chunks), copies the files the code reads at run time (SQL, HTML, CSS, JS), writes the YAML cache and the snapshot of `loa-ask`.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildAskSnapshot } from './ask-snapshot.mjs';
import { markBuilt, sourceState } from './build-state.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/**
 * Packages bundled into the chunks instead of loaded from node_modules at run time: zod's 95 ES modules took about
 * 70 ms of every `loa ask` to resolve and link (one bundled file: about 30 ms); pino's and commander's CommonJS files
 * about 30 ms more (Loa uses no pino transport, whose worker files a bundle would lose). The other packages stay
 * external: native code (better-sqlite3) and those only a running server or a configured model loads.
 */
const BUNDLED_PACKAGES = new Set(['zod', 'pino', 'commander']);

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
  .filter((name) => !BUNDLED_PACKAGES.has(name))
  .flatMap((name) => [name, `${name}/*`]);

/**
 * zod re-exports its 64 locales as one namespace (`z.locales`), which a bundle cannot shake off: 340 KB of the 755 KB zod
 * chunk, about 10 ms of every `loa ask` to load. zod's own messages are English (its default, kept); Loa's are its own.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${sep}node_modules${sep}zod${sep}`) ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-english-only' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({ contents: `export { default as en } from './en.js';`, resolveDir: dirname(args.path) }));
  },
};

/**
 * For a node target esbuild rewrites a /\p{…}/u literal (outside a character class) as `new RegExp(…)`, which inside a
 * loop builds a regular expression per call (a quarter of marksWithin's time); Node 20 has property escapes, so the
 * literals stay.
 */
const supported = { 'regexp-unicode-property-escapes': true };

const state = sourceState(root);
rmSync(dist, { recursive: true, force: true });
// Types are checked by `npm test` (tsc --noEmit); the build only strips them. Every chunk lands in dist/ itself, where
// src/code-files.ts expects the code to be; dynamic imports stay separate chunks, so `loa ask` never loads the server.
await build({
  entryPoints: [join(root, 'src', 'cli.ts'), join(root, 'src', 'build-cache.ts')],
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.12',
  supported,
  chunkNames: '[name]-[hash]',
  external,
  sourcemap: true,
  plugins: [zodEnglishOnly],
  // The CommonJS packages bundled call `require` for Node's own modules, which an ES module lacks.
  banner: { js: "import { createRequire as __loaRequire } from 'node:module'; const require = __loaRequire(import.meta.url);" },
  logLevel: 'warning',
});
cpSync(join(root, 'src'), dist, { recursive: true, filter: (path) => !path.endsWith('.ts') });
const { writeYamlCache } = await import(pathToFileURL(join(dist, 'build-cache.js')).href);
writeYamlCache(root, ['prompts', 'knowledge'], join(dist, 'yaml-cache.json'));
// After the cache: the snapshot holds what the loaders read from it. Without a snapshot (prompts/ that does not load,
// say) bin/loa-ask runs `loa ask`, which reports the problem when it reads the files.
try {
  await buildAskSnapshot({ root, dist, external, plugins: [zodEnglishOnly], supported });
} catch (error) {
  console.warn(`loa build: no snapshot for loa-ask, which will answer through loa ask (${error.message})`);
}
markBuilt(root, state);
