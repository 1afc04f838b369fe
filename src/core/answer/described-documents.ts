// Reads a document named by what it is rather than by number ("cái thông tư cũ năm 2014 về cộng đồng học tập") as that document.
import type { DocumentMeta } from '../types.js';
import { fold, hasDiacritics } from '../text/vietnamese.js';
import { LOCAL_ISSUER, type Lexicon } from '../understand/lexicon.js';
import { unitNamedIn } from '../understand/local-units.js';
import { CLAUSE_GAP, wordSpans, wordsIn, type PhraseSet, type SpannedWord, type Word } from '../understand/words.js';
import { subjectsOf, subjectsOfSentence } from './subjects.js';
import { DESCRIBED_DOCUMENTS_READ } from './tuning.js';

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/**
 * The question with the number of each document it names by kind and description put after the kind ("thông tư về
 * cộng đồng học tập năm 2023" → "thông tư 25/2023/TT-BGDĐT về …"), so it is read as if the resident had typed it. The
 * description runs from the kind to the next kind or the end of its clause; the document is the one numbered document
 * of that kind (in its title), by the issuer said after "của", in force or replaced as said right after the kind ("mới",
 * "cũ"), that holds all the years said (issued, or in its title) and all the subjects said (in its title or tags), at
 * least one, when no other does. Left as it is: a kind followed by a number, "số", a question word ("thông tư nào"), a
 * pointer ("thông tư đó") or the end of its clause; one said of several ("các quyết định", "2 thông tư") or as missing
 * ("không có thông tư"); a verb or common noun (`also-words` not at a clause's start or after an opener: "ai quyết
 * định …"); a clause naming a document by number or a local body ("thành phố có đề án …"), or a unit of the asker's
 * that has it ("Hội khuyến học xã em có quyết định …"). Subjects.yaml `described-documents` holds the words;
 * `documents` is read once, only when the question says a kind.
 */
export function withDescribedDocuments(question: string, documents: () => readonly DocumentMeta[], lexicon: Lexicon): string {
  const { nfc, words: all } = wordSpans(question);
  const accents = hasDiacritics(question);
  const mentions = lexicon.described.kinds.find(all, accents).slice(0, DESCRIBED_DOCUMENTS_READ);
  if (mentions.length === 0) return question;
  let known: readonly DocumentMeta[] | undefined;
  const inserts: { at: number; number: string }[] = [];
  mentions.forEach((mention, i) => {
    const after = mention.start + mention.length;
    const clause = clauseOf(nfc, all, mention.start, mention.length);
    if (!readsAsDocument(all, mention, clause, lexicon, accents)) return;
    const described = all.slice(after, Math.min(clause.end, mentions[i + 1]?.start ?? all.length));
    // "quyết định đề án …": a kind right before another is described by nothing of its own.
    if (described.length === 0) return;
    const kind = lexicon.described.kindTitle.get(mention.phrase)!;
    known ??= documents();
    const document = bestFit(nfc.slice(described[0]!.from, described.at(-1)!.to), described, all.slice(clause.start, clause.end), kind, known, lexicon, accents);
    // Typed bare, the number is put in bare too: its "Đ" would make the whole question read as typed with diacritics.
    if (document?.number) inserts.push({ at: all[after - 1]!.to, number: accents ? document.number : fold(document.number) });
  });
  return inserts.reduceRight((text, { at, number }) => `${text.slice(0, at)} ${number}${text.slice(at)}`, nfc);
}

/** The clause holding the words from `start` (`length` of them): the words between clause gaps around them. */
function clauseOf(nfc: string, words: readonly SpannedWord[], start: number, length: number): { start: number; end: number } {
  const gapBefore = (at: number) => CLAUSE_GAP.test(nfc.slice(words[at - 1]!.to, words[at]!.from));
  let first = start;
  while (first > 0 && !gapBefore(first)) first--;
  let end = start + length;
  while (end < words.length && !gapBefore(end)) end++;
  return { start: first, end };
}

