// `npm start`: compiles src/ only when dist/ is not a build of the current sources, then runs `loa start` from dist/ in this process.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildFresh } from './build-state.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!isBuildFresh(root)) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
process.argv.splice(2, 0, 'start');
await import('../dist/cli.js');
