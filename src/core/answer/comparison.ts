// Comparisons give both sides: each subject compared ("QĐ 387 và QĐ 677", "gia đình và dòng họ") is searched and answered.
import type { Citation, Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import type { ComposedAnswer } from './extractive.js';
import { wordsOf } from '../understand/words.js';
import { kindOf, subjectsOf, withoutReplacedSubjects, type Subject } from './subjects.js';

/**
 * The subjects a comparison sets side by side: two or more titles, places, events or documents of one kind; else two
 * or more years of the one subject named ("chủ đề Tuần lễ năm 2023 và năm 2024 khác nhau thế nào").
 */
export function comparedSubjects(query: string, lexicon: Lexicon): Subject[] {
  const subjects = subjectsOf(query, lexicon);
  const byKind = new Map<string, Subject[]>();
  for (const subject of subjects) byKind.set(kindOf(subject, lexicon), [...(byKind.get(kindOf(subject, lexicon)) ?? []), subject]);
  const groups = [...byKind.entries()];
  const named = groups.find(([kind, group]) => kind !== 'year' && group.length >= 2)?.[1];
  if (named) return named;
  const years = byKind.get('year') ?? [];
  return years.length >= 2 && groups.filter(([kind]) => kind !== 'year').every(([, group]) => group.length === 1) ? years : [];
}

/**
 * Whether a passage compares the sides itself: its heading names every compared subject ("Thông tư 44/2014 khác
 * Thông tư 25/2023 thế nào?"), so it answers the comparison better than each side searched on its own.
 */
export function comparesAll(passage: Passage, compared: readonly Subject[], lexicon: Lexicon): boolean {
  const named = subjectsOf(passage.heading, lexicon);
  const key = (subject: Subject) => (subject.kind === 'group' ? `g:${subject.key}` : subject.kind === 'year' ? `y:${subject.year}` : `d:${subject.number}`);
  return compared.every((subject) => named.some((other) => key(other) === key(subject)));
}

/**
 * The question about one side only: the other compared subjects, the words that compare ("khác nhau") and those that
 * join the sides ("và", "với") taken out.
 */
export function questionAbout(query: string, subject: Subject, lexicon: Lexicon): string {
  const words = wordsOf(`${withoutReplacedSubjects(query, subject.said, lexicon)} ${subject.said}`);
  const spans = [...lexicon.facets.get('comparison')!.find(words, false), ...lexicon.comparisonJoiners.find(words, false)];
  const comparing = new Set(spans.flatMap((m) => Array.from({ length: m.length }, (_, k) => m.start + k)));
  return words.filter((_, i) => !comparing.has(i)).map((w) => w.text).join(' ');
}

/** Joins the answers for each side, one per line, numbering their sources anew (a document cited twice keeps one number). */
export function joinSides(sides: readonly { answer: ComposedAnswer; passages: readonly Passage[] }[]): ComposedAnswer {
  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const { answer } of sides) {
    const renumber = new Map<number, number>();
    for (const citation of answer.citations) {
      const same = citations.find((c) => c.title === citation.title && c.reference === citation.reference);
      const n = same?.n ?? citations.length + 1;
      if (!same) citations.push({ ...citation, n });
      renumber.set(citation.n, n);
    }
    lines.push(answer.text.replace(/\[(\d+)\]/gu, (whole, n: string) => (renumber.has(Number(n)) ? `[${renumber.get(Number(n))}]` : whole)));
  }
  return { text: lines.join('\n'), citations };
}
