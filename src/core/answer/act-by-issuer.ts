// "ai ký quyết định 677": the issuer's card when no passage found says who did the act asked of the one document named.
import { fill, type Messages } from '../messages.js';
import type { Passage } from '../types.js';
import { actNamer, readActsAsked } from '../understand/acts-asked.js';
import { contentWords } from '../understand/cues.js';
import { documentMentions } from '../understand/documents-named.js';
import { removePhrases } from '../understand/filler.js';
import type { Lexicon } from '../understand/lexicon.js';
import { wordsOf, wordsOutside } from '../understand/words.js';
import { documentName, formatDate, toCitation } from './citations.js';
import type { ComposedAnswer } from './extractive.js';

/**
 * Asked only who did an act that has a stand-in (`acts-asked` `stand-ins`: "ký" → "ban hành") of one document named by
 * kind and number — nothing else left in the question once the document, the act, the words asking who and the actor
 * a claim names are set aside ("ai ký quyết định 677", "qđ 677 do ai ký", "qđ 677 có phải do Bộ Giáo dục ký không") —
 * when the best passage is that document's (same kind) and no passage found names the act with its number ("…
 * 1315/QĐ-TTg do Phó Thủ tướng … ký" is said of some decisions only): the reply is that alone, "{name} do {issuer}
 * {standIn} ngày {date}; … không ghi rõ ai {act} …", cited to the best passage. Undefined otherwise, and when the
 * document's issuer or date is not known.
 */
export function actByIssuer(question: string, passages: readonly Passage[], lexicon: Lexicon, messages: Pick<Messages, 'actByIssuer'>): ComposedAnswer | undefined {
  const best = passages[0];
  const { number, issuer, issued } = best?.meta ?? {};
  if (!best || !number || !issuer || !issued) return undefined;
  const { acts, claimed } = readActsAsked(question, lexicon);
  const act = acts.find((asked) => lexicon.actsAsked.standIns.has(asked));
  if (act === undefined) return undefined;
  const words = wordsOf(question);
  const mentions = documentMentions(words, lexicon);
  if (mentions.length !== 1) return undefined;
  const { start, end } = mentions[0]!;
  // The document said is the best passage's: its number, and its kind ("quyết định 44" is no "Thông tư 44/2014").
  const said = words.slice(start, end);
  const name = documentName(best.meta) ?? number;
  const kindSaid = said.slice(0, -1).filter((word) => word.folded !== 'so');
  const kindNamed = wordsOf(name).slice(0, kindSaid.length === 1 && kindSaid[0]!.folded.length <= 2 ? 2 : kindSaid.length);
  if (!number.startsWith(`${said[said.length - 1]!.folded.split('/')[0]}/`) || kindKey(kindSaid) !== kindKey(kindNamed)) return undefined;
  const { who, acts: actWords, links, claimers } = lexicon.actsAsked;
  // The actor a claim names ("có phải do Bộ Giáo dục ký không") is checked by the card, not asked beside it.
  const left = wordsOutside(words, [...claimed, { start, length: end - start }]);
  const rest = [who, actWords, links, claimers].reduce((remaining, phrases) => removePhrases(remaining, phrases, false), left);
  if (contentWords(rest, lexicon, false) > 0) return undefined;
  const namesAct = actNamer([act], lexicon.actsAsked.notAfter);
  const root = `${number.split('/')[0]}/`;
  if (passages.some((passage) => (passage.documentId === best.documentId || passage.text.includes(root)) && namesAct(passage.text))) return undefined;
  const standIn = lexicon.actsAsked.standIns.get(act)![0]!;
  const card = fill(messages.actByIssuer, { name, issuer, standIn, date: formatDate(issued), act });
  return { text: `${card} [1]`, citations: [toCitation(1, best, card)] };
}

/** A document kind as one key: "qđ" as typed, "quyết định" by its initials ("qd"), so the two forms compare equal. */
function kindKey(words: readonly { folded: string }[]): string {
  return words.length === 1 ? words[0]!.folded : words.map((word) => word.folded[0]).join('');
}
