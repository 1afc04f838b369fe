// Whether dist/ was built from the current sources: a hash of src/ and the build settings, stored in dist/ by the build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = '.source-hash';
/** Sizes and modification times of the same files, stored beside the hash: equal, the sources need not be read. */
const QUICK_STAMP = '.source-stat';

/**
 * Every file the build reads: src/, the TypeScript settings, the build scripts (this one is bundled into the snapshot of
 * loa-ask), package.json (what stays external) and package-lock.json when there is one (the version of zod, which the
 * bundle holds).
 */
function sourceFiles(root) {
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const settings = ['tsconfig.json', 'scripts/build.mjs', 'scripts/ask-snapshot.mjs', 'scripts/build-state.mjs', 'package.json', 'package-lock.json']
    .map((name) => join(root, name))
    .filter((file) => existsSync(file));
  return [...files, ...settings];
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
    // The change time and inode too: a copy keeping modification times (`cp -p`, rsync, tar) gets new ones.
    const { size, mtimeMs, ctimeMs, ino } = statSync(file);
    hash.update(`${file.slice(root.length)}\0${size}\0${mtimeMs}\0${ctimeMs}\0${ino}\0`);
  }
  return hash.digest('hex');
}

/** True when dist/ holds a finished build of exactly the current sources (their contents read only when their times changed). */
export function isBuildFresh(root) {
  try {
    const built = readFileSync(join(root, 'dist', STAMP), 'utf8');
    const stat = sourceStat(root);
    if (readStamp(join(root, 'dist', QUICK_STAMP)) === stat) return true;
    if (built !== sourceHash(root)) return false;
    // Same contents with new times (a checkout, a touch): the times are renewed, so the next check reads no file — when
    // dist/ may be written (a build made by another user is still fresh).
    try {
      writeFileSync(join(root, 'dist', QUICK_STAMP), stat);
    } catch {
      // Read-only dist/: the contents are checked again next time.
    }
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

/** Records that dist/ now matches `state`: the times, then the hash, written last — without it a build is not finished. */
export function markBuilt(root, state) {
  writeFileSync(join(root, 'dist', QUICK_STAMP), state.stat);
  writeFileSync(join(root, 'dist', STAMP), state.hash);
}

/** A stamp's text, or undefined when it cannot be read. */
function readStamp(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
