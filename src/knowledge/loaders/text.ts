// Loaders for Markdown (with YAML front matter) and plain-text files (web page furniture removed).
import { InputError } from '../../errors.js';
import { parseFrontMatter } from '../front-matter.js';
import { metaFromTitle, titleFromFileName } from './meta.js';
import { cleanWebText } from './page-furniture.js';
import type { LoadedDocument } from './types.js';

/** Decodes UTF-8 text, refusing binary content (NUL bytes or many invalid sequences). */
export function decodeText(bytes: Buffer, fileName: string): string {
  if (bytes.includes(0)) throw new InputError(`${fileName}: looks like a binary file, not text`, 'knowledge');
  const text = bytes.toString('utf8');
  const invalid = text.match(/\uFFFD/gu)?.length ?? 0;
  if (invalid > 8 && invalid > text.length / 100) throw new InputError(`${fileName}: is not valid UTF-8 text`, 'knowledge');
  return text;
}

/** Markdown with optional YAML front matter. */
export async function loadMarkdown(bytes: Buffer, fileName: string): Promise<LoadedDocument> {
  return parseFrontMatter(decodeText(bytes, fileName), fileName);
}

/** Plain text: front matter is honoured when present; otherwise page furniture is removed and the first line is the title. */
export async function loadPlainText(bytes: Buffer, fileName: string): Promise<LoadedDocument> {
  const text = decodeText(bytes, fileName);
  const parsed = parseFrontMatter(text, fileName);
  if (parsed.body !== text) return parsed;
  const cleaned = cleanWebText(text);
  const firstLine = cleaned.body.split('\n').find((line) => line.trim() !== '')?.trim();
  const title = cleaned.title ?? (firstLine && firstLine.length <= 200 ? firstLine : titleFromFileName(fileName));
  return { meta: metaFromTitle(title, { source: cleaned.source }), body: cleaned.body };
}
