#!/usr/bin/env node
// Entry point of the `loa` command: runs the compiled dist/ when it is up to date with src/, else the TypeScript through tsx.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  try {
    return Math.max(0, ...readdirSync(dir, { recursive: true }).map((name) => statSync(join(dir, name)).mtimeMs));
  } catch {
    return 0;
  }
}

const compiled = newest(join(root, 'dist'));
if (compiled > 0 && compiled >= newest(join(root, 'src'))) {
  await import('../dist/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
