// A message asking several things, answered together: each thing asked that no chosen sentence carries is answered from its own clause.
import { foldText } from '../text/vietnamese.js';
import type { Passage } from '../types.js';
import { FACETS, type Facet, type Lexicon } from '../understand/lexicon.js';
import type { Understanding } from '../understand/understand.js';
import { actsAsked, doerNamer } from '../understand/acts-asked.js';
import { composeExtractive, type ComposedAnswer, type ComposeTexts } from './extractive.js';
import { bestCoverage } from './focus.js';
import { joinSides } from './join-sides.js';
import { topicSubjectsOf } from './subjects.js';
import { MAX_LIST_CHARS, MISSING_PART_CHARS, MISSING_PART_SAID_SHARE } from './tuning.js';

/** What completing an answer needs from the engine. */
export interface MissingFacetDeps {
  lexicon: Lexicon;
  texts: ComposeTexts;
  /** The engine's search (passages naming the question's subjects first). */
  retrieve(question: string): Passage[];
  /** Reads a text as the engine reads a message. */
  read(text: string): Understanding;
  /** Minimum share of the question's weighted terms the best passage must contain. */
  minCoverage: number;
}

/** Facets one sentence can carry; a yes/no verdict and a comparison are judged on the whole answer. */
const PART_FACETS: readonly Facet[] = FACETS.filter((facet) => facet !== 'yesno' && facet !== 'comparison');

/**
 * "cong dan hoc tap la gi, mo hinh nay do van ban nao lap ra, phai duoc bao nhieu diem …": the answer composed for the
 * whole message gave the score three times and not what the title is. Each facet asked that the answer's sentences do
 * not carry is asked again of the clause asking it — with the topics the message names when the clause names none —
 * and one sentence answering it follows the answer: when its evidence holds, it carries the facet, it is no list item
 * cut from its list, it says something the answer does not, and the whole stays within MAX_LIST_CHARS. Undefined when
 * nothing is missing or nothing found completes it.
 */
export function withMissingFacets(
  composed: ComposedAnswer,
  passages: readonly Passage[],
  asked: { facets: readonly Facet[]; clauses: readonly string[]; question: string },
  deps: MissingFacetDeps,
): { answer: ComposedAnswer; passages: Passage[] } | undefined {
  const { lexicon } = deps;
  const carried = composed.carried;
  const missing = carried ? asked.facets.filter((facet) => PART_FACETS.includes(facet) && !carried.includes(facet)) : [];
  // "ai là người tự đánh giá trước, và thông tư chia làm mấy mức": a clause asking who does an act is answered only by a
  // sentence saying who does it — "… được đánh giá, xếp loại theo Thông tư 44" names the act, not who self-assesses.
  const unnamedAct = (clause: string) => {
    const acts = actsAsked(clause, lexicon);
    return acts.length > 0 && !doerNamer(acts, lexicon.actsAsked.doers, lexicon.actsAsked.notAfter)(composed.text);
  };
  const whoClause = carried && asked.clauses.length > 1 && !missing.includes('procedure') ? asked.clauses.find(unnamedAct) : undefined;
  if (whoClause !== undefined) missing.push('procedure');
  if (missing.length === 0) return undefined;
  // The topics as the message says them (folded: the search folds; a group's name would lose what was said, "mạng lưới
  // thành phố học tập toàn cầu" of the group named "UNESCO").
  const named = topicSubjectsOf(asked.question, lexicon)
    .map((subject) => subject.said)
    .join(' ');
  // The clauses that ask first: a clause telling the asker's case may hold a facet's cue ("được 85 điểm").
  const clauses = [...asked.clauses].sort((a, b) => Number(deps.read(b).asks) - Number(deps.read(a).asks));
  const sides: { answer: ComposedAnswer; passages: readonly Passage[] }[] = [];
  const answered = new Set<string>();
  let length = composed.text.length;
  for (const facet of missing) {
    const clause = facet === 'procedure' && whoClause !== undefined ? whoClause : clauses.find((text) => !answered.has(text) && deps.read(text).facets.includes(facet));
    if (clause === undefined) continue;
    answered.add(clause);
    const question = topicSubjectsOf(clause, lexicon).length > 0 || named === '' ? clause : `${named} ${clause}`;
    const found = deps.retrieve(question);
    if (bestCoverage(found) < deps.minCoverage) continue;
    // Asked who does an act, an item of a list naming the doer ("- Sở Giáo dục và Đào tạo mỗi tỉnh … tổ chức đánh giá,
    // công nhận Dòng họ học tập") answers it whole: the items are read as sentences. An item asked of any other facet
    // would be cut from its list.
    const asksWho = facet === 'procedure' && actsAsked(clause, lexicon).length > 0;
    const readFrom = asksWho ? found.map((passage) => ({ ...passage, text: passage.text.replace(/^[-*•]\s+/gmu, '') })) : found;
    const part = composeExtractive(question, readFrom, { facets: [facet], lexicon, texts: deps.texts, maxChars: MISSING_PART_CHARS, maxSentences: 1 });
    const fits = part.text.length <= MISSING_PART_CHARS && length + part.text.length < MAX_LIST_CHARS;
    if (!part.carried?.includes(facet) || !fits || part.text.startsWith('•') || saidAlready(part.text, [composed, ...sides.map((side) => side.answer)])) continue;
    sides.push({ answer: part, passages: found });
    length += part.text.length + 1;
  }
  if (sides.length === 0) return undefined;
  return { answer: joinSides([{ answer: composed, passages }, ...sides]), passages: [...passages, ...sides.flatMap((side) => side.passages)] };
}

/** Whether the answers already hold MISSING_PART_SAID_SHARE of the part's words (folded, citation markers aside). */
function saidAlready(part: string, answers: readonly ComposedAnswer[]): boolean {
  const foldedWords = (text: string) => foldText(text.replace(/\[\d+\]/gu, '')).match(/[\p{L}\p{N}]+/gu) ?? [];
  const held = new Set(answers.flatMap((answer) => foldedWords(answer.text)));
  const own = foldedWords(part);
  return own.length > 0 && own.filter((word) => held.has(word)).length >= own.length * MISSING_PART_SAID_SHARE;
}
