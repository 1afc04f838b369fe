// Chooses a loader by file extension; the single place that knows which formats Loa can ingest.
import { extname } from 'node:path';
import { loadMarkdown, loadPlainText } from './text.js';
import type { Loader } from './types.js';

/** HTML, PDF and DOCX parsers are imported on first use: a Markdown-only corpus never loads them (≈25 MB less RSS). */
const LOADERS: Record<string, Loader> = {
  '.md': loadMarkdown,
  '.markdown': loadMarkdown,
  '.txt': loadPlainText,
  '.html': async (bytes, name) => (await import('./html.js')).loadHtml(bytes, name),
  '.htm': async (bytes, name) => (await import('./html.js')).loadHtml(bytes, name),
  '.pdf': async (bytes, name) => (await import('./pdf.js')).loadPdf(bytes, name),
  '.docx': async (bytes, name) => (await import('./docx.js')).loadDocx(bytes, name),
};

/** The loader for `path`, or undefined when the format is not supported. */
export function loaderFor(path: string): Loader | undefined {
  return LOADERS[extname(path).toLowerCase()];
}

/** Extensions Loa ingests, with the dot. */
export const SUPPORTED_EXTENSIONS = Object.keys(LOADERS);
