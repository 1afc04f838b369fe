// Whether dist/ was compiled from the current sources: a hash of src/ and the tsconfig files, stored in dist/ by the build.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = '.source-hash';

/** Hash of every file under src/ (paths and contents, in a fixed order) and of the TypeScript settings. */
export function sourceHash(root) {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, join(root, 'tsconfig.json'), join(root, 'tsconfig.build.json')]) {
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** True when dist/ holds a finished build of exactly the current sources. */
export function isBuildFresh(root) {
  try {
    return readFileSync(join(root, 'dist', STAMP), 'utf8') === sourceHash(root);
  } catch {
    return false;
  }
}

/** Records that dist/ now matches `hash` (written last, so an interrupted build is never taken as fresh). */
export function markBuilt(root, hash) {
  writeFileSync(join(root, 'dist', STAMP), hash);
}
