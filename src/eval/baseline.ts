// The plain baseline `loa eval` compares with: MiniSearch over the same passages, folded (đ→d), top-1 passage only.
import { fold, tokenize } from '../core/text/vietnamese.js';

/** A passage as the baseline indexes it. */
export interface BaselinePassage {
  title: string;
  heading: string;
  text: string;
}

/**
 * Builds the baseline, or undefined when MiniSearch (a development dependency) is not installed.
 * Returns the text of the best passage for a question.
 */
export async function createMiniSearchBaseline(passages: readonly BaselinePassage[]): Promise<((question: string) => string | undefined) | undefined> {
  let MiniSearch: typeof import('minisearch').default;
  try {
    MiniSearch = (await import('minisearch')).default;
  } catch {
    return undefined;
  }
  const index = new MiniSearch<BaselinePassage & { id: number }>({
    fields: ['title', 'heading', 'text'],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => fold(term),
  });
  index.addAll(passages.map((p, id) => ({ ...p, id })));
  return (question) => {
    const best = index.search(question)[0];
    return best ? passages[Number(best.id)]?.text : undefined;
  };
}
