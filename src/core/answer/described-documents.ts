// Reads a document named by what it is rather than by number ("cái thông tư cũ năm 2014 về cộng đồng học tập") as that document.
import type { DocumentMeta } from '../types.js';
import { fold, hasDiacritics } from '../text/vietnamese.js';
import type { Lexicon } from '../understand/lexicon.js';
import { CLAUSE_GAP, wordSpans, type SpannedWord } from '../understand/words.js';
import { subjectsOf, subjectsOfSentence } from './subjects.js';

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/**
 * The question with the number of each document it names by kind and description put after the kind ("thông tư về
 * cộng đồng học tập năm 2023" → "thông tư 25/2023/TT-BGDĐT về …"), so it is read as if the resident had typed it. The
 * description runs from the kind to the next kind or the end of its clause; the document is the one numbered document
 * of that kind (in its title), by the issuer said (after "của", or before the kind in its clause) and in force or
 * replaced as said ("mới", "cũ"), that holds all the years said (issued, or in its title) and all the subjects said
 * (in its title or tags), at least one, when no other does. A kind followed by a number, a question word ("thông tư
 * nào") or a pointer ("thông tư đó"), said of several ("các quyết định") or as missing ("không có thông tư"), is left as
 * it is. `documents` is called only when the question says a kind.
 */
export function withDescribedDocuments(question: string, documents: () => readonly DocumentMeta[], lexicon: Lexicon): string {
  const { nfc, words } = wordSpans(question);
  const mentions = lexicon.describedKinds.find(words, false);
  if (mentions.length === 0) return question;
  const accents = hasDiacritics(question);
  const named = new Set(subjectsOf(question, lexicon).flatMap((subject) => (subject.kind === 'document' ? [subject.number] : [])));
  const endsBefore = (at: number, phrases: Lexicon['describedPluralBefore']) => phrases.find(words.slice(Math.max(0, at - 3), at), false).some(({ start, length }) => start + length === Math.min(at, 3));
  const inserts: { at: number; number: string }[] = [];
  mentions.forEach((mention, i) => {
    const after = mention.start + mention.length;
    if (after >= words.length || /^\d/u.test(words[after]!.folded)) return;
    if (lexicon.questionMarks.matchAt(words, after, accents) > 0 || lexicon.demonstratives.matchAt(words, after, accents) > 0) return;
    if (endsBefore(mention.start, lexicon.describedPluralBefore) || endsBefore(mention.start, lexicon.describedAbsentBefore)) return;
    const described = clauseWords(nfc, words, after, mentions[i + 1]?.start ?? words.length, 1);
    const before = clauseWords(nfc, words, mention.start, mentions[i - 1] ? mentions[i - 1]!.start + mentions[i - 1]!.length : 0, -1);
    const kind = lexicon.describedKindTitle.get(mention.phrase)!;
    const document = bestFit(nfc.slice(described[0]!.from, described.at(-1)!.to), described, before, kind, documents(), lexicon);
    // Typed bare, the number is put in bare too: its "Đ" would make the whole question read as typed with diacritics.
    if (document?.number && !named.has(document.number.split('/')[0]!)) inserts.push({ at: words[after - 1]!.to, number: accents ? document.number : fold(document.number) });
  });
  return inserts.reduceRight((text, { at, number }) => `${text.slice(0, at)} ${number}${text.slice(at)}`, nfc);
}

/**
 * The words of the clause from `from` on (`step` 1) until `stop`, at least one, or before `from` (`step` -1) back to
 * `stop`, in order.
 */
function clauseWords(nfc: string, words: readonly SpannedWord[], from: number, stop: number, step: 1 | -1): SpannedWord[] {
  const gapBefore = (at: number) => CLAUSE_GAP.test(nfc.slice(words[at - 1]!.to, words[at]!.from));
  if (step === 1) {
    let end = from + 1;
    while (end < stop && !gapBefore(end)) end++;
    return words.slice(from, end);
  }
  let start = from;
  while (start > stop && !gapBefore(start)) start--;
  return words.slice(start, from);
}

/** The numbered document of the kind that fits the description best, when one fits better than every other. */
function bestFit(text: string, described: readonly SpannedWord[], before: readonly SpannedWord[], kind: string, documents: readonly DocumentMeta[], lexicon: Lexicon): DocumentMeta | undefined {
  const saidIssuers = lexicon.describedIssuers.find(described, false).filter(({ start }) => start > 0 && lexicon.describedIssuerMarkers.matchAt(described, start - 1, false) === 1);
  const issuers = new Set([...saidIssuers, ...lexicon.describedIssuers.find(before, false)].map((match) => lexicon.describedIssuerName.get(match.phrase)));
  const years = text.match(YEAR) ?? [];
  // The issuer said is no subject the document must be about ("quyết định của Hội Khuyến học về công dân học tập").
  const issuerWords = new Set(saidIssuers.flatMap(({ start, length }) => described.slice(start, start + length).map((word) => word.from)));
  const rest = described.filter((word) => !issuerWords.has(word.from)).map((word) => word.text).join(' ');
  const subjects = subjectsOf(rest, lexicon).flatMap((subject) => (subject.kind === 'group' ? [subject.key] : []));
  const inForce = lexicon.describedInForce.find(described, false).length > 0;
  const replaced = lexicon.describedReplaced.find(described, false).length > 0;
  const kindPattern = new RegExp(`(^|\\s)${kind}(\\s|$)`, 'iu');
  const fits = documents
    .filter((document) => document.number && kindPattern.test(document.title) && (issuers.size === 0 || issuers.has(document.issuer)))
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
