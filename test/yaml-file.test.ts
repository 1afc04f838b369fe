// YAML through the build's cache: the same values and errors as the yaml package, fresh objects, misses parsed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYaml } from '../src/yaml-file.js';

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
