// Renders a Reply as plain text: the answer, then a short numbered sources list. Used by every text channel.
import { citationLine } from '../answer/citations.js';
import type { Reply } from '../types.js';

/** Plain-text rendering of a reply with its sources under `heading` (e.g. "Nguồn:"). */
export function renderPlainText(reply: Reply, heading: string): string {
  if (reply.citations.length === 0) return reply.text;
  return `${reply.text}\n\n${heading}\n${reply.citations.map(citationLine).join('\n')}`;
}
