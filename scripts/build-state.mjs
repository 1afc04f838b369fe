// Whether dist/ was built from the current sources: a hash of src/ and the build settings, stored in dist/ by the build.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = '.source-hash';
/** Sizes and modification times of the same files, stored beside the hash: equal, the sources need not be read. */
const QUICK_STAMP = '.source-stat';

/** Every file the build reads: src/, the TypeScript settings, the build script and package.json (what stays external). */
function sourceFiles(root) {
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return [...files, ...['tsconfig.json', 'scripts/build.mjs', 'package.json'].map((name) => join(root, name))];
}

/** Hash of every source file (paths and contents, in a fixed order). */
function sourceHash(root) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * Hash of every source file's path, size and modification time: a few milliseconds where reading the 2 MB of sources
 * took 20–27 ms of every `loa ask`. A file edited since the build changes its time, so a match means nothing changed.
 */
function sourceStat(root) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file.slice(root.length)}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest('hex');
}

/** True when dist/ holds a finished build of exactly the current sources (their contents read only when their times changed). */
export function isBuildFresh(root) {
  try {
    const stat = sourceStat(root);
    if (readFileSync(join(root, 'dist', QUICK_STAMP), 'utf8') === stat) return true;
    if (readFileSync(join(root, 'dist', STAMP), 'utf8') !== sourceHash(root)) return false;
    // Same contents with new times (a checkout, a touch): the times are renewed, so the next check reads no file.
    writeFileSync(join(root, 'dist', QUICK_STAMP), stat);
    return true;
  } catch {
    return false;
  }
}

/** The sources' state as a build starts (times first: a file edited while it is hashed then reads as changed). */
export function sourceState(root) {
  const stat = sourceStat(root);
  return { stat, hash: sourceHash(root) };
}

/** Records that dist/ now matches `state` (written last, the times last of all: without them a build is not finished). */
export function markBuilt(root, state) {
  writeFileSync(join(root, 'dist', STAMP), state.hash);
  writeFileSync(join(root, 'dist', QUICK_STAMP), state.stat);
}
