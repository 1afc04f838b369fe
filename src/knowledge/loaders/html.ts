// Loader for HTML pages: article text without page furniture, title from og:title, h1 or <title>, source from the canonical link.
import { load, loadBuffer } from 'cheerio';
import { InputError } from '../../errors.js';
import { htmlToBody, pageTitle } from './html-blocks.js';
import { metaFromTitle, titleFromFileName } from './meta.js';
import { cleanWebText } from './page-furniture.js';
import type { LoadedDocument } from './types.js';

/** An HTML page saved to disk: UTF-8 when the bytes are valid UTF-8, else the encoding its <meta charset> declares. */
export async function loadHtml(bytes: Buffer, fileName: string): Promise<LoadedDocument> {
  if (bytes.subarray(0, 4096).includes(0)) throw new InputError(`${fileName}: looks like a binary file, not HTML`, 'knowledge');
  const text = utf8(bytes);
  const $ = text !== undefined ? load(text) : loadBuffer(bytes);
  const title = pageTitle($);
  const source = $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content');
  const cleaned = cleanWebText(htmlToBody($), { detectTitle: false });
  return {
    meta: metaFromTitle(title ?? titleFromFileName(fileName), { source: source ?? cleaned.source }),
    body: withoutLeadingTitle(cleaned.body, title),
  };
}

/** The text when `bytes` are valid UTF-8, else undefined. */
function utf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Drops the first block when it repeats the title ("# Title" or the plain title line). */
function withoutLeadingTitle(body: string, title: string | undefined): string {
  if (!title) return body;
  const [first, ...rest] = body.split('\n\n');
  return first?.replace(/^#+\s*/u, '') === title ? rest.join('\n\n') : body;
}
