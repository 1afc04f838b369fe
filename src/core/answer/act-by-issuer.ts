// "ai ký quyết định 677": the issuer's card when no passage found says who did the act asked of a named document.
import { fill, type Messages } from '../messages.js';
import type { Passage } from '../types.js';
import { actNamer, actsAsked } from '../understand/acts-asked.js';
import type { Lexicon } from '../understand/lexicon.js';
import { documentName, formatDate, toCitation } from './citations.js';
import type { ComposedAnswer } from './extractive.js';
import { namedDocumentNumbers } from './subjects.js';

/**
 * Asked who did an act that has stand-ins (`acts-asked` `stand-ins`: "ký" → "ban hành") of the document the question
 * names by number and the best passage is from, when none of the passages of that document names the act ("… do Phó Thủ
 * tướng … ký" is said of some decisions only): the reply is that alone, "{name} do {issuer} ban hành ngày {date}; … không
 * ghi rõ ai ký … [1]", cited to the best passage. Undefined otherwise, and when the document's issuer or date is not known.
 */
export function actByIssuer(question: string, passages: readonly Passage[], lexicon: Lexicon, messages: Pick<Messages, 'actByIssuer'>): ComposedAnswer | undefined {
  const best = passages[0];
  const { number, issuer, issued } = best?.meta ?? {};
  if (!best || !number || !issuer || !issued) return undefined;
  const act = actsAsked(question, lexicon).find((asked) => lexicon.actsAsked.standIns.has(asked));
  if (act === undefined || !namedDocumentNumbers(question, lexicon).some((named) => number.startsWith(`${named}/`))) return undefined;
  const namesAct = actNamer([act], lexicon.actsAsked.notAfter);
  if (passages.some((passage) => passage.documentId === best.documentId && namesAct(passage.text))) return undefined;
  const card = fill(messages.actByIssuer, { name: documentName(best.meta) ?? number, issuer, date: formatDate(issued), act });
  return { text: `${card} [1]`, citations: [toCitation(1, best, card)] };
}
