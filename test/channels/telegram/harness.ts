// Test harness: a fake Bot API, a real core on a temp SQLite file with a one-document knowledge folder, a Telegram channel.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Hono } from 'hono';
import type { ChannelHandle } from '../../../src/channels/types.js';
import { setupTelegram, type TelegramOptions } from '../../../src/channels/telegram/setup.js';
import { loadConfig, type Config } from '../../../src/config.js';
import { ingest } from '../../../src/knowledge/ingest.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { buildCore, type Core } from '../../../src/main.js';
import { startFakeTelegram, type FakeTelegram } from '../../fakes/telegram-server.js';

/** A Markdown document the test questions are answered from. */
export const DOCUMENT = `---
title: "Quyết định 281/QĐ-TTg về đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng"
number: "281/QĐ-TTg"
issued: 2014-02-20
status: in-force
---

# Gia đình học tập

Gia đình học tập là gia đình mà mọi thành viên đều tích cực học tập suốt đời, trẻ em đi học đúng độ tuổi và người lớn học thêm ít nhất một nội dung mỗi năm. Danh hiệu Gia đình học tập do Ủy ban nhân dân cấp xã công nhận theo đề nghị của Hội Khuyến học.

# Dòng họ học tập

Dòng họ học tập là dòng họ có phần lớn gia đình đạt danh hiệu Gia đình học tập và có quỹ khuyến học của dòng họ.
`;

/** Everything a Telegram channel test touches. */
export interface Harness {
  dir: string;
  fake: FakeTelegram;
  config: Config;
  core: Core;
  /** The shared HTTP app the channel mounts its webhook on. */
  http: Hono;
  logger: Logger;
  /** Every log line written, as text (to check that the token never appears). */
  logs: string[];
  /** The channel handle, or the reason it is off. */
  result: ChannelHandle | { off: string };
  /** The handle (throws when the channel is off). */
  handle(): ChannelHandle;
  /** Stops the channel, closes the core and the fake, removes the temp folder. */
  close(): Promise<void>;
}

/** Options of a harness. */
export interface HarnessOptions {
  env?: Record<string, string>;
  telegram?: TelegramOptions;
  /** Reuse this folder (and its database) instead of a new temp folder. */
  dir?: string;
  /** Reuse this fake server instead of starting one. */
  fake?: FakeTelegram;
}

/** Builds the core on a temp database, ingests DOCUMENT and sets up the Telegram channel against a fake server. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'loa-telegram-')));
  const knowledgeDir = join(dir, 'knowledge');
  await mkdir(knowledgeDir, { recursive: true });
  await writeFile(join(knowledgeDir, 'qd-281.md'), DOCUMENT);
  const fake = options.fake ?? (await startFakeTelegram());
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'loa.db'),
    KNOWLEDGE_DIR: knowledgeDir,
    PROMPTS_DIR: resolve('prompts'),
    LOG_LEVEL: 'debug',
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    ...options.env,
  });
  const core = buildCore(config);
  await ingest(core.knowledge, [knowledgeDir], { baseDir: dir });
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(line) });
  const http = new Hono();
  const result = await setupTelegram({ config, logger, core, http }, options.telegram);
  const handle = (): ChannelHandle => {
    if ('off' in result) throw new Error(`Telegram is off: ${result.off}`);
    return result;
  };
  return {
    dir,
    fake,
    config,
    core,
    http,
    logger,
    logs,
    result,
    handle,
    async close() {
      if (!('off' in result)) await result.stop();
      core.close();
      if (!options.fake) await fake.close();
      if (!options.dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
