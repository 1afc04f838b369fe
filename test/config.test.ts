// Settings validation: defaults, one-line errors naming the variable, secrets never echoed.
import { describe, expect, it } from 'vitest';
import { ConfigError, hasModel, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('works with no configuration at all', () => {
    const config = loadConfig({});
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_PATH).toBe('./data/loa.db');
    expect(config.TIMEZONE).toBe('Asia/Ho_Chi_Minh');
    expect(config.TELEGRAM_API_ROOT).toBe('https://api.telegram.org');
    expect(config.OPENAI_TIMEOUT_MS).toBe(20000);
    expect(hasModel(config)).toBe(false);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty strings as unset', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: '', OPENAI_BASE_URL: '' });
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(hasModel(config)).toBe(false);
  });

  it('switches to grounded mode when a key or a base URL is set', () => {
    expect(hasModel(loadConfig({ OPENAI_API_KEY: 'sk-test' }))).toBe(true);
    expect(hasModel(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:1234/v1' }))).toBe(true);
  });

  it.each([
    ['PORT', 'abc', /Invalid PORT: expected a port number/u],
    ['PORT', '70000', /Invalid PORT/u],
    ['TIMEZONE', 'Mars/Base', /Invalid TIMEZONE: expected an IANA time zone/u],
    ['LOG_LEVEL', 'loud', /Invalid LOG_LEVEL: expected one of/u],
    ['OPENAI_BASE_URL', 'not a url', /Invalid OPENAI_BASE_URL: expected a full URL/u],
    ['ZALO_BOT_WEBHOOK_SECRET', 'short', /Invalid ZALO_BOT_WEBHOOK_SECRET: expected 8 to 256 characters/u],
    ['ZALO_OA_TEMPLATE_PARAM', 'nội dung', /Invalid ZALO_OA_TEMPLATE_PARAM: expected the name of a template parameter/u],
  ])('rejects a bad %s with one line', (variable, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never echoes a secret value in the error', () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_SECRET: 'has spaces and s3cret!' })).toThrow(ConfigError);
    try {
      loadConfig({ TELEGRAM_WEBHOOK_SECRET: 'has spaces and s3cret!' });
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cret');
    }
  });

  it('parses staff id lists', () => {
    expect(loadConfig({ STAFF_TELEGRAM_IDS: ' 12, 34 ,,56 ' }).STAFF_TELEGRAM_IDS).toEqual(['12', '34', '56']);
  });
});
