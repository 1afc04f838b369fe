// Loader for Word documents (.docx) through mammoth: headings and paragraphs survive as a Markdown-like body.
import { load } from 'cheerio';
import mammoth from 'mammoth';
import { InputError } from '../../errors.js';
import { htmlToBody } from './html-blocks.js';
import { metaFromTitle, titleFromFileName } from './meta.js';
import type { LoadedDocument } from './types.js';

/** A DOCX file; the title is the first heading, else the first line, else the file name. */
export async function loadDocx(bytes: Buffer, fileName: string): Promise<LoadedDocument> {
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new InputError(`${fileName}: is not a DOCX file (not a zip archive)`, 'knowledge');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new InputError(`${fileName}: cannot read this DOCX (${(error as Error).message.split('\n')[0]})`, 'knowledge', error);
  }
  const body = htmlToBody(load(html));
  if (body.trim() === '') throw new InputError(`${fileName}: the document has no text`, 'knowledge');
  const heading = /^#{1,6} (.+)$/mu.exec(body)?.[1];
  const firstLine = body.split('\n').find((line) => line.trim() !== '')?.trim();
  const title = heading ?? (firstLine && firstLine.length <= 200 ? firstLine : titleFromFileName(fileName));
  return { meta: metaFromTitle(title), body };
}
