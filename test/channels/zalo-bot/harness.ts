// Test harness for the Zalo channels: a temp knowledge folder, a real core on a SQLite file, one channel on a real HTTP port.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChannelContext, ChannelHandle } from '../../../src/channels/types.js';
import { loadConfig, type Config } from '../../../src/config.js';
import { closeServer, createHttpApp, listen } from '../../../src/http.js';
import { ingest } from '../../../src/knowledge/ingest.js';
import { createLogger } from '../../../src/logger.js';
import { buildCore, type Core } from '../../../src/main.js';

const DOCUMENT = `---
title: "Danh hiệu Gia đình học tập"
number: "387/QĐ-TTg"
issued: 2022-03-25
status: in-force
---

# Gia đình học tập là gì

Gia đình học tập là danh hiệu ghi nhận những gia đình mà mọi thành viên đều tích cực học tập suốt đời. Danh hiệu Gia đình học tập do Hội Khuyến học xét và UBND xã công nhận hằng năm.

# Tuần lễ học tập suốt đời

Tuần lễ hưởng ứng học tập suốt đời được tổ chức hằng năm từ ngày 1 đến ngày 7 tháng 10.
`;

/** A temp folder with knowledge/ (one document) and a settings object pointing at it; `env` adds or overrides settings. */
export function testConfig(env: Record<string, string>, dir = mkdtempSync(join(tmpdir(), 'loa-zalo-'))): Config {
  const knowledge = join(dir, 'knowledge');
  mkdirSync(knowledge, { recursive: true });
  writeFileSync(join(knowledge, 'gia-dinh-hoc-tap.md'), DOCUMENT);
  return loadConfig({
    DATABASE_PATH: join(dir, 'loa.db'),
    KNOWLEDGE_DIR: knowledge,
    PROMPTS_DIR: resolve('prompts'),
    LOG_LEVEL: 'debug',
    ...env,
  });
}

/** A running core + HTTP server + channel. `logs` holds every JSON log line. */
export interface Node<H extends ChannelHandle> {
  core: Core;
  handle: H;
  /** e.g. "http://127.0.0.1:40123" */
  url: string;
  logs: string[];
  close(): Promise<void>;
}

/** Builds the core on the config's database, ingests its knowledge, sets up the channel, listens, and starts it. */
export async function openNode<H extends ChannelHandle>(
  config: Config,
  createChannel: (context: ChannelContext) => Promise<H | { off: string }>,
): Promise<Node<H>> {
  const core = buildCore(config);
  await ingest(core.knowledge, [config.KNOWLEDGE_DIR], { baseDir: config.KNOWLEDGE_DIR });
  const logs: string[] = [];
  const logger = createLogger(config.LOG_LEVEL, { write: (line: string) => void logs.push(line) });
  const http = createHttpApp(logger, () => ({}));
  const result = await createChannel({ config, logger, core, http });
  if ('off' in result) {
    core.close();
    throw new Error(`channel is off: ${result.off}`);
  }
  const { server, port } = await listen(http, '127.0.0.1', 0);
  try {
    await result.start();
  } catch (error) {
    await result.stop();
    await closeServer(server);
    core.close();
    throw error;
  }
  return {
    core,
    handle: result,
    url: `http://127.0.0.1:${port}`,
    logs,
    async close() {
      await result.stop();
      await closeServer(server);
      core.close();
    },
  };
}

/** Polls `check` every 10 ms until it returns true; fails after `timeoutMs` (a bound, not a timing assertion). */
export async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Number of rows in a table of the core's database. */
export function countRows(core: Core, table: 'turns' | 'processed_updates' | 'inbox' | 'consent_events'): number {
  return (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
