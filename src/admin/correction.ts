// The message a resident receives when a moderator corrects the answer to their question.
import { fill } from '../core/messages.js';
import type { CuratedEntry } from '../store/curated.js';

/** Plain text of a correction: `intro` (messages.correctionIntro, with {question}), the answer and its source. */
export function correctionMessage(question: string, entry: CuratedEntry, intro: string, sourcesHeading: string): string {
  const source = entry.citations[0];
  const sourceLine = source ? `${sourcesHeading} ${[source.reference, source.title].filter(Boolean).join(' — ')}${source.url ? ` (${source.url})` : ''}` : '';
  const asked = question.length > 200 ? `${question.slice(0, 199)}…` : question;
  return [fill(intro, { question: asked }), entry.answer, sourceLine].filter(Boolean).join('\n\n');
}
