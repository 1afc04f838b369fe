// A passage headed by who does the act a question asks of a document ("Ai ký Quyết định 1315/QĐ-TTg?") goes first, or second.
import type { Passage } from '../types.js';
import { actsAsked } from '../understand/acts-asked.js';
import type { Facet, Lexicon } from '../understand/lexicon.js';
import { subjectsNamed, subjectsOf } from './subjects.js';
import { ACT_HEADING_WINDOW } from './tuning.js';

/**
 * For a question asking who does an act of a document it names, or checking a claim of who did ("qđ 1315 do thủ tướng
 * Phạm Minh Chính ký phải không"), moves to the front the first of the next few passages whose heading asks who does
 * that act and belongs to the document (its heading or number names it): a name in the claim otherwise draws a passage
 * about another act ("… phát động"). Asked more than that, the best passage stays first and that one comes second.
 * The act is the one this message asks (`asked`); the document may be named by the turn a follow-up builds on (`named`).
 */
export function preferActHeading(passages: Passage[], question: { asked: string; named: string; facets: readonly Facet[]; clauses: number }, lexicon: Lexicon): Passage[] {
  const acts = actsAsked(question.asked, lexicon);
  const documents = subjectsOf(question.named, lexicon).filter((subject) => subject.kind === 'document');
  if (acts.length === 0 || documents.length === 0) return passages;
  const headed = (passage: Passage) => actsAsked(passage.heading, lexicon).some((act) => acts.includes(act)) && subjectsNamed({ ...passage, text: '' }, documents, lexicon) === documents.length;
  // "… là kế hoạch đến năm 2030 phải không, do ai ký", "văn bản này nói về gì và ai ký": a message asking more than who
  // did it keeps its best passage first, and the one saying who comes next, from any rank found.
  if (question.clauses > 1 || question.facets.some((facet) => !ACT_FACETS.includes(facet))) {
    const at = passages.findIndex(headed);
    return at <= 1 ? passages : [passages[0]!, passages[at]!, ...passages.filter((_, i) => i !== 0 && i !== at)];
  }
  const at = passages.slice(0, ACT_HEADING_WINDOW).findIndex(headed);
  return at <= 0 ? passages : [passages[at]!, ...passages.filter((_, i) => i !== at)];
}

/** Facets of a message asking only who did an act, or whether a claim of it holds. */
const ACT_FACETS: readonly Facet[] = ['procedure', 'yesno'];
