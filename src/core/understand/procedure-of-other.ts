// Papers asked of something the documents are not about: "giấy phép kinh doanh … thủ tục làm ở đâu, cần giấy tờ gì".
import { numberedDocuments } from './documents-named.js';
import type { Facet, Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** Facets of a question asking only how, where or when something is filed ("cần giấy tờ gì, nộp ở đâu, hạn khi nào"). */
const FILING_FACETS: ReadonlySet<Facet> = new Set(['procedure', 'place', 'date']);

/**
 * True when the message asks only a procedure of filing papers (`filing-words`; with where or when) and names nothing of the documents: no title, event
 * or document (places are where the asker lives, not what they file), no kind of document and no act of the campaign
 * (`campaign-acts`). "Giấy phép kinh doanh hộ cá thể của em sắp phải làm lại. Ad chỉ em thủ tục làm ở đâu, cần giấy tờ
 * gì?" asks the papers of a business licence, which the documents' own registration procedures do not answer.
 */
export function asksProcedureOfOther(words: readonly Word[], facets: readonly Facet[], lexicon: Lexicon, accents: boolean): boolean {
  if (!facets.includes('procedure') || !facets.every((facet) => FILING_FACETS.has(facet)) || lexicon.filingWords.find(words, accents).length === 0) return false;
  const namesDocuments = lexicon.subjects.find(words, false).some((match) => lexicon.subjectKind.get(lexicon.subjectGroup.get(match.phrase)!) !== 'places');
  return (
    !namesDocuments &&
    numberedDocuments(words, lexicon).length === 0 &&
    lexicon.documentKinds.find(words, accents).length === 0 &&
    lexicon.anyDocument.find(words, accents).length === 0 &&
    lexicon.campaignActs.find(words, accents).length === 0
  );
}
