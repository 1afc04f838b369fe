// Cleans text copied from news pages: drops page furniture (menus, log-in links, reactions, "Đọc nhiều", comments, related lists).
import { fold } from '../../core/text/vietnamese.js';

/** A cleaned web text: the article's title (when recognisable), its paragraphs, and the source URL it names. */
export interface CleanedWebText {
  title?: string;
  /** Paragraphs separated by blank lines (without the title line). */
  body: string;
  source?: string;
}

/** Folded lines that start the end-of-page furniture: everything from such a line on is dropped. */
const TAIL_MARKERS = new Set([
  'doc nhieu', 'xem nhieu', 'tin doc nhieu', 'binh luan', 'list comment', 'y kien ban doc', 'gui binh luan', 'viet binh luan',
  'tin lien quan', 'bai viet lien quan', 'tin cung chuyen muc', 'tin khac', 'cac tin khac', 'tin moi', 'tin moi nhat',
  'dung bo lo', 'co the ban quan tam', 'ban co the quan tam', 'xem them', 'doc them', 'cam nhan cua ban ve bai viet nay',
  'tin tai tro', 'noi dung tai tro', 'hoi dap thong minh', 'chia se bai viet', 'tu khoa', 'tags', 'related', 'comments',
  'xem chi tiet van ban tai day', 'xem chi tiet tai day', 'xem toan van tai day', 'xem toan van',
]);

/** Folded lines that are furniture wherever they appear (logos, log-in, captions, share buttons, icons). */
const FURNITURE_LINE = new RegExp(
  '^(?:logo|icon|video|anh minh hoa|anh|nguon anh|quang cao|advertisement|dang nhap|dang ki|dang xuat|trang chu|' +
    'chia se|share|facebook|zalo|twitter|in bai( viet)?|print|email|lien he|theo doi|follow|' +
    'rat hay|thich|giai tri|can cai thien|hay|binh thuong|tam|' +
    'tai ve|download|' +
    '\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*, \\d{1,2}:\\d{2}( am| pm)?|' +
    '\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}( \\d{1,2}:\\d{2})?)$',
  'u',
);

/** Header furniture: once seen near the top, everything above it (site banner, menus) is dropped too. */
const HEADER_LINE = /^(?:logo|dang nhap|dang ki.*dang nhap|.*\|\s*dang nhap|trang chu(\s*\|.*)?|menu|tim kiem)$/u;
const SOURCE_LINE = /^\s*(?:nguồn|nguon|source)\s*:\s*(https?:\/\/\S+)\s*$/iu;
const LINE_NOISE = /[\u00A0\u2000-\u200B\u202F\u205F\u3000]/gu;

/** Removes page furniture from plain text taken from a web page; ordinary documents pass through unchanged. */
export function cleanWebText(text: string, options: { detectTitle?: boolean } = {}): CleanedWebText {
  let lines = text
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(LINE_NOISE, ' ').replace(/[ \t]+/gu, ' ').trim());

  let source: string | undefined;
  const keyOf = (line: string) => fold(line.toLowerCase()).replace(/^[#•·*\-–—\s]+/u, '').replace(/\s*\(\d+\)\s*$/u, '').replace(/[:.]+$/u, '').trim();

  let headerEnd = -1;
  lines.slice(0, 8).forEach((line, i) => {
    if (line !== '' && HEADER_LINE.test(keyOf(line))) headerEnd = i;
  });
  if (headerEnd >= 0) lines = lines.slice(headerEnd + 1);

  let bodyChars = 0;
  const kept: string[] = [];
  for (const line of lines) {
    const key = keyOf(line);
    if (bodyChars >= 200 && TAIL_MARKERS.has(key)) break;
    const sourceMatch = SOURCE_LINE.exec(line);
    if (sourceMatch) {
      source ??= sourceMatch[1];
      continue;
    }
    if (line === '' || FURNITURE_LINE.test(key)) {
      if (kept.at(-1) !== '') kept.push('');
      continue;
    }
    kept.push(line);
    bodyChars += line.length;
  }

  const paragraphs = kept.filter((line) => line !== '');
  const first = paragraphs[0];
  const title = options.detectTitle !== false && first !== undefined && first.length <= 200 && !/[.!?:;,]$/u.test(first) ? first : undefined;
  const seen = new Set<string>();
  const unique = paragraphs.filter((line, i) => {
    if (title !== undefined && line === title && (i === 0 || title.length > 30)) return false;
    if (line.length > 60 && seen.has(line)) return false;
    seen.add(line);
    return true;
  });
  return { title, body: unique.join('\n\n'), source };
}
