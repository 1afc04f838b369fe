// Loads a corpus the way `loa ingest` does (same loaders and chunker), as plain chunks for the baseline libraries.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { chunkText } from '../../src/knowledge/chunker.js';
import { loaderFor } from '../../src/knowledge/loaders/index.js';

/** One passage with its document's title, exactly as Loa indexes it. */
export interface CorpusChunk {
  id: number;
  path: string;
  title: string;
  /** Document number and tags from front matter, space-separated (empty for files without them). */
  keywords: string;
  heading: string;
  text: string;
}

/** Reads every supported file under `roots` (files or folders) into chunks; unreadable files are skipped. */
export async function loadCorpus(roots: readonly string[], baseDir: string): Promise<CorpusChunk[]> {
  const chunks: CorpusChunk[] = [];
  await forEachChunk(roots, baseDir, (chunk) => chunks.push({ ...chunk, id: chunks.length }));
  return chunks;
}

/** Streams the chunks of every supported file under `roots`, one file at a time (for corpora too large to hold). */
export async function forEachChunk(roots: readonly string[], baseDir: string, fn: (chunk: Omit<CorpusChunk, 'id'>) => void): Promise<void> {
  for (const root of roots) {
    for (const file of await listFiles(resolve(baseDir, root))) {
      const loader = loaderFor(file);
      if (!loader) continue;
      try {
        const { meta, body } = await loader(await readFile(file), basename(file));
        const keywords = [meta.number ?? '', ...meta.tags].join(' ').trim();
        for (const chunk of chunkText(body)) fn({ path: file, title: meta.title, keywords, ...chunk });
      } catch {
        // The same files fail for every system; the ingest report names them.
      }
    }
  }
}

async function listFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
