// Whether dist/ is a build of the current sources: times first, contents when times changed, nothing half-built taken as fresh.
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBuildFresh, markBuilt, sourceState } from '../scripts/build-state.mjs';
import { tempDir } from './helpers/core.js';

let root: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: root, cleanup } = tempDir());
  mkdirSync(join(root, 'src', 'core'), { recursive: true });
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'dist'));
  for (const [name, text] of [
    ['src/cli.ts', 'export {};\n'],
    ['src/core/a.ts', 'export const a = 1;\n'],
    ['tsconfig.json', '{}'],
    ['scripts/build.mjs', '// build\n'],
    ['package.json', '{}'],
    ['package-lock.json', '{}'],
  ] as const)
    writeFileSync(join(root, name), text);
});
afterEach(() => cleanup());

describe('build state', () => {
  it('is stale before any build and fresh right after one', () => {
    expect(isBuildFresh(root)).toBe(false);
    markBuilt(root, sourceState(root));
    expect(isBuildFresh(root)).toBe(true);
  });

  it('stays fresh when a file was only touched (same contents: the times are renewed), and goes stale when one is edited, added or removed', () => {
    markBuilt(root, sourceState(root));
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src/core/a.ts'), later, later);
    expect(isBuildFresh(root)).toBe(true);
    expect(readFileSync(join(root, 'dist/.source-stat'), 'utf8')).toBe(sourceState(root).stat);
    writeFileSync(join(root, 'src/core/a.ts'), 'export const a = 2;\n');
    expect(isBuildFresh(root)).toBe(false);
    writeFileSync(join(root, 'src/core/a.ts'), 'export const a = 1;\n');
    expect(isBuildFresh(root)).toBe(true);
    writeFileSync(join(root, 'src/core/b.ts'), 'export {};\n');
    expect(isBuildFresh(root)).toBe(false);
    rmSync(join(root, 'src/core/b.ts'));
    rmSync(join(root, 'src/core/a.ts'));
    expect(isBuildFresh(root)).toBe(false);
  });

  it('counts the build script, package.json (what the bundle keeps external) and package-lock.json as sources', () => {
    markBuilt(root, sourceState(root));
    writeFileSync(join(root, 'package.json'), '{"dependencies": {}}');
    expect(isBuildFresh(root)).toBe(false);
    markBuilt(root, sourceState(root));
    writeFileSync(join(root, 'scripts/build.mjs'), '// build, changed\n');
    expect(isBuildFresh(root)).toBe(false);
    markBuilt(root, sourceState(root));
    writeFileSync(join(root, 'package-lock.json'), '{"packages": {}}');
    expect(isBuildFresh(root)).toBe(false);
  });

  it('stays fresh when the times cannot be renewed (dist/ written by another user)', () => {
    markBuilt(root, sourceState(root));
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src/cli.ts'), later, later);
    rmSync(join(root, 'dist/.source-stat'));
    mkdirSync(join(root, 'dist/.source-stat'));
    expect(isBuildFresh(root)).toBe(true);
  });

  it('takes a build stopped before its last stamp (the hash) as stale', () => {
    writeFileSync(join(root, 'dist/.source-stat'), sourceState(root).stat);
    expect(isBuildFresh(root)).toBe(false);
  });
});
