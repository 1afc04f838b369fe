// The whole server with both Zalo channels configured: a bad Zalo token and an unreachable OA never stop the web chat.
import { afterEach, expect, test } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { startServer, type RunningServer } from '../../../src/main.js';
import { startFakeZaloBot, type FakeZaloBot } from '../../fakes/zalo-bot-server.js';
import { testConfig, waitFor } from './harness.js';

let server: RunningServer | undefined;
let fake: FakeZaloBot | undefined;

afterEach(async () => {
  await server?.stop();
  await fake?.close();
});

test('a wrong Zalo Bot token and an unreachable Zalo OA are logged; the web chat keeps answering', async () => {
  fake = await startFakeZaloBot();
  const config = testConfig({
    PORT: '0',
    ZALO_BOT_TOKEN: 'wrong-token',
    ZALO_BOT_API_BASE: fake.base,
    ZALO_BOT_WEBHOOK_URL: 'https://loa.example.org/webhooks/zalo-bot',
    ZALO_BOT_WEBHOOK_SECRET: 'secret-123456',
    ZALO_OA_APP_ID: 'app',
    ZALO_OA_APP_SECRET: 'app-secret',
    ZALO_OA_SECRET_KEY: 'key',
    ZALO_OA_REFRESH_TOKEN: 'refresh',
    ZALO_OA_API_BASE: 'http://127.0.0.1:9',
    ZALO_OA_OAUTH_BASE: 'http://127.0.0.1:9',
  });
  const logs: string[] = [];
  server = await startServer(config, createLogger('info', { write: (line: string) => void logs.push(line) }));
  expect(server.outbound.map((o) => o.name)).toEqual(expect.arrayContaining(['zalo-bot', 'zalo-oa']));
  // Channels start in the background (retried with backoff), so the failure is logged soon after start-up.
  await waitFor(() => logs.join('').includes('ZALO_BOT_TOKEN is wrong'));
  await waitFor(() => logs.some((line) => line.includes('Zalo OA: could not refresh the access token')));

  const response = await fetch(`http://127.0.0.1:${server.port}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sessionId: 's1', text: 'Gia đình học tập là gì?' }),
  });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { answer: string }).answer).toContain('Gia đình học tập');
  expect(logs.join('')).not.toContain('wrong-token');
});
