// Loader for HTML pages: article text without page furniture, title from og:title, h1 or <title>, source from the canonical link.
import { loadBuffer } from 'cheerio';
import { InputError } from '../../errors.js';
import { htmlToBody, pageTitle } from './html-blocks.js';
import { metaFromTitle, titleFromFileName } from './meta.js';
import { cleanWebText } from './page-furniture.js';
import type { LoadedDocument } from './types.js';

/** An HTML page saved to disk (encoding sniffed from the bytes and <meta charset>). */
export async function loadHtml(bytes: Buffer, fileName: string): Promise<LoadedDocument> {
  if (bytes.subarray(0, 4096).includes(0)) throw new InputError(`${fileName}: looks like a binary file, not HTML`, 'knowledge');
  const $ = loadBuffer(bytes);
  const title = pageTitle($);
  const source = $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content');
  const cleaned = cleanWebText(htmlToBody($), { detectTitle: false });
  return {
    meta: metaFromTitle(title ?? titleFromFileName(fileName), { source: source ?? cleaned.source }),
    body: withoutLeadingTitle(cleaned.body, title),
  };
}

/** Drops the first block when it repeats the title ("# Title" or the plain title line). */
function withoutLeadingTitle(body: string, title: string | undefined): string {
  if (!title) return body;
  const [first, ...rest] = body.split('\n\n');
  return first?.replace(/^#+\s*/u, '') === title ? rest.join('\n\n') : body;
}
