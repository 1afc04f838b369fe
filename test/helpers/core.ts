// Test helper: a real core on a temporary SQLite file, with the repository's knowledge/ indexed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadConfig, type Config } from '../../src/config.js';
import { ingest } from '../../src/knowledge/ingest.js';
import { buildCore, type Core } from '../../src/main.js';

/** Project root, for paths to knowledge/ and prompts/. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** One of prompts/language/*.yaml as parsed, for tests that read the language data as rules. */
export function languageData(name: string): Record<string, unknown> {
  return parse(readFileSync(join(ROOT, 'prompts/language', name), 'utf8')) as Record<string, unknown>;
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'loa-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Settings for tests: temp database, repository knowledge and prompts, quiet logs, plus overrides. */
export function testConfig(dir: string, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    DATABASE_PATH: join(dir, 'loa.db'),
    KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
    PROMPTS_DIR: join(ROOT, 'prompts'),
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...overrides,
  });
}

/** Builds a core on `dir` and indexes its knowledge folder. */
export async function testCore(dir: string, overrides: Record<string, string> = {}): Promise<Core> {
  const config = testConfig(dir, overrides);
  const core = buildCore(config);
  await ingest(core.knowledge, [config.KNOWLEDGE_DIR], { baseDir: ROOT });
  return core;
}
