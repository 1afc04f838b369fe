// Where a message parts into clauses: sentence punctuation, commas, line breaks, emoji and typed faces, dashes, glued periods.
import { GLUED_PERIOD_AFTER_LETTERS, GLUED_PERIOD_BEFORE_LETTERS } from './tuning.js';

/**
 * Clause boundaries: sentence punctuation, commas and semicolons not between digits, line breaks, dashes between words,
 * and a period typed without the space after it ("tìm ko ra.Văn bản đó", "cho hỏi.tuần lễ") — before a capitalised word
 * (not after an initial, "cô Q.Anh"), or after a lowercase word of GLUED_PERIOD_BEFORE_LETTERS letters or more before
 * one of GLUED_PERIOD_AFTER_LETTERS or more; never before the ending of a web address or file name (`webEndings`:
 * "congdanhoctap.vn", "zalo.me", "kehoach.pdf") nor inside an abbreviation ("TP.HCM", "tp.hcm", "v.v"); and a face
 * typed with punctuation (`emoticons`: ":D", "^^"; `typedFaces`), with the spaces after it.
 */
export function clauseBoundary(webEndings: readonly string[], emoticons: readonly string[] = []): RegExp {
  const notEnding = webEndings.length > 0 ? `(?!(?:${webEndings.map(eitherCase).join('|')})(?![\\p{L}\\p{N}]))` : '';
  const faces = typedFaces(emoticons);
  return new RegExp(
    [
      '(?<=[?!…])',
      '\\s*\\p{Extended_Pictographic}+\\s*',
      ...(faces ? [`${faces}\\s*`] : []),
      '[.](?=\\s|$)',
      `(?<=\\p{Ll}|\\p{L}\\p{L})[.]${notEnding}(?=\\p{Lu}\\p{Ll})`,
      `(?<=[\\p{Ll}\\p{M}]{${GLUED_PERIOD_BEFORE_LETTERS}})[.]${notEnding}(?=[\\p{Ll}\\p{M}]{${GLUED_PERIOD_AFTER_LETTERS},}\\s)`,
      '(?<!\\d)[,;](?!\\d)',
      '[,;](?=\\s)',
      '\\n+',
      '\\s[-–—]\\s',
    ].join('|'),
    'u',
  );
}

/**
 * A face typed with punctuation (`emoticons`), alone or right after a word ("ad:D"), never before a letter or digit
 * (":Dan" is no face, "8:30" has a digit before it): its letters in either case, its last character maybe typed again
 * and again (":)))", ":DDD") unless a digit. Undefined when there are none.
 */
export function typedFaces(emoticons: readonly string[]): string | undefined {
  if (emoticons.length === 0) return undefined;
  const faces = emoticons.map((face) => {
    const chars = [...face];
    const last = chars.at(-1)!;
    return `${chars.slice(0, -1).map(literal).join('')}${/\p{N}/u.test(last) ? literal(last) : `(?:${literal(last)})+`}`;
  });
  return `(?<![^\\s\\p{L}])(?:${faces.join('|')})(?![\\p{L}\\p{N}])`;
}

/** One character matched as itself, a letter in either case (":d" is ":D"). */
function literal(char: string): string {
  return /\p{L}/u.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** A word matched in either case, letter by letter ("vn" → "[vV][nN]"): "congdanhoctap.Vn" is an address too. */
function eitherCase(word: string): string {
  return [...word].map((letter) => `[${letter}${letter.toUpperCase()}]`).join('');
}
