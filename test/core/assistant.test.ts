// The channel-neutral assistant on a real core: commands, non-text, limits, follow-ups and failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/core/assistant.js';
import type { IncomingMessage } from '../../src/core/types.js';
import type { Core } from '../../src/main.js';
import { tempDir, testCore } from '../helpers/core.js';

let core: Core;
let cleanup: () => void;
beforeAll(async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  core = await testCore(temp.dir);
});
afterAll(() => {
  core.close();
  cleanup();
});

const message = (text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
  address: { channel: 'telegram', chatId: extra.address?.chatId ?? 'c1' },
  userId: 'u1',
  kind: 'text',
  text,
  receivedAt: new Date(),
  ...extra,
});

describe('assistant', () => {
  it('greets on /start, says it is automated and offers quick replies', async () => {
    const reply = await core.assistant.handle(message('/start', { kind: 'command', command: 'start' }));
    expect(reply.text).toMatch(/trợ lý tự động/u);
    expect(reply.buttons?.flat().length).toBeGreaterThan(0);
    expect(reply.turnId).toBeUndefined();
  });

  it('answers non-text messages with the text-only note', async () => {
    const reply = await core.assistant.handle(message('', { kind: 'unsupported' }));
    expect(reply.text).toBe(core.prompts.messages.unsupported);
  });

  it('asks for a question when the text is empty', async () => {
    expect((await core.assistant.handle(message('  \n '))).text).toBe(core.prompts.messages.empty);
  });

  it('asks for a shorter question when the text is huge, and logs it truncated', async () => {
    const reply = await core.assistant.handle(message('gia đình học tập '.repeat(2000), { address: { channel: 'telegram', chatId: 'long' } }));
    expect(reply.text).toBe(core.prompts.messages.tooLong);
    expect(reply.refused).toBe(true);
    expect(core.turns.get(reply.turnId!)!.question.length).toBeLessThanOrEqual(2001);
  });

  it('resolves a follow-up with the previous question', async () => {
    const chatId = 'follow';
    await core.assistant.handle(message('Gia đình học tập là gì?', { address: { channel: 'telegram', chatId } }));
    const reply = await core.assistant.handle(message('còn dòng họ thì sao?', { address: { channel: 'telegram', chatId } }));
    expect(reply.refused).toBe(false);
    expect(reply.citations[0]?.title.toLowerCase()).toContain('dòng họ học tập');
    expect(reply.text.toLowerCase().startsWith('dòng họ học tập')).toBe(true);
  });

  it('logs small talk with its mode, gives it no feedback buttons, and leaves it out of the next question\'s history', async () => {
    const histories: { question: string; history: string[] }[] = [];
    const assistant = createAssistant({
      engine: {
        answer(question, history = [], now) {
          histories.push({ question, history: history.map((turn) => turn.question) });
          return core.engine.answer(question, history, now);
        },
      },
      turns: core.turns,
      messages: core.prompts.messages,
    });
    const at = (text: string) => message(text, { address: { channel: 'telegram', chatId: 'smalltalk' } });
    const answered = await assistant.handle(at('Gia đình học tập là gì?'));
    expect(answered.mode).toBe('extractive');
    expect(answered.buttons?.flat().length).toBeGreaterThan(0);

    const thanks = await assistant.handle(at('cảm ơn ad nhé'));
    expect(thanks).toMatchObject({ mode: 'smalltalk', refused: false, text: core.prompts.messages.smallTalk.thanks, citations: [] });
    expect(thanks.buttons).toBeUndefined();
    expect(core.turns.get(thanks.turnId!)).toMatchObject({ question: 'cảm ơn ad nhé', mode: 'smalltalk', refused: false, answer: core.prompts.messages.smallTalk.thanks });

    const followUp = await assistant.handle(at('còn dòng họ thì sao?'));
    expect(histories.map((h) => h.history)).toEqual([[], ['Gia đình học tập là gì?'], ['Gia đình học tập là gì?']]);
    // The follow-up is still read against the real question, not the thanks.
    expect(followUp.refused).toBe(false);
    expect(followUp.text.toLowerCase().startsWith('dòng họ học tập')).toBe(true);
    expect(followUp.buttons?.flat().length).toBeGreaterThan(0);
  });

  it('never leaks a failure: the user gets a polite error and the error is reported', async () => {
    const errors: unknown[] = [];
    const assistant = createAssistant({
      engine: { answer: () => Promise.reject(new Error('disk on fire')) },
      turns: core.turns,
      messages: core.prompts.messages,
      onError: (error) => errors.push(error),
    });
    const reply = await assistant.handle(message('gia dinh hoc tap'));
    expect(reply.text).toBe(core.prompts.messages.error);
    expect(reply.text).not.toContain('disk');
    expect(errors).toHaveLength(1);
  });
});
