// Loader for PDF files with a text layer (unpdf / PDF.js); scanned PDFs without text get a clear message.
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { InputError } from '../../errors.js';
import { metaFromTitle, titleFromFileName } from './meta.js';
import type { LoadedDocument } from './types.js';

/** A PDF's text, page by page; lines that end a sentence or are short end a paragraph. */
export async function loadPdf(bytes: Buffer, fileName: string): Promise<LoadedDocument> {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new InputError(`${fileName}: is not a PDF file (no %PDF header)`, 'knowledge');
  let pages: string[];
  let infoTitle: string | undefined;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
    const info = (await getMeta(pdf).catch(() => ({ info: {} }))).info as Record<string, unknown>;
    infoTitle = typeof info.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : undefined;
    await pdf.destroy();
  } catch (error) {
    throw new InputError(`${fileName}: cannot read this PDF (${(error as Error).message.split('\n')[0]})`, 'knowledge', error);
  }
  const body = pages.map(paragraphs).filter((page) => page !== '').join('\n\n');
  if (body.replace(/\s/gu, '') === '') throw new InputError(`${fileName}: the PDF has no text layer (a scanned image?); OCR it first`, 'knowledge');
  const firstLine = body.split('\n').find((line) => line.trim() !== '')?.trim();
  const title = infoTitle ?? (firstLine && firstLine.length <= 200 ? firstLine : titleFromFileName(fileName));
  return { meta: metaFromTitle(title), body };
}

/** Joins a page's lines into paragraphs: a line ending with . ! ? : ; or shorter than 60 characters closes one. */
function paragraphs(page: string): string {
  const out: string[] = [];
  let current = '';
  for (const raw of page.normalize('NFC').split(/\r?\n/u)) {
    const line = raw.replace(/\s+/gu, ' ').trim();
    if (line === '') {
      if (current) out.push(current);
      current = '';
      continue;
    }
    current = current ? `${current} ${line}` : line;
    if (/[.!?:;]$/u.test(line) || line.length < 60) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out.join('\n\n');
}
