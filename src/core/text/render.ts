// Renders a Reply as plain text: the answer, then a short numbered sources list; buttons as text where none exist.
import { citationLine } from '../answer/citations.js';
import { parseFeedbackData } from '../feedback.js';
import type { Messages } from '../messages.js';
import type { Reply, ReplyButton } from '../types.js';

/** Plain-text rendering of a reply with its sources under `heading` (e.g. "Nguồn:"). */
export function renderPlainText(reply: Reply, heading: string): string {
  if (reply.citations.length === 0) return reply.text;
  return `${reply.text}\n\n${heading}\n${reply.citations.map(citationLine).join('\n')}`;
}

/** For channels that show no buttons (Zalo): the reply as text, with quick replies and the feedback hint as lines. */
export function renderTextOnly(reply: Reply, messages: Messages): string {
  return appendButtonsAsText(renderPlainText(reply, messages.sourcesHeading), reply.buttons, messages);
}

/** Appends quick replies as "• label" lines the user can type, and 👍/👎 buttons as one hint line. */
export function appendButtonsAsText(text: string, buttons: ReplyButton[][] | undefined, messages: Messages): string {
  const all = (buttons ?? []).flat();
  const suggestions = all.filter((button) => !parseFeedbackData(button.data)).map((button) => `• ${button.label}`);
  let out = text;
  if (suggestions.length > 0) out += `\n\n${messages.suggestionsHeading}\n${suggestions.join('\n')}`;
  if (all.some((button) => parseFeedbackData(button.data))) out += `\n\n${messages.feedbackPrompt}`;
  return out;
}
