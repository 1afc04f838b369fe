// Plain-text rendering for every channel: sources list, and buttons as text lines where a platform has none.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedbackButtons } from '../../src/core/feedback.js';
import { feedbackTexts } from '../../src/core/messages.js';
import { renderPlainText, renderTextOnly } from '../../src/core/text/render.js';
import type { Reply } from '../../src/core/types.js';
import { loadPrompts } from '../../src/prompts.js';
import { ROOT } from '../helpers/core.js';

const { messages } = loadPrompts(join(ROOT, 'prompts'));
const reply: Reply = {
  text: 'Ngày Khuyến học Việt Nam là ngày 2/10 hằng năm. [1]',
  citations: [{ n: 1, title: 'Quyết định 1272/QĐ-TTg về Ngày Khuyến học Việt Nam', reference: 'Quyết định 1272/QĐ-TTg, 16/09/2008', snippet: '…' }],
  refused: false,
  mode: 'extractive',
};

describe('renderPlainText', () => {
  it('lists numbered sources without repeating the document name in the title', () => {
    expect(renderPlainText(reply, 'Nguồn:')).toBe(
      'Ngày Khuyến học Việt Nam là ngày 2/10 hằng năm. [1]\n\nNguồn:\n[1] Quyết định 1272/QĐ-TTg, 16/09/2008 — Ngày Khuyến học Việt Nam',
    );
  });
});

describe('renderTextOnly', () => {
  it('turns 👍/👎 buttons into one hint line and quick replies into typed suggestions', () => {
    const text = renderTextOnly(
      { ...reply, buttons: [[{ label: 'Công dân học tập là gì?', data: 'Công dân học tập là gì?' }], ...feedbackButtons(7, feedbackTexts(messages))] },
      messages,
    );
    expect(text).toContain(`${messages.suggestionsHeading}\n• Công dân học tập là gì?`);
    expect(text.endsWith(messages.feedbackPrompt)).toBe(true);
    expect(text).not.toContain('fb:up');
    expect(text).not.toContain(messages.feedbackUpLabel);
  });
});
