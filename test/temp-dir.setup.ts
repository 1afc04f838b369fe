// Vitest global setup: every test file's temporary files go under one directory of this run, removed when it ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Points TMPDIR (read by os.tmpdir() in the forked workers) at a fresh directory; returns its removal. */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'loa-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
