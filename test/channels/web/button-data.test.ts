// Button data sent back as text from another session (a copied link, an old tab) is answered, never stored as a question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebChatRoutes } from '../../../src/channels/web/routes.js';
import { createHttpApp, closeServer, listen } from '../../../src/http.js';
import { createLogger } from '../../../src/logger.js';
import type { Core } from '../../../src/main.js';
import { tempDir, testCore } from '../../helpers/core.js';

let core: Core;
let close: () => Promise<void>;
let base: string;

beforeAll(async () => {
  const temp = tempDir();
  core = await testCore(temp.dir);
  const app = createHttpApp(createLogger('silent'), () => ({}));
  app.route('/', createWebChatRoutes({ assistant: core.assistant, messages: core.prompts.messages, perMinute: 1000 }));
  const started = await listen(app, '127.0.0.1', 0);
  base = `http://127.0.0.1:${started.port}`;
  close = async () => {
    await closeServer(started.server);
    core.close();
    temp.cleanup();
  };
});
afterAll(() => close());

const chat = async (sessionId: string, text: string) =>
  (await (await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId, text }) })).json()) as {
    answer: string;
    mode: string;
  };

describe('feedback button data from another session', () => {
  it('gets the stale-button reply and is not logged as a question', async () => {
    await chat('owner', 'Ngày Khuyến học Việt Nam là ngày nào?');
    const turns = () => (core.db.prepare('SELECT count(*) AS n FROM turns').get() as { n: number }).n;
    const before = turns();
    for (const data of ['fb:down:2', 'fb:up:1', ' fb:down:999999 ']) {
      const reply = await chat('stranger', data);
      expect(reply.answer).toBe(core.prompts.messages.feedbackStale);
      expect(reply.mode).toBe('system');
    }
    expect(turns()).toBe(before);
    expect(core.db.prepare("SELECT count(*) AS n FROM turns WHERE question LIKE '%fb:%'").get()).toEqual({ n: 0 });
    expect(core.db.prepare('SELECT feedback FROM turns').all()).toEqual([{ feedback: null }]);
  });
});
