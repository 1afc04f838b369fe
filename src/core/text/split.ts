// Splits long text into pieces under a platform's length limit, preferring paragraph, then sentence boundaries.
import { splitIntoSentences } from './sentences.js';

/** Splits `text` into parts of at most `limit` characters without breaking sentences where possible. */
export function splitMessage(text: string, limit: number): string[] {
  if (limit < 1) throw new RangeError('limit must be positive');
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces(text, limit)) {
    const joiner = current === '' ? '' : piece.startsWith('\n') ? '' : ' ';
    if ((current + joiner + piece).length <= limit) {
      current = current + joiner + piece;
    } else {
      if (current.trim() !== '') parts.push(current.trim());
      current = piece.replace(/^\n+/u, '');
    }
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/** Sentence-sized pieces (paragraph breaks kept as a leading newline); anything longer than `limit` is cut hard. */
function pieces(text: string, limit: number): string[] {
  const out: string[] = [];
  const paragraphs = text.split(/\n/u);
  paragraphs.forEach((paragraph, index) => {
    const sentences = paragraph.trim() === '' ? [''] : splitIntoSentences(paragraph);
    sentences.forEach((sentence, sIndex) => {
      let s = sentence;
      if (index > 0 && sIndex === 0) s = `\n${s}`;
      while (s.length > limit) {
        const cut = s.lastIndexOf(' ', limit);
        const at = cut > limit / 2 ? cut : limit;
        out.push(s.slice(0, at));
        s = s.slice(at).trimStart();
      }
      out.push(s);
    });
  });
  return out;
}
