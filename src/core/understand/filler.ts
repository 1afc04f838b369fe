// Filler set aside: who asked the resident to ask, hearsay, what the answer is needed for, filler phrases, opening and closing words.
import type { FramingSpan, Lexicon } from './lexicon.js';
import { askingWords, cuedFacets } from './cues.js';
import { namesSubject } from './documents-named.js';
import { positionsIn, type PhraseSet, type Word } from './words.js';

/** Removes who asked the resident to ask, filler phrases and hearsay anywhere, a purpose after the question, and opening and closing words at the start and end of the clause. */
export function stripFiller(words: readonly Word[], lexicon: Lexicon, accents: boolean): Word[] {
  // Without diacritics "co … hoi" may be "có … hội" and "bao" the "bao" of "bao giờ": who asked is read only as written.
  const unframed = removePhrases(accents ? removeFraming(words, lexicon.askedBy, lexicon, true, true) : [...words], lexicon.filler, accents);
  let out = withoutAside(withoutPurpose(removeFraming(unframed, lexicon.hearsay, lexicon, accents, false), lexicon, accents), lexicon, accents);
  for (let changed = true; changed && out.length > 0; ) {
    changed = false;
    const head = lexicon.starts.matchAt(out, 0, accents);
    // "da nang co bao nhieu …": an opening word that begins a place's name ("dạ" / "Đà Nẵng") is the place.
    if (head > 0 && lexicon.elsewhere.matchAt(out, 0, accents) === 0 && lexicon.subjects.matchAt(out, 0, accents) === 0) {
      out = out.slice(head);
      changed = true;
    }
    const tail = closingWordsAt(out, lexicon, accents);
    if (tail > 0 && !cutsQuestionWord(out, out.length - tail, lexicon, accents)) {
      out = out.slice(0, out.length - tail);
      changed = true;
    }
  }
  return out;
}

/**
 * "ngày khuyến học việt nam là ngày nào để làm bài tập ngoại khóa": what the resident needs the answer for, from a
 * purpose phrase after the question to the end of the clause, is set aside — unless it asks, names a subject or holds
 * a figure ("… để làm báo cáo về gia đình học tập" says what the report is about).
 */
function withoutPurpose(words: Word[], lexicon: Lexicon, accents: boolean): Word[] {
  const purpose = lexicon.purposes.find(words, accents).find(({ start }) => start > 0);
  if (!purpose) return words;
  const tail = words.slice(purpose.start);
  const asks = lexicon.questionMarks.find(tail, accents).length > 0;
  if (asks || namesSubject(tail, lexicon) || tail.some((word) => /\d/u.test(word.folded))) return words;
  return words.slice(0, purpose.start);
}

/**
 * "việt nam giờ có mấy thành phố rồi mà báo không ghi đủ": after a question, what the resident adds from "mà" or
 * "nhưng" to the end of the clause is set aside when it asks nothing ("không" inside it negates; closing it, it asks:
 * "… mà không biết có được không"), names no subject and holds no figure — and the question asks no reason, which that
 * part is the heart of ("sao gọi là tuần lễ học tập suốt đời mà ngày mỗi năm lại khác nhau").
 */
function withoutAside(words: Word[], lexicon: Lexicon, accents: boolean): Word[] {
  const asks = (part: readonly Word[]) =>
    askingWords(part, lexicon, accents).some(({ start, length }) => start + length === part.length || lexicon.yesNoCloses.matchAt(part, start, accents) !== length);
  if (cuedFacets(words, lexicon, accents).has('reason') || lexicon.universalReasons.find(words, accents).length > 0) return words;
  const aside = lexicon.asides.find(words, accents).find(({ start }) => start > 0 && asks(words.slice(0, start)));
  if (!aside) return words;
  const tail = words.slice(aside.start);
  if (asks(tail) || namesSubject(tail, lexicon) || tail.some((word) => /\d/u.test(word.folded))) return words;
  return words.slice(0, aside.start);
}

/** True when a question word runs across `cut` ("bao nhieu": "nhieu" is also the closing "nhiều"). */
function cutsQuestionWord(words: readonly Word[], cut: number, lexicon: Lexicon, accents: boolean): boolean {
  return lexicon.questionMarks.find(words, accents).some(({ start, length }) => start < cut && start + length > cut);
}

/**
 * Removes who said or asked it: "nghe mấy cô chú trong hội nói", "thấy mọi người hay nói" anywhere, "chị trưởng phòng
 * hỏi" at the start (`atStart`) — an opening word, at most `within` words, a closing word. A span naming a subject or
 * holding a figure is what was said, not who said it, and stays.
 */
function removeFraming(words: readonly Word[], framing: FramingSpan, lexicon: Lexicon, accents: boolean, atStart: boolean): Word[] {
  for (let i = 0; i < (atStart ? Math.min(1, words.length) : words.length); i++) {
    const open = framing.opens.matchAt(words, i, accents);
    if (open === 0) continue;
    for (let j = i + open; j <= Math.min(words.length - 1, i + open + framing.within); j++) {
      const close = framing.closes.matchAt(words, j, accents);
      // "nghe an co bao nhieu xa": a close that is the start of a question word ("bao nhiêu") closes nothing.
      if (close === 0 || cutsQuestionWord(words, j + close, lexicon, accents)) continue;
      const span = words.slice(i, j + close);
      if (namesSubject(span, lexicon) || span.some((word) => /\d/u.test(word.folded))) break;
      const rest = words.slice(j + close);
      return [...words.slice(0, i), ...(atStart ? rest : removeFraming(rest, framing, lexicon, accents, false))];
    }
  }
  return [...words];
}

/** The words without every phrase of `phrases` found in them. */
export function removePhrases(words: readonly Word[], phrases: PhraseSet, accents: boolean): Word[] {
  const found = phrases.find(words, accents);
  if (found.length === 0) return [...words];
  const drop = positionsIn(found);
  return words.filter((_, i) => !drop.has(i));
}

/** How many closing words ("ạ", "vậy ạ", "nhé") end the words (one phrase, up to three words). */
export function closingWordsAt(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  for (let n = Math.min(3, words.length); n >= 1; n--) if (lexicon.ends.matchAt(words, words.length - n, accents) === n) return n;
  return 0;
}
