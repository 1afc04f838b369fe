// The model-call budget: past MODEL_CALLS_PER_MINUTE the model is not called and answers are extractive ('model_budget').
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCallBudget } from '../../src/core/answer/model-budget.js';
import { ModelError } from '../../src/core/answer/model.js';
import type { Core } from '../../src/main.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { tempDir, testCore } from '../helpers/core.js';

let fake: FakeOpenAI;
let core: Core;
let cleanup: () => void;

beforeAll(async () => {
  fake = await startFakeOpenAI(() => ({ text: 'Gia đình học tập là một mô hình học tập [1].' }));
  const temp = tempDir();
  cleanup = temp.cleanup;
  core = await testCore(temp.dir, { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', MODEL_CALLS_PER_MINUTE: '2' });
});
afterAll(async () => {
  core.close();
  await fake.close();
  cleanup();
});

describe('model call budget', () => {
  it('stops calling the model once the budget is spent and records why the answer is extractive', async () => {
    const replies = [];
    for (let i = 0; i < 4; i++) {
      const chatId = `budget-${i}`;
      const reply = await core.assistant.handle({ address: { channel: 'web', chatId }, userId: chatId, kind: 'text', text: 'gia dinh hoc tap la gi', receivedAt: new Date() });
      replies.push({ mode: reply.mode, reason: core.turns.recent('web', chatId, 1)[0]!.fallbackReason });
    }
    expect(fake.requests).toHaveLength(2);
    expect(replies.slice(0, 2).map((r) => r.mode)).toEqual(['grounded', 'grounded']);
    expect(replies.slice(2)).toEqual([
      { mode: 'extractive', reason: 'model_budget' },
      { mode: 'extractive', reason: 'model_budget' },
    ]);
  });

  it('frees calls as the minute slides on', async () => {
    let now = 0;
    let calls = 0;
    const model = withCallBudget({ complete: async () => `${++calls}` }, 2, () => now);
    await model.complete([]);
    now = 30_000;
    await model.complete([]);
    await expect(model.complete([])).rejects.toMatchObject({ reason: 'budget' } satisfies Partial<ModelError>);
    now = 60_001;
    await expect(model.complete([])).resolves.toBe('3');
    await expect(model.complete([])).rejects.toBeInstanceOf(ModelError);
  });
});