/** Whether the kind at `mention` names one document the words after it describe (see withDescribedDocuments). */
function readsAsDocument(words: readonly SpannedWord[], mention: { start: number; length: number }, clause: { start: number; end: number }, lexicon: Lexicon, accents: boolean): boolean {
  const vocabulary = lexicon.described;
  const after = mention.start + mention.length;
  if (after >= clause.end || /^\d/u.test(words[after]!.folded) || words[after]!.folded === 'so') return false;
  if (lexicon.questionMarks.matchAt(words, after, accents) > 0 || lexicon.demonstratives.matchAt(words, after, accents) > 0) return false;
  // "không có cái thông tư", "2 thông tư": what stands before the kind, a "cái" aside.
  const before = words[mention.start - 1]?.folded === 'cai' ? mention.start - 1 : mention.start;
  const endsAt = (phrases: PhraseSet, at: number) => phrases.find(words.slice(Math.max(clause.start, at - 3), at), false).some(({ start, length }) => start + length === Math.min(at - clause.start, 3));
  if (endsAt(vocabulary.pluralBefore, before) || endsAt(vocabulary.absentBefore, before) || /^\d+$/u.test(words[before - 1]?.folded ?? '')) return false;
  if (vocabulary.alsoWords.matchAt(words, mention.start, false) === mention.length && mention.start > clause.start && !endsAt(vocabulary.kindOpeners, mention.start)) return false;
  const inClause = words.slice(clause.start, clause.end);
  // "Hội khuyến học xã em có quyết định …": a unit of the asker's that has a document has its own.
  if (words[mention.start - 1]?.folded === 'co' && unitNamedIn([{ words: inClause.slice(0, mention.start - clause.start) }], lexicon, accents)) return false;
  return !subjectsOf(inClause.map((word) => word.text).join(' '), lexicon).some((subject) => subject.kind === 'document');
}

/** The numbered document of the kind that fits the description best, when one fits better than every other. */
function bestFit(text: string, described: readonly Word[], clause: readonly Word[], kind: string, documents: readonly DocumentMeta[], lexicon: Lexicon, accents: boolean): DocumentMeta | undefined {
  const vocabulary = lexicon.described;
  // A local body said anywhere in the clause ("Hội khuyến học xã em có quyết định …") issues documents the index does not number.
  if (vocabulary.issuers.find(clause, accents).some((match) => vocabulary.issuerName.get(match.phrase) === LOCAL_ISSUER)) return undefined;
  const saidIssuers = vocabulary.issuers.find(described, accents).filter(({ start }) => start > 0 && vocabulary.issuerMarkers.matchAt(described, start - 1, false) === 1);
  const issuers = new Set(saidIssuers.map((match) => vocabulary.issuerName.get(match.phrase)));
  const years = text.match(YEAR) ?? [];
  if (vocabulary.needsIssuerOrYear.has(kind) && issuers.size === 0 && years.length === 0) return undefined;
  // The issuer said is no subject the document must be about ("quyết định của Hội Khuyến học về công dân học tập").
  const issuerWords = new Set(wordsIn(described, saidIssuers));
  const subjects = subjectsOf(described.filter((word) => !issuerWords.has(word)).map((word) => word.text).join(' '), lexicon).flatMap((subject) => (subject.kind === 'group' ? [subject.key] : []));
  // "thông tư mới về …", "cái thông tư cũ": said right after the kind, not "xã cũ" further on.
  const inForce = vocabulary.inForce.matchAt(described, 0, false) > 0;
  const replaced = vocabulary.replaced.matchAt(described, 0, false) > 0;
  const titled = (title: string) => ` ${fold(title.toLowerCase())} `.includes(` ${fold(kind)} `);
  const fits = documents
    .filter((document) => document.number && titled(document.title) && (issuers.size === 0 || issuers.has(document.issuer)))
    .filter((document) => inForce === replaced || (document.status === 'in-force') === inForce)
    .map((document) => {
      const own = new Set(subjectsOfSentence(`${document.title}. ${document.tags.join('. ')}`, lexicon).flatMap((subject) => (subject.kind === 'group' ? [subject.key] : [])));
      const ownYears = years.filter((year) => document.issued?.startsWith(year) || document.title.includes(year));
      const ownSubjects = subjects.filter((key) => own.has(key));
      // A year or subject said that is not the document's describes another ("đề án của TP.HCM giai đoạn 2021–2030").
      return { document, fit: ownYears.length === years.length && ownSubjects.length === subjects.length ? years.length + subjects.length : 0 };
    })
    .sort((a, b) => b.fit - a.fit);
  const [best, second] = fits;
  return best && best.fit > 0 && (second === undefined || best.fit > second.fit) ? best.document : undefined;
}
