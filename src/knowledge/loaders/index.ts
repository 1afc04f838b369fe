// Chooses a loader by file extension; the single place that knows which formats Loa can ingest.
import { extname } from 'node:path';
import { loadDocx } from './docx.js';
import { loadHtml } from './html.js';
import { loadPdf } from './pdf.js';
import { loadMarkdown, loadPlainText } from './text.js';
import type { Loader } from './types.js';

const LOADERS: Record<string, Loader> = {
  '.md': loadMarkdown,
  '.markdown': loadMarkdown,
  '.txt': loadPlainText,
  '.html': loadHtml,
  '.htm': loadHtml,
  '.pdf': loadPdf,
  '.docx': loadDocx,
};

/** The loader for `path`, or undefined when the format is not supported. */
export function loaderFor(path: string): Loader | undefined {
  return LOADERS[extname(path).toLowerCase()];
}

/** Extensions Loa ingests, with the dot. */
export const SUPPORTED_EXTENSIONS = Object.keys(LOADERS);
