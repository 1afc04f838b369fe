#!/usr/bin/env node
// Entry point of the `loa` command: runs the compiled dist/ when it was built from the current src/, else the TypeScript through tsx.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildFresh } from '../scripts/build-state.mjs';

if (isBuildFresh(join(dirname(fileURLToPath(import.meta.url)), '..'))) {
  await import('../dist/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
