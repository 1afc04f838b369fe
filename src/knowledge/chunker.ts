// Splits a document body into passages by heading and paragraph, with one sentence of overlap between neighbours.
import { splitIntoSentences } from '../core/text/sentences.js';
import { normalize } from '../core/text/vietnamese.js';

/** One passage: the heading path it sits under and its text. */
export interface Chunk {
  heading: string;
  text: string;
}

/** Tuning of chunk sizes, in characters. */
export interface ChunkOptions {
  /** Paragraphs are merged until a chunk reaches this size. */
  target: number;
  /** A paragraph longer than this is split: a list between its items, else by sentences. */
  max: number;
}

const DEFAULTS: ChunkOptions = { target: 450, max: 900 };
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/u;
/** A line opening a list item: "- …", "* …", "+ …", "1. …", "2) …". */
const LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s/u;
/**
 * Headings of reference lists ("## Nguồn", "Tài liệu tham khảo"): where the text came from, for the people who keep it,
 * not text to answer from ("tự đánh giá ở trang nào" found "lawnet.vn (QĐ 324 được viện dẫn …)" as its answer).
 */
const REFERENCE_HEADING = /^(?:nguồn|nguồn tham khảo|tài liệu tham khảo|các nguồn|sources?|references?)\s*:?$/iu;

/** Chunks a Markdown or plain-text body. Headings become context, not passages of their own; reference lists are left out. */
export function chunkText(body: string, options: Partial<ChunkOptions> = {}): Chunk[] {
  const { target, max } = { ...DEFAULTS, ...options };
  const chunks: Chunk[] = [];
  const path: string[] = [];
  let section: string[] = [];
  /** Level of the reference-list heading being skipped, until a heading of that level or above. */
  let skipping = 0;

  const flush = (): void => {
    const heading = path.filter(Boolean).slice(1).join(' › ') || path[0] || '';
    chunks.push(...packSection(section, heading, target, max));
    section = [];
  };

  for (const block of blocks(body)) {
    const heading = HEADING.exec(block);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      path.length = level - 1;
      path[level - 1] = cleanInline(heading[2]!);
      if (skipping > 0 && level <= skipping) skipping = 0;
      if (skipping === 0 && REFERENCE_HEADING.test(path[level - 1]!)) skipping = level;
    } else if (skipping === 0) {
      section.push(cleanInline(block));
    }
  }
  flush();
  return chunks.filter((chunk) => chunk.text.trim() !== '');
}

/** Blank-line separated blocks; a heading line is always its own block. */
function blocks(body: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const rawLine of normalizeLines(body)) {
    const line = rawLine.trimEnd();
    if (line.trim() === '' || HEADING.test(line)) {
      if (current.length) out.push(current.join('\n'));
      current = [];
      if (line.trim() !== '') out.push(line.trim());
    } else {
      current.push(line.trim());
    }
  }
  if (current.length) out.push(current.join('\n'));
  return out;
}

function normalizeLines(body: string): string[] {
  return body
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/gu, ''));
}

/** Drops Markdown emphasis and link syntax, keeping the words. */
function cleanInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__|`)/gu, '')
    .replace(/^>\s?/gmu, '')
    .replace(/^\|?\s*:?-{3,}.*$/gmu, '')
    .trim();
}

function packSection(paragraphs: string[], heading: string, target: number, max: number): Chunk[] {
  const pieces = paragraphs.flatMap((p) => (p.length > max ? splitLong(p, target) : [p]));
  const chunks: Chunk[] = [];
  let current: string[] = [];
  let size = 0;
  let overlap = '';
  const emit = (): void => {
    if (current.length === 0) return;
    const text = [overlap, ...current].filter(Boolean).join('\n');
    chunks.push({ heading, text });
    overlap = lastSentence(current[current.length - 1]!);
    current = [];
    size = 0;
  };
  for (const piece of pieces) {
    // A paragraph announcing what follows ("… gồm 4 nhóm:") stays with it.
    if (size > 0 && size + piece.length > target && !/:\s*$/u.test(current[current.length - 1]!)) emit();
    current.push(piece);
    size += piece.length;
  }
  emit();
  return chunks;
}

function sentences(text: string): string[] {
  return splitIntoSentences(normalize(text));
}

/**
 * A paragraph too long for one passage, cut near `target` characters: a list (every line after the first opens with a
 * list marker) between its items, one per line; anything else (prose wrapped at a fixed width too) between sentences.
 */
function splitLong(paragraph: string, target: number): string[] {
  const lines = paragraph.split('\n');
  if (lines.length > 1 && lines.slice(1).every((line) => LIST_ITEM.test(line))) {
    return packLines(lines.flatMap((line) => (line.length > target ? splitLong(line, target) : [line])), target);
  }
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences(paragraph)) {
    if (current !== '' && current.length + sentence.length + 1 > target) {
      out.push(current);
      current = sentence;
    } else {
      current = current === '' ? sentence : `${current} ${sentence}`;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

/** Lines packed into pieces of about `target` characters, each piece's lines joined by newlines. */
function packLines(lines: readonly string[], target: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (current.length > 0 && size + line.length + 1 > target) {
      out.push(current.join('\n'));
      current = [];
      size = 0;
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.length > 0) out.push(current.join('\n'));
  return out;
}

/** The last sentence of a passage when it is short enough to repeat as context. */
function lastSentence(text: string): string {
  if (/\n[-*+]\s|^\s*[-*+]\s/u.test(text)) return '';
  const last = sentences(text).pop() ?? '';
  return last.length <= 160 && last.length < text.length ? last : '';
}
