// Renders replies for Zalo Bot chats: plain text (Zalo shows no markup), sources as short lines, buttons as suggestions.
import { renderPlainText } from '../../core/text/render.js';
import type { Reply, ReplyButton } from '../../core/types.js';

/** Longest text one Zalo Bot message may carry. */
export const ZALO_BOT_TEXT_LIMIT = 2000;

/** Headings the rendering needs. */
export interface RenderTexts {
  /** Above the numbered sources, e.g. "Nguồn:". */
  sourcesHeading: string;
  /** Above quick-reply suggestions (Zalo Bot messages carry no buttons), e.g. "Bạn có thể hỏi:". */
  suggestionsHeading: string;
}

/** A reply as one plain text (split later): answer, sources, then suggested questions. */
export function renderReply(reply: Reply, texts: RenderTexts): string {
  return withSuggestions(renderPlainText(reply, texts.sourcesHeading), reply.buttons, texts.suggestionsHeading);
}

/** Appends button labels as "• label" lines, so a user can type one of them. */
export function withSuggestions(text: string, buttons: ReplyButton[][] | undefined, heading: string): string {
  const labels = (buttons ?? []).flat().map((button) => `• ${button.label}`);
  return labels.length === 0 ? text : `${text}\n\n${heading}\n${labels.join('\n')}`;
}
