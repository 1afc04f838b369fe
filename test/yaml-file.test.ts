// YAML through the build's cache: the same values and errors as the yaml package, fresh objects, misses parsed; validated values the build recorded.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { writeYamlCache } from '../src/build-cache.js';
import { loadLanguage } from '../src/language.js';
import { loadPrompts } from '../src/prompts.js';
import { parseYaml, recordValidated, useYamlCache, validateYaml, yamlCacheKey } from '../src/yaml-file.js';
import { ROOT, tempDir } from './helpers/core.js';

describe('parseYaml', () => {
  it('gives what the yaml package gives, for the shipped files and for a text never cached', () => {
    for (const file of ['prompts/messages.yaml', 'prompts/language/filler.yaml', 'knowledge/synonyms.yaml']) {
      const text = readFileSync(file, 'utf8');
      expect(parseYaml(text)).toEqual(parse(text));
    }
    const fresh = `unique-${Date.now()}: [1, "hai", {ba: true}]\nempty:\n`;
    expect(parseYaml(fresh)).toEqual(parse(fresh));
    expect(parseYaml('')).toEqual(parse(''));
  });

  it('returns a new object every call, so a caller changing it changes nothing for the next', () => {
    const text = readFileSync('prompts/messages.yaml', 'utf8');
    const first = parseYaml(text) as Record<string, unknown>;
    first.changed = true;
    expect((parseYaml(text) as Record<string, unknown>).changed).toBeUndefined();
  });

  it('throws the parser error for broken YAML', () => {
    expect(() => parseYaml('a: [1, 2\nb: }')).toThrow();
  });
});

describe('validateYaml', () => {
  const numbers = z.object({ n: z.number().default(1) });
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => {
    useYamlCache();
    cleanup();
  });

  it('validates a text the cache does not hold, with the schema (defaults, errors)', () => {
    useYamlCache();
    expect(validateYaml(`x: ${Date.now()}`, 'numbers', numbers)).toEqual({ success: true, data: { n: 1 } });
    expect(validateYaml('n: "hai"', 'numbers', numbers).success).toBe(false);
  });

  it('returns what the build validated for the same label and text, without running the schema, as fresh objects', () => {
    const text = 'n: "not a number"';
    writeFileSync(join(dir, 'cache.json'), JSON.stringify({ yaml: {}, validated: { [`numbers\0${yamlCacheKey(text)}`]: { n: 7 } } }));
    useYamlCache(join(dir, 'cache.json'));
    const first = validateYaml(text, 'numbers', numbers);
    expect(first).toEqual({ success: true, data: { n: 7 } });
    (first.data as { n: number }).n = 8;
    expect(validateYaml(text, 'numbers', numbers).data).toEqual({ n: 7 });
    // Another label is another schema: the text is validated, and fails.
    expect(validateYaml(text, 'other', numbers).success).toBe(false);
  });

  it('records for the build only values JSON keeps as they are', () => {
    useYamlCache();
    const recorded: Record<string, unknown> = {};
    recordValidated(recorded);
    try {
      validateYaml('n: 3', 'numbers', numbers);
      validateYaml('p: "a+"', 'patterns', z.object({ p: z.string().transform((source) => new RegExp(source, 'u')) }));
      validateYaml('n: "bad"', 'numbers', numbers);
    } finally {
      recordValidated(undefined);
    }
    expect(recorded).toEqual({ [`numbers\0${yamlCacheKey('n: 3')}`]: { n: 3 } });
  });
});

describe('writeYamlCache (the build)', () => {
  it('holds every YAML file of the folders parsed and what the start-up loaders validated, as they validate it', () => {
    const { dir, cleanup } = tempDir();
    try {
      // The language compiled before (loadLanguage would give it back unchecked) is validated again for the cache.
      loadLanguage(join(ROOT, 'prompts'));
      writeYamlCache(ROOT, ['prompts', 'knowledge'], join(dir, 'cache.json'));
      const cache = JSON.parse(readFileSync(join(dir, 'cache.json'), 'utf8')) as { yaml: Record<string, unknown>; validated: Record<string, unknown> };
      const messages = readFileSync(join(ROOT, 'prompts/messages.yaml'), 'utf8');
      expect(cache.yaml[yamlCacheKey(messages)]).toEqual(parse(messages));
      const filler = readFileSync(join(ROOT, 'prompts/language/filler.yaml'), 'utf8');
      expect(Object.keys(cache.validated)).toEqual(expect.arrayContaining([`messages\0${yamlCacheKey(messages)}`, `language/filler.yaml\0${yamlCacheKey(filler)}`]));
      // Read back through the cache, the prompts are what their schema made of the file.
      useYamlCache(join(dir, 'cache.json'));
      expect(JSON.stringify(loadPrompts(join(ROOT, 'prompts')).messages)).toBe(JSON.stringify(cache.validated[`messages\0${yamlCacheKey(messages)}`]));
    } finally {
      useYamlCache();
      cleanup();
    }
  });
});
