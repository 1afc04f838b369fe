// Compiles src/ to dist/ with tsc and copies the non-TypeScript files the code reads at run time (SQL, HTML, CSS, JS).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markBuilt, sourceHash } from './build-state.mjs';
import { writeYamlCache } from './yaml-cache.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const hash = sourceHash(root);
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
cpSync(join(root, 'src'), join(root, 'dist'), { recursive: true, filter: (path) => !path.endsWith('.ts') });
writeYamlCache(root, ['prompts', 'knowledge'], join(root, 'dist', 'yaml-cache.json'));
markBuilt(root, hash);
