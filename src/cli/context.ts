// Shared start-up of every CLI command: .env, validated settings (one-line errors), a stderr logger.
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { logDestination } from './console-log.js';

/** Settings and logger for a command. */
export interface CliContext {
  config: Config;
  logger: Logger;
}

/** Reads `.env` when present (the environment wins), validates settings, and exits with one line on a bad value. */
export function cliContext(overrides: Record<string, string> = {}): CliContext {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    const config = loadConfig({ ...process.env, ...overrides });
    return { config, logger: createLogger(config.LOG_LEVEL, logDestination()) };
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** Prints one line to stderr and exits with status 2. */
export function fail(message: string): never {
  process.stderr.write(`loa: ${message}\n`);
  process.exit(2);
}
